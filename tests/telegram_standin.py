"""A local stand-in of the Telegram Bot API, for tests on loopback.

It serves POST /bot<token>/<method> on 127.0.0.1 (a free port) for the methods
Rasa's Telegram connector uses — getMe, setWebhook, deleteWebhook,
getWebhookInfo, sendMessage (with inline or reply keyboards),
answerCallbackQuery — and records every call (method and parameters, JSON
fields such as reply_markup decoded) for assertions. It checks what the real
API checks where a bot could get it wrong: the token, a non-empty text of at
most 4096 characters, and button callback_data of 1-64 bytes.

Like Telegram, it delivers updates to the webhook URL registered with
setWebhook and sends the registered secret_token in the
X-Telegram-Bot-Api-Secret-Token header; tests may leave the header out or
forge it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_DEFAULT = object()


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)


class TelegramStandIn:
    def __init__(self, token: str, username: str, bot_id: int | None = None) -> None:
        self.token = token
        self.username = username
        self.bot_id = bot_id if bot_id is not None else int(token.split(":")[0])
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self._calls: list[Call] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._failures: dict[str, list[tuple[int, str]]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    # ---- server -----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> TelegramStandIn:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            try:
                self._loop.run_until_complete(self._serve())
            except BaseException as exc:  # reported to the starting thread
                errors.append(exc)
                ready.set()
                return
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="telegram-standin", daemon=True)
        self._thread.start()
        if not ready.wait(10) or errors:
            raise RuntimeError(f"Telegram stand-in did not start: {errors}")
        return self

    async def _serve(self) -> None:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    # ---- recorded calls ---------------------------------------------------------------

    def calls(self, method: str | None = None, chat_id: int | str | None = None) -> list[Call]:
        with self._lock:
            found = list(self._calls)
        if method is not None:
            found = [c for c in found if c.method.lower() == method.lower()]
        if chat_id is not None:
            found = [c for c in found if str(c.params.get("chat_id")) == str(chat_id)]
        return found

    def sent_texts(self, chat_id: int | str) -> list[str]:
        return [c.params.get("text", "") for c in self.calls("sendMessage", chat_id) if c.status == 200]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0, **filters: Any) -> list[Call]:
        deadline = time.monotonic() + timeout
        while True:
            found = self.calls(method, **filters)
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.05)

    def fail_next(self, method: str, status: int = 500, description: str = "Internal Server Error") -> None:
        """Make the next call of `method` fail, as Telegram sometimes does."""
        with self._lock:
            self._failures.setdefault(method.lower(), []).append((status, description))

    def _record(self, method: str, params: dict[str, Any], status: int) -> None:
        with self._lock:
            self._calls.append(Call(method, params, status))

    # ---- Bot API ----------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        params = await self._params(request)
        handler = _METHODS.get(method.lower())
        if handler is None:
            self._record(method, params, 404)
            return self._error(404, "Not Found")
        with self._lock:
            queued = self._failures.get(method.lower())
            failure = queued.pop(0) if queued else None
        status, payload = failure or handler(self, params)
        self._record(handler.__name__.removeprefix("_api_"), params, status)
        if status != 200:
            return self._error(status, payload)
        return web.json_response({"ok": True, "result": payload})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            raw = await request.json()
            return dict(raw) if isinstance(raw, dict) else {}
        params: dict[str, Any] = {}
        for key, value in (await request.post()).items():
            if isinstance(value, str) and value[:1] in "[{":
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            params[key] = value
        return params

    @staticmethod
    def _error(status: int, description: str) -> web.Response:
        return web.json_response({"ok": False, "error_code": status, "description": description}, status=status)

    def _bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Clinic assistant", "username": self.username}

    def _api_getMe(self, params: dict[str, Any]) -> tuple[int, Any]:
        return 200, {**self._bot_user(), "can_join_groups": False, "supports_inline_queries": False}

    def _api_setWebhook(self, params: dict[str, Any]) -> tuple[int, Any]:
        self.webhook_url = params.get("url") or None
        self.webhook_secret = params.get("secret_token") or None
        return 200, True

    def _api_deleteWebhook(self, params: dict[str, Any]) -> tuple[int, Any]:
        self.webhook_url = self.webhook_secret = None
        return 200, True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> tuple[int, Any]:
        return 200, {"url": self.webhook_url or "", "has_custom_certificate": False, "pending_update_count": 0}

    def _api_sendMessage(self, params: dict[str, Any]) -> tuple[int, Any]:
        chat_id = params.get("chat_id")
        text = params.get("text")
        if chat_id in (None, ""):
            return 400, "Bad Request: chat_id is empty"
        if not text or not str(text).strip():
            return 400, "Bad Request: message text is empty"
        if len(str(text)) > 4096:
            return 400, "Bad Request: message is too long"
        markup = params.get("reply_markup")
        if markup is not None:
            problem = _markup_problem(markup)
            if problem:
                return 400, f"Bad Request: {problem}"
        message = {
            "message_id": next(self._ids),
            "from": self._bot_user(),
            "chat": {"id": int(chat_id), "type": "private", "first_name": "Client"},
            "date": int(time.time()),
            "text": str(text),
        }
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return 200, message

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> tuple[int, Any]:
        if not params.get("callback_query_id"):
            return 400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
        return 200, True

    # ---- updates, delivered like Telegram does -----------------------------------------

    def _user(self, chat_id: int) -> dict[str, Any]:
        return {"id": chat_id, "is_bot": False, "first_name": "Client", "language_code": "en"}

    def text_update(self, chat_id: int, text: str) -> dict[str, Any]:
        return {
            "update_id": next(self._ids),
            "message": {
                "message_id": next(self._ids),
                "from": self._user(chat_id),
                "chat": {"id": chat_id, "first_name": "Client", "type": "private"},
                "date": int(time.time()),
                "text": text,
            },
        }

    def callback_update(self, chat_id: int, data: str, message_text: str = "…") -> dict[str, Any]:
        """A button press on a message the bot sent to this chat."""
        return {
            "update_id": next(self._ids),
            "callback_query": {
                "id": str(next(self._ids) * 1000003),
                "from": self._user(chat_id),
                "message": {
                    "message_id": next(self._ids),
                    "from": self._bot_user(),
                    "chat": {"id": chat_id, "first_name": "Client", "type": "private"},
                    "date": int(time.time()),
                    "text": message_text,
                },
                "chat_instance": str(-chat_id),
                "data": data,
            },
        }

    def deliver(
        self,
        update: dict[str, Any] | bytes,
        secret: Any = _DEFAULT,
        url: str | None = None,
        method: str = "POST",
        timeout: float = 60,
    ) -> tuple[int, str]:
        """POST an update to the webhook. `secret`: default the one registered with
        setWebhook (as Telegram sends it), None to leave the header out, or a forged value."""
        target = url or self.webhook_url
        if not target:
            raise RuntimeError("No webhook registered: pass url=")
        headers = {"Content-Type": "application/json"}
        secret = self.webhook_secret if secret is _DEFAULT else secret
        if secret is not None:
            headers[SECRET_HEADER] = secret
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        request = urllib.request.Request(
            target, data=body if method == "POST" else None, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as resp:
                return resp.status, resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode("utf-8", "replace")


def _markup_problem(markup: Any) -> str | None:
    if not isinstance(markup, dict):
        return "can't parse reply keyboard markup JSON object"
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        for row in rows if isinstance(rows, list) else [None]:
            for button in row if isinstance(row, list) else [None]:
                if not isinstance(button, dict) or not button.get("text"):
                    return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    return "BUTTON_DATA_INVALID"
    elif "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            return 'field "keyboard" of the ReplyKeyboardMarkup must be an Array'
    return None


_METHODS = {
    name.removeprefix("_api_").lower(): function
    for name, function in vars(TelegramStandIn).items()
    if name.startswith("_api_")
}
