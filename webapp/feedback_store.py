"""Client feedback on FAQ answers ("Was this helpful?"), validated and kept in SQLite."""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    sender_id TEXT NOT NULL,
    faq_id TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    question TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_feedback_created ON feedback (created);
"""

MAX_SENDER_CHARS = 128
MAX_QUESTION_CHARS = 1000
_FAQ_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class FeedbackError(ValueError):
    """The feedback body is not acceptable; the message says why."""


@dataclass(frozen=True)
class Feedback:
    sender_id: str
    faq_id: str
    helpful: bool
    question: str


def parse_feedback(body: Any, known_faq_ids: set[str] | None = None) -> Feedback:
    if not isinstance(body, dict):
        raise FeedbackError("body must be a JSON object")
    sender, faq_id, helpful = body.get("sender"), body.get("faq_id"), body.get("helpful")
    question = body.get("question", "")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        raise FeedbackError(f"'sender' must be a non-empty string of at most {MAX_SENDER_CHARS} characters")
    if not isinstance(faq_id, str) or len(faq_id) > 100 or not _FAQ_ID.match(faq_id):
        raise FeedbackError("'faq_id' must be an FAQ id such as 'tp-referred-pain'")
    if known_faq_ids is not None and faq_id not in known_faq_ids:
        raise FeedbackError(f"unknown faq_id '{faq_id}'")
    if not isinstance(helpful, bool):
        raise FeedbackError("'helpful' must be true or false")
    if question is None:
        question = ""
    if not isinstance(question, str):
        raise FeedbackError("'question' must be a string")
    return Feedback(sender.strip(), faq_id, helpful, question.strip()[:MAX_QUESTION_CHARS])


def connect(db_path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(db_path), timeout=5)
    conn.executescript(SCHEMA)
    return conn


def init_db(db_path: Path | str) -> None:
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with connect(db_path) as conn:
        conn.commit()
    conn.close()


def save_feedback(db_path: Path | str, fb: Feedback, now: float | None = None) -> int:
    conn = connect(db_path)
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO feedback (created, sender_id, faq_id, helpful, question) VALUES (?, ?, ?, ?, ?)",
                (time.time() if now is None else now, fb.sender_id, fb.faq_id, int(fb.helpful), fb.question),
            )
        return int(cur.lastrowid)
    finally:
        conn.close()


def _open_existing(db_path: Path | str) -> sqlite3.Connection | None:
    """The feedback database if it exists (retention and erasure never create one)."""
    if not Path(db_path).is_file():
        return None
    return connect(db_path)


def delete_feedback(
    db_path: Path | str, *, older_than: float | None = None, sender_id: str | None = None, dry_run: bool = False
) -> int:
    """Delete the votes created before `older_than` (retention) or those of one conversation (erasure); count them."""
    if (older_than is None) == (sender_id is None):
        raise ValueError("give exactly one of older_than and sender_id")
    where, param = ("created < ?", older_than) if older_than is not None else ("sender_id = ?", sender_id)
    conn = _open_existing(db_path)
    if conn is None:
        return 0
    try:
        with conn:
            if dry_run:
                return int(conn.execute(f"SELECT COUNT(*) FROM feedback WHERE {where}", (param,)).fetchone()[0])
            return conn.execute(f"DELETE FROM feedback WHERE {where}", (param,)).rowcount
    finally:
        conn.close()
