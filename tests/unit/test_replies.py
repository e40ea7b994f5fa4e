from bot.input_screening import Screening
from bot.medical_requests import RULES
from bot.replies import emergency_reply, medical_reply, out_of_scope_reply
from bot.safety_kinds import EMERGENCY_KINDS, SAME_DAY_KINDS


def test_emergency_reply_says_call_emergency_services_with_the_profile_number(profile):
    reply = emergency_reply("chest_pain", profile)
    assert reply.topic == "emergency"
    assert "call emergency services on 999 now" in reply.texts[0]
    assert reply.custom() == {"topic": "emergency", "kind": "emergency", "red_flag": "chest_pain"}


def test_crisis_reply_gives_the_crisis_line_and_emergency_number(profile):
    reply = emergency_reply("suicidal_thoughts", profile)
    assert "116 123" in reply.texts[0] and "999" in reply.texts[0]
    assert reply.topic == "emergency"


def test_an_overdose_is_emergency_services_first_and_the_crisis_line_second(profile):
    text = emergency_reply("overdose", profile).texts[0]
    assert "call emergency services on 999 now" in text and "116 123" in text
    assert text.index("999") < text.index("116 123")


def test_every_emergency_kind_gets_the_emergency_number(profile):
    for kind in EMERGENCY_KINDS:
        reply = emergency_reply(kind, profile)
        assert reply.topic == "emergency" and "999" in reply.texts[0], kind
    assert (
        emergency_reply("breathing", profile, other_language=True)
        .texts[0]
        .startswith("Sorry, I can only answer in English")
    )


def test_a_kind_only_the_classifier_guessed_is_not_named(profile):
    assert "You mentioned" not in emergency_reply("chest_pain", profile, named=False).texts[0]


def test_emergency_reply_without_a_rule_match_is_still_an_emergency_answer(profile):
    assert "999" in emergency_reply(None, profile).texts[0]


def test_every_medical_reply_refers_to_a_doctor_or_pharmacist(profile):
    for kind in {request.kind for request, _ in RULES}:  # every kind a rule can produce has a reply
        reply = medical_reply(kind, profile)
        assert reply.topic in ("medical", "contraindications") and reply.extra["reason"] == kind
        assert "doctor" in reply.texts[0]
    assert "doctor" in medical_reply(None, profile).texts[0]


def test_same_day_dangers_say_today_and_never_call_999_now_on_their_own(profile):
    for kind in SAME_DAY_KINDS:
        reply = medical_reply(kind, profile)
        assert reply.extra == {"kind": "referral", "reason": kind, "urgency": "same_day"}
        assert "today from your GP or NHS 111" in reply.texts[0], kind
    # Brief §5b: dark urine is checked today; the reply must not claim a pain the client never mentioned.
    assert "You mentioned" not in medical_reply("dark_urine", profile).texts[0]


def test_urgent_advice_reads_naturally(profile):
    for kind in (*SAME_DAY_KINDS, "diagnosis", "symptom"):
        text = medical_reply(kind, profile).texts[0]
        assert "NHS 111 or your GP" not in text and "or your doctor or" not in text


def test_the_safety_net_for_an_unplaced_symptom_gives_the_doctor_and_the_emergency_number(profile):
    text = medical_reply("symptom", profile).texts[0]
    assert "GP or NHS 111" in text and "If this is happening now" in text and "call 999" in text


def test_out_of_scope_replies_are_specific(profile):
    assert "empty" in out_of_scope_reply(profile, Screening.EMPTY).texts[0]
    assert "only answer in English" in out_of_scope_reply(profile, Screening.OTHER_LANGUAGE).texts[0]
    reply = out_of_scope_reply(profile)
    assert reply.topic == "out_of_scope" and "trigger points" in reply.texts[0]


def test_a_high_blood_pressure_referral_is_filed_with_the_contraindications(profile):
    from bot.replies import medical_reply

    reply = medical_reply("blood_pressure", profile)
    assert reply.topic == "contraindications" and reply.extra["kind"] == "referral"
    assert medical_reply("diagnosis", profile).topic == "medical"
