"""Apply the retention period every hour until stopped: conversation events, feedback votes, audit log, logs.

Started by both launchers (scripts/serve.sh for `make run`, prod/up.sh for the production profile),
so the retention the README promises holds without cron, which is not on every machine. It is a
process of its own rather than a task inside the web front end because it covers what no single
server owns (Rasa's tracker store, every server's logs), a web front end may run as several
workers or instances that would purge alike, and a purge must not wait on (or hold up) a server.

    python -m prod.retention_job [--every 3600] [--log-dir DIR ...]   # RETENTION_DAYS (30); TRACKER_URL

A run that fails (the database restarting, say) is reported and the next one comes as usual. TERM
(prod-down) or INT (Ctrl-C in `make run`) stops it at once, or after the run in progress.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from pathlib import Path

from prod.purge import (
    DEFAULT_AUDIT_DB,
    DEFAULT_FEEDBACK,
    DEFAULT_LOG_DIR,
    DEFAULT_SQLITE,
    SettingError,
    apply_retention,
    describe_retention,
    retention_days,
)

HOUR_SECONDS = 3600


def _say(line: str) -> None:
    print(f"{time.strftime('%Y-%m-%dT%H:%M:%S%z')} {line}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prod.retention_job", description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=float, default=HOUR_SECONDS, help="seconds between runs (3600)")
    parser.add_argument(
        "--db", type=Path, default=DEFAULT_SQLITE, help="SQLite tracker store when $TRACKER_URL is unset"
    )
    parser.add_argument("--feedback-db", type=Path, default=DEFAULT_FEEDBACK)
    parser.add_argument("--audit-db", type=Path, default=DEFAULT_AUDIT_DB)
    parser.add_argument("--log-dir", type=Path, action="append", help=f"logs to rotate and expire ({DEFAULT_LOG_DIR})")
    args = parser.parse_args(argv)
    try:
        days = retention_days()
    except SettingError as exc:
        parser.error(str(exc))
    # The URL holds the database password: it comes from the environment, never the command line (ps).
    url = os.environ.get("TRACKER_URL") or None

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())

    _say(f"retention: keeping {days:g} days; a run every {args.every:g} s")
    while not stop.is_set():
        try:
            done = apply_retention(
                days,
                tracker_url=url,
                tracker_db=args.db,
                feedback_db=args.feedback_db,
                audit_db=args.audit_db,
                log_dirs=args.log_dir or [DEFAULT_LOG_DIR],
            )
        except Exception as exc:  # the next run may succeed: the job must outlive a database restart
            _say(f"retention run failed: {type(exc).__name__}: {exc}")
        else:
            for line in describe_retention(done, days, dry_run=False):
                _say(line)
        stop.wait(args.every)
    _say("retention: stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
