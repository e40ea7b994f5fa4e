"""Rotate the logs in a folder daily and delete the rotated parts once they are older than the retention period.

The servers' output is appended to `NAME.log` by the launchers (scripts/serve.sh, prod/up.sh: `>>`,
and PostgreSQL, Redis and nginx open their logs for appending too). Rotation copies the log to
`NAME.log.<UTC time>` and truncates it in place, so no server needs a signal or a restart and each
goes on writing at the start of the emptied file. A line written in the instant between the last
copy and the truncation can be lost; logs are diagnostics, not records. A rotated part's time of
last change is that of its newest line, and the part is deleted once that is older than the
retention period; with daily rotation no line outlives the period by more than a day.
"""

from __future__ import annotations

import calendar
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

ROTATE_EVERY_SECONDS = 86400
_PART = re.compile(r"^(?P<log>.+\.log)\.(?P<stamp>\d{8}T\d{6}Z)$")
_STAMP = "%Y%m%dT%H%M%SZ"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class LogCounts:
    rotated: int = 0
    deleted: int = 0

    def __add__(self, other: LogCounts) -> LogCounts:
        return LogCounts(self.rotated + other.rotated, self.deleted + other.deleted)


def rotate_and_expire(log_dir: Path, days: float, now: float | None = None, dry_run: bool = False) -> LogCounts:
    """Rotate each non-empty `*.log` last rotated a day or more ago; delete parts whose newest line is older than `days`."""
    if not log_dir.is_dir():
        return LogCounts()
    now = time.time() if now is None else now
    parts: dict[str, list[tuple[float, Path]]] = {}
    for path in log_dir.iterdir():
        match = _PART.match(path.name)
        if match:
            rotated_at = calendar.timegm(time.strptime(match["stamp"], _STAMP))
            parts.setdefault(match["log"], []).append((rotated_at, path))
    rotated = 0
    for log in sorted(log_dir.glob("*.log")):
        last = max((at for at, _ in parts.get(log.name, [])), default=None)
        if log.is_file() and log.stat().st_size and (last is None or now - last >= ROTATE_EVERY_SECONDS):
            rotated += 1
            if not dry_run:
                part = _rotate(log, now)
                if part is not None:
                    parts.setdefault(log.name, []).append((now, part))
    cutoff = now - days * 86400
    deleted = 0
    for _, part in (entry for entries in parts.values() for entry in entries):
        if part.stat().st_mtime < cutoff:
            deleted += 1
            if not dry_run:
                part.unlink(missing_ok=True)
    return LogCounts(rotated, deleted)


def _rotate(log: Path, now: float) -> Path | None:
    """Copy `log` to a new owner-only part and empty it; the part keeps the log's time of last change."""
    part = log.with_name(f"{log.name}.{time.strftime(_STAMP, time.gmtime(now))}")
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # rotated in this very second already
        return None
    with open(log, "rb") as src, os.fdopen(fd, "wb") as dst:
        # Read to the end (what the server appends meanwhile included), then truncate at once.
        while chunk := src.read(_CHUNK):
            dst.write(chunk)
        last_change = os.fstat(src.fileno()).st_mtime
        os.truncate(log, 0)
    os.utime(part, (last_change, last_change))
    return part
