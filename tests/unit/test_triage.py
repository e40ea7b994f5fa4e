"""The safety layer's order: emergency > unreadable > medical > trust NLU."""

from bot.input_screening import MAX_MESSAGE_CHARS, Screening, screen
from bot.triage import EMERGENCY_INTENT, MEDICAL_INTENT, UNREADABLE_INTENT, triage


def test_emergency_wins_over_a_medical_request():
    decision = triage("what painkiller should I take for this crushing chest pain")
    assert decision.intent == EMERGENCY_INTENT
    assert decision.red_flag.id == "chest_pain"


def test_medical_request_is_routed_to_the_doctor_referral():
    assert triage("What muscle relaxant should I take for my neck?").intent == MEDICAL_INTENT


def test_plain_faq_question_is_left_to_nlu():
    assert triage("What should I wear to my appointment?").intent is None


def test_unreadable_messages_are_out_of_scope_with_a_reason():
    assert triage("").screening is Screening.EMPTY
    assert triage("   \n\t ").intent == UNREADABLE_INTENT
    assert triage("🤔💆‍♀️🙏").screening is Screening.NO_WORDS
    assert triage("안녕하세요, 한국어로 대답해 주실 수 있나요?").screening is Screening.OTHER_LANGUAGE
    assert triage("Hola, ¿hablas español? No entiendo bien el inglés.").screening is Screening.OTHER_LANGUAGE


def test_a_red_flag_in_markup_is_still_found():
    assert triage("<b>my chest hurts</b>").intent == EMERGENCY_INTENT


def test_english_with_markup_or_sql_is_not_another_language():
    assert screen("<script>alert('hi')</script> what is a trigger point") is Screening.OK
    assert screen("'; DROP TABLE appointments; --") is Screening.OK


def test_huge_messages_are_clipped_before_matching():
    text = "is it normal to be sore " * 2000
    assert triage(text).intent is None
    assert len(text) > MAX_MESSAGE_CHARS
