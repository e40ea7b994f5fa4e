"""Rasa's Telegram channel, with the webhook verified and the same guards as the REST channel.

Stock `rasa.core.channels.telegram.TelegramInput` accepts any POST to
/webhooks/telegram/webhook: its only check (`verify`) compares the bot's own
username with the configured one, which a forger does not need to know. Anyone
who finds the URL could then talk to the bot as any chat id, and make it send
messages to arbitrary Telegram users. This channel adds:

- the `X-Telegram-Bot-Api-Secret-Token` header must equal the configured
  `secret_token` (Telegram sends it when the webhook was set with that secret);
  it is compared in constant time, and requests without it get 403 before the
  body is parsed or anything else happens;
- the webhook is set with `secret_token` (and only the update types Rasa
  handles) at start-up, or not at all with `set_webhook_on_startup: false`;
- bodies are capped at 64 KB (413), malformed JSON or a body that is not a
  Telegram Update gets 400, update types Rasa cannot handle are acknowledged
  with 200 and ignored (never a 500, which would make Telegram retry);
- conversations are keyed `tg-<chat id>`, a namespace no other channel can address (the REST
  channel refuses such senders, the web front end accepts only ids it issued), so nobody can
  post into someone's Telegram conversation from the website;
- a configurable Bot API base URL (`api_base_url`), so tests can point the
  connector at a local stand-in of the Bot API;
- the whole text reaches the safety triage (clipped after it, as in REST), and if
  processing fails the client is pointed to the front desk.

Parsing updates and sending replies (buttons as inline or reply keyboards) stay
Rasa's own code.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import types
from aiogram.bot import api
from aiogram.bot.api import TelegramAPIServer
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import guarded_rest, tracker_store_faults

log = logging.getLogger(__name__)

DEFAULT_API_BASE_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = guarded_rest.MAX_BODY_BYTES
# What Rasa's webhook handler understands; other update types are not requested.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
# Conversation ids of this channel: "tg-<chat id>" (Rasa's own connector uses the bare chat id).
CONVERSATION_PREFIX = "tg-"
# Telegram's rule for secret_token: 1-256 characters, A-Z a-z 0-9 _ -.
_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

# As in guarded_rest: Sanic reads this when Rasa creates its app, after channel
# modules are imported, and then refuses larger bodies with 413 before reading.
os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_BODY_BYTES))


def _flag(value: Any, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def conversation_id(chat_id: object) -> str:
    return f"{CONVERSATION_PREFIX}{chat_id}"


def chat_id(conversation: str) -> str:
    """The Telegram chat to answer in, from a conversation id (bare ids from before namespacing pass through)."""
    return conversation.removeprefix(CONVERSATION_PREFIX)


def secret_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison of the secret header with the configured secret."""
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8"))


class VerifiedTelegramOutput(TelegramOutput):
    """Rasa's Telegram output (aiogram `Bot`) with a configurable Bot API server."""

    def __init__(
        self, access_token: str, api_base_url: str = DEFAULT_API_BASE_URL, secret_token: str | None = None
    ) -> None:
        # TelegramOutput.__init__ only forwards the token to aiogram's Bot; call Bot
        # directly so the API server can be chosen.
        super(TelegramOutput, self).__init__(access_token, server=TelegramAPIServer.from_base(api_base_url))
        self.secret_token = secret_token
        self._me: types.User | None = None

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        # Rasa answers "the conversation's sender"; Telegram needs the chat id inside it.
        await super().send_response(chat_id(recipient_id), message)

    async def get_me(self) -> types.User:
        # Rasa's handler calls getMe on every update to check `verify`; the bot's
        # identity does not change, so one round trip to Telegram is enough.
        if self._me is None:
            self._me = await super().get_me()
        return self._me

    async def set_webhook(
        self,
        url: str,
        certificate: Any = None,
        ip_address: str | None = None,
        max_connections: int | None = None,
        allowed_updates: list[str] | None = None,
        drop_pending_updates: bool | None = None,
    ) -> bool:
        """setWebhook with `secret_token`, which aiogram 2.15 predates (Bot API 6.1)."""
        if certificate is not None:
            raise ValueError("Self-signed certificates are not supported; use a public HTTPS URL.")
        payload: dict[str, Any] = {"url": url, "allowed_updates": json.dumps(allowed_updates or ALLOWED_UPDATES)}
        if ip_address:
            payload["ip_address"] = ip_address
        if max_connections:
            payload["max_connections"] = max_connections
        if drop_pending_updates is not None:
            payload["drop_pending_updates"] = bool(drop_pending_updates)
        if self.secret_token:
            payload["secret_token"] = self.secret_token
        return await self.request(api.Methods.SET_WEBHOOK, payload)


class VerifiedTelegramInput(TelegramInput):
    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        missing = [k for k in ("access_token", "verify", "secret_token") if not credentials.get(k)]
        if missing:
            raise RasaException(f"Telegram channel: missing credentials {missing} (see docs/telegram.md).")
        secret = str(credentials["secret_token"])
        if not _SECRET_FORMAT.match(secret):
            raise RasaException("Telegram channel: secret_token must be 1-256 characters of A-Z, a-z, 0-9, '_' or '-'.")
        set_on_startup = _flag(credentials.get("set_webhook_on_startup"), True)
        if set_on_startup and not credentials.get("webhook_url"):
            raise RasaException("Telegram channel: webhook_url is needed unless set_webhook_on_startup is false.")
        return cls(
            str(credentials["access_token"]),
            str(credentials["verify"]),
            credentials.get("webhook_url") or None,
            secret_token=secret,
            api_base_url=str(credentials.get("api_base_url") or DEFAULT_API_BASE_URL),
            set_webhook_on_startup=set_on_startup,
        )

    def __init__(
        self,
        access_token: str | None,
        verify: str | None,
        webhook_url: str | None,
        debug_mode: bool = False,
        *,
        secret_token: str,
        api_base_url: str = DEFAULT_API_BASE_URL,
        set_webhook_on_startup: bool = True,
    ) -> None:
        # debug_mode False: a failing turn is logged and acknowledged (200), not
        # re-raised as a 500 that Telegram would keep retrying.
        super().__init__(access_token, verify, webhook_url, debug_mode=debug_mode)
        self.secret_token = secret_token
        self.api_base_url = api_base_url.rstrip("/")
        self.set_webhook_on_startup = set_webhook_on_startup
        self._webhook_set = False
        self._output: VerifiedTelegramOutput | None = None
        self._pending: set[asyncio.Task] = set()

    def _new_output(self) -> VerifiedTelegramOutput:
        return VerifiedTelegramOutput(self.access_token or "", self.api_base_url, self.secret_token)

    def get_output_channel(self) -> VerifiedTelegramOutput:
        """Like Rasa's: the output channel, and the webhook set once at start-up (if enabled)."""
        if self.set_webhook_on_startup and not self._webhook_set:
            self._set_webhook_now()
        self._output = self._new_output()
        return self._output

    def _set_webhook_now(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:  # called while serving: never block the event loop
            log.warning("Not setting the Telegram webhook from inside the event loop")
            return

        async def set_and_close() -> bool:
            # A separate Bot whose HTTP session is closed in the same short-lived
            # loop: aiohttp sessions cannot be reused from Sanic's loop afterwards.
            bot = self._new_output()
            try:
                return await bot.set_webhook(self.webhook_url or "")
            finally:
                await bot.session.close()

        try:
            asyncio.run(set_and_close())
        except TelegramAPIError as error:
            raise RasaException(f"Failed to set channel webhook: {error}") from error
        self._webhook_set = True
        log.info("Telegram webhook set to %s (with secret token)", self.webhook_url)

    def _acknowledge_button(self, update: types.Update) -> None:
        """Stop the client's loading spinner on the pressed button (Rasa does not)."""
        output = self._output
        if output is None or update.callback_query is None:
            return

        async def answer() -> None:
            try:
                await output.answer_callback_query(update.callback_query.id)
            except Exception:
                log.warning("answerCallbackQuery failed", exc_info=True)

        task = asyncio.get_running_loop().create_task(answer())
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    def _screen(self, request: Request) -> HTTPResponse | None:
        """Checks before Rasa's handler runs; a response here ends the request."""
        route = request.route.name if request.route else ""
        if route.endswith(".health"):
            return None
        if not secret_matches(request.headers.get(SECRET_HEADER), self.secret_token):
            log.warning("Refused a Telegram webhook request without the right secret token")
            return response.json({"error": "forbidden"}, status=403)
        if route.endswith(".set_webhook"):
            return None
        if request.method != "POST":
            return response.json({"error": "method not allowed"}, status=405, headers={"Allow": "POST"})
        raw = request.body or b""
        if len(raw) > MAX_BODY_BYTES:
            return response.json({"error": f"The body is larger than {MAX_BODY_BYTES} bytes."}, status=413)
        try:
            body = json.loads(raw.decode("utf-8"))
            if not isinstance(body, dict):
                raise ValueError("not an object")
            update = types.Update(**body)
            # Touch the parts Rasa's handler reads, so shape errors surface here as 400.
            kind = _handled_kind(update)
        except Exception:
            return response.json({"error": "The body must be a Telegram Update JSON object."}, status=400)
        if kind is None:
            log.debug("Ignoring a Telegram update Rasa does not handle: %s", sorted(body))
            return response.text("success")
        if kind == "callback_query":
            self._acknowledge_button(update)
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def guarded(message: UserMessage) -> None:
            message.sender_id = conversation_id(message.sender_id)
            if isinstance(message.text, str):
                message.text = message.text.replace("\x00", "")
            try:
                await on_new_message(message)
            except Exception:
                log.exception("Processing a Telegram message failed")
                try:
                    text = message.text or ""
                    decision = await guarded_rest.model_triage(_the_app(webhook), text)
                    await message.output_channel.send_text_message(
                        chat_id(message.sender_id), guarded_rest.fallback_reply(text, decision)["text"]
                    )
                except Exception:
                    log.exception("Could not send the apology to Telegram either")

        webhook = super().blueprint(guarded)

        @webhook.on_request
        async def verify_request(request: Request) -> HTTPResponse | None:
            return self._screen(request)

        tracker_store_faults.install(webhook)
        return webhook


def _the_app(blueprint: Blueprint) -> Any:
    """The Rasa server app the blueprint is registered on (None before registration)."""
    try:
        return next(iter(blueprint.apps))
    except Exception:  # Sanic raises until the blueprint is registered
        return None


def _check_chat_message(message: Any) -> types.Message:
    ok = (
        isinstance(message, types.Message)
        and isinstance(message.chat, types.Chat)
        and isinstance(message.chat.id, int)
        and not isinstance(message.chat.id, bool)
        and (message.text is None or isinstance(message.text, str))
    )
    if not ok:
        raise ValueError("malformed message")
    return message


def _handled_kind(update: types.Update) -> str | None:
    """Which branch of Rasa's handler the update takes, or None if Rasa would do nothing with it.

    Raises ValueError for a malformed update. aiogram keeps wrong-typed fields as
    they are (a string where a Message belongs), so types are checked here, where
    a failure is a 400, rather than in Rasa's handler, where it would be a 500."""
    if not isinstance(update.update_id, int):
        raise ValueError("update_id missing")
    if update.callback_query is not None:
        query = update.callback_query
        if not isinstance(query, types.CallbackQuery) or not isinstance(query.id, str):
            raise ValueError("malformed callback_query")
        if query.message is None or not isinstance(query.data, str) or not query.data:
            return None  # an inline-mode or game button: no chat to answer in
        _check_chat_message(query.message)
        return "callback_query"
    if update.edited_message is not None:
        edited = _check_chat_message(update.edited_message)
        return "edited_message" if edited.text else None
    if update.message is None:
        return None  # my_chat_member, channel_post...: not requested, not handled
    message = _check_chat_message(update.message)
    if message.text is not None:
        return "message"
    location = message.location
    if location is not None:
        if not isinstance(location, types.Location) or not all(
            isinstance(v, (int, float)) for v in (location.latitude, location.longitude)
        ):
            raise ValueError("malformed location")
        return "message"
    return None  # stickers, photos...: Rasa would answer "success" and do nothing
