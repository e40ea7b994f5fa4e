"""The front-desk API: staff sign in with their own account; every view of client questions is audited.

    POST /frontdesk/api/signin   {"username", "password"} -> session cookie + CSRF token
    GET  /frontdesk/api/session  who is signed in (and the CSRF token, after a page reload)
    POST /frontdesk/api/signout  ends the session on the server
    GET  /frontdesk/api/faq      search the FAQ               (audited: result count, never the words)
    POST /frontdesk/api/ask      a test question              (audited: its conversation id, never the words)
    GET  /frontdesk/api/report   the unanswered report        (audited: the conversations it showed)

The session cookie is HttpOnly, SameSite=Strict (the front desk is never entered from another
site's link with a session needed, so nothing is lost by Strict) and Path=/frontdesk; Secure over
TLS. Every POST needs the session's CSRF token in X-CSRF-Token and, if the browser sends an Origin,
this server's own; sign-in needs a JSON body, which a cross-site form cannot send.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from sanic import Sanic, response
from sanic.request import Request

from bot.knowledge_base import current
from webapp import audit_log, report, signin_limits, staff_accounts, staff_sessions
from webapp.faq_search import search_faq
from webapp.rasa_proxy import UNREACHABLE, RasaUnavailable
from webapp.staff_sessions import Session

log = logging.getLogger(__name__)

COOKIE = "fd_session"
COOKIE_PATH = "/frontdesk"
CSRF_HEADER = "x-csrf-token"
MAX_QUESTION_CHARS = 1000
SIGN_IN_AGAIN = "please sign in"
EXPIRED = "your session has expired; please sign in again"
WRONG = "wrong name or password"
BAD_CSRF = "missing or wrong CSRF token; reload the page"
AUDIT_UNAVAILABLE = "the audit log could not be written, so nothing is shown; please tell the administrator"

Handler = Callable[..., Awaitable[response.HTTPResponse]]


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> response.HTTPResponse:
    return response.json({"error": message}, status=status, headers=headers)


async def _blocking(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """SQLite and password hashing off the event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(fn, *args, **kwargs))


def client_ip(request: Request) -> str:
    """The client's address: from X-Forwarded-For only when the app trusts a proxy (PROXIES_COUNT)."""
    return request.remote_addr or request.ip or "unknown"


def uses_tls(request: Request, secure_cookie: str) -> bool:
    if secure_cookie in ("always", "never"):
        return secure_cookie == "always"
    return request.scheme == "https"  # "auto": direct TLS, or X-Forwarded-Proto from a trusted proxy


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:
        return True  # not a browser's cross-site call (browsers send Origin on every cross-site POST)
    return urlsplit(origin).netloc.lower() == (request.host or "").lower()


def _csrf_ok(request: Request, session: Session) -> bool:
    """A POST from this server's own page: our Origin (if any) and the session's CSRF token."""
    return _same_origin(request) and staff_sessions.csrf_matches(session, request.headers.get(CSRF_HEADER))


def _set_session_cookie(resp: response.HTTPResponse, value: str, secure: bool) -> None:
    resp.cookies[COOKIE] = value
    cookie = resp.cookies[COOKIE]
    cookie["path"] = COOKIE_PATH
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    if secure:
        cookie["secure"] = True
    if not value:
        cookie["max-age"] = 0


def register(app: Sanic) -> None:
    settings = app.ctx.settings

    def audit(session_or_name: Session | str, action: str, request: Request, **kw: Any) -> None:
        staff = session_or_name.username if isinstance(session_or_name, Session) else session_or_name
        audit_log.record(settings.audit_db, staff, action, client_ip(request), **kw)

    def staff_only(handler: Handler) -> Handler:
        """Run `handler(request, session)` for a valid session; POSTs also need the CSRF token and our Origin."""

        @functools.wraps(handler)
        async def wrapped(request: Request) -> response.HTTPResponse:
            found = await _blocking(
                staff_sessions.lookup_session, settings.staff_db, request.cookies.get(COOKIE), settings.session_policy
            )
            if found.session is None:
                return _error(EXPIRED if found.reason == "expired" else SIGN_IN_AGAIN, 401)
            if request.method == "POST" and not _csrf_ok(request, found.session):
                return _error(BAD_CSRF, 403)
            try:
                return await handler(request, found.session)
            except sqlite3.Error:
                log.exception("The audit log could not be written")
                return _error(AUDIT_UNAVAILABLE, 503)

        return wrapped

    def session_body(session: Session) -> dict[str, Any]:
        return {
            "username": session.username,
            "csrf_token": session.csrf_token,
            "idle_minutes": round(settings.session_policy.idle_seconds / 60, 1),
        }

    @app.post("/frontdesk/api/signin")
    async def signin(request: Request) -> response.HTTPResponse:
        if not _same_origin(request):
            return _error("sign in from this server's own front-desk page", 403)
        if (request.content_type or "").split(";")[0].strip().lower() != "application/json":
            return _error("the body must be JSON (Content-Type: application/json)", 415)
        body = _parse_json(request)
        username, password = (body.get("username"), body.get("password")) if isinstance(body, dict) else (None, None)
        if not isinstance(username, str) or not isinstance(password, str) or not username or not password:
            return _error('body must be a JSON object like {"username": "…", "password": "…"}', 400)
        ip = client_ip(request)
        known = await _blocking(staff_accounts.exists, settings.staff_db, username)
        # A name that is not an account is not stored: it may be a password typed in the wrong box.
        audit_name = staff_accounts.normalize_username(username) if known else audit_log.UNKNOWN_STAFF
        wait = await _blocking(signin_limits.retry_after, settings.staff_db, username, ip, settings.signin_limits)
        if wait is not None:
            await _blocking(audit, audit_name, audit_log.SIGNIN_REFUSED, request)
            minutes = max(1, round(wait / 60))
            return _error(
                f"too many failed sign-ins; try again in {minutes} minute{'s' if minutes > 1 else ''}",
                429,
                {"Retry-After": str(int(wait) + 1)},
            )
        name = await _blocking(staff_accounts.authenticate, settings.staff_db, username, password)
        if name is None:
            await _blocking(signin_limits.record_failure, settings.staff_db, username, ip, settings.signin_limits)
            await _blocking(audit, audit_name, audit_log.SIGNIN_FAILED, request)
            return _error(WRONG, 401)
        await _blocking(signin_limits.clear_account, settings.staff_db, name)
        # A cookie from before (another person's, or a planted one) never survives a sign-in.
        await _blocking(staff_sessions.end_session, settings.staff_db, request.cookies.get(COOKIE))
        session_id, session = await _blocking(
            staff_sessions.create_session, settings.staff_db, name, settings.session_policy
        )
        await _blocking(audit, session, audit_log.SIGNED_IN, request)
        resp = response.json(session_body(session))
        _set_session_cookie(resp, session_id, uses_tls(request, settings.secure_cookie))
        return resp

    @app.get("/frontdesk/api/session")
    @staff_only
    async def whoami(_request: Request, session: Session) -> response.HTTPResponse:
        return response.json(session_body(session))

    @app.post("/frontdesk/api/signout")
    async def signout(request: Request) -> response.HTTPResponse:
        found = await _blocking(
            staff_sessions.lookup_session, settings.staff_db, request.cookies.get(COOKIE), settings.session_policy
        )
        if found.session is not None:
            # Only with the CSRF token: another site cannot sign staff out either.
            if not _csrf_ok(request, found.session):
                return _error(BAD_CSRF, 403)
            await _blocking(staff_sessions.end_session, settings.staff_db, request.cookies.get(COOKIE))
            await _blocking(audit, found.session, audit_log.SIGNED_OUT, request)
        resp = response.json({"signed_out": True})
        _set_session_cookie(resp, "", uses_tls(request, settings.secure_cookie))
        return resp

    @app.get("/frontdesk/api/faq")
    @staff_only
    async def faq(request: Request, session: Session) -> response.HTTPResponse:
        query = (request.args.get("q") or "")[:200]
        items = search_faq(current(), query)
        await _blocking(
            audit,
            session,
            audit_log.FAQ_SEARCHED,
            request,
            detail={"results": len(items), "with_words": int(bool(query.strip()))},
        )
        return response.json({"query": query, "count": len(items), "items": items})

    @app.post("/frontdesk/api/ask")
    @staff_only
    async def ask(request: Request, session: Session) -> response.HTTPResponse:
        body = _parse_json(request)
        question = body.get("question") if isinstance(body, dict) else None
        if not isinstance(question, str) or not question.strip():
            return _error("body must be a JSON object with a non-empty string 'question'", 400)
        if len(question) > MAX_QUESTION_CHARS:
            return _error(f"'question' must be at most {MAX_QUESTION_CHARS} characters", 400)
        try:
            answer = await app.ctx.rasa.ask(question.strip())
        except RasaUnavailable as exc:
            log.warning("Rasa unreachable: %s", exc)
            return _error(UNREACHABLE, 503)
        except ValueError as exc:
            return _error(f"the assistant rejected the question: {exc}", 502)
        await _blocking(audit, session, audit_log.QUESTION_ASKED, request, conversations=[answer["sender"]])
        return response.json(answer)

    @app.get("/frontdesk/api/report")
    @staff_only
    async def report_route(request: Request, session: Session) -> response.HTTPResponse:
        try:
            days = int(request.args.get("days", "7"))
        except ValueError:
            return _error("'days' must be a whole number", 400)
        if not 1 <= days <= 90:
            return _error("'days' must be between 1 and 90", 400)
        tracker = settings.tracker_url or settings.tracker_db
        try:
            data = await _blocking(report.build_report, tracker, settings.feedback_db, days)
        except Exception:  # PostgreSQL down, a locked file: the page says so instead of a bare 500
            log.exception("The report could not read the conversations")
            return _error("the conversations could not be read just now; please try again in a moment", 503)
        shown = data.pop("conversation_ids")
        detail = {"days": days, "questions": len(data["items"]), "conversations": len(shown)}
        await _blocking(audit, session, audit_log.REPORT_VIEWED, request, detail=detail, conversations=shown)
        return response.json(data)


def _parse_json(request: Request) -> Any:
    try:
        return json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
