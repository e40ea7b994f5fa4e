"""Red flags (brief §5a) must always be recognised, however clients phrase them."""

import pytest

from bot.red_flags import find_red_flag

EMERGENCIES = {
    "chest_pain": [
        "I have crushing chest pain and I'm sweating.",
        "my chest feels tight and heavy and i feel sick",
        "feels like an elephant on my chest",
        "pain down my left arm and my jaw hurts",
        "Chest hurts when I breathe in",
        "i think im having a heart attack",
    ],
    "breathing": [
        "I can't catch my breath",
        "struggling to breathe after my massage",
        "coughing up blood this morning",
        "im really short of breath",
    ],
    "stroke_signs": [
        "My dad's face is drooping and his speech is slurred.",
        "one side of my face feels droopy",
        "my words are coming out wrong",
        "suddenly I can't see properly out of one eye",
        "my right arm went numb and weak 20 mins ago and my face feels weird on one side",
    ],
    "thunderclap_headache": [
        "worst headache of my life right now",
        "headache came on like a thunderclap",
    ],
    "clot_signs": [
        "My calf is swollen and hot and now I'm short of breath.",
        "my left calf is swollen, red and really painful",
        "one leg is hot and swollen since my massage",
    ],
    "cauda_equina": [
        "back pain and I can't control my bladder",
        "numb between my legs and my back is agony",
        "I can't feel when I wipe",
        "both legs going numb with this back pain",
    ],
    "dark_urine": ["after deep tissue yesterday my pee is dark brown and my thighs are killing me"],
    "fainting": ["I passed out after the session", "my wife just collapsed"],
    "serious_injury": [
        "hurt my back in a car crash this morning",
        "my dad slipped in the shower, now his back is agony and he cant get up",
    ],
    "suicidal_thoughts": [
        "I don't want to live anymore.",
        "everyone would be better off without me",
        "i want to end it all",
        "I've taken a load of pills",
        "thinking about suicide",
        "my friend says she has a plan to end her life tonight",
    ],
}


@pytest.mark.parametrize(("expected", "text"), [(k, t) for k, ts in EMERGENCIES.items() for t in ts])
def test_red_flags_are_found(expected, text):
    flag = find_red_flag(text)
    assert flag is not None, text
    assert flag.id == expected


def test_suicidal_thoughts_are_a_crisis_not_a_medical_emergency_kind():
    assert find_red_flag("I want to kill myself").kind == "crisis"
    assert find_red_flag("crushing chest pain").kind == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Is trigger point therapy going to hurt?",
        "is it supposed to hurt during the session?",
        "I'm really sore after my massage yesterday, is that normal?",
        "Can I get trigger point therapy if I'm on blood thinners?",
        "I had a blood clot in my leg last month. Is massage safe for me?",
        "What is referred pain?",
        "I felt a bit light-headed getting off the table",
        "no chest pain, just a stiff neck",
        "I don't have any chest pain, only tight shoulders",
        "can you work on my calves? they're tight from running",
        "what should I wear to my appointment",
        "I had a stroke five years ago, can I still have a massage?",
    ],
)
def test_ordinary_questions_are_not_red_flags(text):
    assert find_red_flag(text) is None
