"""The front-desk audit log (var/audit.db, SQLite, owner-only): who signed in, and who viewed or searched what.

Each entry has a time, the staff name, an action, the client address, a few numbers or
keywords (the report's period, how many results) and the ids of the conversations the action
showed. It never holds message text: details are checked to be numbers or short keywords, and
FAQ searches and test questions are recorded without what was typed.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SIGNED_IN = "signed_in"
SIGNIN_FAILED = "signin_failed"
SIGNIN_REFUSED = "signin_refused"  # locked out: too many failures for the name or the address
SIGNED_OUT = "signed_out"
REPORT_VIEWED = "report_viewed"
FAQ_SEARCHED = "faq_searched"
QUESTION_ASKED = "question_asked"
ACTIONS = frozenset({SIGNED_IN, SIGNIN_FAILED, SIGNIN_REFUSED, SIGNED_OUT, REPORT_VIEWED, FAQ_SEARCHED, QUESTION_ASKED})
UNKNOWN_STAFF = "(unknown name)"

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    staff TEXT NOT NULL,
    action TEXT NOT NULL,
    ip TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_audit_at ON audit (at);
CREATE TABLE IF NOT EXISTS audit_conversations (
    entry_id INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    sender_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_audit_conversations_entry ON audit_conversations (entry_id);
CREATE INDEX IF NOT EXISTS ix_audit_conversations_sender ON audit_conversations (sender_id);
"""

_KEYWORD = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class Entry:
    at: float
    staff: str
    action: str
    ip: str
    detail: dict[str, int | float | str]
    conversations: tuple[str, ...]


@contextmanager
def _transaction(db_path: Path | str) -> Iterator[sqlite3.Connection]:
    path = Path(db_path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    conn = sqlite3.connect(str(path), timeout=5)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(SCHEMA)
        with conn:
            yield conn
    finally:
        conn.close()


def init_db(db_path: Path | str) -> None:
    with _transaction(db_path):
        pass
    os.chmod(db_path, 0o600)


def _checked_detail(detail: dict[str, object]) -> dict[str, int | float | str]:
    """Numbers and keywords only: a string that could be someone's words is refused here."""
    for key, value in detail.items():
        ok_value = (isinstance(value, int | float) and not isinstance(value, bool)) or (
            isinstance(value, str) and _KEYWORD.match(value)
        )
        if not _KEYWORD.match(key) or not ok_value:
            raise ValueError(f"audit detail {key!r} must be a number or a keyword, not free text")
    return dict(detail)  # type: ignore[arg-type]


def record(
    db_path: Path | str,
    staff: str,
    action: str,
    ip: str,
    detail: dict[str, object] | None = None,
    conversations: Iterable[str] = (),
    now: float | None = None,
) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    checked = _checked_detail(detail or {})
    with _transaction(db_path) as conn:
        cur = conn.execute(
            "INSERT INTO audit (at, staff, action, ip, detail) VALUES (?, ?, ?, ?, ?)",
            (time.time() if now is None else now, staff, action, ip[:64], json.dumps(checked, sort_keys=True)),
        )
        conn.executemany(
            "INSERT INTO audit_conversations (entry_id, sender_id) VALUES (?, ?)",
            [(cur.lastrowid, sender) for sender in sorted(set(conversations))],
        )


def entries(
    db_path: Path | str, since: float = 0.0, staff: str | None = None, conversation: str | None = None
) -> list[Entry]:
    """Entries since `since`, oldest first; optionally one staff member's, or those that showed one conversation."""
    if not Path(db_path).exists():
        return []
    where, params = ["a.at >= ?"], [since]
    if staff:
        where.append("a.staff = ?")
        params.append(staff)
    if conversation:
        where.append("a.id IN (SELECT entry_id FROM audit_conversations WHERE sender_id = ?)")
        params.append(conversation)
    with _transaction(db_path) as conn:
        rows = conn.execute(
            f"SELECT a.id, a.at, a.staff, a.action, a.ip, a.detail FROM audit a WHERE {' AND '.join(where)} "
            "ORDER BY a.at, a.id",
            params,
        ).fetchall()
        shown: dict[int, list[str]] = {}
        for entry_id, sender in conn.execute(
            "SELECT c.entry_id, c.sender_id FROM audit_conversations c JOIN audit a ON a.id = c.entry_id "
            f"WHERE {' AND '.join(where)} ORDER BY c.sender_id",
            params,
        ):
            shown.setdefault(entry_id, []).append(sender)
    return [
        Entry(at, who, action, ip, json.loads(detail), tuple(shown.get(i, ())))
        for i, at, who, action, ip, detail in rows
    ]


def purge_older_than(db_path: Path | str, days: float, now: float | None = None, dry_run: bool = False) -> int:
    """Delete entries older than `days` (the conversations' retention period); return how many.

    The retention job (prod/retention_job.py) calls it hourly; the web front end at start and daily."""
    if not Path(db_path).exists():
        return 0
    cutoff = (time.time() if now is None else now) - float(days) * 86400
    with _transaction(db_path) as conn:
        if dry_run:
            return int(conn.execute("SELECT COUNT(*) FROM audit WHERE at < ?", (cutoff,)).fetchone()[0])
        return conn.execute("DELETE FROM audit WHERE at < ?", (cutoff,)).rowcount
