"""Routes: the demo page and widget files; the public chat routes are in public_chat, the staff-only front-desk API in frontdesk_api."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanic import Sanic, response
from sanic.request import Request

from webapp import audit_log, feedback_store, frontdesk_api, public_chat, staff_db
from webapp.hosts import HostPolicy
from webapp.json_io import error
from webapp.paths import DEFAULT_AUDIT_DB, DEFAULT_STAFF_DB, WEB_DIR
from webapp.public_chat import DEFAULT_RATE_PER_CONVERSATION, DEFAULT_RATE_PER_IP
from webapp.rasa_proxy import RasaClient
from webapp.rate_limit import Rate
from webapp.signin_limits import SigninLimits
from webapp.staff_sessions import SessionPolicy
from webapp.widget_bundle import WidgetBundle

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
DAY_SECONDS = 86400

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Browser features no page of ours uses: a script that got in cannot turn them on.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)
# Other sites load the widget's files with <script> and <link> tags; everything else is ours alone.
EMBEDDABLE_PREFIX = "/widget/"
# Static files the server hands out, by URL; nothing else under bot/web is reachable.
STATIC_FILES = {
    "/": ("demo.html", "text/html; charset=utf-8"),
    "/demo.css": ("demo.css", "text/css; charset=utf-8"),
    "/widget/widget.js": ("widget.js", "text/javascript; charset=utf-8"),
    "/widget/widget.css": ("widget.css", "text/css; charset=utf-8"),
    "/frontdesk": ("frontdesk.html", "text/html; charset=utf-8"),
    "/frontdesk/frontdesk.js": ("frontdesk.js", "text/javascript; charset=utf-8"),
    "/frontdesk/frontdesk.css": ("frontdesk.css", "text/css; charset=utf-8"),
}


@dataclass(frozen=True)
class Settings:
    rasa_url: str
    tracker_db: Path
    feedback_db: Path
    web_dir: Path = WEB_DIR
    # Other sites allowed to call the chat and feedback endpoints from a browser (webapp/cors.py).
    allowed_origins: frozenset[str] = frozenset()
    # The production profile's PostgreSQL tracker store (postgresql://…); tracker_db when None.
    tracker_url: str | None = None
    # Staff accounts, sessions and failed sign-ins; the audit log of who viewed what.
    staff_db: Path = DEFAULT_STAFF_DB
    audit_db: Path = DEFAULT_AUDIT_DB
    audit_days: float = 30.0  # the conversations' retention period
    session_policy: SessionPolicy = field(default_factory=SessionPolicy)
    signin_limits: SigninLimits = field(default_factory=SigninLimits)
    secure_cookie: str = "auto"  # "auto" (when the request came over TLS), "always" or "never"
    proxies: int = 0  # reverse proxies in front that set X-Forwarded-For/-Proto (nginx: 1)
    # Signs the conversation ids this server issues (webapp/conversation_ids.py); at least 32 characters.
    conversation_secret: str = ""
    # Host names answered besides loopback (webapp/hosts.py).
    allowed_hosts: frozenset[str] = frozenset()
    rate_per_ip: Rate = DEFAULT_RATE_PER_IP
    rate_per_conversation: Rate = DEFAULT_RATE_PER_CONVERSATION


def create_app(settings: Settings, name: str = "clinic_web") -> Sanic:
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.KEEP_ALIVE_TIMEOUT = 15
    if settings.proxies:
        # Only then are X-Forwarded-For/-Proto believed: without a proxy a client could forge them.
        app.config.PROXIES_COUNT = settings.proxies
    app.ctx.settings = settings
    app.ctx.rasa = RasaClient(settings.rasa_url)

    async def purge_audit_daily() -> None:
        while True:
            try:
                removed = await asyncio.get_running_loop().run_in_executor(
                    None, audit_log.purge_older_than, settings.audit_db, settings.audit_days
                )
                if removed:
                    log.info("Deleted %d audit entries older than %g days", removed, settings.audit_days)
            except Exception:
                log.exception("Could not purge the audit log")
            await asyncio.sleep(DAY_SECONDS)

    @app.before_server_start
    async def _start(app: Sanic, _loop: Any) -> None:
        feedback_store.init_db(settings.feedback_db)
        staff_db.init_db(settings.staff_db)
        audit_log.init_db(settings.audit_db)
        await app.ctx.rasa.start()
        app.ctx.audit_purger = asyncio.get_running_loop().create_task(purge_audit_daily())

    @app.after_server_stop
    async def _stop(app: Sanic, _loop: Any) -> None:
        app.ctx.audit_purger.cancel()
        await app.ctx.rasa.close()

    hosts = HostPolicy(settings.allowed_hosts)

    @app.on_request
    async def _refuse_unknown_hosts(request: Request) -> response.HTTPResponse | None:
        # DNS rebinding: a page whose own host name points here must not be answered as this server.
        host = request.headers.get("host")
        if not hosts.permits(host):
            return error(f"this server does not answer for the host {str(host)[:100]!r} (WEB_ALLOWED_HOSTS)", 400)
        return None

    @app.on_response
    async def _security_headers(request: Request, resp: response.HTTPResponse) -> None:
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        resp.headers.setdefault("X-Frame-Options", "DENY")  # and CSP frame-ancestors 'none' on pages
        resp.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        resp.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        embeddable = request.path.startswith(EMBEDDABLE_PREFIX) and resp.status == 200
        resp.headers.setdefault("Cross-Origin-Resource-Policy", "cross-origin" if embeddable else "same-origin")
        # HSTS is the TLS proxy's to send (README: security at the edge); this server speaks plain HTTP.
        if request.path.startswith("/frontdesk/api/"):
            resp.headers["Cache-Control"] = "no-store"

    # --- pages and widget files -------------------------------------------------------------
    def static_route(url: str, filename: str, mime: str) -> None:
        async def handler(_request: Request) -> response.HTTPResponse:
            headers = {"Cache-Control": "no-cache"}
            if mime.startswith("text/html"):
                headers["Content-Security-Policy"] = PAGE_CSP
            return await response.file(settings.web_dir / filename, mime_type=mime, headers=headers)

        app.add_route(handler, url, methods=["GET", "HEAD"], name=f"static_{filename.replace('.', '_')}")

    for url, (filename, mime) in STATIC_FILES.items():
        static_route(url, filename, mime)

    # The widget at its versioned URL (webapp/widget_bundle.py), for the README's embed tag with
    # Subresource Integrity: the bytes hashed at start-up, never changing under that URL.
    bundle = WidgetBundle.load(settings.web_dir)
    versioned = {
        "widget.js": (bundle.script, "text/javascript; charset=utf-8"),
        "widget.css": (bundle.stylesheet, "text/css; charset=utf-8"),
    }

    def versioned_route(filename: str, body: bytes, mime: str) -> None:
        async def handler(_request: Request) -> response.HTTPResponse:
            headers = {
                "Cache-Control": "public, max-age=31536000, immutable",
                # crossorigin="anonymous" on another site's tag: SRI needs a CORS response.
                "Access-Control-Allow-Origin": "*",
            }
            return response.raw(body, content_type=mime, headers=headers)

        app.add_route(
            handler,
            f"{bundle.base_path}/{filename}",
            methods=["GET", "HEAD"],
            name=f"versioned_{filename.replace('.', '_')}",
        )

    for filename, (body, mime) in versioned.items():
        versioned_route(filename, body, mime)

    @app.get("/healthz")
    async def healthz(_request: Request) -> response.HTTPResponse:
        return response.json({"status": "ok"})

    # --- public chat endpoints (webapp/public_chat.py) -------------------------------------------
    public_chat.register(app, settings)

    # --- front desk (staff accounts) ---------------------------------------------------------
    frontdesk_api.register(app)

    return app
