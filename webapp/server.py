"""Routes: the demo page and widget files, the chat proxy, feedback; the staff-only front-desk API is in frontdesk_api."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanic import Sanic, response
from sanic.request import Request

from bot.knowledge_base import current
from webapp import audit_log, feedback_store, frontdesk_api, staff_db
from webapp.cors import OriginPolicy
from webapp.paths import DEFAULT_AUDIT_DB, DEFAULT_STAFF_DB, WEB_DIR
from webapp.rasa_proxy import UNREACHABLE, RasaClient, RasaUnavailable
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


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> response.HTTPResponse:
    return response.json({"error": message}, status=status, headers=headers)


def _parse_json(request: Request) -> Any:
    try:
        return json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: nesting thousands deep
        return _INVALID


_INVALID = object()


def _known_faq_ids() -> set[str] | None:
    try:
        return {e.id for e in current().faq.entries}
    except Exception:  # the FAQ file is broken: accept well-formed ids rather than lose feedback
        log.exception("Could not load the FAQ to check a feedback faq_id")
        return None


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

    # --- public chat endpoints ----------------------------------------------------------------
    # Browsers may call them from this server's own pages and the configured sites only.
    origins = OriginPolicy(settings.allowed_origins)
    public_paths = {"/webhooks/rest/webhook", "/api/feedback"}

    def cross_site_call(request: Request) -> tuple[str | None, str] | None:
        """(Origin, Host) of a request to a public endpoint, or None for any other request.

        The path is compared as the router reads it: "/api/feedback/" reaches the same handler."""
        path = re.sub("/+", "/", request.path).rstrip("/")
        if path in public_paths and request.method in ("POST", "OPTIONS"):
            return request.headers.get("origin"), request.host
        return None

    @app.on_request
    async def _refuse_other_sites(request: Request) -> response.HTTPResponse | None:
        call = cross_site_call(request)
        if call is not None and not origins.permits(*call):
            return _error("this website is not allowed to use the clinic's chat", 403)
        return None

    @app.on_response
    async def _cors_headers(request: Request, resp: response.HTTPResponse) -> None:
        call = cross_site_call(request)
        if call is not None:
            resp.headers.update(origins.headers(*call))

    @app.route("/webhooks/rest/webhook", methods=["OPTIONS"], name="webhook_preflight")
    @app.route("/api/feedback", methods=["OPTIONS"], name="feedback_preflight")
    async def preflight(_request: Request) -> response.HTTPResponse:
        return response.empty()

    @app.post("/webhooks/rest/webhook")
    async def webhook(request: Request) -> response.HTTPResponse:
        # Rasa's channel checks the message's fields; here only that it is JSON at all, so
        # garbage (or "[" three thousand deep) never costs Rasa a request.
        if _parse_json(request) is _INVALID:
            return _error('body must be JSON like {"sender": "abc", "message": "hello"}', 400)
        try:
            reply = await app.ctx.rasa.forward(request.body or b"")
        except RasaUnavailable as exc:
            log.warning("Rasa unreachable: %s", exc)
            return _error(UNREACHABLE, 503)
        return response.raw(reply.body, status=reply.status, content_type=reply.content_type)

    @app.post("/api/feedback")
    async def feedback(request: Request) -> response.HTTPResponse:
        body = _parse_json(request)
        if body is _INVALID:
            return _error("body must be valid JSON", 400)
        try:
            fb = feedback_store.parse_feedback(body, _known_faq_ids())
        except feedback_store.FeedbackError as exc:
            return _error(str(exc), 400)
        await asyncio.get_running_loop().run_in_executor(None, feedback_store.save_feedback, settings.feedback_db, fb)
        return response.json({"ok": True}, status=201)

    # --- front desk (staff accounts) ---------------------------------------------------------
    frontdesk_api.register(app)

    return app
