"""Talking to the Rasa REST webhook: pass-through for the widget, and one-question answers for the front desk."""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass
from typing import Any

import aiohttp

UNREACHABLE = "The assistant is not reachable right now. Please try again in a moment."


class RasaUnavailable(Exception):
    """Rasa could not be reached, timed out or answered with a server error."""


@dataclass(frozen=True)
class RasaReply:
    status: int
    body: bytes
    content_type: str


class RasaClient:
    def __init__(self, base_url: str, timeout_s: float = 30.0):
        self.webhook_url = base_url.rstrip("/") + "/webhooks/rest/webhook"
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=self.timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def forward(self, body: bytes, client_address: str | None = None) -> RasaReply:
        """POST the raw body to Rasa and return its status and body unchanged.

        The client's address goes along as X-Forwarded-For: Rasa ignores it; in the production
        profile the internal nginx logs it beside the instance that served the turn."""
        if self._session is None:
            await self.start()
        assert self._session is not None
        headers = {"Content-Type": "application/json"}
        if client_address:
            headers["X-Forwarded-For"] = client_address
        try:
            async with self._session.post(self.webhook_url, data=body, headers=headers) as resp:
                payload = await resp.read()
                return RasaReply(resp.status, payload, resp.headers.get("Content-Type", "application/json"))
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            raise RasaUnavailable(str(exc) or type(exc).__name__) from exc

    async def ask(self, question: str) -> dict[str, Any]:
        """Ask one question in a fresh conversation and summarize the answer for the front desk."""
        sender = f"frontdesk-{uuid.uuid4().hex}"
        reply = await self.forward(json.dumps({"sender": sender, "message": question}).encode())
        if reply.status >= 500:
            raise RasaUnavailable(f"Rasa answered {reply.status}")
        try:
            messages = json.loads(reply.body)
        except ValueError as exc:
            raise RasaUnavailable("Rasa sent a reply that is not JSON") from exc
        if reply.status != 200 or not isinstance(messages, list):
            raise ValueError(messages.get("error") if isinstance(messages, dict) else f"Rasa answered {reply.status}")
        return summarize(sender, messages)


def summarize(sender: str, messages: list[Any]) -> dict[str, Any]:
    texts: list[str] = []
    buttons: list[str] = []
    custom: dict[str, Any] = {}
    for m in messages:
        if not isinstance(m, dict):
            continue
        if isinstance(m.get("text"), str):
            texts.append(m["text"])
        for b in m.get("buttons") or []:
            if isinstance(b, dict) and isinstance(b.get("title"), str):
                buttons.append(b["title"])
        if isinstance(m.get("custom"), dict) and not custom:
            custom = m["custom"]
    return {
        "sender": sender,
        "text": "\n\n".join(texts),
        "texts": texts,
        "buttons": buttons,
        "topic": custom.get("topic"),
        "kind": custom.get("kind"),
        "faq_id": custom.get("faq_id"),
        "sources": list(custom.get("sources") or []),
        "reviewed": custom.get("reviewed"),
        "custom": custom,
    }
