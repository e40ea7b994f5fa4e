"""Short load test through nginx: N concurrent conversations for S seconds.

Each client sends its next message as soon as it has the reply, starts a new
conversation every --turns turns (8), and uses its own loopback address (127.0.0.2, 127.0.0.3, ...) as separate
visitors would, so nginx's per-IP rate limit applies per conversation. Prints
turns/s, latency percentiles and errors by kind. Asserts nothing.

    .venv/bin/python prod/load.py --conversations 50 --seconds 20
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import threading
import time
import uuid
from collections import Counter

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


def conversation(n: int, args: argparse.Namespace, stop: float, out: list, errors: Counter, lock: threading.Lock):
    source = f"127.0.{n // 250}.{n % 250 + 2}"
    sender = f"load-{uuid.uuid4().hex[:8]}-{n}"
    conn = None
    i = 0
    while time.monotonic() < stop:
        if args.turns and i and i % args.turns == 0:  # this visitor leaves; a new one starts
            sender = f"load-{uuid.uuid4().hex[:8]}-{n}"
        body = json.dumps({"sender": sender, "message": MESSAGES[i % len(MESSAGES)]})
        i += 1
        started = time.monotonic()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(args.host, args.port, timeout=60, source_address=(source, 0))
            conn.request("POST", "/webhooks/rest/webhook", body=body, headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            raw = resp.read()
            elapsed = time.monotonic() - started
            if resp.status != 200:
                kind = f"HTTP {resp.status}"
            elif any((m.get("custom") or {}).get("kind") == "error" for m in json.loads(raw)):
                kind = "apology (processing failed)"
            else:
                kind = None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            elapsed, kind = time.monotonic() - started, type(exc).__name__
            conn = None
        with lock:
            if kind:
                errors[kind] += 1
            else:
                out.append(elapsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--turns", type=int, default=8, help="turns per conversation, then a new one (0: never)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8088)
    args = parser.parse_args()
    latencies: list[float] = []
    errors: Counter = Counter()
    lock = threading.Lock()
    t0 = time.monotonic()
    stop = t0 + args.seconds
    threads = [
        threading.Thread(target=conversation, args=(n, args, stop, latencies, errors, lock))
        for n in range(args.conversations)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, round(p / 100 * (len(ms) - 1)))] if ms else float("nan")

    print(
        f"{args.conversations} concurrent conversations ({args.turns or 'unlimited'} turns each) for {wall:.1f} s through http://{args.host}:{args.port}"
    )
    print(f"  answered turns: {len(ms)}  ({len(ms) / wall:.1f} turns/s)")
    if ms:
        print(f"  latency: p50 {pct(50):.0f} ms, p95 {pct(95):.0f} ms, p99 {pct(99):.0f} ms, max {ms[-1]:.0f} ms")
        print(f"  mean {statistics.mean(ms):.0f} ms")
    print(f"  errors: {sum(errors.values())}" + (f" {dict(errors)}" if errors else ""))


if __name__ == "__main__":
    main()
