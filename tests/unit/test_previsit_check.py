"""Outcome rules of the pre-visit check: every single reason, "not sure", and combinations."""

import pytest

from bot.previsit_check import BY_SLOT, QUESTIONS, Answer, Outcome, assess, parse_answer, summary_lines

ALL_NO = {q.slot: "no" for q in QUESTIONS}
EXPECTED_IF_YES = {
    "pv_unwell": Outcome.POSTPONE,
    "pv_new_injury": Outcome.POSTPONE,
    "pv_calf_now": Outcome.MEDICAL_ADVICE_TODAY,
    "pv_clot": Outcome.CHECK_WITH_DOCTOR,
    "pv_blood_thinners": Outcome.CHECK_WITH_DOCTOR,
    "pv_recent_surgery": Outcome.CHECK_WITH_DOCTOR,
    "pv_pregnancy": Outcome.CHECK_WITH_DOCTOR,
    "pv_cancer_treatment": Outcome.CHECK_WITH_DOCTOR,
    "pv_heart": Outcome.CHECK_WITH_DOCTOR,
    "pv_blood_pressure": Outcome.CHECK_WITH_DOCTOR,
    "pv_osteoporosis": Outcome.CHECK_WITH_DOCTOR,
    "pv_skin": Outcome.TELL_THERAPIST,
}


def test_the_questions_are_the_brief_items_each_with_its_outcome():
    assert set(EXPECTED_IF_YES) == {q.slot for q in QUESTIONS}


def test_all_no_is_fine_to_book(profile):
    assessment = assess(ALL_NO)
    assert assessment.outcome is Outcome.FINE
    text = " ".join(summary_lines(assessment, profile))
    assert "fine to book" in text and profile.booking_url in text


@pytest.mark.parametrize(("slot", "expected"), EXPECTED_IF_YES.items())
def test_each_single_reason_leads_to_its_outcome_and_is_named(slot, expected, profile):
    assessment = assess({**ALL_NO, slot: "yes"})
    assert assessment.outcome is expected
    text = " ".join(summary_lines(assessment, profile))
    assert BY_SLOT[slot].reason in text


@pytest.mark.parametrize("slot", list(EXPECTED_IF_YES))
def test_not_sure_is_always_a_reason_to_check(slot):
    assert assess({**ALL_NO, slot: "not_sure"}).outcome >= Outcome.CHECK_WITH_DOCTOR


def test_doctor_outranks_postpone_and_every_reason_is_listed(profile):
    assessment = assess({**ALL_NO, "pv_unwell": "yes", "pv_blood_thinners": "yes", "pv_skin": "yes"})
    assert assessment.outcome is Outcome.CHECK_WITH_DOCTOR
    text = " ".join(summary_lines(assessment, profile))
    assert "check with your doctor" in text
    assert "postpone while you have: feeling unwell" in text
    assert "tell your therapist about: a skin problem" in text


def test_postpone_outranks_tell_therapist(profile):
    assessment = assess({**ALL_NO, "pv_new_injury": "yes", "pv_skin": "yes"})
    assert assessment.outcome is Outcome.POSTPONE
    assert "Please postpone" in summary_lines(assessment, profile)[0]


def test_summary_lists_the_answers_to_show_at_intake(profile):
    lines = summary_lines(assess({**ALL_NO, "pv_pregnancy": "yes"}), profile)
    assert "pregnancy: yes" in lines[-1] and "to show at your intake" in lines[-1]


@pytest.mark.parametrize(
    ("slot", "text", "expected"),
    [
        ("pv_unwell", "yeah", Answer.YES),
        ("pv_unwell", "nope", Answer.NO),
        ("pv_unwell", "I'm fine thanks", Answer.NO),
        ("pv_pregnancy", "I think so", Answer.YES),
        ("pv_pregnancy", "not sure", Answer.NOT_SURE),
        ("pv_pregnancy", "maybe, im waiting on a test", Answer.NOT_SURE),
        ("pv_recent_surgery", "I had knee surgery 3 weeks ago", Answer.YES),
        ("pv_recent_surgery", "I've never had an operation", Answer.NO),
        ("pv_blood_thinners", "im on warfarin", Answer.YES),
        ("pv_clot", "yes a DVT in 2019", Answer.YES),
        ("pv_skin", "I have eczema on my arms", Answer.YES),
        ("pv_skin", "No", Answer.NO),
    ],
)
def test_free_text_answers_are_understood(slot, text, expected):
    assert parse_answer(BY_SLOT[slot], text) == expected.value


@pytest.mark.parametrize("text", ["never mind", "stop", "what should I wear?", "how long is a session", ""])
def test_questions_and_stop_requests_are_not_answers(text):
    assert parse_answer(BY_SLOT["pv_unwell"], text) is None


@pytest.mark.parametrize(
    ("slot", "text", "expected"),
    [
        # Issue 9: a "no" or "fine" that goes on to name the matter is a yes.
        ("pv_clot", "well, I had a DVT", "yes"),
        ("pv_clot", "no, but I had a clot after my c-section", "yes"),
        ("pv_recent_surgery", "no, but I had a clot after my c-section", "yes"),
        ("pv_blood_thinners", "no, only apixaban", "yes"),
        ("pv_recent_surgery", "fine, had a c-section 5 weeks ago", "yes"),
        # Brand names and everyday names of operations.
        ("pv_blood_thinners", "just eliquis twice a day", "yes"),
        ("pv_blood_thinners", "I'm on Xarelto", "yes"),
        ("pv_blood_thinners", "clopidogrel since my stent", "yes"),
        ("pv_recent_surgery", "had my gallbladder out last month", "yes"),
        ("pv_recent_surgery", "keyhole on my knee in october", "yes"),
        ("pv_recent_surgery", "my appendix was removed 3 weeks ago", "yes"),
        ("pv_recent_surgery", "had my appendix out years ago", "no"),
        # Negated mentions stay no.
        ("pv_clot", "never had a clot", "no"),
        ("pv_blood_thinners", "no blood thinners, no", "no"),
        # A "no" that goes on about something else is not read as a plain no.
        ("pv_calf_now", "no, but my left calf has been aching since the flight", "yes"),
        ("pv_calf_now", "no, both calves are fine", "no"),
        # Something else follows: handled as a message, then the question is asked again.
        ("pv_calf_now", "not swollen, just tight from running", None),
        ("pv_unwell", "no, just tired", None),
        ("pv_unwell", "well", "no"),
        ("pv_unwell", "I'm fine thanks", "no"),
        # Variants: controlled blood pressure is for the therapist; unknown is a reason to check.
        ("pv_blood_pressure", "yes but it's controlled with tablets", "controlled"),
        ("pv_blood_pressure", "don't know my blood pressure", "not_sure"),
        ("pv_heart", "I have AF", "yes"),
        ("pv_heart", "had a heart attack in march", "yes"),
        ("pv_unwell", "I've got a cold sore", "yes"),
    ],
)
def test_answers_that_say_more_than_yes_or_no(slot, text, expected):
    assert parse_answer(BY_SLOT[slot], text) == expected


def test_a_swollen_painful_calf_now_means_medical_advice_today_not_booking(profile):
    assessment = assess({**ALL_NO, "pv_calf_now": "yes"})
    assert assessment.outcome is Outcome.MEDICAL_ADVICE_TODAY
    text = " ".join(summary_lines(assessment, profile))
    assert "medical advice today" in text and profile.emergency_number in text
    assert "book online" not in text


def test_a_catching_skin_condition_postpones():
    assert assess({**ALL_NO, "pv_unwell": parse_answer(BY_SLOT["pv_unwell"], "I have impetigo")}).outcome is (
        Outcome.POSTPONE
    )


def test_controlled_blood_pressure_is_for_the_therapist_and_named_so(profile):
    assessment = assess({**ALL_NO, "pv_blood_pressure": "controlled"})
    assert assessment.outcome is Outcome.TELL_THERAPIST
    assert "under control" in " ".join(summary_lines(assessment, profile))


def test_the_summary_says_truthfully_where_the_answers_are_kept(profile):
    last = summary_lines(assess(ALL_NO), profile)[-1]
    assert "saved only as part of this chat" in last
    assert "don't keep" not in last
