"""Reading Rasa's tracker store (table `events`) read-only: the SQLite file, or PostgreSQL in the production profile."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

Row = tuple[str, str, float, str]  # sender_id, type_name, timestamp, data (JSON)
_QUERY = (
    "SELECT sender_id, type_name, timestamp, data FROM events "
    "WHERE type_name IN ('user', 'bot') AND timestamp >= {ph} ORDER BY sender_id, id"
)


def is_url(tracker: Path | str) -> bool:
    return isinstance(tracker, str) and "://" in tracker


def user_and_bot_events(tracker: Path | str, since: float) -> list[Row]:
    """User and bot events since `since`, grouped by conversation in stored order; [] if nothing is stored yet."""
    if is_url(tracker):
        return _from_postgresql(str(tracker), since)
    return _from_sqlite(Path(tracker), since)


def _from_sqlite(path: Path, since: float) -> list[Row]:
    if not path.exists():
        return []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(_QUERY.format(ph="?"), (since,)).fetchall()
    except sqlite3.OperationalError:  # no events table yet: Rasa has not stored anything
        return []
    finally:
        conn.close()


def postgresql_connection(url: str, connect_timeout: int) -> Any:
    """A psycopg2 connection to the postgresql:// URL (the password may come from PGPASSWORD instead)."""
    import psycopg2  # installed with Rasa; only the production profile needs it

    parts = urlsplit(url)
    return psycopg2.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        dbname=parts.path.lstrip("/") or None,
        connect_timeout=connect_timeout,
    )


def _from_postgresql(url: str, since: float) -> list[Row]:
    parts = urlsplit(url)
    if parts.scheme.split("+")[0] not in ("postgresql", "postgres"):
        raise ValueError(f"unsupported tracker URL scheme {parts.scheme!r}: use postgresql://…")
    conn = postgresql_connection(url, connect_timeout=5)
    try:
        conn.set_session(readonly=True)
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('events') IS NOT NULL")
            if not cur.fetchone()[0]:
                return []
            cur.execute(_QUERY.format(ph="%s"), (since,))
            return cur.fetchall()
    finally:
        conn.close()
