"""A classifier-only emergency must name something its kind is about (bot/kind_cues.py)."""

import pytest

from bot.clauses import prepare
from bot.kind_cues import plausible
from bot.safety_classifier import UNCUED_EMERGENCY_SCORE
from bot.safety_kinds import EMERGENCY_KINDS


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("suicidal_thoughts", "i don't see the point of going on"),
        ("suicidal_thoughts", "everyone would be better off without me"),
        ("cauda_equina", "can't feel it when I wipe and my back is killing me"),
        ("cauda_equina", "both my legs have gone weak and heavy"),
        ("chest_pain", "feels like an elephant on me, left arm aching"),
        ("stroke_signs", "mum's face looks lopsided and she's slurring"),
        ("fainting", "he keeled over in the kitchen"),
        ("overdose", "took the whole packet of my sleeping tablets"),
        ("stroke_signs", "grandad suddenly can't walk straight and his words are muddled"),
        # A farewell's thanks stays a cue, and so does numbness with the face, diabetes or not.
        ("suicidal_thoughts", "just wanted to say thank you for everything, you were all so kind to me"),
        ("stroke_signs", "I'm diabetic, my feet are numb and now one side of my face feels odd"),
    ],
)
def test_each_kind_is_plausible_from_its_lay_words(kind, text):
    assert plausible(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("suicidal_thoughts", "how firmly should I press the ball into my shoulder?"),
        ("cauda_equina", "both my hands tingle when I type for hours"),
        ("thunderclap_headache", "I think I pulled something in my shoulder at the gym"),
        ("fainting", "what should I wear to my first appointment?"),
        # Everyday words that only look like cues: a walk, a trigger point, tight calves.
        ("stroke_signs", "I'll be walking over from the station, is there a side entrance?"),
        ("suicidal_thoughts", "what's a trigger point and how long does a session take"),
        ("chest_pain", "my hamstrings feel heavy and tight after squats, will it make me sick?"),
        # Words that only begin like a cue: a number is not numbness, skin is not skiing.
        ("stroke_signs", "what number out of ten is too much pressure"),
        ("serious_injury", "will the oil bother my skin"),
        ("suicidal_thoughts", "noted, and what about my deadline week, any late slots?"),
        # Thanks to a therapist by name, a stiff neck's reach, diabetes' numb feet.
        ("suicidal_thoughts", "just wanted to say a huge thank you to Amir, my shoulder is so much freer"),
        ("thunderclap_headache", "last week I could hardly turn my head, now it's great"),
        ("stroke_signs", "type 2 diabetic here, my toes have been tingly for ages"),
        ("suicidal_thoughts", "standing in your reception and there's no one here, should I wait?"),
        ("chest_pain", "after the upper back work my chest feels more open, is that normal?"),
    ],
)
def test_a_message_that_names_nothing_of_a_kind_is_not_that_kind(kind, text):
    assert not plausible(kind, text)


def test_every_emergency_kind_has_cues_and_uncued_messages_need_a_surer_score():
    from bot import kind_cues

    assert set(kind_cues._CUES) >= EMERGENCY_KINDS
    assert UNCUED_EMERGENCY_SCORE > 0.5


def test_the_classifier_does_not_call_an_uncued_ordinary_question_an_emergency(safety_classifier):
    for text in (
        "how firmly should I press the ball into my shoulder at home, it kind of hurts",
        "could I have trigger points and not even know it?",
    ):
        assert safety_classifier.assess(text).level != "emergency", text


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("anticoagulant_bruising", "I'm on apixaban, can I still come on Friday?"),
        ("back_pain_fever_night", "I've got a temperature, should I cancel?"),
        ("worsening_soreness", "is it still ok to come in?"),
    ],
)
def test_a_same_day_kind_needs_its_words_too(kind, text):
    assert not plausible(kind, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my calf is really sore after yesterday's session, is that normal?", False),
        ("which one hurts more, dry needling or massage?", False),
        ("sorer every day since the massage", True),
        ("had it done thursday and it's now monday and more pain than before", True),
        ("still really sore 5 days later", True),
    ],
)
def test_soreness_is_a_same_day_matter_only_when_it_grows_or_lasts(text, expected):
    assert plausible("worsening_soreness", text) is expected


def test_soreness_that_is_easing_is_not_worsening():
    assert not plausible(
        "worsening_soreness", "sore 3 days after, it hurts to lift my arm but it's getting better each day"
    )


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("thunderclap_headache", "I can't lift my arm above my head since the summer"),
        ("stroke_signs", "is there parking right outside? my dad can't walk very far"),
    ],
)
def test_reach_and_walking_distance_are_not_a_headache_or_a_stroke(kind, text):
    assert not plausible(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("pulmonary_embolism", "bloody buses were late again, can I still have the full 60 minutes?"),
        ("uncontrolled_bleeding", "this bloody knot in my shoulder won't budge"),
        ("pulmonary_embolism", "long drive yesterday and my left calf is puffy, my breathing is totally fine"),
    ],
)
def test_an_oath_or_a_sign_said_to_be_fine_names_nothing_of_a_kind(kind, text):
    assert not plausible(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("pulmonary_embolism", "coughing up bloody phlegm since the flight"),
        ("uncontrolled_bleeding", "there's blood everywhere and it won't stop"),
        ("pulmonary_embolism", "my calf is swollen and my breathing is fine until I climb the stairs"),
    ],
)
def test_blood_and_breath_still_name_their_kinds(kind, text):
    assert plausible(kind, text)


def test_swelling_put_down_to_an_injury_names_no_clot():
    assert not plausible("clot_signs", "my ankle is still puffy after I went over on it at netball")
    assert plausible("clot_signs", "one calf is swollen and warm since the flight")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("breathing", "the price took my breath away 😅 any cheaper options?"),
        ("breathing", "sorry in advance, my breath stinks of garlic"),
        ("serious_injury", "can I still run that evening? don't want to break my routine"),
        ("overdose", "took two paracetamol for a hangover, fine to come at 3?"),
    ],
)
def test_idioms_manners_habits_and_a_normal_dose_name_no_danger(kind, text):
    assert not plausible(kind, text, 0.3)


def test_many_tablets_still_name_an_overdose():
    assert plausible("overdose", "took two paracetamol and then the whole packet", 0.3)


@pytest.mark.parametrize(
    "text",
    [
        "very tight place between my shoulder blade and spine, when I press it I feel it in my arm also",
        "when she pressed on the knot in my shoulder it sent a zing down my arm, normal?",
        "if I push on that spot near my shoulder blade I can feel it in my ribs",
    ],
)
def test_where_a_pressed_spot_sends_its_ache_is_no_heart(text):
    """A trigger point's referral: the arm or the ribs reached by pressing a spot name no chest pain."""
    assert not plausible("chest_pain", prepare(text), 0.4)


@pytest.mark.parametrize(
    "text",
    [
        "when I press on my chest it hurts in my arm",
        "pain going down my left arm and im sweating",
        "pressed on my shoulder and now my chest is tight and my arm is heavy",
    ],
)
def test_the_chest_an_arm_with_sweating_still_name_a_heart(text):
    assert plausible("chest_pain", prepare(text), 0.4)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "stroke_signs",
            "my arm went a bit numb while i was lying face down but it came back the second i moved it. normal?",
        ),
        (
            "stroke_signs",
            "I get cold sores, got one right now on my lip. should i come to my face and jaw appointment?",
        ),
        (
            "suicidal_thoughts",
            "whats the pain scale thing, they asked me to rate it out of 10 last time and I didnt know what to say",
        ),
    ],
)
def test_numbness_gone_on_moving_a_cold_sore_and_last_time_are_weak_or_no_cues(kind, text):
    assert not plausible(kind, prepare(text), 0.45)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("stroke_signs", "my face went numb on one side and it hasnt come back"),
        ("suicidal_thoughts", "this will be my last time seeing Jess, please tell her thank you for everything"),
    ],
)
def test_numbness_that_stays_and_a_last_visit_as_a_farewell_still_are(kind, text):
    assert plausible(kind, prepare(text), 0.45)
