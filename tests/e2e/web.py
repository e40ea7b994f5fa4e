"""The web front end (the public chat routes) in front of the real Rasa and action servers."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.e2e.servers import Servers

JSON = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]  # lower-cased names
    body: object  # parsed JSON, or the text when it is not JSON

    @property
    def error(self) -> str:
        return self.body.get("error", "") if isinstance(self.body, dict) else str(self.body)


def call(
    base: str,
    method: str,
    path: str,
    body: object = None,
    headers: dict[str, str] | None = None,
    source: str | None = None,
) -> Reply:
    """One request to the web front end; `body` is sent as JSON unless it is bytes; `source`: client address."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=60, source_address=(source, 0) if source else None
    )
    try:
        raw = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        sent = dict(JSON) if raw is not None else {}
        conn.request(method, path, body=raw, headers={**sent, **(headers or {})})
        resp = conn.getresponse()
        payload = resp.read()
        try:
            parsed: object = json.loads(payload) if payload else None
        except ValueError:
            parsed = payload.decode("utf-8", "replace")
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, parsed)
    finally:
        conn.close()


def new_conversation(base: str, source: str | None = None) -> str:
    reply = call(base, "POST", "/api/conversation", {}, source=source)
    assert reply.status == 201, reply
    return reply.body["sender"]


def chat(base: str, sender: object, message: str, source: str | None = None, **extra: object) -> Reply:
    return call(base, "POST", "/webhooks/rest/webhook", {"sender": sender, "message": message, **extra}, source=source)


def conversation_key(issued: str) -> str:
    """What the tracker store keys the conversation by: the id without its signature."""
    return issued.split(".")[0]


def start_webapp(servers: Servers, workdir: Path, env: dict[str, str] | None = None):
    """(process, base URL) of a web front end proxying to `servers`, reading their tracker store.

    It has one staff account (tests.webapp.test_server.STAFF); `env` adds settings."""
    from tests.webapp.test_server import start_server

    return start_server(workdir, servers.url, tracker_db=servers.db, env_extra=env)
