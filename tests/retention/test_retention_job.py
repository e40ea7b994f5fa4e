"""prod/retention_job.py as a real process: it applies the retention period on a schedule, survives a failing run,
and stops at once on TERM (prod-down) or INT (Ctrl-C in `make run`)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.retention.test_purge import _senders, _write

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp: Path, *, env: dict[str, str] | None = None) -> subprocess.Popen:
    cmd = [
        sys.executable, "-m", "prod.retention_job", "--every", "1", "--db", str(tmp / "conversations.db"),
        "--feedback-db", str(tmp / "feedback.db"), "--audit-db", str(tmp / "audit.db"), "--log-dir", str(tmp / "log"),
    ]  # fmt: skip
    return subprocess.Popen(
        cmd,
        cwd=tmp,  # nothing may depend on the working directory
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_until(condition, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def _stop(job: subprocess.Popen, sig: int) -> str:
    job.send_signal(sig)
    out, _ = job.communicate(timeout=10)
    return out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_job_purges_on_schedule_and_stops_cleanly(tmp_path: Path, sig: int) -> None:
    db = tmp_path / "conversations.db"
    _write(db, {"old": [40.0], "active": [35.0, 0.0]})
    job = _start(tmp_path)
    try:
        _wait_until(lambda: _senders(db) == {"active"})
        _write(db, {"later": [31.0]})  # something turns old while the job runs: the next run takes it
        _wait_until(lambda: _senders(db) == {"active"})
    finally:
        out = _stop(job, sig)
    assert job.returncode == 0, out
    assert "Traceback" not in out
    assert "deleted 4 events older than 30 days (1 conversations entirely, 1 in part)" in out, out


def test_a_failing_run_is_reported_and_the_next_run_happens(tmp_path: Path) -> None:
    (tmp_path / "conversations.db").write_bytes(b"this is not a database" * 100)
    job = _start(tmp_path)
    try:
        time.sleep(3)
        assert job.poll() is None, "the job must outlive a failing run"
    finally:
        out = _stop(job, signal.SIGTERM)
    assert out.count("retention run failed") >= 2, out


def test_a_retention_period_that_is_not_a_number_stops_the_job_with_a_clear_message(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "conversations.db").close()
    job = _start(tmp_path, env={"RETENTION_DAYS": "thirty"})
    out, _ = job.communicate(timeout=30)
    assert job.returncode != 0 and "RETENTION_DAYS must be a number of days" in out, out
