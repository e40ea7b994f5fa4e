"""A numb bum from sitting is positional, wherever in the message the sitting is told; a bladder that
will not hold or empty is cauda equina (brief §5a) whatever journey came before it."""

import pytest

from bot.red_flags import find_dangers


def _kinds(text: str) -> list[str]:
    return [kind.id for kind in find_dangers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "four hours on the coach to see my mum. bum went numb and my hips ache, do you work on glutes?",
        "I sit on a hard bench all shift. by the end my bottom is numb, is that a trigger point thing?",
        "did a 60 mile bike ride sunday, numb bum for the evening, could a massage help my hamstrings",
    ],
)
def test_a_numb_bum_after_sitting_told_in_another_sentence_is_not_an_emergency(text):
    assert "cauda_equina" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "after the long drive my bottom went numb and since then I can't control my bladder",
        "drove 5 hours yesterday, now I cannot pee at all and my back is agony",
        "sat at my desk all day. my bum is still numb tonight and I can't feel it when I wipe",
        "been on a long flight. numb around the back passage ever since and it's not going away",
    ],
)
def test_the_journey_never_explains_bladder_control_or_numbness_that_stays(text):
    assert "cauda_equina" in _kinds(text)


def test_leaking_with_a_sneeze_in_pregnancy_is_not_cauda_equina():
    assert "cauda_equina" not in _kinds("32 weeks pregnant and I leak a bit of wee when I sneeze, normal?")


def test_hours_written_against_their_number_are_still_a_journey():
    assert "cauda_equina" not in _kinds("numb bum after 5hrs in the car, can the therapist work my glutes and hips")
