"""With the action server down, every message still gets a reply, and red flags the emergency answer."""

import pytest

from bot.triage import triage
from tests.e2e.servers import Servers, say, text_of, topic_of


@pytest.fixture(scope="module")
def rasa_without_actions(tmp_path_factory):
    # The endpoints point at a free port where no action server is started.
    running = Servers(tmp_path_factory.mktemp("no-actions"))
    try:
        running.start_rasa()
        yield running
    finally:
        running.stop()


def test_an_faq_question_gets_a_helpful_fallback_not_silence(rasa_without_actions):
    reply = say(rasa_without_actions.url, "down-1", "what is a trigger point?")
    assert "front desk" in text_of(reply)
    assert topic_of(reply) == "handoff"


def test_a_red_flag_still_gets_the_emergency_answer(rasa_without_actions):
    reply = say(rasa_without_actions.url, "down-2", "I have crushing chest pain and I'm sweating")
    assert topic_of(reply) == "emergency"
    assert "999" in text_of(reply)


def test_small_talk_from_domain_responses_still_works(rasa_without_actions):
    assert topic_of(say(rasa_without_actions.url, "down-3", "hello")) == "smalltalk"


# The rules alone miss this one; the safety classifier (in the model) catches it.
CLASSIFIER_ONLY_RED_FLAG = "feels like a car is parked on my chest and my left arm is all heavy"


def test_a_red_flag_only_the_classifier_sees_still_gets_the_emergency_answer(rasa_without_actions):
    assert not triage(CLASSIFIER_ONLY_RED_FLAG).emergency  # else this would test the rules again
    reply = say(rasa_without_actions.url, "down-4", CLASSIFIER_ONLY_RED_FLAG)
    assert topic_of(reply) == "emergency"
    assert "999" in text_of(reply)
