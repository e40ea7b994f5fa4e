"""How long the assistant keeps the emergency step in front of a client (components/safety_triage.py)."""

from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.emergency_follow_up import FOLLOW_UPS
from components.safety_triage import emergency_just_answered


def _bot(topic: str, kind: str) -> BotUttered:
    return BotUttered("…", data={"custom": {"topic": topic, "kind": kind}})


def _tracker(*bot_replies: BotUttered) -> DialogueStateTracker:
    events = []
    for reply in bot_replies:
        events += [UserUttered("…"), reply]
    return DialogueStateTracker.from_events("t", events)


def test_the_turn_after_an_emergency_answer_is_read_with_it():
    assert emergency_just_answered(_tracker(_bot("emergency", "emergency")))
    assert not emergency_just_answered(_tracker(_bot("session", "faq")))
    assert not emergency_just_answered(_tracker())


def test_the_step_is_repeated_a_few_times_then_the_conversation_moves_on():
    # A false alarm must not hold a conversation for ever: the 60-turn end-to-end chat found it.
    replies = [_bot("emergency", "emergency")]
    for _ in range(FOLLOW_UPS - 1):
        replies.append(_bot("emergency", "emergency_follow_up"))
    assert emergency_just_answered(_tracker(*replies))
    replies.append(_bot("emergency", "emergency_follow_up"))
    assert not emergency_just_answered(_tracker(*replies))
