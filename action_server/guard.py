"""What the action server lets in: Rasa's calls (with the shared secret), uncompressed, within the body cap.

Without it anything on the machine could post a made-up conversation, run any action and read
the answer, or pin the event loop with a huge body; rasa_sdk also unpacks a `deflate` body with
no limit, so a few kilobytes could become gigabytes past the cap.
"""

from __future__ import annotations

import hmac
import logging

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request

# Rasa posts the whole conversation (tracker) and the domain with every call, so the cap is far
# above the chat channels' 64 KB for one message: a 61-turn chat is about 0.25 MB, and each
# message at the 64 KB cap adds about 65 KB (measured), so 8 MB is 2,000 ordinary turns.
MAX_BODY_BYTES = 8 * 1024 * 1024
logger = logging.getLogger(__name__)
OPEN_PATHS = frozenset({"/health"})  # the launchers' readiness check: says nothing but "ok"


def _bearer(header: str | None) -> bytes:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "bearer":
        return b""
    # surrogateescape: a header with bytes that aren't UTF-8 is just a wrong secret, never a 500.
    return value.strip().encode("utf-8", "surrogateescape")


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> response.HTTPResponse:
    return response.json({"error": message}, status=status, headers=headers)


def install(app: Sanic, token: str) -> None:
    expected = token.encode("utf-8")
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES
    app.config.FALLBACK_ERROR_FORMAT = "json"

    @app.on_request
    async def _only_rasa(request: Request) -> response.HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        # Compared in constant time, and always compared, so a missing header costs the same as a wrong one.
        if not hmac.compare_digest(_bearer(request.headers.get("authorization")), expected):
            return _error("missing or wrong action-server secret", 401, {"WWW-Authenticate": "Bearer"})
        encoding = request.headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity"):
            # Keep Rasa's COMPRESS_ACTION_SERVER_REQUEST unset (its default): it would send deflate.
            return _error("compressed request bodies are not accepted", 415, {"Accept-Encoding": "identity"})
        return None

    @app.exception(Exception)
    async def _action_failed(_request: Request, exc: Exception) -> response.HTTPResponse:
        # Replaces rasa_sdk's handler, which returned the whole request body (the conversation,
        # health information) with the error, and Rasa logs what it gets back. The type is enough.
        logger.error("An action failed: %s", type(exc).__name__)
        return _error("the action failed", 500)

    @app.exception(SanicException)
    async def _http_error(_request: Request, exc: SanicException) -> response.HTTPResponse:
        # Its own status (413 over the cap, 400 unreadable JSON), not rasa_sdk's catch-all 500.
        return _error(str(exc), exc.status_code)
