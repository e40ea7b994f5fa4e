"""The front-desk report: client questions the assistant could not answer, or that clients found unhelpful.

Plain functions over Rasa's tracker store (table `events`, read-only; SQLite or
PostgreSQL) and the feedback store. A user message counts as *unanswered* when a
bot reply to it carries `custom.kind` "clarify" or "unanswered", or topic
"out_of_scope". Questions are grouped by normalized text, most frequent first.
Staff see the minimum necessary: contact details in the questions are masked
(bot/privacy.py, the same masking as the logs), and conversation ids are not
shown; they are returned apart (`conversation_ids`) for the audit log only.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.privacy import mask_personal_data
from webapp.tracker_events import user_and_bot_events

UNANSWERED_KINDS = frozenset({"clarify", "unanswered"})
UNANSWERED_TOPICS = frozenset({"out_of_scope"})
# Questions staff type into the front-desk screen are not client questions.
EXCLUDED_SENDER_PREFIXES = ("frontdesk-",)
DAY = 86400.0


def normalize_question(text: str) -> str:
    """Lower-case, Unicode-fold, drop punctuation, collapse spaces: "Will I be SORE??" -> "will i be sore"."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = re.sub(r"[^\w']+", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


@dataclass
class _Group:
    texts: Counter = field(default_factory=Counter)
    unanswered: int = 0
    unhelpful: int = 0
    last_seen: float = 0.0
    faq_ids: Counter = field(default_factory=Counter)

    def add(self, text: str, when: float) -> None:
        self.texts[text.strip()] += 1
        self.last_seen = max(self.last_seen, when)


def _is_unanswered(custom: Any) -> bool:
    if not isinstance(custom, dict):
        return False
    return custom.get("kind") in UNANSWERED_KINDS or custom.get("topic") in UNANSWERED_TOPICS


def _open_read_only(db: Path | str) -> sqlite3.Connection | None:
    """A read-only connection (the report never writes), or None if the file doesn't exist yet."""
    path = Path(db)
    if not path.exists():
        return None
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def _excluded(sender_id: str) -> bool:
    return sender_id.startswith(EXCLUDED_SENDER_PREFIXES)


def unanswered_questions(tracker: Path | str, since: float) -> list[tuple[str, float, str]]:
    """(user text, timestamp, sender id) of every user message since `since` that got an unanswered-kind reply.

    `tracker` is the SQLite file or a postgresql:// URL."""
    rows = user_and_bot_events(tracker, since)
    found: list[tuple[str, float, str]] = []
    current_sender: str | None = None
    pending: tuple[str, float, str] | None = None  # the last user message, until a reply flags it
    for sender_id, type_name, ts, data in rows:
        if sender_id != current_sender:
            current_sender, pending = sender_id, None
        if _excluded(sender_id):
            continue
        try:
            event = json.loads(data or "{}")
        except ValueError:
            continue
        if type_name == "user":
            text = event.get("text")
            # Clicked buttons arrive as "/intent{...}" payloads: not something a client typed.
            pending = (
                (text, float(ts), sender_id)
                if isinstance(text, str) and text.strip() and not text.startswith("/")
                else None
            )
        elif type_name == "bot" and pending is not None:
            custom = (event.get("data") or {}).get("custom")
            if _is_unanswered(custom):
                found.append(pending)
                pending = None  # count each client message once, however many replies it got
    return found


def unhelpful_feedback(feedback_db: Path | str, since: float) -> list[tuple[str, float, str, str]]:
    """(question, timestamp, faq_id, sender id) of every "not helpful" vote since `since`."""
    conn = _open_read_only(feedback_db)
    if conn is None:
        return []
    try:
        rows = conn.execute(
            "SELECT question, created, faq_id, sender_id FROM feedback WHERE helpful = 0 AND created >= ? ORDER BY id",
            (since,),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()
    return [(q, float(t), f, s) for q, t, f, s in rows if q and q.strip() and not _excluded(s)]


def build_report(
    tracker: Path | str, feedback_db: Path | str, days: int = 7, now: float | None = None
) -> dict[str, Any]:
    now = time.time() if now is None else now
    since = now - days * DAY
    groups: dict[str, _Group] = {}
    shown: set[str] = set()  # the conversations whose words the report shows, for the audit log

    def group_for(text: str, sender: str) -> tuple[str, _Group] | None:
        text = mask_personal_data(text)  # masked before grouping: "call 0770…" and "call 0789…" are one question
        key = normalize_question(text)
        if not key:
            return None
        shown.add(sender)
        return text, groups.setdefault(key, _Group())

    for text, ts, sender in unanswered_questions(tracker, since):
        if (found := group_for(text, sender)) is not None:
            masked, g = found
            g.add(masked, ts)
            g.unanswered += 1
    for text, ts, faq_id, sender in unhelpful_feedback(feedback_db, since):
        if (found := group_for(text, sender)) is not None:
            masked, g = found
            g.add(masked, ts)
            g.unhelpful += 1
            g.faq_ids[faq_id] += 1

    items = [
        {
            "question": g.texts.most_common(1)[0][0],
            "normalized": key,
            "count": g.unanswered + g.unhelpful,
            "unanswered": g.unanswered,
            "unhelpful": g.unhelpful,
            "unhelpful_faq_ids": [f for f, _ in g.faq_ids.most_common()],
            "variants": [t for t, _ in g.texts.most_common(5)],
            "last_seen": g.last_seen,
        }
        for key, g in groups.items()
    ]
    items.sort(key=lambda it: (-it["count"], -it["last_seen"], it["normalized"]))
    return {"days": days, "since": since, "generated": now, "items": items, "conversation_ids": sorted(shown)}
