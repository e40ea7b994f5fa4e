"""channels/tracker_store_faults.py on Rasa's real FailSafeTrackerStore, with a store that fails."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from channels.tracker_store_faults import TrackerStoreUnavailable, fail_closed


class BrokenStore(InMemoryTrackerStore):
    async def retrieve(self, sender_id):
        raise OSError("connection refused\n[parameters: ('call me on 07700 900123',)]")

    async def save(self, tracker):
        raise OSError("connection refused\n[parameters: ('call me on 07700 900123',)]")


def _agent() -> SimpleNamespace:
    return SimpleNamespace(tracker_store=FailSafeTrackerStore(BrokenStore(Domain.empty())))


def test_stock_rasa_forgets_the_conversation_and_drops_the_turn_silently():
    store = _agent().tracker_store
    assert asyncio.run(store.retrieve("alice")) is None  # a fresh, empty conversation
    asyncio.run(store.save(DialogueStateTracker("alice", [])))  # "saved" to memory only


def test_fail_closed_turns_read_and_write_errors_into_one_clear_exception():
    agent = _agent()
    fail_closed(agent)
    fail_closed(agent)  # idempotent
    with pytest.raises(TrackerStoreUnavailable) as read_error:
        asyncio.run(agent.tracker_store.retrieve("alice"))
    with pytest.raises(TrackerStoreUnavailable):
        asyncio.run(agent.tracker_store.save(DialogueStateTracker("alice", [])))
    # The message keeps the cause but not the statement parameters (clients' words).
    assert "connection refused" in str(read_error.value)
    assert "07700" not in str(read_error.value)
    assert read_error.value.__suppress_context__  # a logged traceback does not print the cause


def test_an_agent_without_a_fail_safe_store_is_left_alone():
    agent = SimpleNamespace(tracker_store=InMemoryTrackerStore(Domain.empty()))
    fail_closed(agent)
    fail_closed(None)
    assert asyncio.run(agent.tracker_store.retrieve("nobody")) is None
