"""prod/purge.py on a real SQLite tracker store written by Rasa's own SQLTrackerStore (no server)."""

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

ROOT = Path(__file__).resolve().parents[2]
PURGE = ROOT / "prod" / "purge.py"
DAY = 86400.0


def _store(db: Path) -> SQLTrackerStore:
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))


def _write(db: Path, conversations: dict[str, float]) -> None:
    """One conversation per sender: three turns, the last `age_days` ago."""

    async def go() -> None:
        store = _store(db)
        now = time.time()
        for sender, age_days in conversations.items():
            last = now - age_days * DAY
            events = []
            for i in range(3):
                t = last - (2 - i) * 60
                events += [UserUttered(f"question {i}", timestamp=t), BotUttered(f"answer {i}", timestamp=t + 1)]
            await store.save(DialogueStateTracker.from_events(sender, events))

    asyncio.run(go())


def _senders(db: Path) -> set[str]:
    return set(asyncio.run(_store(db).keys()))


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, str(PURGE), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "conversations.db"
    _write(path, {"old-1": 45, "old-2": 31, "recent": 2, "today": 0, "old-but-active": 0})
    # A conversation that started long ago but had a turn today is not idle.
    asyncio.run(_extend(path, "old-but-active", 90))
    return path


async def _extend(db: Path, sender: str, first_age_days: float) -> None:
    store = _store(db)
    tracker = await store.retrieve(sender)
    tracker.update(UserUttered("first ever", timestamp=time.time() - first_age_days * DAY))
    await store.save(tracker)


def test_default_purges_conversations_idle_for_more_than_30_days(db: Path) -> None:
    out = _run("--db", str(db))
    assert "deleted 2 conversations idle > 30 days: 12 events" in out, out
    assert _senders(db) == {"recent", "today", "old-but-active"}
    # What is left is still readable by Rasa, event for event.
    tracker = asyncio.run(_store(db).retrieve("recent"))
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["question 0", "question 1", "question 2"]


def test_days_option_and_dry_run(db: Path) -> None:
    out = _run("--db", str(db), "--days", "1", "--dry-run")
    assert "would delete 3 conversations idle > 1 days: 18 events" in out, out
    assert len(_senders(db)) == 5  # nothing deleted
    out = _run("--db", str(db), "--days", "1")
    assert "deleted 3 conversations" in out
    assert _senders(db) == {"today", "old-but-active"}


def test_sender_deletes_one_conversation_of_any_age(db: Path) -> None:
    out = _run("--db", str(db), "--sender", "today")
    assert "deleted 1 conversation 'today': 6 events" in out, out
    assert _senders(db) == {"old-1", "old-2", "recent", "old-but-active"}
    assert "deleted 0 conversation 'nobody': 0 events" in _run("--db", str(db), "--sender", "nobody")


def test_sqlite_url_form(db: Path) -> None:
    out = _run("--url", f"sqlite:///{db}", "--days", "40")
    assert "deleted 1 conversations idle > 40 days: 6 events" in out, out
    assert "old-1" not in _senders(db)


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(PURGE), "--db", str(tmp_path / "nope.db")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "No tracker database" in done.stderr


def test_a_store_without_conversations_yet_is_nothing_to_purge(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # the file exists; Rasa has not created its table yet
    out = _run("--db", str(empty))
    assert "deleted 0 conversations idle > 30 days: 0 events" in out, out


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


def test_a_days_value_that_is_not_a_number_is_refused_clearly(db: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(PURGE), "--url", f"sqlite:///{db}"],
        env={**os.environ, "DAYS": "30; rm -rf /"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0 and "DAYS must be a number" in done.stderr
