"""Retention and erasure: delete what is older than the retention period, or one conversation everywhere.

Where the assistant keeps what clients wrote (README, "What is stored, where, for how long"):
Rasa's tracker store (every event of every conversation is one row of the `events` table: SQLite
var/conversations.db by default, PostgreSQL in the production profile), var/feedback.db (the "was
this helpful?" votes, with the question and the conversation id), and the logs; the front desk's
audit log (var/audit.db: who viewed which conversation ids, no text) is kept as long.

Retention goes by the age of each item, not of its conversation: an event older than the period is
deleted even while its conversation goes on (Rasa then loads what is left; see prod/README.md).

    python -m prod.purge                        # older than RETENTION_DAYS (30): events, feedback, audit, logs
    python -m prod.purge --days 7 --dry-run     # only count
    python -m prod.purge --sender web-42        # one conversation from every store (a deletion request)
    TRACKER_URL=postgresql://rasa:PW@127.0.0.1:5433/rasa python -m prod.purge

Prints what it deleted; exit code 0. `erase_conversation` is the one erasure every caller uses
(`make purge SENDER=…` and the widget's "Delete my conversation").
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from prod.log_retention import LogCounts, rotate_and_expire
from prod.sqlite_wal import use_write_ahead_log
from webapp import audit_log
from webapp.feedback_store import delete_feedback
from webapp.paths import DEFAULT_AUDIT_DB, VAR_DIR
from webapp.tracker_events import postgresql_connection

DEFAULT_SQLITE = VAR_DIR / "conversations.db"
DEFAULT_FEEDBACK = VAR_DIR / "feedback.db"
DEFAULT_LOG_DIR = VAR_DIR / "log"
DEFAULT_RETENTION_DAYS = 30.0
DAY_SECONDS = 86400


class SettingError(ValueError):
    """A retention setting is not usable; the message names it."""


def _days(name: str, value: str, zero_allowed: bool) -> float:
    try:
        days = float(value)
    except ValueError:
        raise SettingError(f"{name} must be a number of days, not {value!r}") from None
    if not math.isfinite(days) or days < 0 or (days == 0 and not zero_allowed):
        raise SettingError(f"{name} must be a number of days {'from' if zero_allowed else 'above'} 0, not {value!r}")
    return days


def retention_days(environ: Mapping[str, str] = os.environ) -> float:
    """RETENTION_DAYS (default 30): the one setting for how long conversations, feedback and logs are kept."""
    value = environ.get("RETENTION_DAYS") or ""
    return _days("RETENTION_DAYS", value, zero_allowed=False) if value else DEFAULT_RETENTION_DAYS


@dataclass(frozen=True)
class EventCounts:
    events: int = 0
    emptied: int = 0  # conversations that lost every event
    trimmed: int = 0  # conversations that lost their old events and keep newer ones
    conversations_left: int = 0
    events_left: int = 0


@dataclass(frozen=True)
class Retention:
    events: EventCounts
    feedback: int
    audit: int
    logs: LogCounts


@dataclass(frozen=True)
class Erasure:
    events: int
    feedback: int


def _scheme(url: str) -> str:
    scheme = urlsplit(url).scheme.split("+")[0]
    if scheme not in ("postgresql", "postgres", "sqlite"):
        raise SettingError(f"Unsupported URL scheme {scheme!r}: use postgresql://… or sqlite:///path")
    return scheme


def sqlite_path(url: str | None, db: Path) -> Path | None:
    """The SQLite file a sqlite:/// URL, or no URL, names (then `db`); None for PostgreSQL."""
    if not url:
        return db
    if _scheme(url) != "sqlite":
        return None
    path = urlsplit(url).path
    return Path(unquote(path[1:] if path.startswith("//") else path))


def connect(url: str | None, db: Path) -> tuple[Any, str] | None:
    """(DB-API connection, placeholder) for a postgresql:// or sqlite:/// URL or the SQLite file; None if no such file."""
    path = sqlite_path(url, db)
    if path is None:
        return postgresql_connection(url, connect_timeout=10), "%s"
    if not path.is_file():  # sqlite3 would create it; nothing stored there is nothing to delete
        return None
    conn = sqlite3.connect(path, timeout=10)
    use_write_ahead_log(conn)  # a store older than serve.sh's own switch: the purge's reads must not lock turns out
    return conn, "?"


def _has_events_table(cur: Any, ph: str) -> bool:
    if ph == "?":  # SQLite
        cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'")
        return cur.fetchone() is not None
    cur.execute("SELECT to_regclass('events') IS NOT NULL")
    return bool(cur.fetchone()[0])


def _in_transaction(conn: Any, work) -> Any:
    cur = conn.cursor()
    try:
        result = work(cur)
        conn.commit()
        return result
    except BaseException:
        conn.rollback()
        raise
    finally:
        cur.close()


def purge_events(conn: Any, ph: str, *, cutoff: float, dry_run: bool) -> EventCounts:
    """Delete every event stored before `cutoff` (seconds since the epoch), in one transaction."""

    def work(cur: Any) -> EventCounts:
        if not _has_events_table(cur, ph):  # Rasa creates the table with the first conversation
            return EventCounts()
        cur.execute("SELECT COUNT(DISTINCT sender_id), COUNT(*) FROM events")
        conversations, total = cur.fetchone()
        cur.execute(f"SELECT COUNT(*), COUNT(DISTINCT sender_id) FROM events WHERE timestamp < {ph}", [cutoff])
        events, touched = cur.fetchone()
        cur.execute(
            "SELECT COUNT(*) FROM (SELECT sender_id FROM events GROUP BY sender_id "
            f"HAVING MAX(timestamp) < {ph}) AS emptied",
            [cutoff],
        )
        emptied = cur.fetchone()[0]
        if not dry_run:
            cur.execute(f"DELETE FROM events WHERE timestamp < {ph}", [cutoff])
            events = cur.rowcount
        return EventCounts(events, emptied, touched - emptied, conversations - emptied, total - events)

    return _in_transaction(conn, work)


def erase_events(conn: Any, ph: str, sender: str, *, dry_run: bool) -> int:
    """Delete every event of one conversation, in one transaction; return how many."""

    def work(cur: Any) -> int:
        if not _has_events_table(cur, ph):
            return 0
        if dry_run:
            cur.execute(f"SELECT COUNT(*) FROM events WHERE sender_id = {ph}", [sender])
            return int(cur.fetchone()[0])
        cur.execute(f"DELETE FROM events WHERE sender_id = {ph}", [sender])
        return cur.rowcount

    return _in_transaction(conn, work)


def _on_tracker(url: str | None, db: Path, work: Any, nothing: Any) -> Any:
    """`work(connection, placeholder)` on the tracker store; `nothing` if no store exists yet."""
    opened = connect(url, db)
    if opened is None:
        return nothing
    conn, ph = opened
    try:
        return work(conn, ph)
    finally:
        conn.close()


def erase_conversation(
    sender: str,
    *,
    tracker_url: str | None = None,
    tracker_db: Path = DEFAULT_SQLITE,
    feedback_db: Path | None = DEFAULT_FEEDBACK,
    dry_run: bool = False,
) -> Erasure:
    """Erase one conversation from every store: its events in the tracker store and its feedback votes.

    Stores that do not exist yet hold nothing and are not created. Safe to repeat. It blocks on
    database I/O: from an event loop, run it in an executor."""
    if not isinstance(sender, str) or not sender:
        raise ValueError("sender must be a non-empty string")
    events = _on_tracker(tracker_url, tracker_db, lambda conn, ph: erase_events(conn, ph, sender, dry_run=dry_run), 0)
    feedback = delete_feedback(feedback_db, sender_id=sender, dry_run=dry_run) if feedback_db else 0
    return Erasure(events, feedback)


def apply_retention(
    days: float,
    *,
    tracker_url: str | None = None,
    tracker_db: Path = DEFAULT_SQLITE,
    feedback_db: Path | None = DEFAULT_FEEDBACK,
    audit_db: Path | None = DEFAULT_AUDIT_DB,
    log_dirs: Iterable[Path] = (DEFAULT_LOG_DIR,),
    now: float | None = None,
    dry_run: bool = False,
) -> Retention:
    """Delete the events, feedback votes, audit entries and log parts older than `days`; rotate the logs."""
    now = time.time() if now is None else now
    cutoff = now - days * DAY_SECONDS
    events = _on_tracker(
        tracker_url, tracker_db, lambda conn, ph: purge_events(conn, ph, cutoff=cutoff, dry_run=dry_run), EventCounts()
    )
    feedback = delete_feedback(feedback_db, older_than=cutoff, dry_run=dry_run) if feedback_db else 0
    audit = audit_log.purge_older_than(audit_db, days, now=now, dry_run=dry_run) if audit_db else 0
    logs = LogCounts()
    for log_dir in log_dirs:
        logs += rotate_and_expire(log_dir, days, now=now, dry_run=dry_run)
    return Retention(events, feedback, audit, logs)


def describe_retention(done: Retention, days: float, dry_run: bool) -> list[str]:
    verb = "would delete" if dry_run else "deleted"
    e = done.events
    return [
        f"{verb} {e.events} events older than {days:g} days ({e.emptied} conversations entirely, {e.trimmed} in part); "
        f"left: {e.conversations_left} conversations, {e.events_left} events",
        f"{verb} {done.feedback} feedback votes older than {days:g} days",
        f"{verb} {done.audit} audit entries older than {days:g} days",
        f"logs: {'would rotate' if dry_run else 'rotated'} {done.logs.rotated}, "
        f"{verb} {done.logs.deleted} rotated parts older than {days:g} days",
    ]


def _days_for_this_run() -> float:
    # `make purge DAYS=…` is a one-off; RETENTION_DAYS is the setting the scheduled job applies too.
    value = os.environ.get("DAYS")
    return _days("DAYS", value, zero_allowed=True) if value else retention_days()


def _days_option(value: str) -> float:
    try:
        return _days("--days", value, zero_allowed=True)
    except SettingError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prod.purge", description=__doc__.splitlines()[0])
    # `make purge` passes DAYS, SENDER, TRACKER_URL and DRY_RUN through the environment, never
    # through the shell: a value such as "x'; echo INJECTED" stays a value.
    try:
        default_days = _days_for_this_run()
    except SettingError as exc:
        parser.error(str(exc))
    parser.add_argument(
        "--days",
        type=_days_option,
        default=default_days,
        help="delete what is older than N days ($DAYS, $RETENTION_DAYS, 30)",
    )
    parser.add_argument(
        "--sender", default=os.environ.get("SENDER") or None, help="erase this one conversation everywhere ($SENDER)"
    )
    parser.add_argument(
        "--url", help="sqlite:///… or postgresql://… without a password (default $TRACKER_URL, which may have one)"
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_SQLITE, help="SQLite tracker store when no URL is given")
    parser.add_argument("--feedback-db", type=Path, default=DEFAULT_FEEDBACK, help="the feedback votes (SQLite)")
    parser.add_argument("--audit-db", type=Path, default=DEFAULT_AUDIT_DB, help="the front desk's audit log (SQLite)")
    parser.add_argument(
        "--log-dir",
        type=Path,
        action="append",
        help=f"a folder of logs to rotate and expire (default {DEFAULT_LOG_DIR})",
    )
    parser.add_argument(
        "--dry-run", action="store_true", default=bool(os.environ.get("DRY_RUN")), help="count only ($DRY_RUN)"
    )
    args = parser.parse_args(argv)
    if args.url and urlsplit(args.url).password:
        parser.error("a password on the command line is visible to every user (ps): put the URL in $TRACKER_URL")
    args.url = args.url or os.environ.get("TRACKER_URL")
    verb = "would delete" if args.dry_run else "deleted"
    try:
        path = sqlite_path(args.url, args.db)
        if path is not None and not path.is_file():
            raise SystemExit(f"No tracker database at {path}")
        if args.sender is not None:
            erased = erase_conversation(
                args.sender,
                tracker_url=args.url,
                tracker_db=args.db,
                feedback_db=args.feedback_db,
                dry_run=args.dry_run,
            )
            print(f"{verb} conversation {args.sender!r}: {erased.events} events, {erased.feedback} feedback votes")
            return 0
        done = apply_retention(
            args.days,
            tracker_url=args.url,
            tracker_db=args.db,
            feedback_db=args.feedback_db,
            audit_db=args.audit_db,
            log_dirs=args.log_dir or [DEFAULT_LOG_DIR],
            dry_run=args.dry_run,
        )
    except SettingError as exc:
        raise SystemExit(str(exc)) from None
    print("\n".join(describe_retention(done, args.days, args.dry_run)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
