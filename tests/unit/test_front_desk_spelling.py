"""Misspelt front-desk words still name their front-desk matter; real words that look alike do not."""

import pytest

from bot.clinic_answers import clinic_sections
from bot.front_desk_spelling import with_front_desk_words_corrected


@pytest.mark.parametrize(
    "text, section",
    [
        ("i need to cancle my appt on friday", "cancellation"),
        ("can i resheduel to next week", "cancellation"),
        ("whats ur adress", "location"),
        ("can I use my vocuher for a 30 min one", "vouchers"),
        ("any availibility on wensday", "booking"),
        ("is there parkin outside", "parking"),
        ("do i get a reciept for my insurence", "insurance"),
        ("do you need a desposit", "payment"),
    ],
)
def test_a_misspelt_front_desk_word_names_its_matter(text, section):
    assert section in clinic_sections(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was looking at your website and the cooking classes next door",
        "my muscles are insane after leg day",
        "are knots little calcium deposits?",
        "has that been addressed by the therapist",
        "I scheduled a physio session for the same week",
    ],
)
def test_real_words_that_look_like_front_desk_words_are_left_alone(text):
    normalized = text.lower()
    assert with_front_desk_words_corrected(normalized) == normalized
