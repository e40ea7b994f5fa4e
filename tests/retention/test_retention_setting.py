"""RETENTION_DAYS is the one retention setting: the web front end's own purge of its audit log follows it too."""

from __future__ import annotations

import time
from pathlib import Path

from tests.webapp.test_server import start_server
from webapp import audit_log

DAY = 86400.0


def _entry(audit_db: Path, age_days: float) -> None:
    audit_log.record(
        audit_db, "alex", audit_log.REPORT_VIEWED, "10.0.0.1", {"days": 7}, ["web-a"], now=time.time() - age_days * DAY
    )


def test_the_web_front_end_keeps_its_audit_log_for_retention_days(tmp_path: Path) -> None:
    audit_db = tmp_path / "audit.db"
    _entry(audit_db, 3)
    _entry(audit_db, 0.5)
    proc, _ = start_server(tmp_path, "http://127.0.0.1:9", staff=False, env_extra={"RETENTION_DAYS": "2"})
    try:
        deadline = time.monotonic() + 20
        while len(audit_log.entries(audit_db)) != 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(audit_log.entries(audit_db)) == 1  # the 3-day-old entry went, not the recent one
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_a_retention_period_that_is_not_a_number_stops_the_web_front_end_clearly(tmp_path: Path) -> None:
    try:
        proc, _ = start_server(tmp_path, "http://127.0.0.1:9", staff=False, env_extra={"RETENTION_DAYS": "a month"})
    except RuntimeError as exc:
        assert "RETENTION_DAYS must be a number of days" in str(exc)
    else:
        proc.terminate()
        proc.wait(timeout=20)
        raise AssertionError("the web front end started with an unusable RETENTION_DAYS")
