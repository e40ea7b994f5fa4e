"""The actions read the client's text clipped as NLU clips it, and the safety decision made on all of it."""

from actions.delivery import latest_text
from actions.previsit_actions import answer_for_requested_slot
from actions.safety_actions import ActionEmergency, ActionReferToDoctor
from bot.input_screening import MAX_MESSAGE_CHARS
from tests.actions.conftest import make_tracker

# 3,300 characters of many clauses, with nothing the safety layers look for.
FILLER = "I'd like to book a session but I am away next week, so maybe after that. " * 45


def test_the_text_an_action_matches_is_clipped():
    assert len(FILLER) > MAX_MESSAGE_CHARS
    assert make_tracker(FILLER, "faq_session").latest_message["triage"]["level"] is None
    assert latest_text(make_tracker(FILLER, "faq_aftercare")) == FILLER[:MAX_MESSAGE_CHARS]
    assert latest_text(make_tracker("will I be sore?", "faq_aftercare")) == "will I be sore?"


def test_a_red_flag_past_the_clip_still_gets_the_emergency_answer(run_action):
    tracker = make_tracker(FILLER + "Now crushing chest pain and my left arm is numb.", "emergency")
    assert tracker.latest_message["triage"]["level"] == "emergency"  # decided on the whole message
    messages, _ = run_action(ActionEmergency(), tracker)
    assert messages[0]["custom"]["topic"] == "emergency" and "999" in messages[0]["text"]


def test_a_same_day_danger_past_the_clip_is_still_today(run_action):
    tracker = make_tracker(FILLER + "And one calf is swollen, red and warm since Monday.", "ask_medical")
    messages, _ = run_action(ActionReferToDoctor(), tracker)
    assert "today" in messages[0]["text"]


def test_a_red_flag_past_the_clip_is_not_taken_as_a_check_answer():
    tracker = make_tracker(
        "No. " + FILLER + "Now crushing chest pain and my left arm is numb.",
        "emergency",
        slots={"requested_slot": "pv_unwell"},
    )
    assert answer_for_requested_slot(tracker) == []  # the rules give the emergency answer instead
