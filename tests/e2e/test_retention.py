"""Retention against the real Rasa server: an active client's old messages are deleted, and the conversation
still loads and goes on with its context, event for event, nothing duplicated or brought back."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.servers import ROOT, say, text_of

DAY = 86400.0
FIRST = "what is a trigger point?"
SORE = "I'm really sore after my massage yesterday, is that normal?"
HOW_LONG = "how long does that last?"


def _rows(db: Path, sender: str) -> list[tuple[int, str, float, dict]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT id, type_name, timestamp, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
        ).fetchall()
    return [(i, t, ts, json.loads(d)) for i, t, ts, d in rows]


def _age(db: Path, sender: str, days: float, up_to_id: int | None = None) -> None:
    """Make a conversation's events (those up to `up_to_id`) `days` older, as Rasa would have stored them then."""
    with sqlite3.connect(db) as conn:
        for event_id, _, ts, data in _rows(db, sender):
            if up_to_id is not None and event_id > up_to_id:
                continue
            data["timestamp"] = ts - days * DAY
            conn.execute(
                "UPDATE events SET timestamp = ?, data = ? WHERE id = ?", (ts - days * DAY, json.dumps(data), event_id)
            )


def _purge(db: Path, tmp_path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "prod.purge", "--db", str(db), "--feedback-db", str(tmp_path / "feedback.db"),
         "--audit-db", str(tmp_path / "audit.db"), "--log-dir", str(tmp_path / "log")],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def _user_texts(db: Path, sender: str) -> list[str]:
    return [data["text"] for _, kind, _, data in _rows(db, sender) if kind == "user"]


def _assert_follow_up_answered(messages: list[dict]) -> None:
    answer = text_of(messages).lower()
    assert any(k in answer for k in ("48", "72", "day or two")), answer


def test_an_old_session_of_an_active_client_is_deleted_and_the_chat_goes_on(servers, tmp_path) -> None:
    sender = f"retention-old-session-{time.time_ns()}"
    say(servers.url, sender, FIRST)
    _age(servers.db, sender, 40)  # the client chatted 40 days ago…
    say(servers.url, sender, SORE)  # …and is back today

    assert "deleted" in _purge(servers.db, tmp_path)
    cutoff = time.time() - 30 * DAY
    assert all(ts >= cutoff for _, _, ts, _ in _rows(servers.db, sender))
    assert _user_texts(servers.db, sender) == [SORE]

    _assert_follow_up_answered(say(servers.url, sender, HOW_LONG))
    assert _user_texts(servers.db, sender) == [SORE, HOW_LONG]  # nothing brought back, nothing twice


def test_a_session_older_than_the_period_loses_its_start_and_still_continues(servers, tmp_path) -> None:
    """A client who has kept one session going for longer than the period: its start and first turn go."""
    sender = f"retention-long-session-{time.time_ns()}"
    say(servers.url, sender, FIRST)
    first_turn_end = _rows(servers.db, sender)[-1][0]
    say(servers.url, sender, SORE)
    _age(servers.db, sender, 40, up_to_id=first_turn_end)

    _purge(servers.db, tmp_path)
    kinds = [kind for _, kind, _, _ in _rows(servers.db, sender)]
    assert "session_started" not in kinds and _user_texts(servers.db, sender) == [SORE]

    _assert_follow_up_answered(say(servers.url, sender, HOW_LONG))  # the context of the kept turn is there
    rows = _rows(servers.db, sender)
    assert _user_texts(servers.db, sender) == [SORE, HOW_LONG]
    assert len({json.dumps(data, sort_keys=True) for _, _, _, data in rows}) == len(rows)  # no event stored twice
