"""Safety classes from the misses of safety-blind-55 and understanding-blind-54, read after their first
score was recorded (examples written here, not copied from those sets): a hand that stops working with
the face, a blood pressure reading written as one, and classifier emergencies backed only by words in
an everyday sense ("a lot of lifting", "can't do stairs", "fairly fit")."""

import pytest

from bot.kind_cues import plausible
from bot.medical_requests import find_medical_request
from bot.red_flags import find_dangers
from bot.triage import EMERGENCY, triage


@pytest.mark.parametrize(
    "text",
    [
        "my left hand won't work properly and my face feels weird, could it be a trapped nerve?",
        "face has gone numb on one cheek and now my arm wont move right",
        "his arm stopped working about ten minutes ago and his mouth looks wrong",
    ],
)
def test_a_limb_that_stops_working_with_the_face_is_a_stroke_sign(text):
    assert "stroke_signs" in [kind.id for kind in find_dangers(text)]


@pytest.mark.parametrize(
    "text",
    ["my hand won't grip the weights properly after leg day", "my face feels funny after the facial lol"],
)
def test_a_limb_or_the_face_alone_is_not_the_stroke_rule(text):
    assert "stroke_signs" not in [kind.id for kind in find_dangers(text)]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("overdose", "I do a lot of heavy lifting at work and my lower back gets tight by the weekend"),
        ("suicidal_thoughts", "is there step-free access? my mum can't do stairs"),
        ("fainting", "I'm 68 and fairly fit, is trigger point therapy ok at my age?"),
    ],
)
def test_everyday_senses_of_danger_words_do_not_back_a_classifier_emergency(kind, text):
    assert not plausible(kind, text, score=0.45)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("overdose", "I've taken a lot of pills tonight"),
        ("suicidal_thoughts", "i can't do this any more"),
        ("fainting", "my daughter just had a fit and won't wake up"),
    ],
)
def test_the_dangers_themselves_are_still_cued(kind, text):
    assert plausible(kind, text, score=0.45)


def test_a_blood_pressure_reading_written_as_one_is_the_doctors(safety_classifier):
    request = find_medical_request(
        "the machine at the chemist said 181/107, never had it done before. still ok for friday?"
    )
    assert request is not None and request.kind == "blood_pressure"
    assert find_medical_request("mine was 124/79 at the nurse, fine to book?") is None


def test_the_stroke_sign_with_a_question_about_the_massage_is_still_an_emergency(safety_classifier):
    decision = triage(
        "one hand won't work and my face feels strange on that side. pinched nerve from yesterday's massage?",
        [],
        safety_classifier,
    )
    assert decision.level == EMERGENCY
