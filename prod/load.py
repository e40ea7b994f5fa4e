"""Load test of the production profile: N concurrent conversations for S seconds, then an audit.

Each simulated client is one visitor in a conversation: it sends a message, waits for
the answer, pauses (reading and typing, --think, 1-3 s by default: quicker than any
person), and sends the next; after --turns turns (8) it leaves and a new visitor with
a new conversation takes its place, asking the web front end for a conversation id first, as
the widget does. `--think 0` removes the pause, so every client
fires its next message the instant it has an answer: a stress test that measures
capacity (turns/s at saturation), not what 50 people chatting feel. Each client uses
its own loopback address (127.0.0.2, ...), so nginx's per-IP rate limit applies per
visitor as on the internet.

Prints turns/s, p50/p95/p99 latency and errors by kind, then reads PostgreSQL and
checks that every turn that was answered is stored, in order, with the bot's reply
(no lost events). Exits 1 on any error or lost event.

    .venv/bin/python prod/load.py --conversations 50 --seconds 60
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from prod.secrets import pg_password

MESSAGES = [
    "what is a trigger point?",
    "I'm really sore after my massage yesterday, is that normal?",
    "how long does that last?",
    "what should I wear?",
    "how much does a session cost?",
    "what are your opening hours?",
    "can I have a massage if I'm pregnant?",
    "thanks!",
]
P95_TARGET_MS = 500


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    # sender -> the messages that got a proper answer, in the order sent
    answered: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, sender: str, message: str, elapsed: float, error: str | None) -> None:
        with self.lock:
            if error:
                self.errors[error] += 1
            else:
                self.latencies.append(elapsed)
                self.answered.setdefault(sender, []).append(message)


def _new_conversation(conn: http.client.HTTPConnection) -> str:
    """A conversation id issued by the web front end (the only kind the public chat route accepts)."""
    conn.request("POST", "/api/conversation", body=b"{}", headers={"Content-Type": "application/json"})
    resp = conn.getresponse()
    raw = resp.read()
    if resp.status != 201:
        raise http.client.HTTPException(f"no conversation id: HTTP {resp.status}")
    return json.loads(raw)["sender"]


def conversation_key(sender: str) -> str:
    """The tracker store's key for an issued id: the id without its signature."""
    return sender.split(".")[0]


def _send(conn: http.client.HTTPConnection, sender: str, message: str) -> str | None:
    """POST one turn; returns None if properly answered, else the kind of error."""
    body = json.dumps({"sender": sender, "message": message})
    conn.request("POST", "/webhooks/rest/webhook", body=body, headers={"Content-Type": "application/json"})
    resp = conn.getresponse()
    raw = resp.read()
    if resp.status != 200:
        return f"HTTP {resp.status}"
    replies = json.loads(raw)
    if not any(m.get("text") for m in replies):
        return "no reply"
    if any((m.get("custom") or {}).get("kind") == "error" for m in replies):
        return "apology (processing failed)"
    return None


def visitor(n: int, args: argparse.Namespace, stop: float, results: Results) -> None:
    rng = random.Random(n)
    source = f"127.0.{n // 250}.{n % 250 + 2}"
    conn = None
    i = 0
    sender = ""
    # Visitors arrive over the first pause rather than all in the same millisecond.
    time.sleep(rng.uniform(0, args.think_max))
    while time.monotonic() < stop:
        new_visitor = i == 0 or (args.turns and i % args.turns == 0)
        message = MESSAGES[i % len(MESSAGES)]
        i += 1
        started = time.monotonic()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(args.host, args.port, timeout=60, source_address=(source, 0))
            if new_visitor or not sender:  # a new visitor, a new conversation
                sender = ""  # until the server has issued one
                sender = _new_conversation(conn)
                started = time.monotonic()  # a turn's latency is the message's, as in the widget
            error = _send(conn, sender, message)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            error = type(exc).__name__
            conn = None
        results.record(sender, message, time.monotonic() - started, error)
        if args.think_max:
            time.sleep(rng.uniform(args.think_min, args.think_max))


def audit(answered: dict[str, list[str]]) -> tuple[int, list[str]]:
    """Compare what was answered with what PostgreSQL holds; returns (turns checked, problems)."""
    import psycopg2

    problems = []
    checked = 0
    with (
        psycopg2.connect(
            host="127.0.0.1",
            port=int(os.environ.get("PROD_PG_PORT", 5433)),
            dbname=os.environ.get("PROD_PG_DB", "rasa"),
            user=os.environ.get("PROD_PG_USER", "rasa"),
            password=pg_password(),
            connect_timeout=5,
        ) as conn,
        conn.cursor() as cur,
    ):
        cur.execute(
            "SELECT sender_id, type_name, data FROM events WHERE sender_id = ANY(%s) "
            "AND type_name IN ('user', 'bot') ORDER BY id",
            ([conversation_key(s) for s in answered],),
        )
        stored: dict[str, list[tuple[str, str]]] = {}
        for sender, kind, data in cur.fetchall():
            stored.setdefault(sender, []).append((kind, json.loads(data).get("text") or ""))
    for sender, messages in answered.items():
        turns = stored.get(conversation_key(sender), [])
        users = [text for kind, text in turns if kind == "user"]
        checked += len(messages)
        if users != messages:
            problems.append(f"{sender}: sent {len(messages)} answered turns, stored {len(users)}")
        elif sum(kind == "bot" for kind, _ in turns) < len(messages):
            problems.append(f"{sender}: a bot reply is missing")
    return checked, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--turns", type=int, default=8, help="turns per conversation, then a new visitor (0: one endless conversation)"
    )
    parser.add_argument("--think", default="1-3", help="pause between a reply and the next message, s: 'MIN-MAX' or 0")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--no-audit", action="store_true", help="skip the PostgreSQL check (e.g. against SQLite)")
    args = parser.parse_args()
    low, _, high = args.think.partition("-")
    args.think_min, args.think_max = float(low), float(high or low)

    results = Results()
    t0 = time.monotonic()
    stop = t0 + args.seconds
    threads = [threading.Thread(target=visitor, args=(n, args, stop, results)) for n in range(args.conversations)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    ms = sorted(x * 1000 for x in results.latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, round(p / 100 * (len(ms) - 1)))] if ms else float("nan")

    pause = f"{args.think} s between turns" if args.think_max else "no pause between turns (stress)"
    print(
        f"{args.conversations} concurrent conversations, {pause}, new conversation every {args.turns or '∞'} turns, "
        f"{wall:.0f} s through http://{args.host}:{args.port}"
    )
    print(f"  answered turns: {len(ms)} ({len(ms) / wall:.1f} turns/s) in {len(results.answered)} conversations")
    if ms:
        print(
            f"  latency: p50 {pct(50):.0f} ms, p95 {pct(95):.0f} ms, p99 {pct(99):.0f} ms, "
            f"max {ms[-1]:.0f} ms, mean {statistics.mean(ms):.0f} ms"
        )
    errors = sum(results.errors.values())
    print(f"  errors: {errors}" + (f" {dict(results.errors)}" if errors else ""))
    lost = 0
    if not args.no_audit:
        checked, problems = audit(results.answered)
        lost = len(problems)
        print(f"  stored in PostgreSQL: {checked - lost} of {checked} answered turns checked; lost: {lost}")
        for problem in problems[:10]:
            print(f"    {problem}")
    if args.think_max and ms:
        verdict = "met" if pct(95) <= P95_TARGET_MS else "MISSED"
        print(f"  target p95 <= {P95_TARGET_MS} ms: {verdict}")
    return 1 if errors or lost else 0


if __name__ == "__main__":
    sys.exit(main())
