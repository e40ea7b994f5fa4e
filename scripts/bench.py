"""`make bench`: latency, throughput, memory, start-up and training time of the real servers.

Prints figures; it asserts nothing (targets are in the README, next to the numbers).
Usage: python scripts/bench.py [--turns 500] [--clients 8] [--skip-train]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.knowledge_base import load_knowledge  # noqa: E402
from tests.e2e.servers import RASA, Servers, post  # noqa: E402

CLINIC_QUESTIONS = [
    "what are your opening hours?",
    "how much is a 60 minute session",
    "can I talk to someone at the front desk",
    "hi there",
    "thanks!",
    "i have crushing chest pain",
    "what muscle relaxant should I take",
]


def messages() -> list[str]:
    kb = load_knowledge()
    texts = [e.phrasings[0] for e in kb.faq.entries] + CLINIC_QUESTIONS
    return texts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def turn(url: str, sender: str, text: str) -> float:
    start = time.perf_counter()
    status, body = post(url, json.dumps({"sender": sender, "message": text}).encode())
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200 or not body:
        raise RuntimeError(f"turn failed: {status} {body}")
    return elapsed


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    pids = [pid]
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    pids += [int(c) for c in children]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def train_seconds() -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.monotonic()
        subprocess.run(
            [str(RASA), "train", "--force", "--out", out, "--quiet"],
            cwd=ROOT,
            check=True,
            env=dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=str(ROOT)),
            stdout=subprocess.DEVNULL,
        )
        return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--per-client", type=int, default=60)
    parser.add_argument("--skip-train", action="store_true")
    args = parser.parse_args()
    texts = messages()
    results: dict[str, object] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}"}

    with tempfile.TemporaryDirectory() as work:
        servers = Servers(Path(work))
        try:
            start = time.monotonic()
            servers.start_actions()
            servers.start_rasa()
            turn(servers.url, "bench-first", "hello")
            results["startup_to_first_answer_s"] = round(time.monotonic() - start, 1)

            for n in range(10):
                turn(servers.url, "bench-warmup", texts[n % len(texts)])
            single = []
            for n in range(args.turns):
                # A new conversation every 10 turns, as on a real website.
                single.append(turn(servers.url, f"bench-1-{n // 10}", texts[n % len(texts)]))
            results["single_client"] = {
                "turns": len(single),
                "p50_ms": round(percentile(single, 50), 1),
                "p95_ms": round(percentile(single, 95), 1),
                "p99_ms": round(percentile(single, 99), 1),
                "mean_ms": round(statistics.fmean(single), 1),
            }

            errors: list[str] = []
            concurrent: list[float] = []
            lock = threading.Lock()

            def client(index: int) -> None:
                sender = f"bench-c{index}-{uuid.uuid4().hex[:6]}"
                for n in range(args.per_client):
                    try:
                        ms = turn(servers.url, f"{sender}-{n // 10}", texts[(index * 7 + n) % len(texts)])
                        with lock:
                            concurrent.append(ms)
                    except Exception as exc:  # counted, not fatal: the figure must show it
                        with lock:
                            errors.append(str(exc))

            threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
            began = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.monotonic() - began
            results["concurrent"] = {
                "clients": args.clients,
                "turns": len(concurrent),
                "errors": len(errors),
                "turns_per_s": round(len(concurrent) / wall, 1),
                "p95_ms": round(percentile(concurrent, 95), 1) if concurrent else None,
            }
            rasa_mb = rss_mb(servers.rasa.pid)
            actions_mb = rss_mb(servers.actions.pid)
            results["memory_mb"] = {
                "rasa": round(rasa_mb),
                "actions": round(actions_mb),
                "total": round(rasa_mb + actions_mb),
            }
        finally:
            servers.stop()

    if not args.skip_train:
        results["training_s"] = round(train_seconds(), 1)

    print(json.dumps(results, indent=2))
    out = ROOT / "artifacts"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2))
    s, c, m = results["single_client"], results["concurrent"], results["memory_mb"]
    print(
        f"\nSummary: p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, p99 {s['p99_ms']} ms (1 client, {s['turns']} turns); "
        f"{c['turns_per_s']} turns/s with {c['clients']} clients ({c['errors']} errors); "
        f"memory {m['total']} MB (rasa {m['rasa']}, actions {m['actions']}); "
        f"start to first answer {results['startup_to_first_answer_s']} s"
        + (f"; training {results['training_s']} s" if "training_s" in results else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
