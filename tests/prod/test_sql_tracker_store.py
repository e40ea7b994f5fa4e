"""prod/sql_tracker_store.py writes exactly what Rasa's own SQLTrackerStore writes (real SQLite, no server).

Two store objects on one database stand for two Rasa instances sharing PostgreSQL;
the PostgreSQL side (and a database restart) is covered by tests/prod/test_zz_faults.py.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from prod.sql_tracker_store import ResilientSQLTrackerStore

DOMAIN = Domain.from_dict({"intents": ["ask"], "slots": {"topic": {"type": "any", "mappings": [{"type": "custom"}]}}})


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT sender_id, type_name, intent_name, action_name, data FROM events ORDER BY id"
        ).fetchall()


def _turn(i: int, t: float) -> list:
    return [
        UserUttered(f"question {i}", {"name": "ask", "confidence": 0.9}, timestamp=t),
        ActionExecuted("action_answer_faq", timestamp=t + 0.1),
        BotUttered(f"answer {i}", timestamp=t + 0.2),
        SlotSet("topic", f"t{i}", timestamp=t + 0.3),
        ActionExecuted("action_listen", timestamp=t + 0.4),
    ]


async def _conversation(store, sender: str, turns: int, stores=None) -> DialogueStateTracker:
    """Play `turns` turns the way Rasa does: retrieve (or create), append, save; alternating stores."""
    stores = stores or [store]
    start = [ActionExecuted("action_session_start", timestamp=1.0), SessionStarted(timestamp=1.1)]
    for i in range(turns):
        current = stores[i % len(stores)]
        tracker = await current.retrieve(sender)
        if tracker is None:
            tracker = DialogueStateTracker.from_events(sender, start, DOMAIN.slots)
        for event in _turn(i, 10.0 + i):
            tracker.update(event)
        await current.save(tracker)
    return tracker


@pytest.fixture
def dbs(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "stock.db", tmp_path / "resilient.db"


def test_rows_are_identical_to_stock_rasa(dbs) -> None:
    stock_db, ours_db = dbs
    stock = SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(stock_db))
    ours = ResilientSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(ours_db))
    asyncio.run(_conversation(stock, "alice", 4))
    asyncio.run(_conversation(ours, "alice", 4))
    assert _rows(ours_db) == _rows(stock_db)
    assert len(_rows(ours_db)) == 2 + 4 * 5  # every event once, none repeated


def test_two_instances_alternating_store_every_event_once_and_read_each_other(dbs) -> None:
    _, db = dbs
    a = ResilientSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db))
    b = ResilientSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db))
    tracker = asyncio.run(_conversation(a, "bob", 5, stores=[a, b]))
    stock_db = db.with_name("stock.db")
    stock = [SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(stock_db)) for _ in range(2)]
    asyncio.run(_conversation(stock[0], "bob", 5, stores=stock))
    assert [r[1] for r in _rows(db)].count("user") == 5
    assert _rows(db) == _rows(stock_db)
    again = asyncio.run(SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db)).retrieve("bob"))
    assert again.events == tracker.events
    assert again.get_slot("topic") == "t4"


def test_a_tracker_it_did_not_hand_out_is_counted_like_stock_rasa(dbs) -> None:
    _, db = dbs
    store = ResilientSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db))
    tracker = asyncio.run(_conversation(store, "carol", 2))
    # A copy (not the object the store returned) with one more turn: only that turn is new.
    copy = DialogueStateTracker.from_events("carol", list(tracker.events), DOMAIN.slots)
    for event in _turn(2, 30.0):
        copy.update(event)
    asyncio.run(store.save(copy))
    users = [r[4] for r in _rows(db) if r[1] == "user"]
    assert len(users) == 3 and len(set(users)) == 3
    assert len(_rows(db)) == 1 + len(copy.events)  # + action_session_start, which precedes the session


def test_only_the_latest_session_is_loaded(dbs) -> None:
    _, db = dbs
    store = ResilientSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db))
    tracker = asyncio.run(_conversation(store, "dan", 2))
    for event in [ActionExecuted("action_session_start", timestamp=100.0), SessionStarted(timestamp=100.1)]:
        tracker.update(event)
    for event in _turn(9, 101.0):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    loaded = asyncio.run(store.retrieve("dan"))
    assert [e.text for e in loaded.events if isinstance(e, UserUttered)] == ["question 9"]
    assert [r[1] for r in _rows(db)].count("user") == 3
    assert len(_rows(db)) == 1 + len(tracker.events)


def test_unknown_conversation_is_none(dbs) -> None:
    _, db = dbs
    assert asyncio.run(ResilientSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(db)).retrieve("nobody")) is None
