"""Classes from the misses of safety-blind-57 and understanding-blind-57/-58, read after their first
score was recorded (examples written here in other words, not copied from those sets)."""

import pytest

from bot.kind_cues import plausible
from bot.medical_requests import CLEARANCE, find_medical_request
from bot.red_flags import find_dangers


@pytest.mark.parametrize(
    "text",
    [
        "is it a problem that I wasn't sore at all the next day? did the massage do anything",
        "is it bad that my shoulders didn't hurt afterwards, my friend said they should",
    ],
)
def test_soreness_that_did_not_come_is_no_symptom_to_diagnose(text):
    assert find_medical_request(text) is None


def test_a_worry_about_a_symptom_that_did_come_is_still_the_doctors():
    assert find_medical_request("is it bad that my neck hurts every single morning, should I be worried?") is not None


@pytest.mark.parametrize(
    "text",
    [
        "had my first massage yesterday and my back aches since, 2 days now, is that normal?",
        "since the session my thighs have been achy for a couple of days, anything I should do?",
    ],
)
def test_the_first_days_of_soreness_after_a_session_are_aftercare(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "after the massage I've had a headache and felt dizzy for two days",
        "since my session my back has hurt for over a week and it's getting worse",
    ],
)
def test_after_effects_beyond_soreness_or_that_stay_are_still_the_doctors(text):
    assert find_medical_request(text) is not None


def test_a_calf_swollen_and_hot_since_a_session_is_still_a_clot_sign():
    text = "since the massage my calf has been swollen and hot for two days, is that ok"
    assert "clot_signs" in [kind.id for kind in find_dangers(text)]


def test_a_racing_heart_put_down_to_nerves_about_a_first_visit_is_not_asked_about():
    text = "my heart pounds when I try anything new, it's only nerves. what happens at the first appointment?"
    assert find_medical_request(text) is None


def test_a_racing_heart_not_explained_is_still_the_doctors():
    assert find_medical_request("my heart keeps racing at night for weeks now, is it a knot?") is not None


def test_whether_the_therapy_will_work_is_no_request_for_a_diagnosis():
    text = "my neck has been knotted for a year. is it actually going to help someone like me, and how many visits?"
    assert find_medical_request(text) is None


def test_a_doctors_all_clear_told_in_words_is_not_a_result_to_read():
    text = (
        "had palpitations and chest tightness in the spring, ECG and bloods done, the consultant said my heart "
        "was completely normal and it was muscular. can I book a chest and upper back session?"
    )
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my mother had a minor stroke two years ago and is fine now, can she come for her shoulders?",
        "she had a stroke last year but walks every day now, would trigger point work be ok for her?",
    ],
)
def test_a_stroke_long_past_needs_clearance_however_it_is_told(text):
    assert find_medical_request(text) == find_medical_request("I've had a stroke, can I book?")
    assert find_medical_request(text).kind == CLEARANCE + "con-who-should-not"


def test_a_massage_stroke_is_no_stroke():
    assert find_medical_request("do your therapists use long slow strokes? can I book a 60 minute session") is None


def test_a_graze_that_has_scabbed_over_is_no_serious_injury():
    text = "came off my scooter at the weekend and cut my elbow, it's scabbed over now. can I still have my back done?"
    assert "serious_injury" not in [kind.id for kind in find_dangers(text)]


def test_a_fall_with_a_scab_and_a_back_that_cannot_move_is_still_an_emergency():
    text = "fell off a ladder this morning, there's a scab on my hand but I can't move my legs and my back is agony"
    assert "serious_injury" in [kind.id for kind in find_dangers(text)]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("thunderclap_headache", "last place went too hard on me. can I ask the therapist to go a bit lighter?"),
        ("cauda_equina", "ankles swelled a little on the plane, both legs the same, fine now. do you do foot work?"),
    ],
)
def test_everyday_words_are_no_cue_for_a_classifier_emergency(kind, text):
    assert not plausible(kind, text)


@pytest.mark.parametrize(
    "text",
    ["i've been getting really awful headaches", "I keep having terrible migraines, nearly every week"],
)
def test_bad_headaches_that_keep_coming_are_the_doctors(text):
    assert find_medical_request(text).kind == "symptoms"


def test_a_childs_headaches_asked_about_are_the_doctors():
    text = "our 11 year old daughter gets headaches after school most days, could it be her posture?"
    assert find_medical_request(text).kind == "diagnosis"


@pytest.mark.parametrize(
    "text",
    ["do trigger points cause bad headaches?", "I get headaches from staring at screens, can trigger point help?"],
)
def test_headaches_asked_about_in_general_stay_with_the_faq(text):
    assert find_medical_request(text) is None


def test_a_professionals_diagnosis_to_be_seconded_is_the_doctors():
    text = "the chiro told me it's a rotator cuff tear, can you tell me if he's right?"
    assert find_medical_request(text).kind == "diagnosis"


def test_whether_staff_are_right_about_the_clinic_is_no_diagnosis():
    assert find_medical_request("my friend says parking is free after 6, can you confirm she's right?") is None


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "lol the therapist hit a spot that made me see stars 😅 anyway how long will my back feel tender",
            "how long will my back feel tender",
        ),
        (
            "traffic was a nightmare getting to you, but anyway, can I pay by card next time?",
            "can I pay by card next time?",
        ),
    ],
)
def test_anyway_turns_a_run_on_story_to_its_question(text, question):
    from bot.question_focus import question_part

    assert question_part(text) == question


def test_anyway_at_the_start_keeps_the_whole_message():
    from bot.question_focus import question_part

    assert question_part("anyway is it normal to feel tired after") == "anyway is it normal to feel tired after"
