"""The production scale-out profile, against a running `make prod-up`.

Two Rasa instances (5006, 5007) share the PostgreSQL tracker store (5433) and the
Redis lock store (6380); nginx (8088) sends the public chat routes to the web front end
(8089), which accepts only conversation ids it issued and reaches the instances through
nginx's internal listener (8087, round-robin). Skipped when prod-up is not running.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from prod.secrets import pg_password

ROOT = Path(__file__).resolve().parents[2]
RASA_PORTS = (5006, 5007)
NGINX_PORT = 8088
WEB_PORT = 8089
INTERNAL_PORT = 8087
PG_PORT = 5433
PG = {
    "host": "127.0.0.1",
    "port": PG_PORT,
    "dbname": os.environ.get("PROD_PG_DB", "rasa"),
    "user": os.environ.get("PROD_PG_USER", "rasa"),
    "password": pg_password(),
}
ACCESS_LOG = ROOT / "var" / "prod" / "log" / "nginx-access.log"

SORE = "I'm really sore after my massage yesterday, is that normal?"
HOW_LONG = "how long does that last?"


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


_down = [p for p in (*RASA_PORTS, NGINX_PORT, WEB_PORT, PG_PORT, 6380) if not _listening(p)]
if _down and os.environ.get("PROD_REQUIRED") == "1":
    # `make test-prod` started the profile itself: a missing server is a failure, not a skip.
    raise RuntimeError(f"prod-up is not running (nothing on 127.0.0.1:{_down}); see var/prod/log/")
pytestmark = pytest.mark.skipif(
    bool(_down), reason=f"prod-up is not running (nothing on 127.0.0.1:{_down}); start it with `make prod-up`"
)


def exchange(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    source_ip: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request from `source_ip`; (status, lower-cased response headers, body)."""
    conn = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=60, source_address=(source_ip, 0) if source_ip else None
    )
    try:
        sent = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=body, headers={**sent, **(headers or {})})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def request(
    port: int, method: str, path: str, body: bytes | None = None, source_ip: str | None = None
) -> tuple[int, bytes]:
    status, _, raw = exchange(port, method, path, body, source_ip)
    return status, raw


def say(port: int, sender: str, message: str, source_ip: str | None = None) -> list[dict]:
    body = json.dumps({"sender": sender, "message": message}).encode()
    status, raw = request(port, "POST", "/webhooks/rest/webhook", body, source_ip)
    assert status == 200, (status, raw[:300])
    messages = json.loads(raw)
    assert any(m.get("text") for m in messages), messages
    assert not any((m.get("custom") or {}).get("kind") == "error" for m in messages), messages
    return messages


def text(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def events(sender: str) -> list[tuple[str, dict]]:
    """The stored events of a conversation (an issued id is stored without its signature)."""
    import psycopg2

    with psycopg2.connect(**PG, connect_timeout=5) as conn, conn.cursor() as cur:
        cur.execute("SELECT type_name, data FROM events WHERE sender_id = %s ORDER BY id", (sender.split(".")[0],))
        return [(t, json.loads(d)) for t, d in cur.fetchall()]


def dialogue(sender: str) -> list[tuple[str, str]]:
    return [(t, d.get("text") or "") for t, d in events(sender) if t in ("user", "bot")]


def new_sender(tag: str) -> str:
    """A made-up id: Rasa's internal ports take any; the public routes through nginx take none."""
    return f"prod-test-{tag}-{uuid.uuid4().hex[:10]}"


def issued_sender(source_ip: str | None = None) -> str:
    """A conversation id issued by the web front end through nginx, as the widget gets one."""
    status, raw = request(NGINX_PORT, "POST", "/api/conversation", b"{}", source_ip)
    assert status == 201, (status, raw[:300])
    return json.loads(raw)["sender"]


# --- two instances, one conversation ------------------------------------------------------


def test_context_survives_alternating_instances_and_every_turn_is_in_postgres() -> None:
    sender = new_sender("ctx")
    first = say(RASA_PORTS[0], sender, SORE)
    assert "sore" in text(first).lower()
    second = say(RASA_PORTS[1], sender, HOW_LONG)
    answer = text(second).lower()
    assert any(k in answer for k in ("48", "72", "day or two")), answer
    assert any((m.get("custom") or {}).get("topic") == "aftercare" for m in second), second

    turns = dialogue(sender)
    assert [t for t, _ in turns if t == "user"] == ["user", "user"]
    assert [x for t, x in turns if t == "user"] == [SORE, HOW_LONG]
    bot_texts = [x for t, x in turns if t == "bot"]
    assert len(bot_texts) >= 2
    # The replies the clients got are the ones stored.
    assert all(m["text"] in bot_texts for m in first + second if m.get("text"))
    assert turns[0][0] == "user" and turns[-1][0] == "bot"


def test_parallel_messages_of_one_conversation_are_serialised_by_the_redis_lock() -> None:
    sender = new_sender("lock")
    questions = [
        "what is a trigger point?",
        "what should I wear to my session?",
        "will I be sore tomorrow?",
        "how much does a session cost?",
        "what are your opening hours?",
        "does trigger point therapy hurt?",
    ]
    barrier = threading.Barrier(len(questions))

    def send(i: int) -> list[dict]:
        barrier.wait()
        return say(RASA_PORTS[i % 2], sender, questions[i])

    with ThreadPoolExecutor(len(questions)) as pool:
        replies = list(pool.map(send, range(len(questions))))
    assert all(text(r) for r in replies)

    turns = dialogue(sender)
    kinds = [t for t, _ in turns]
    assert kinds.count("user") == len(questions), kinds
    assert sorted(x for t, x in turns if t == "user") == sorted(questions)
    # Consistent order: each user turn is followed by its bot reply(ies) before the next user turn.
    assert kinds[0] == "user" and kinds[-1] == "bot", kinds
    for a, b in zip(kinds, kinds[1:]):
        assert not (a == "user" and b == "user"), f"two user turns in a row (lock not held): {kinds}"


# --- the edge: nginx ----------------------------------------------------------------------------


def test_chat_through_nginx_round_robins_over_both_instances() -> None:
    source = "127.0.0.31"  # own client address: own rate-limit bucket, own access-log lines
    sender = issued_sender(source)
    before = ACCESS_LOG.read_text().count("\n") if ACCESS_LOG.exists() else 0
    say(NGINX_PORT, sender, SORE, source)
    answer = text(say(NGINX_PORT, sender, HOW_LONG, source)).lower()
    assert any(k in answer for k in ("48", "72", "day or two")), answer
    say(NGINX_PORT, sender, "what are your opening hours?", source)
    say(NGINX_PORT, sender, "thanks, bye", source)
    assert [t for t, _ in dialogue(sender)].count("user") == 4
    if ACCESS_LOG.exists():  # nginx writes its access log as it goes
        time.sleep(0.2)
        lines = [line for line in ACCESS_LOG.read_text().splitlines()[before:] if line.startswith(source + " ")]
        upstreams = {line.split("upstream=")[1].split()[0] for line in lines if "upstream=" in line}
        # The public hop to the web front end, and the internal hop to both instances.
        assert {"127.0.0.1:8089", "127.0.0.1:5006", "127.0.0.1:5007"} <= upstreams, lines


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/conversations/x/tracker"),
        ("POST", "/conversations/x/tracker/events"),
        ("GET", "/version"),
        ("GET", "/status"),
        ("POST", "/model/parse"),
        ("GET", "/webhooks/rest/webhook"),
        ("GET", "/webhooks/rest/"),
        ("POST", "/"),
        ("PUT", "/webhooks/rest/webhook"),
        ("DELETE", "/webhooks/rest/webhook"),
        ("POST", "/webhooks/rest/webhook/"),
        ("GET", "/api/conversation"),
        ("POST", "/api/feedback/"),
        ("GET", "/widget/../README.md"),
    ],
)
def test_nginx_exposes_nothing_but_the_webhook_and_health(method: str, path: str) -> None:
    status, _ = request(NGINX_PORT, method, path, b"{}" if method == "POST" else None, "127.0.0.32")
    assert status == 404


def test_rasa_http_api_is_off_even_on_the_private_ports() -> None:
    for port in RASA_PORTS:
        for method, path in (("GET", "/conversations/x/tracker"), ("GET", "/status"), ("POST", "/model/parse")):
            assert request(port, method, path, b"{}" if method == "POST" else None)[0] == 404, (port, path)


def _non_loopback_addresses() -> list[str]:
    try:
        out = subprocess.run(["hostname", "-I"], capture_output=True, text=True, timeout=5).stdout
    except OSError:
        return []
    return [a for a in out.split() if ":" not in a and not a.startswith("127.")]


def test_every_server_listens_on_loopback_only() -> None:
    # The databases hold health information, and the action server's secret is its only lock:
    # nothing may be reachable from another machine.
    addresses = _non_loopback_addresses()
    if not addresses:
        pytest.skip("this machine has no non-loopback IPv4 address to test from")
    for address in addresses:
        for port in (*RASA_PORTS, NGINX_PORT, WEB_PORT, INTERNAL_PORT, PG_PORT, 6380, 5056):
            with pytest.raises(OSError):
                socket.create_connection((address, port), timeout=2).close()


def _with_origin(method: str, origin: str, body: bytes | None = None) -> tuple[int, dict[str, str]]:
    headers = {"Origin": origin, "Content-Type": "application/json"}
    if method == "OPTIONS":
        headers.update({"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    status, response_headers, _ = exchange(NGINX_PORT, method, "/webhooks/rest/webhook", body, "127.0.0.36", headers)
    return status, response_headers


def test_cors_allows_only_the_configured_site_origins() -> None:
    site = os.environ.get("CHAT_ALLOWED_ORIGINS", "https://willowbank-therapy.example").split()[0]
    body = json.dumps({"sender": issued_sender("127.0.0.36"), "message": "what is a trigger point?"}).encode()
    status, headers = _with_origin("OPTIONS", site)
    assert status in (200, 204) and headers.get("access-control-allow-origin") == site
    assert "post" in headers.get("access-control-allow-methods", "").lower()
    status, headers = _with_origin("POST", site, body)
    assert status == 200 and headers.get("access-control-allow-origin") == site
    for evil in ("https://evil.example", "null", site + ".evil.example"):
        for method in ("OPTIONS", "POST"):
            status, headers = _with_origin(method, evil, body)
            assert "access-control-allow-origin" not in headers, (evil, method, headers)


def test_nginx_health() -> None:
    status, body = request(NGINX_PORT, "GET", "/", source_ip="127.0.0.32")
    assert status == 200 and b"Rasa" in body


def test_nginx_refuses_a_100_kb_body_with_413() -> None:
    body = json.dumps({"sender": "big", "message": "a" * 100_000}).encode()
    status, raw = request(NGINX_PORT, "POST", "/webhooks/rest/webhook", body, "127.0.0.33")
    assert status == 413, raw[:200]


def test_nginx_rate_limits_a_burst_with_429() -> None:
    source = "127.0.0.34"
    # One conversation per request (messages of one conversation would queue on its lock), their
    # ids fetched from other addresses, slowly enough for the limits.
    senders = [issued_sender(f"127.0.3.{i % 25 + 1}") for i in range(200)]

    def one(i: int) -> int:
        body = json.dumps({"sender": senders[i], "message": "hi"}).encode()
        return request(NGINX_PORT, "POST", "/webhooks/rest/webhook", body, source)[0]

    # Fewer at once than nginx's limit_conn (10 per IP, tested in test_edge.py): the rate is measured here.
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(one, range(200)))
    counts = {s: statuses.count(s) for s in set(statuses)}
    assert counts.get(429, 0) > 0, counts
    assert counts.get(200, 0) >= 20, counts  # the burst allowance is served
    assert set(counts) <= {200, 429}, counts
    # Another client is not affected by this one's limit.
    assert request(NGINX_PORT, "GET", "/", source_ip="127.0.0.35")[0] == 200


# --- the atomic lock store itself, on the prod Redis ---------------------------------------------


def test_atomic_lock_store_issues_unique_tickets_under_contention() -> None:
    from prod.redis_lock_store import AtomicRedisLockStore

    stores = [AtomicRedisLockStore(host="127.0.0.1", port=6380, db=1, key_prefix="test") for _ in range(4)]
    conversation = new_sender("tickets")
    barrier = threading.Barrier(len(stores))

    def take(store: AtomicRedisLockStore) -> list[int]:
        barrier.wait()
        return [store.issue_ticket(conversation, 60) for _ in range(100)]

    with ThreadPoolExecutor(len(stores)) as pool:
        tickets = [t for batch in pool.map(take, stores) for t in batch]
    try:
        assert len(tickets) == 400 and len(set(tickets)) == 400, "duplicate tickets"
        assert len(stores[0].get_lock(conversation).tickets) == 400, "a ticket was overwritten"
        for t in tickets:  # finishing every ticket from any instance deletes the lock
            stores[t % 4].cleanup(conversation, t)
        assert stores[0].get_lock(conversation) is None
    finally:
        stores[0].delete_lock(conversation)


def test_lock_store_drops_expired_tickets_and_keeps_rasas_format() -> None:
    from prod.redis_lock_store import AtomicRedisLockStore

    store = AtomicRedisLockStore(host="127.0.0.1", port=6380, db=1, key_prefix="test")
    conversation = new_sender("expiry")
    try:
        stale = store.issue_ticket(conversation, 0.2)  # e.g. an instance that died holding it
        mine = store.issue_ticket(conversation, 60)
        assert (stale, mine) == (0, 1)
        assert store.get_lock(conversation).is_locked(mine)  # Rasa's own TicketLock reads it
        time.sleep(0.3)
        store.update_lock(conversation)
        lock = store.get_lock(conversation)
        assert [t.number for t in lock.tickets] == [mine] and not lock.is_locked(mine)
        store.cleanup(conversation, mine)
        assert store.get_lock(conversation) is None
    finally:
        store.delete_lock(conversation)
