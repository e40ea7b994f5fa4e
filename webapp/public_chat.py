"""The public chat routes: a new conversation id, the chat, "was this helpful?" and "delete my conversation".

Browsers may call them from this server's own pages and the sites in CHAT_ALLOWED_ORIGINS only;
every call but asking for an id must carry an id this server issued (webapp/conversation_ids.py).
All of them are rate-limited per client address, the chat and feedback also per conversation
(webapp/rate_limit.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from functools import partial
from typing import TYPE_CHECKING, Any

from sanic import Sanic, response
from sanic.request import Request

from bot.knowledge_base import current
from prod import purge
from webapp import feedback_store
from webapp.conversation_ids import ConversationIds
from webapp.conversation_locks import KeyedLocks
from webapp.conversation_records import Answer, ConversationRecords
from webapp.cors import OriginPolicy
from webapp.json_io import error, parse_json
from webapp.rasa_proxy import UNREACHABLE, RasaUnavailable
from webapp.rate_limit import Rate, RateLimiter, retry_after

if TYPE_CHECKING:
    from webapp.server import Settings

log = logging.getLogger(__name__)

# Every public request of one address (chat, feedback, new ids, deletion), and the messages and
# votes of one conversation: a person types far slower; a shared waiting-room address has room.
DEFAULT_RATE_PER_IP = Rate(120, 60)
DEFAULT_RATE_PER_CONVERSATION = Rate(20, 60)
PUBLIC_PATHS = frozenset({"/webhooks/rest/webhook", "/api/feedback", "/api/conversation", "/api/conversation/delete"})


def _question_of(answer: Answer) -> str:
    """The client's words before an answer; for a clicked suggestion (a /payload), the FAQ's own question."""
    if not answer.question.startswith("/"):
        return answer.question
    try:
        entry = next((e for e in current().faq.entries if e.id == answer.faq_id), None)
    except Exception:
        log.exception("Could not load the FAQ to name a feedback question")
        entry = None
    return entry.question if entry is not None else ""


def _known_faq_ids() -> set[str] | None:
    try:
        return {e.id for e in current().faq.entries}
    except Exception:  # the FAQ file is broken: accept well-formed ids rather than lose feedback
        log.exception("Could not load the FAQ to check a feedback faq_id")
        return None


def register(app: Sanic, settings: Settings) -> None:
    origins = OriginPolicy(settings.allowed_origins)

    def cross_site_call(request: Request) -> tuple[str | None, str] | None:
        """(Origin, Host) of a request to a public endpoint, or None for any other request.

        The path is compared as the router reads it: "/api/feedback/" reaches the same handler."""
        path = re.sub("/+", "/", request.path).rstrip("/")
        if path in PUBLIC_PATHS and request.method in ("POST", "OPTIONS"):
            return request.headers.get("origin"), request.headers.get("host", "")
        return None

    @app.on_request
    async def _refuse_other_sites(request: Request) -> response.HTTPResponse | None:
        call = cross_site_call(request)
        if call is not None and not origins.permits(*call):
            return error("this website is not allowed to use the clinic's chat", 403)
        return None

    @app.on_response
    async def _cors_headers(request: Request, resp: response.HTTPResponse) -> None:
        call = cross_site_call(request)
        if call is not None:
            resp.headers.update(origins.headers(*call))

    @app.route("/webhooks/rest/webhook", methods=["OPTIONS"], name="webhook_preflight")
    @app.route("/api/feedback", methods=["OPTIONS"], name="feedback_preflight")
    @app.route("/api/conversation", methods=["OPTIONS"], name="conversation_preflight")
    @app.route("/api/conversation/delete", methods=["OPTIONS"], name="delete_preflight")
    async def preflight(_request: Request) -> response.HTTPResponse:
        return response.empty()

    ids = ConversationIds(settings.conversation_secret)
    records = ConversationRecords(settings.tracker_db, settings.tracker_url)
    per_ip = RateLimiter(settings.rate_per_ip)
    per_conversation = RateLimiter(settings.rate_per_conversation)
    turns = KeyedLocks()

    def too_many(wait: float) -> response.HTTPResponse:
        seconds = retry_after(wait)
        return response.json(
            {"error": f"Too many requests; please wait {seconds} s and try again.", "retry_after": int(seconds)},
            status=429,
            headers={"Retry-After": seconds},
        )

    def client_address(request: Request) -> str:
        # Behind the production profile's nginx, the address nginx saw (X-Forwarded-For, one hop).
        return request.remote_addr or request.ip or "unknown"

    def admit(request: Request) -> tuple[Any, response.HTTPResponse | None]:
        """The JSON body of a public POST, or the response that refuses it (rate, content type, JSON)."""
        wait = per_ip.take(client_address(request))
        if wait:
            return None, too_many(wait)
        # JSON only: a form on another site can post text/plain without asking the browser first.
        if (request.headers.get("content-type") or "").split(";")[0].strip().lower() != "application/json":
            return None, error("the body must be JSON (Content-Type: application/json)", 415)
        body = parse_json(request)
        if not isinstance(body, dict):
            return None, error('body must be a JSON object like {"sender": "<id>", "message": "hello"}', 400)
        return body, None

    def admit_conversation(
        request: Request, limit: bool = True
    ) -> tuple[Any, str | None, response.HTTPResponse | None]:
        """The JSON body and the conversation key for its issued id, or the response that refuses them."""
        body, refused = admit(request)
        if refused is not None:
            return None, None, refused
        issued = body.get("sender")
        if not isinstance(issued, str) or not issued:
            return body, None, error("'sender' must be a string: the conversation id from POST /api/conversation", 400)
        key = ids.verify(issued)
        if key is None:
            return (
                body,
                None,
                response.json(
                    {"error": "this conversation id was not issued by this server", "code": "conversation_not_issued"},
                    status=403,
                ),
            )
        if limit and (wait := per_conversation.take(key)):
            return body, None, too_many(wait)
        return body, key, None

    async def off_loop(work: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, work, *args)

    @app.post("/api/conversation")
    async def new_conversation(request: Request) -> response.HTTPResponse:
        _body, refused = admit(request)
        if refused is not None:
            return refused
        return response.json({"sender": ids.issue()}, status=201)

    @app.post("/webhooks/rest/webhook")
    async def webhook(request: Request) -> response.HTTPResponse:
        body, key, refused = admit_conversation(request)
        if refused is not None:
            return refused
        # Rasa's channel checks the message and metadata; it sees the conversation key, never the signature.
        forwarded = {"sender": key, **{k: body[k] for k in ("message", "metadata") if k in body}}
        try:
            payload = json.dumps(forwarded).encode()
        except (ValueError, RecursionError):
            return error("the body is nested too deeply to be a chat message", 400)
        async with turns.hold(key):  # a deletion waits for the turn in progress
            try:
                reply = await app.ctx.rasa.forward(payload, client_address(request))
            except RasaUnavailable as exc:
                log.warning("Rasa unreachable: %s", exc)
                return error(UNREACHABLE, 503)
        return response.raw(reply.body, status=reply.status, content_type=reply.content_type)

    @app.post("/api/feedback")
    async def feedback(request: Request) -> response.HTTPResponse:
        body, key, refused = admit_conversation(request)
        if refused is not None:
            return refused
        try:
            vote = feedback_store.parse_vote(body, _known_faq_ids())
        except feedback_store.FeedbackError as exc:
            return error(str(exc), 400)
        answers = [a for a in await off_loop(records.faq_answers, key) if a.faq_id == vote.faq_id]
        if not answers:
            return error(f"the assistant gave no answer '{vote.faq_id}' in this conversation", 422)
        fb = feedback_store.Feedback(key, vote.faq_id, vote.helpful, _question_of(answers[-1]))
        outcome = await off_loop(feedback_store.save_capped, settings.feedback_db, fb)
        if outcome == "duplicate":
            return error("this answer already has your feedback", 409)
        if outcome == "full":
            return error(
                f"at most {feedback_store.MAX_VOTES_PER_CONVERSATION} answers per conversation can be rated", 409
            )
        return response.json({"ok": True}, status=201)

    @app.post("/api/conversation/delete")
    async def delete_conversation(request: Request) -> response.HTTPResponse:
        _body, key, refused = admit_conversation(request, limit=False)
        if refused is not None:
            return refused
        async with turns.hold(key):
            # The same erasure as `make purge SENDER=…`: the tracker store and the feedback votes.
            erased = await off_loop(
                partial(
                    purge.erase_conversation,
                    key,
                    tracker_url=settings.tracker_url,
                    tracker_db=settings.tracker_db,
                    feedback_db=settings.feedback_db,
                )
            )
        log.info(
            "Erased a web conversation at its owner's request (%d events, %d feedback votes)",
            erased.events,
            erased.feedback,
        )
        return response.json({"deleted": True})
