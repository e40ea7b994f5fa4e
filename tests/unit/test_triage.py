"""The safety layer's order: emergency > unreadable > medical > trust NLU."""

from bot.input_screening import MAX_MESSAGE_CHARS, Screening, screen
from bot.triage import EMERGENCY_INTENT, MEDICAL_INTENT, UNREADABLE_INTENT, final_intent, triage


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


def test_code_and_injection_attempts_are_recognised():
    assert screen("<script>alert('hi')</script> what is a trigger point") is Screening.CODE
    assert screen("'; DROP TABLE appointments; --") is Screening.CODE
    assert screen("<img src=x onerror=alert(1)>") is Screening.CODE
    assert screen("<b>what</b> is a trigger point") is Screening.OK
    assert screen("can I book for 3pm; is that ok?") is Screening.OK


def test_huge_messages_are_clipped_before_matching():
    text = "is it normal to be sore " * 2000
    assert triage(text).intent is None
    assert len(text) > MAX_MESSAGE_CHARS


def test_model_emergency_stands_only_when_confident_and_never_over_a_rule():
    plain = triage("am i allowed to tell them to stop halfway through")
    assert final_intent(plain, "emergency", 0.99) is None
    assert final_intent(plain, "emergency", 0.5) == "nlu_fallback"
    assert final_intent(triage("crushing chest pain"), "greet", 0.99) == "emergency"
    assert final_intent(triage("Hola, ¿hablas español? No entiendo"), "emergency", 0.93) == "out_of_scope"
    assert final_intent(triage("What muscle relaxant should I take?"), "faq_session", 0.9) == "ask_medical"
    assert final_intent(plain, "faq_session", 0.9) is None


def test_long_standing_symptoms_are_a_doctor_referral_even_if_the_model_says_emergency():
    weeks = triage("the back of my thigh has been numb and tingly for 3 weeks now")
    assert final_intent(weeks, "emergency", 0.99) == "ask_medical"
