"""An everyday ache told as the reason for asking whether the clinic helps gets the everyday-aches
entry, not the symptom net's doctor referral; anything more than an ordinary ache still gets the net."""

import pytest

from bot.faq_answering import answer_faq
from bot.knowledge_base import load_knowledge
from bot.ordinary_aches import EVERYDAY_ACHES_ENTRY, an_ordinary_ache_asked_about


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


ORDINARY = [
    "Bit of background, I'm a bus driver and my lower back has ached on and off for a couple of years. "
    "It usually settles by itself. Is that something you'd treat?",
    "My upper traps are about a 5 out of 10 most evenings since I went back to the office. Is that the kind of thing you treat?",
    "I stack shelves for a living and get this dull ache between my shoulder blades that gets worse towards the end "
    "of the week. My friend rates trigger point work. Would it help with something like that?",
    "knots in my shoulders from carrying my toddler everywhere, is that something u work on?",
]
# The ache's name asked for, a seat gone numb from sitting, whether it would suit someone.
ORDINARY += [
    "stiff between my shoulder blades after long shifts at the laptop. a knot maybe?",
    "tight spot at the top of my neck whenever I've been driving for hours... trigger point?",
    "My dad's lower back aches from gardening every weekend. Would trigger point therapy suit him?",
]
MORE_THAN_AN_ACHE = [
    "my arm has been numb for weeks, is that something you treat?",
    "my back pain is getting worse every week and wakes me at night, is that something you treat?",
    "sharp pain shooting down my leg since I fell, can trigger point therapy help with that?",
    "my bum goes numb and my foot tingles when I sit, do you treat that?",
    "a lump has come up on my back and it aches, is it a knot?",
]


@pytest.mark.parametrize(
    ("asked_before", "text"),
    [
        ("any space on saturday morning?", "it's for my lower back, it's been stiff since I moved house"),
        ("can I book a 60 for tomorrow", "for my shoulders, they ache from carrying the baby"),
    ],
)
def test_an_everyday_ache_given_as_the_reason_for_a_booking_is_the_everyday_aches_question(asked_before, text):
    assert an_ordinary_ache_asked_about(text, previous_message=asked_before)
    assert not an_ordinary_ache_asked_about(text, previous_message="what is a trigger point?")


@pytest.mark.parametrize("text", ORDINARY)
def test_an_everyday_ache_asked_about_gets_the_everyday_aches_entry(kb, text):
    assert an_ordinary_ache_asked_about(text)
    reply = answer_faq(kb, text, "nlu_fallback", 0.0, symptom=True)
    assert (reply.topic, reply.faq_id) == ("trigger_points", EVERYDAY_ACHES_ENTRY), reply


@pytest.mark.parametrize("text", MORE_THAN_AN_ACHE)
def test_more_than_an_ordinary_ache_keeps_the_symptom_net(kb, text):
    assert not an_ordinary_ache_asked_about(text)
