import pytest

from bot.referral_follow_up import presses_on_a_referral
from bot.safety_kinds import EMERGENCY
from bot.triage import AFTER_REFERRAL, REFERRAL, REFERRAL_FOLLOW_UP, triage


@pytest.mark.parametrize(
    "text",
    [
        "go on, just give me your best guess",
        "it's probably just a pulled muscle though right",
        "surely it's nothing",
        "I'll wait a few days and see if it settles",
        "could I try a massage anyway while I wait for the appointment?",
        "maybe the therapist could have a look at it when I come in",
        "do I really need to bother the GP?",
    ],
)
def test_pushing_back_on_a_referral_gets_it_again(text):
    assert presses_on_a_referral(text), text
    decision = triage(text, ["my knee has been swelling on and off for a month, what is it?"], after_referral=True)
    assert (decision.level, decision.kind, decision.sources) == (REFERRAL, REFERRAL_FOLLOW_UP, (AFTER_REFERRAL,))


@pytest.mark.parametrize(
    "text",
    ["ok thanks, can I still book a massage for my shoulders in the meantime?", "how much is a 60 minute session?"],
)
def test_a_new_question_after_a_referral_is_answered_as_itself(text):
    assert not presses_on_a_referral(text)
    assert triage(text, after_referral=True).level is None


def test_only_right_after_a_referral_and_never_over_a_danger():
    assert triage("it's probably just a pulled muscle though right").level is None
    decision = triage("probably nothing but now I've got crushing chest pain", after_referral=True)
    assert decision.level == EMERGENCY


@pytest.mark.parametrize(
    "text", ["could the therapist just rub the swelling to help it?", "could it just be a knot though?"]
)
def test_a_massage_for_it_or_a_knot_after_all_is_pushing_back(text):
    assert presses_on_a_referral(text)


@pytest.mark.parametrize(
    "text",
    [
        "should i just massage it harder myself",
        "can I roll it out at home instead",
        "maybe I'll press on the spot more",
    ],
)
def test_working_on_it_oneself_instead_presses_on_the_referral(text):
    assert presses_on_a_referral(text)


@pytest.mark.parametrize("text", ["can i work it out myself", "ok can I still book friday?"])
def test_other_follow_ups_do_not(text):
    assert not presses_on_a_referral(text)
