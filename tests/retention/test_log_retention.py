"""prod/log_retention.py on real files: logs are rotated daily and a rotated part goes once its last line is older
than the retention period; a server writing to its log the way the launchers attach it keeps writing after a rotation."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

from prod.log_retention import LogCounts, rotate_and_expire

DAY = 86400.0


def _write(path: Path, text: str, age_days: float, now: float) -> None:
    path.write_text(text)
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))


def _parts(log_dir: Path, name: str) -> list[Path]:
    return sorted(p for p in log_dir.iterdir() if p.name.startswith(f"{name}.") and p.name != name)


def test_a_log_is_rotated_then_its_parts_expire_with_the_retention_period(tmp_path: Path) -> None:
    now = time.time()
    log = tmp_path / "rasa.log"
    _write(log, "line written long ago\n", 40, now)

    # Rotated, and the part deleted at once: its last line is 40 days old, past the period.
    assert rotate_and_expire(tmp_path, days=30, now=now) == LogCounts(rotated=1, deleted=1)
    assert _parts(tmp_path, "rasa.log") == [] and log.read_text() == ""

    log.write_text("line of today\n")
    assert rotate_and_expire(tmp_path, days=30, now=now).rotated == 1
    (part,) = _parts(tmp_path, "rasa.log")
    assert stat.S_IMODE(part.stat().st_mode) == 0o600  # logs are owner-only, like everything under var/
    log.write_text("line an hour later\n")
    assert rotate_and_expire(tmp_path, days=30, now=now + 3600).rotated == 0  # rotated less than a day ago
    assert rotate_and_expire(tmp_path, days=30, now=now + DAY).rotated == 1
    parts = _parts(tmp_path, "rasa.log")
    assert [p.read_text() for p in parts] == ["line of today\n", "line an hour later\n"]
    # Kept while their last line is younger than the period, deleted after.
    assert rotate_and_expire(tmp_path, days=30, now=now + 29 * DAY).deleted == 0
    assert rotate_and_expire(tmp_path, days=30, now=now + 31 * DAY).deleted == 2
    assert _parts(tmp_path, "rasa.log") == []


def test_dry_run_and_empty_or_missing_folders_change_nothing(tmp_path: Path) -> None:
    now = time.time()
    _write(tmp_path / "web.log", "old\n", 40, now)
    (tmp_path / "empty.log").touch()
    counts = rotate_and_expire(tmp_path, days=30, now=now, dry_run=True)
    assert counts.rotated == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["empty.log", "web.log"]
    assert rotate_and_expire(tmp_path / "missing", days=30, now=now).rotated == 0
    assert rotate_and_expire(tmp_path, days=30, now=now).rotated == 1  # the empty log is left alone


def test_a_server_attached_as_the_launchers_do_keeps_writing_after_a_rotation(tmp_path: Path) -> None:
    """The launchers append (>>), so the truncated log is written from its start again, never with a hole."""
    log = tmp_path / "actions.log"
    writer = subprocess.Popen(
        ["bash", "-c", 'for i in $(seq 1 40); do echo "line $i"; sleep 0.05; done >>"$0"', str(log)]
    )
    try:
        deadline = time.time() + 10
        while "line 10" not in (log.read_text() if log.exists() else "") and time.time() < deadline:
            time.sleep(0.05)
        rotate_and_expire(tmp_path, days=30)
    finally:
        writer.wait(timeout=30)
    (part,) = _parts(tmp_path, "actions.log")
    before, after = part.read_bytes(), log.read_bytes()
    assert b"\0" not in after and after.startswith(b"line ")
    lines = (before + after).decode().splitlines()
    assert lines[-1] == "line 40" and len(lines) >= 38  # at most a line lost in the instant of truncation
