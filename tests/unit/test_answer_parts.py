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
