"""Client feedback on FAQ answers ("Was this helpful?"), validated and kept in SQLite.

A vote is about an answer the assistant gave in the client's own conversation (the web front end
checks that); the question stored with it is what the client wrote before that answer, taken from
the conversation, never from the request, with contact details masked (bot/privacy.py), because
the front desk reads it. One vote per answer and at most MAX_VOTES_PER_CONVERSATION per conversation.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.privacy import mask_personal_data

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
CREATE INDEX IF NOT EXISTS ix_feedback_sender ON feedback (sender_id);
"""

MAX_QUESTION_CHARS = 1000
MAX_VOTES_PER_CONVERSATION = 20
_FAQ_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class FeedbackError(ValueError):
    """The feedback body is not acceptable; the message says why."""


@dataclass(frozen=True)
class Feedback:
    sender_id: str
    faq_id: str
    helpful: bool
    question: str


@dataclass(frozen=True)
class Vote:
    faq_id: str
    helpful: bool


def parse_vote(body: Any, known_faq_ids: set[str] | None = None) -> Vote:
    """The vote in a feedback body ({"sender": …, "faq_id": …, "helpful": …}); the sender is checked elsewhere."""
    if not isinstance(body, dict):
        raise FeedbackError("body must be a JSON object")
    faq_id, helpful = body.get("faq_id"), body.get("helpful")
    if not isinstance(faq_id, str) or len(faq_id) > 100 or not _FAQ_ID.match(faq_id):
        raise FeedbackError("'faq_id' must be an FAQ id such as 'tp-referred-pain'")
    if known_faq_ids is not None and faq_id not in known_faq_ids:
        raise FeedbackError(f"unknown faq_id '{faq_id}'")
    if not isinstance(helpful, bool):
        raise FeedbackError("'helpful' must be true or false")
    return Vote(faq_id, helpful)


def stored_question(text: str) -> str:
    """What is kept of the client's question: contact details masked, clipped."""
    return mask_personal_data(text.strip()[:MAX_QUESTION_CHARS])


def connect(db_path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(db_path), timeout=5)
    conn.executescript(SCHEMA)
    return conn


def init_db(db_path: Path | str) -> None:
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with connect(db_path) as conn:
        conn.commit()
    conn.close()


def _insert(conn: sqlite3.Connection, fb: Feedback, now: float | None) -> int:
    cur = conn.execute(
        "INSERT INTO feedback (created, sender_id, faq_id, helpful, question) VALUES (?, ?, ?, ?, ?)",
        (time.time() if now is None else now, fb.sender_id, fb.faq_id, int(fb.helpful), stored_question(fb.question)),
    )
    return int(cur.lastrowid)


def save_feedback(db_path: Path | str, fb: Feedback, now: float | None = None) -> int:
    conn = connect(db_path)
    try:
        with conn:
            return _insert(conn, fb, now)
    finally:
        conn.close()


def save_capped(db_path: Path | str, fb: Feedback, now: float | None = None) -> str:
    """Save unless this answer already has a vote or the conversation has its maximum.

    Returns "saved", "duplicate" or "full"; the check and the insert are one transaction."""
    conn = connect(db_path)
    try:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            votes, same = conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(faq_id = ?), 0) FROM feedback WHERE sender_id = ?",
                (fb.faq_id, fb.sender_id),
            ).fetchone()
            if same:
                return "duplicate"
            if votes >= MAX_VOTES_PER_CONVERSATION:
                return "full"
            _insert(conn, fb, now)
        return "saved"
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
