"""Outcome rules of the pre-visit check: every single reason, "not sure", and combinations."""

import pytest

from bot.previsit_check import BY_SLOT, QUESTIONS, Answer, Outcome, assess, parse_answer, summary_lines

ALL_NO = {q.slot: "no" for q in QUESTIONS}
EXPECTED_IF_YES = {
    "pv_unwell": Outcome.POSTPONE,
    "pv_new_injury": Outcome.POSTPONE,
    "pv_clot": Outcome.CHECK_WITH_DOCTOR,
    "pv_blood_thinners": Outcome.CHECK_WITH_DOCTOR,
    "pv_recent_surgery": Outcome.CHECK_WITH_DOCTOR,
    "pv_pregnancy": Outcome.CHECK_WITH_DOCTOR,
    "pv_cancer_treatment": Outcome.CHECK_WITH_DOCTOR,
    "pv_osteoporosis": Outcome.CHECK_WITH_DOCTOR,
    "pv_skin": Outcome.TELL_THERAPIST,
}


def test_at_most_nine_questions_from_the_brief():
    assert len(QUESTIONS) <= 9
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
    assert assess({**ALL_NO, slot: "not_sure"}).outcome > Outcome.FINE


def test_doctor_outranks_postpone_and_every_reason_is_listed(profile):
    assessment = assess({**ALL_NO, "pv_unwell": "yes", "pv_blood_thinners": "yes", "pv_skin": "yes"})
    assert assessment.outcome is Outcome.CHECK_WITH_DOCTOR
    text = " ".join(summary_lines(assessment, profile))
    assert "check with your doctor" in text
    assert "postpone while you have: feeling unwell" in text
    assert "tell your therapist about: a skin problem" in text


def test_postpone_outranks_tell_therapist(profile):
    assessment = assess({**ALL_NO, "pv_new_injury": "yes", "pv_skin": "not_sure"})
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
    assert parse_answer(BY_SLOT[slot], text) is expected


@pytest.mark.parametrize("text", ["never mind", "stop", "what should I wear?", "how long is a session", ""])
def test_questions_and_stop_requests_are_not_answers(text):
    assert parse_answer(BY_SLOT["pv_unwell"], text) is None
