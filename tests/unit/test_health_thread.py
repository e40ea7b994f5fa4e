"""Staying with the health matter of the previous answer (`bot.health_thread`)."""

import pytest

from bot.faq_answering import answer_faq, answer_out_of_scope
from bot.health_thread import PAST_THE_USUAL_KIND, HealthThread, carries_the_thread, thread_of
from bot.knowledge_base import load_knowledge
from bot.text_normalization import words


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_a_contraindication_answer_or_a_referral_opens_a_thread():
    assert thread_of({"topic": "contraindications", "faq_id": "con-pregnancy"}) == HealthThread(faq_id="con-pregnancy")
    assert thread_of({"topic": "medical", "kind": "referral", "reason": "clot_signs"}) == HealthThread(
        referral="clot_signs"
    )
    assert thread_of({"topic": "medical", "kind": "referral"}) == HealthThread(referral="general")


@pytest.mark.parametrize(
    "previous",
    [
        None,
        {},
        {"topic": "session", "faq_id": "ses-what-to-wear"},
        {"topic": "clinic", "sections": ["prices"]},
        {"topic": "emergency", "red_flag": "chest_pain"},
        {"topic": "contraindications"},  # no entry named
    ],
)
def test_other_answers_open_none(previous):
    assert thread_of(previous) is None


@pytest.mark.parametrize(
    "text",
    [
        "26 wks",
        "so thats a no?",
        "my levels have been fine for a year though",
        "what if they only did my feet",
        "he's been off them since the summer",
        "right, so who do I ask",
        "still no better and it's been 5 days",
        "it's only my hand that's numb, nothing else",
    ],
)
def test_details_and_questions_about_the_matter_carry_it(text):
    assert carries_the_thread(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ok",
        "cheers",
        "thank you so much",
        "bye for now",
        "my dog has a limp, can you help him",
        # Long enough to be read on its own.
        "I was also wondering, completely separately, whether you sell gift vouchers that could be used at "
        "any of your clinics over the holidays",
    ],
)
def test_thanks_greetings_and_other_subjects_leave_it(text):
    assert not carries_the_thread(text)


@pytest.mark.parametrize("answer", [answer_faq, answer_out_of_scope])
def test_a_detail_after_a_clearance_answer_gets_the_clearance_again(kb, answer):
    thread = HealthThread(faq_id="con-pregnancy")
    assert answer(kb, "26 wks").extra.get("kind") in {"unanswered", "out_of_scope"}  # on its own: nothing
    reply = answer(kb, "26 wks", thread=thread)
    assert reply.faq_id == "con-pregnancy" and reply.topic == "contraindications"
    assert "midwife" in reply.texts[0]
    assert "no from me" in reply.texts[0]


def test_a_question_after_a_referral_gets_the_referral_again(kb):
    reply = answer_faq(kb, "right, so who do I ask", intent="nlu_fallback", thread=HealthThread(referral="clot_signs"))
    assert reply.topic == "medical" and reply.extra["kind"] == "referral"
    assert reply.extra["reason"] == "clot_signs" and reply.extra.get("urgency") == "same_day"
    assert reply.texts[0].startswith("I still can't judge that")


def test_the_thread_never_overrides_an_answer_that_fits(kb):
    thread = HealthThread(faq_id="con-pregnancy")
    assert answer_faq(kb, "what is a trigger point", thread=thread).faq_id == "tp-what-is-a-trigger-point"
    assert answer_faq(kb, "how much is an hour", thread=thread).topic == "clinic"
    assert answer_faq(kb, "ok thanks", intent="affirm", intent_confidence=0.9, thread=thread).topic == "smalltalk"


@pytest.mark.parametrize("name", ["Eliquis", "xarelto", "Sintrom", "marcumar", "clopidogrel"])
def test_blood_thinner_names_read_as_the_faq_word(kb, name):
    assert "thinner" in words(f"I'm on {name}")
    reply = answer_faq(kb, f"I take {name} every day, is that a problem for a massage?")
    assert reply.faq_id == "con-blood-thinners"


def test_aspirin_is_not_read_as_a_blood_thinner_word():
    assert "thinner" not in words("can I take aspirin after a session")


def test_a_referral_filed_under_contraindications_still_opens_a_thread():
    previous = {"topic": "contraindications", "kind": "referral", "reason": "blood_pressure"}
    assert thread_of(previous) == HealthThread(referral="blood_pressure")


def test_an_aftercare_answer_that_sends_a_symptom_to_the_doctor_opens_its_referral():
    previous = {"topic": "aftercare", "faq_id": "aft-numbness-after"}
    assert thread_of(previous) == HealthThread(referral="limb_nerve")
    assert thread_of({"topic": "aftercare", "faq_id": "aft-soreness-normal"}) is None


def test_a_symptom_that_lingers_after_the_numbness_answer_gets_the_same_day_referral(kb):
    thread = thread_of({"topic": "aftercare", "faq_id": "aft-numbness-after"})
    reply = answer_faq(kb, "still got it in two fingers on day four", intent="nlu_fallback", thread=thread)
    assert reply.extra.get("kind") == "referral"
    assert reply.extra.get("urgency") == "same_day"


def test_supposing_the_matter_at_a_later_visit_stays_with_it(kb):
    reply = answer_faq(
        kb,
        "and what if I am by the time of my appointment?",
        intent="nlu_fallback",
        thread=HealthThread(faq_id="con-pregnancy"),
    )
    assert reply.faq_id == "con-pregnancy"


def test_asking_which_professional_after_a_referral_stays_with_it(kb):
    reply = answer_faq(
        kb, "ok but who should I see, physio or GP?", "faq_session", 0.9, thread=HealthThread(referral="limb_nerve")
    )
    assert reply.extra.get("kind") == "referral"


@pytest.mark.parametrize(
    "previous,text",
    [
        ("aft-bruising", "mine's still there after ten days and it's spreading"),
        ("aft-how-long-soreness", "well it hasn't eased and it's been over a week"),
        ("aft-soreness-normal", "it's been five days and I'm still really sore"),
    ],
)
def test_a_follow_up_past_the_usual_course_gets_the_same_day_referral(kb, previous, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.4, previous_faq_id=previous)
    assert reply.topic == "medical" and reply.extra.get("reason") == PAST_THE_USUAL_KIND


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks, can I go for a run after?",
        "2 days so far and easing off nicely",
        # Whether something would worsen it, asked.
        "and is a hot bath ok or would it make it worse?",
        "will stretching it make things worse",
    ],
)
def test_a_follow_up_within_the_usual_course_is_not_referred(kb, text):
    assert answer_faq(kb, text, "nlu_fallback", 0.4, previous_faq_id="aft-how-long-soreness").topic != "medical"


@pytest.mark.parametrize(
    "text",
    [
        "fair enough. what days is Jo working?",
        "ok. who's on tomorrow morning?",
        "thanks. where do I park?",
        "right, can I pay by card?",
        "perfect, will you email her the confirmation or me?",
        "ok, do I get a reminder text?",
    ],
)
def test_a_front_desk_question_after_a_referral_leaves_the_thread(text):
    assert not carries_the_thread(text)


@pytest.mark.parametrize(
    "text", ["so is that a no?", "can I still keep my booking?", "20 weeks", "ok who should I see"]
)
def test_whether_to_come_stays_with_the_matter(text):
    assert carries_the_thread(text)
