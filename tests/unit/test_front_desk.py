import datetime as dt

import pytest

from bot.clinic_answers import clinic_answer, clinic_sections
from bot.handoff import handoff_reason, handoff_reply

MONDAY_NOON = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
SUNDAY_NOON = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("What are your opening hours?", "hours"),
        ("are you open on saturdays", "hours"),
        ("How do I book an appointment?", "booking"),
        ("How much is a 60-minute session?", "prices"),
        ("What's your cancellation policy?", "cancellation"),
        ("need to reschedule my appt", "cancellation"),
        ("is there parking", "parking"),
        ("do you have wheelchair access", "accessibility"),
        ("where are you located", "location"),
        ("can I pay by card", "payment"),
        ("do you take insurance", "insurance"),
        ("do you sell gift vouchers", "vouchers"),
        ("any appointments today?", "same_day"),
    ],
)
def test_clinic_questions_find_their_section(text, section):
    assert clinic_sections(text)[0] == section


@pytest.mark.parametrize(
    "text",
    [
        "this neck is killing me, can I get in this week?",
        "could i pop in on friday after work",
        "any chance to squeeze in before xmas?",
    ],
)
def test_getting_in_soon_names_booking(text):
    assert "booking" in clinic_sections(text), clinic_sections(text)


def test_answers_read_the_profile(profile):
    text, _ = clinic_answer("How much is a 60-minute session?", profile, MONDAY_NOON)
    assert "60 minutes £62" in text
    text, _ = clinic_answer("How do I book?", profile, MONDAY_NOON)
    assert profile.booking_url in text and profile.phone in text
    text, _ = clinic_answer("What's your cancellation policy?", profile, MONDAY_NOON)
    assert "24 hours" in text


def test_unrecognised_clinic_question_gets_an_overview(profile):
    text, sections = clinic_answer("tell me about the clinic", profile, MONDAY_NOON)
    assert sections == [] and profile.phone in text


def test_handoff_knows_whether_the_front_desk_is_open(profile):
    open_reply = handoff_reply(profile, MONDAY_NOON)
    closed_reply = handoff_reply(profile, SUNDAY_NOON)
    assert "open now (until 19:00)" in open_reply.texts[0]
    assert "closed right now" in closed_reply.texts[0] and "Monday at 09:00" in closed_reply.texts[0]
    assert open_reply.topic == closed_reply.topic == "handoff"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("I want to make a complaint", "complaint"),
        ("I was charged twice", "billing"),
        ("I'd like someone from the clinic to call me back.", "callback"),
        ("Can I speak to a real person?", "person"),
    ],
)
def test_handoff_reasons(text, reason):
    assert handoff_reason(text) == reason


def test_a_condition_that_starts_like_a_front_desk_word_is_not_one():
    assert "parking" not in clinic_sections("I have Parkinson's and my shoulders are really rigid, can you treat that?")
    assert "parking" in clinic_sections("where can I park?")
