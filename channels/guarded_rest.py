"""The REST channel with the guards stock Rasa lacks.

Same contract as Rasa's `rest` channel (POST /webhooks/rest/webhook with
{"sender", "message"}), plus:
- request bodies are capped (413); the whole message reaches the safety triage, which
  clips what the rest of the NLU pipeline sees (components/safety_triage.py);
- malformed or wrong-shaped bodies get a 400 with a clear message, not a 500;
- the sender must be a string, and not one of another channel's conversations (Telegram's are
  `tg-<chat id>`; before namespacing they were bare chat ids): this port is internal, and the
  public routes (the web front end) accept only ids they issued (webapp/conversation_ids.py);
- `metadata` may only hold small, known keys (it is stored with the conversation);
- a reply always comes: if processing fails or produces no text, the client is
  pointed to the front desk instead of receiving an empty list;
- if the conversation store is down, the client is asked to try again in a
  moment (channels/tracker_store_faults.py) instead of getting an answer that
  forgets the conversation and is never stored.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import knowledge_base
from bot.privacy import install_log_masking
from bot.replies import emergency_reply
from bot.triage import TriageDecision, triage
from channels import action_result_validation, tracker_store_faults
from channels.tracker_store_faults import TrackerStoreUnavailable
from components.safety_triage import TRIAGE_KEY

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
MAX_SENDER_CHARS = 128
# Conversation ids of other channels: a REST caller cannot address them.
_OTHER_CHANNELS = re.compile(r"^(?:tg-.*|-?\d+)$", re.DOTALL)
# The only metadata kept: it is stored with every message of the conversation (health information),
# so no free-form data rides along. Name -> what a value must look like.
ALLOWED_METADATA = {"client": re.compile(r"^[A-Za-z0-9._/-]{1,40}$")}  # the sending app, e.g. "widget/2"

# Sanic reads SANIC_* settings when Rasa creates its app, which happens after
# this module is imported (credentials are loaded first). Capping the body here
# makes Sanic refuse an oversized request with 413 before reading it, instead
# of Rasa's default of 100 MB.
os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_BODY_BYTES))
# The Rasa process loads this channel at start-up and then writes the tracker store (SQLite)
# and its logs: conversations are health data, so whatever it creates is owner-only.
os.umask(0o077)
action_result_validation.install()
# Rasa logs message texts on errors; clients' phone numbers and emails must not land in logs.
install_log_masking()


class BadRequest(ValueError):
    pass


def parse_body(raw: bytes) -> tuple[str, str, dict[str, Any] | None]:
    """Validate a webhook body; returns (sender, text, metadata) or raises BadRequest."""
    if len(raw) > MAX_BODY_BYTES:
        raise BadRequest("too large")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadRequest('The body must be JSON like {"sender": "abc", "message": "hello"}.') from None
    except RecursionError:  # "[[[[…" three thousand deep: the decoder gives up, the client gets a 400
        raise BadRequest("The body is nested too deeply to be a chat message.") from None
    if not isinstance(body, dict):
        raise BadRequest('The body must be a JSON object like {"sender": "abc", "message": "hello"}.')
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest("'sender' must be a non-empty string identifying the conversation.")
    sender = sender.strip()
    if len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(f"'sender' must be at most {MAX_SENDER_CHARS} characters.")
    if _OTHER_CHANNELS.match(sender):
        raise BadRequest("'sender' names another channel's conversation (e.g. Telegram's 'tg-…'); choose another id.")
    message = body.get("message")
    if message is None:
        message = ""
    if not isinstance(message, str):
        raise BadRequest("'message' must be a string.")
    return sender, message.replace("\x00", ""), check_metadata(body.get("metadata"))


def check_metadata(metadata: Any) -> dict[str, str] | None:
    """The metadata if it holds only known keys with short plain values; raises BadRequest naming the rest."""
    if metadata is None:
        return None
    if not isinstance(metadata, dict):
        raise BadRequest("'metadata' must be a JSON object if given.")
    unknown = sorted(str(k)[:40] for k in metadata if k not in ALLOWED_METADATA)
    if unknown:
        named = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        raise BadRequest(
            f"'metadata' may only hold {', '.join(sorted(ALLOWED_METADATA))} (it is stored with the conversation); "
            f"not accepted: {named}."
        )
    for key, value in metadata.items():
        if not isinstance(value, str) or not ALLOWED_METADATA[key].match(value):
            raise BadRequest(f"'metadata.{key}' must be a short name such as 'widget/2'.")
    return metadata or None


# Parsing alone is quick once the model is loaded; a fallback must not keep the client waiting.
MODEL_TRIAGE_SECONDS = 3.0


async def model_triage(app: Any, text: str) -> TriageDecision | None:
    """The pipeline's own triage decision for `text`: the concept rules *and* the safety classifier.

    Parsing needs only the loaded model, not the action server nor the conversation store, so when
    either of those failed the turn, the classifier still sees what the rules miss ("feels like a
    car is parked on my chest"). None if the model cannot parse either.
    """
    agent = getattr(getattr(app, "ctx", None), "agent", None)
    if agent is None or not agent.is_ready():
        return None
    try:
        parsed = await asyncio.wait_for(agent.parse_message(text), MODEL_TRIAGE_SECONDS)
        return TriageDecision.from_dict(parsed.get(TRIAGE_KEY))
    except Exception:  # the fallback must not fail too
        log.exception("Parsing the message for the fallback's triage failed")
        return None


def fallback_reply(text: str, decision: TriageDecision | None = None) -> dict[str, Any]:
    """What the client gets when the pipeline produced nothing (e.g. the action server is down).

    A red flag still gets the emergency answer: from `decision` (the model's triage, see
    `model_triage`) when the model could parse the message, else from the concept rules, which
    need nothing but `bot/`.
    """
    try:
        profile = knowledge_base.current().profile
        if decision is None or not decision.emergency:
            decision = triage(text)
        if decision.emergency:
            reply = emergency_reply(decision.kind, profile)
            return {"text": " ".join(reply.texts), "custom": reply.custom()}
        contact = f"please call the front desk on {profile.phone}"
    except Exception:  # the fallback must not fail too
        log.exception("Building the fallback reply failed")
        contact = "please contact the front desk"
    return {
        "text": (
            f"Sorry, I couldn't answer that just now. Please try again in a moment, or {contact}. "
            "If you feel unwell, please contact your doctor, or emergency services in an emergency."
        ),
        "custom": {"topic": "handoff", "kind": "error"},
    }


def _has_text(messages: list[dict[str, Any]]) -> bool:
    return any(m.get("text") for m in messages)


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text, metadata = parse_body(request.body or b"")
            except BadRequest as exc:
                if str(exc) == "too large":
                    return response.json({"error": f"The body is larger than {MAX_BODY_BYTES} bytes."}, status=413)
                return response.json({"error": str(exc)}, status=400)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata))
                messages = list(collector.messages)
            except TrackerStoreUnavailable as exc:
                # The turn was not stored, so the client must not see an answer from it.
                log.warning("Conversation store unavailable; asked the client to try again: %s", exc)
                messages = []
            except Exception:
                log.exception("Processing a REST message failed")
                messages = list(collector.messages)
            if not _has_text(messages):
                messages.append(fallback_reply(text, await model_triage(request.app, text)))
            return response.json(messages)

        tracker_store_faults.install(webhook)
        return webhook
