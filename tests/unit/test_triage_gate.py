"""The safety gate's routing, on Rasa messages as the NLU pipeline hands them over (no model needed)."""

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.triage import OVERRULED_KEY, triage
from components.safety_triage import TRIAGE_KEY
from components.triage_gate import TriageGate


def _gate(text: str, ranking: list[tuple[str, float]]) -> Message:
    message = Message(data={TEXT: text})
    intents = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message.set(INTENT, intents[0])
    message.set(INTENT_RANKING_KEY, intents)
    message.set(TRIAGE_KEY, triage(text).as_dict())
    (routed,) = TriageGate().process([message])
    return routed


def test_a_medical_guess_overruled_as_a_service_question_is_marked_as_set_aside():
    routed = _gate(
        "does trigger point therapy help chronic pain? mine's been going on 4 years",
        [("ask_medical", 0.8), ("faq_trigger_points", 0.15), ("faq_session", 0.05)],
    )
    assert routed.get(INTENT)["name"] == "nlu_fallback"
    assert routed.get(OVERRULED_KEY) == "ask_medical"


def test_a_medical_guess_the_triage_backs_stands():
    routed = _gate("I've had a headache every day for weeks, different from my usual ones", [("ask_medical", 0.9)])
    assert routed.get(INTENT)["name"] == "ask_medical" and routed.get(OVERRULED_KEY) is None


def test_an_emergency_guess_the_triage_does_not_back_is_set_aside_for_the_next_guess():
    routed = _gate(
        "is it normal to feel a little light-headed when I sit up after the session?",
        [("emergency", 0.7), ("faq_aftercare", 0.2), ("faq_session", 0.1)],
    )
    assert routed.get(INTENT)["name"] == "nlu_fallback"
    assert routed.get(OVERRULED_KEY) == "emergency"


def test_an_emergency_guess_the_triage_backs_is_not_set_aside():
    routed = _gate("crushing pain in my chest and my left arm has gone numb", [("emergency", 0.95)])
    assert routed.get(INTENT)["name"] == "emergency" and routed.get(OVERRULED_KEY) is None
