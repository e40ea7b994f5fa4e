"""A follow-up the last answer already covers gets the sentence that answers it (bot/answer_parts.py)."""

import pytest

from bot.answer_parts import the_part_that_answers
from bot.faq_answering import answer_faq
from bot.knowledge_base import load_knowledge


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


ANSWER = (
    "Feeling a bit sore afterwards is common. It usually settles within a day or two. "
    "Gentle movement and warmth may help. If it is getting worse after three days, please contact your doctor."
)


def test_a_how_long_question_gets_the_sentence_with_the_duration():
    assert the_part_that_answers("how long till that wears off?", ANSWER) == "It usually settles within a day or two."


def test_a_what_if_question_gets_the_sentence_about_what_to_do():
    assert "doctor" in the_part_that_answers("and what if it's still bad after that", ANSWER)


def test_a_question_the_answer_does_not_cover_gets_nothing():
    assert the_part_that_answers("do you take card?", ANSWER) is None


def test_a_follow_up_the_last_answer_covers_gets_its_part_not_the_whole_answer_again(kb):
    text = "and if it's still bad after that?"
    reply = answer_faq(kb, text, "nlu_fallback", 0.3, previous_faq_id="aft-soreness-normal")
    assert reply.extra.get("kind") == "part_of_answer" and reply.faq_id == "aft-soreness-normal"
    whole = answer_faq(kb, "is it normal to be sore after a massage", "faq_aftercare", 0.95)
    assert whole.faq_id == "aft-soreness-normal"
    assert len(reply.texts[0]) < len(whole.texts[0]) and "doctor" in reply.texts[0]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("is that bad then?", "common"),
        ("should I be worried?", "common"),
        ("but why?", "because"),
        ("which one is better for a stiff back?", "depends"),
    ],
)
def test_kinds_of_follow_up_get_a_sentence_of_their_kind(question, expected):
    answer = (
        "Mild soreness is common after the work. It fades within two days. "
        "Pressure is held because the tenderness often eases after a while. "
        "Which to choose depends on your goals."
    )
    assert expected in the_part_that_answers(question, answer), question


def test_til_asks_how_long():
    assert "day" in the_part_that_answers("how long til it goes", ANSWER)


@pytest.mark.parametrize(
    "previous, text, entry",
    [
        ("aft-soreness-normal", "ok so what should i do about it", "aft-soreness-relief"),
        ("tp-jaw-clenching", "can your therapists work on that", "ses-jaw-work"),
        ("aft-what-to-do-after", "what helps with the soreness then", "aft-soreness-relief"),
    ],
)
def test_a_follow_up_that_leans_on_the_last_answer_gets_an_entry_it_points_to(kb, previous, text, entry):
    reply = answer_faq(kb, text, "nlu_fallback", 0.0, previous_faq_id=previous)
    assert reply.faq_id == entry, reply.texts
