"""prod/purge.py on a real SQLite tracker store written by Rasa's own SQLTrackerStore and a real feedback.db.

Retention is by the age of each stored item: an event older than the retention period goes even when
its conversation is still active, and so does an old "was this helpful?" vote. Erasure (SENDER=)
removes one conversation from every store.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from prod.purge import erase_conversation
from webapp import audit_log, feedback_store

ROOT = Path(__file__).resolve().parents[2]
DAY = 86400.0


def _store(db: Path) -> SQLTrackerStore:
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))


def _write(db: Path, conversations: dict[str, list[float]]) -> None:
    """Per sender, one turn (a question and its answer) at each age in days, oldest first."""

    async def go() -> None:
        store = _store(db)
        now = time.time()
        for sender, ages in conversations.items():
            events = []
            for age in ages:
                t = now - age * DAY
                events += [
                    UserUttered(f"asked {age:g} days ago", timestamp=t),
                    BotUttered("an answer", timestamp=t + 1),
                ]
            await store.save(DialogueStateTracker.from_events(sender, events))

    asyncio.run(go())


def _senders(db: Path) -> set[str]:
    return set(asyncio.run(_store(db).keys()))


def _questions(db: Path, sender: str) -> list[str]:
    tracker = asyncio.run(_store(db).retrieve(sender))
    return [] if tracker is None else [e.text for e in tracker.events if isinstance(e, UserUttered)]


def _vote(feedback_db: Path, sender: str, age_days: float, question: str = "is it normal?") -> None:
    fb = feedback_store.Feedback(sender, "aft-soreness-normal", False, question)
    feedback_store.save_feedback(feedback_db, fb, now=time.time() - age_days * DAY)


def _votes(feedback_db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(feedback_db) as conn:
        return conn.execute("SELECT sender_id, question FROM feedback ORDER BY id").fetchall()


def _run(tmp: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """prod/purge.py with this test's feedback.db, audit.db and log folder (never the project's var/)."""
    done = subprocess.run(
        [sys.executable, "-m", "prod.purge", "--feedback-db", str(tmp / "feedback.db"), "--audit-db",
         str(tmp / "audit.db"), "--log-dir", str(tmp / "log"), *args],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "conversations.db"
    _write(
        path,
        {
            "old-1": [45.0, 45.0, 45.0],
            "old-2": [31.0, 31.0, 31.0],
            "recent": [2.0, 2.0, 2.0],
            "today": [0.0, 0.0, 0.0],
            # A client who started long ago and is still chatting: the old messages must still go.
            "old-but-active": [90.0, 35.0, 0.0],
        },
    )
    feedback_store.init_db(tmp_path / "feedback.db")
    _vote(tmp_path / "feedback.db", "old-1", 45, "old vote")
    _vote(tmp_path / "feedback.db", "today", 40, "old vote of an active client")
    _vote(tmp_path / "feedback.db", "today", 0, "new vote")
    _vote(tmp_path / "feedback.db", "recent", 2, "recent vote")
    return path


def test_events_older_than_30_days_go_even_in_an_active_conversation(db: Path, tmp_path: Path) -> None:
    out = _run(tmp_path, "--db", str(db))
    assert "deleted 16 events older than 30 days (2 conversations entirely, 1 in part)" in out, out
    assert _senders(db) == {"recent", "today", "old-but-active"}
    assert _questions(db, "old-but-active") == ["asked 0 days ago"]
    # What is left is still readable by Rasa, event for event.
    assert _questions(db, "recent") == ["asked 2 days ago"] * 3


def test_feedback_older_than_the_retention_period_goes_too(db: Path, tmp_path: Path) -> None:
    out = _run(tmp_path, "--db", str(db))
    assert "deleted 2 feedback votes older than 30 days" in out, out
    assert _votes(tmp_path / "feedback.db") == [("today", "new vote"), ("recent", "recent vote")]


def test_the_front_desk_audit_log_is_kept_as_long(db: Path, tmp_path: Path) -> None:
    audit_db = tmp_path / "audit.db"
    for age_days in (45, 2):
        audit_log.record(
            audit_db,
            "alex",
            audit_log.REPORT_VIEWED,
            "10.0.0.1",
            {"days": 7},
            ["today"],
            now=time.time() - age_days * DAY,
        )
    assert "would delete 1 audit entries older than 30 days" in _run(tmp_path, "--db", str(db), "--dry-run")
    assert len(audit_log.entries(audit_db)) == 2
    assert "deleted 1 audit entries older than 30 days" in _run(tmp_path, "--db", str(db))
    assert len(audit_log.entries(audit_db)) == 1


def test_days_option_and_dry_run(db: Path, tmp_path: Path) -> None:
    out = _run(tmp_path, "--db", str(db), "--days", "1", "--dry-run")
    assert "would delete 22 events older than 1 days (3 conversations entirely, 1 in part)" in out, out
    assert "would delete 3 feedback votes older than 1 days" in out, out
    assert len(_senders(db)) == 5 and len(_votes(tmp_path / "feedback.db")) == 4  # nothing deleted
    out = _run(tmp_path, "--db", str(db), "--days", "1")
    assert "deleted 22 events" in out
    assert _senders(db) == {"today", "old-but-active"}
    assert _votes(tmp_path / "feedback.db") == [("today", "new vote")]


def test_the_retention_period_is_one_setting(db: Path, tmp_path: Path) -> None:
    out = _run(tmp_path, "--db", str(db), env={"RETENTION_DAYS": "1"})
    assert "deleted 22 events older than 1 days" in out, out
    assert _senders(db) == {"today", "old-but-active"}


def test_sender_erases_one_conversation_everywhere(db: Path, tmp_path: Path) -> None:
    out = _run(tmp_path, "--db", str(db), "--sender", "today")
    assert "deleted conversation 'today': 6 events, 2 feedback votes" in out, out
    assert _senders(db) == {"old-1", "old-2", "recent", "old-but-active"}
    assert [sender for sender, _ in _votes(tmp_path / "feedback.db")] == ["old-1", "recent"]
    assert "deleted conversation 'nobody': 0 events, 0 feedback votes" in _run(
        tmp_path, "--db", str(db), "--sender", "nobody"
    )


def test_erase_conversation_is_one_call_for_every_store(db: Path, tmp_path: Path) -> None:
    """The function the widget's "Delete my conversation" uses: the same erasure as SENDER=."""
    feedback_db = tmp_path / "feedback.db"
    assert erase_conversation("recent", tracker_db=db, feedback_db=feedback_db, dry_run=True).events == 6
    erased = erase_conversation("recent", tracker_db=db, feedback_db=feedback_db)
    assert (erased.events, erased.feedback) == (6, 1)
    assert "recent" not in _senders(db) and "recent" not in {s for s, _ in _votes(feedback_db)}
    # Nothing stored yet anywhere (a fresh install): nothing to erase, and no file is created.
    nothing = erase_conversation("x", tracker_db=tmp_path / "none.db", feedback_db=tmp_path / "none-fb.db")
    assert (nothing.events, nothing.feedback) == (0, 0)
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "none-fb.db").exists()


def test_sqlite_url_form(db: Path, tmp_path: Path) -> None:
    out = _run(tmp_path, "--url", f"sqlite:///{db}", "--days", "40")
    assert "deleted 8 events older than 40 days (1 conversations entirely, 1 in part)" in out, out
    assert "old-1" not in _senders(db)


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prod.purge", "--db", str(tmp_path / "nope.db")],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode != 0
    assert "No tracker database" in done.stderr


def test_a_store_without_conversations_yet_is_nothing_to_purge(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # the file exists; Rasa has not created its table yet
    out = _run(tmp_path, "--db", str(empty))
    assert "deleted 0 events older than 30 days" in out, out
    assert not (tmp_path / "feedback.db").exists()  # no feedback yet: nothing created


def test_make_purge_passes_values_as_values_never_to_the_shell(db: Path) -> None:
    sender = "old-1'; echo INJECTED; echo 'y"
    done = subprocess.run(
        ["make", "-s", "purge", f"SENDER={sender}", "DRY_RUN=1", f"TRACKER_URL=sqlite:///{db}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "INJECTED\n" not in done.stdout and sender in done.stdout
    assert _senders(db) >= {"old-1", "old-2"}  # a dry run, and no other sender was touched


@pytest.mark.parametrize("name", ["DAYS", "RETENTION_DAYS"])
def test_a_days_value_that_is_not_a_number_is_refused_clearly(db: Path, name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prod.purge", "--url", f"sqlite:///{db}"],
        env={**os.environ, "PYTHONPATH": str(ROOT), name: "30; rm -rf /"},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode != 0 and "must be a number of days" in done.stderr


def test_a_database_password_comes_from_the_environment_never_the_command_line(db: Path, tmp_path: Path) -> None:
    # `ps` shows every process's command line to every user of the machine.
    done = subprocess.run(
        [sys.executable, "-m", "prod.purge", "--url", "postgresql://rasa:a-secret-password@127.0.0.1:1/rasa"],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 2 and "TRACKER_URL" in done.stderr and "a-secret-password" not in done.stderr
    out = _run(tmp_path, "--days", "40", env={"TRACKER_URL": f"sqlite:///{db}"})
    assert "deleted 8 events older than 40 days" in out, out


def test_reading_the_store_for_a_purge_does_not_lock_out_the_assistant(tmp_path):
    # A purge (or the front desk) reading a big store used to hold SQLite's shared lock for as
    # long as its counts took, and every turn in that time failed with "database is locked".
    from prod.purge import connect

    db = tmp_path / "conversations.db"
    _write(db, {f"client-{n}": [40, 1] for n in range(50)})
    reader, _ = connect(None, db)
    rows = reader.execute("SELECT sender_id FROM events")
    rows.fetchone()  # the read is still open
    _write(db, {"a-client-now": [0]})  # Rasa's own store, while the purge reads
    rows.fetchall()
    reader.close()
    assert "a-client-now" in _senders(db)


def test_a_new_conversation_store_is_created_in_write_ahead_log_mode(tmp_path):
    from prod import sqlite_wal

    db = tmp_path / "var" / "conversations.db"
    assert sqlite_wal.main([str(db)]) == 0
    _write(db, {"first-client": [0]})  # Rasa's own store keeps the mode
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_wal.main([]) == 2
