"""`prod/load.py` (what `make load` runs) on a short run: 50 conversations, no errors, no lost events.

Latency is a benchmark figure (README), not asserted here; this checks the two things
that must hold at any speed: every turn is answered properly, and every answered turn
is in PostgreSQL in order with its reply (the script's own audit, exit status 0).
"""

from __future__ import annotations

import subprocess
import sys

from tests.prod.test_scale_out import ROOT, pytestmark

__all__ = ["pytestmark"]


def test_fifty_conversations_lose_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "prod/load.py", "--conversations", "50", "--seconds", "15"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "errors: 0" in done.stdout and "lost: 0" in done.stdout
    answered = int(done.stdout.split("answered turns: ")[1].split()[0])
    assert answered >= 100, done.stdout
