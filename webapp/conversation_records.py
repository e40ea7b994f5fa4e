"""Which FAQ answers the assistant gave in one conversation, read from Rasa's tracker store.

Feedback may only be about those. The store is the SQLite file of the default profile, or
PostgreSQL in the production profile (a URL from $TRACKER_URL, never the command line, where `ps`
would show its password), opened as prod/purge.py opens it. Calls block: run them off the event loop.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from prod import purge


def _no_events_table(exc: Exception) -> bool:
    """Rasa creates the table with the first conversation; before that, nothing was ever stored."""
    if isinstance(exc, sqlite3.OperationalError):
        return "no such table" in str(exc)
    return getattr(exc, "pgcode", None) == "42P01"  # PostgreSQL: undefined_table


@dataclass(frozen=True)
class Answer:
    faq_id: str
    question: str  # what the client wrote just before it (a clicked button's payload stays as sent)


class ConversationRecords:
    def __init__(self, sqlite_path: Path, url: str | None = None):
        self.sqlite_path = Path(sqlite_path)
        self.url = url or None

    def faq_answers(self, sender: str) -> list[Answer]:
        """The FAQ answers the assistant gave in this conversation, oldest first."""
        opened = purge.connect(self.url, self.sqlite_path)
        if opened is None:  # no SQLite file yet: nothing was ever stored
            return []
        conn, ph = opened
        try:
            cur = conn.cursor()
            cur.execute(
                f"SELECT type_name, data FROM events WHERE sender_id = {ph} AND type_name IN ('user', 'bot') ORDER BY id",
                (sender,),
            )
            rows = cur.fetchall()
        except Exception as exc:
            if not _no_events_table(exc):
                raise
            return []
        finally:
            conn.close()
        answers: list[Answer] = []
        question = ""
        for type_name, data in rows:
            try:
                event = json.loads(data or "{}")
            except ValueError:
                continue
            if type_name == "user":
                question = event.get("text") if isinstance(event.get("text"), str) else ""
                continue
            custom = (event.get("data") or {}).get("custom") if isinstance(event.get("data"), dict) else None
            if isinstance(custom, dict) and isinstance(custom.get("faq_id"), str):
                answers.append(Answer(custom["faq_id"], question))
        return answers
