from bot.input_screening import Screening
from bot.medical_requests import RULES, MedicalRequest
from bot.red_flags import find_red_flag
from bot.replies import emergency_reply, medical_reply, out_of_scope_reply


def test_emergency_reply_says_call_emergency_services_with_the_profile_number(profile):
    reply = emergency_reply(find_red_flag("crushing chest pain"), profile)
    assert reply.topic == "emergency"
    assert "call emergency services on 999 now" in reply.texts[0]
    assert reply.custom() == {"topic": "emergency", "kind": "emergency", "red_flag": "chest_pain"}


def test_crisis_reply_gives_the_crisis_line_and_emergency_number(profile):
    reply = emergency_reply(find_red_flag("I don't want to live anymore"), profile)
    assert "116 123" in reply.texts[0] and "999" in reply.texts[0]
    assert reply.topic == "emergency"


def test_emergency_reply_without_a_rule_match_is_still_an_emergency_answer(profile):
    assert "999" in emergency_reply(None, profile).texts[0]


def test_every_medical_reply_refers_to_a_doctor_or_pharmacist(profile):
    for kind in {request.kind for request, _ in RULES}:  # every kind a rule can produce has a reply
        reply = medical_reply(MedicalRequest(kind), profile)
        assert reply.topic == "medical"
        assert "doctor" in reply.texts[0]
    assert "doctor" in medical_reply(None, profile).texts[0]


def test_out_of_scope_replies_are_specific(profile):
    assert "empty" in out_of_scope_reply(profile, Screening.EMPTY).texts[0]
    assert "only answer in English" in out_of_scope_reply(profile, Screening.OTHER_LANGUAGE).texts[0]
    reply = out_of_scope_reply(profile)
    assert reply.topic == "out_of_scope" and "trigger points" in reply.texts[0]
