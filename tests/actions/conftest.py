"""Run actions the way the action server does, with a real Tracker and CollectingDispatcher."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.triage import triage


def make_tracker(text, intent, confidence=0.95, entities=None, slots=None, ranking=None, decision=None, earlier=()):
    """A tracker whose latest message carries the triage decision, as the NLU gate attaches it
    (here from the concept rules alone; pass `decision` for one the classifier made).
    `earlier`: events before the latest message, e.g. the assistant's last answer."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": ranking or [{"name": intent, "confidence": confidence}],
        "entities": entities or [],
        "triage": (decision or triage(text)).as_dict(),
    }
    return Tracker(
        sender_id="test-user",
        slots=slots or {},
        latest_message=latest,
        events=[*earlier, {"event": "user", "text": text, "parse_data": latest}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def run_action():
    def _run(action, tracker):
        dispatcher = CollectingDispatcher()
        events = asyncio.run(action.run(dispatcher, tracker, {}))
        return dispatcher.messages, events

    return _run
