"""Delete old conversations from Rasa's SQL tracker store (retention).

Works on the SQLite file of the default profile (var/conversations.db) and on the
PostgreSQL tracker store of the production profile. Rasa keeps every event of a
conversation as one row of the `events` table; a conversation is the set of rows
with one `sender_id`.

    python prod/purge.py                          # SQLite var/conversations.db, idle > 30 days
    python prod/purge.py --days 7 --dry-run       # only count
    python prod/purge.py --sender visitor-42      # one conversation (e.g. a deletion request)
    python prod/purge.py --url postgresql://rasa:PW@127.0.0.1:5433/rasa

The URL can also come from $TRACKER_URL. Prints what it deleted; exit code 0.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SQLITE = ROOT / "var" / "conversations.db"


def connect(url: str | None, db: Path) -> tuple[Any, str]:
    """Return (DB-API connection, placeholder) for a postgresql:// or sqlite:/// URL, or the SQLite file."""
    if url:
        parts = urlsplit(url)
        scheme = parts.scheme.split("+")[0]
        if scheme in ("postgresql", "postgres"):
            import psycopg2  # installed with Rasa

            conn = psycopg2.connect(
                host=parts.hostname or "127.0.0.1",
                port=parts.port or 5432,
                user=unquote(parts.username) if parts.username else None,
                password=unquote(parts.password) if parts.password else None,
                dbname=parts.path.lstrip("/") or None,
                connect_timeout=10,
            )
            return conn, "%s"
        if scheme == "sqlite":
            db = Path(unquote(parts.path[1:] if parts.path.startswith("//") else parts.path))
        else:
            raise SystemExit(f"Unsupported URL scheme {parts.scheme!r}: use postgresql://… or sqlite:///path")
    if not db.exists():
        raise SystemExit(f"No tracker database at {db}")
    return sqlite3.connect(db), "?"


def _has_events_table(conn: Any, ph: str) -> bool:
    cur = conn.cursor()
    try:
        if ph == "?":  # SQLite
            cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'")
            return cur.fetchone() is not None
        cur.execute("SELECT to_regclass('events') IS NOT NULL")
        return bool(cur.fetchone()[0])
    finally:
        cur.close()


def purge(
    conn: Any, ph: str, *, days: float | None, sender: str | None, dry_run: bool, now: float | None = None
) -> dict:
    """Delete the selected conversations in one transaction; return counts."""
    if sender is not None:
        where, params = f"sender_id = {ph}", [sender]
        selector = f"SELECT DISTINCT sender_id FROM events WHERE {where}"
    else:
        cutoff = (time.time() if now is None else now) - float(days) * 86400
        selector = f"SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < {ph}"
        params = [cutoff]
        where = f"sender_id IN ({selector})"
    if not _has_events_table(conn, ph):
        # Rasa creates the table on its first conversation; a fresh store has nothing to purge.
        return {"conversations": 0, "events": 0, "conversations_left": 0, "events_left": 0}
    cur = conn.cursor()
    try:
        cur.execute("SELECT COUNT(DISTINCT sender_id), COUNT(*) FROM events")
        total_conversations, total_events = cur.fetchone()
        cur.execute(f"SELECT COUNT(*) FROM ({selector}) AS selected", params)
        conversations = cur.fetchone()[0]
        if dry_run:
            cur.execute(f"SELECT COUNT(*) FROM events WHERE {where}", params)
            events = cur.fetchone()[0]
            conn.rollback()
        else:
            cur.execute(f"DELETE FROM events WHERE {where}", params)
            events = cur.rowcount
            conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        cur.close()
    return {
        "conversations": conversations,
        "events": events,
        "conversations_left": total_conversations - conversations,
        "events_left": total_events - events,
    }


def _days_from_env() -> float:
    value = os.environ.get("DAYS") or "30"
    try:
        days = float(value)
    except ValueError:
        raise SystemExit(f"DAYS must be a number of days, not {value!r}") from None
    if days < 0:
        raise SystemExit("DAYS must not be negative")
    return days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # `make purge` passes DAYS, SENDER and DRY_RUN through the environment, never through the
    # shell: a value such as "x'; echo INJECTED" stays a value.
    parser.add_argument(
        "--days",
        type=float,
        default=_days_from_env(),
        help="delete conversations idle for more than N days (30, or $DAYS)",
    )
    parser.add_argument(
        "--sender", default=os.environ.get("SENDER") or None, help="delete this one conversation (or $SENDER)"
    )
    parser.add_argument("--url", default=os.environ.get("TRACKER_URL"), help="postgresql://… or sqlite:///… URL")
    parser.add_argument("--db", type=Path, default=DEFAULT_SQLITE, help="SQLite file when no URL is given")
    parser.add_argument(
        "--dry-run", action="store_true", default=bool(os.environ.get("DRY_RUN")), help="count only (or $DRY_RUN)"
    )
    args = parser.parse_args(argv)
    if args.sender is None and args.days < 0:
        parser.error("--days must be >= 0")
    conn, ph = connect(args.url, args.db)
    try:
        counts = purge(conn, ph, days=args.days, sender=args.sender, dry_run=args.dry_run)
    finally:
        conn.close()
    what = f"conversation {args.sender!r}" if args.sender is not None else f"conversations idle > {args.days:g} days"
    verb = "would delete" if args.dry_run else "deleted"
    print(
        f"{verb} {counts['conversations']} {what}: {counts['events']} events; "
        f"left: {counts['conversations_left']} conversations, {counts['events_left']} events"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
