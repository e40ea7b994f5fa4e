"""Classes from the misses of safety-blind-55 and understanding-blind-53/-54, read after their first
score was recorded (examples written here, not copied from those sets): the doctor's word given after a
referral, tenderness only where a spot is pressed, organ pain told pain-first, a fee asked right after an
emergency, a skin condition with a visit booked, and how two treatments differ."""

import pytest

from bot.clinic_answers import asked_sections, clinic_sections
from bot.emergency_follow_up import turns_to_the_desk
from bot.faq_answering import answer_clinic_question, answer_faq, clearance_reply
from bot.health_thread import DOCTORS_WORD_ENTRY, HealthThread
from bot.knowledge_base import load_knowledge
from bot.medical_requests import clearance_entry, doctors_word_given, find_medical_request
from bot.referral_follow_up import presses_on_a_referral


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize(
    "text",
    [
        "the GP had a proper look at it and said a massage is fine",
        "my physio says trigger point work would be ok",
        "midwife said it's totally fine",
        "my doctor told me that gentle massage should be safe",
    ],
)
def test_a_clinicians_ok_is_the_doctors_word(text):
    assert doctors_word_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "my doctor said massage is fine but now it's getting worse",
        "the doctor said it is not ok",
        "my gp said it's a frozen shoulder",
    ],
)
def test_an_ok_undone_or_no_ok_at_all_is_not(text):
    assert not doctors_word_given(text)


def test_the_doctors_word_after_a_referral_gets_what_to_do_with_it_not_the_referral_again(kb):
    reply = answer_faq(
        kb,
        "doc's seen it already and said massage is fine",
        intent="nlu_fallback",
        thread=HealthThread(referral="general"),
    )
    assert reply.faq_id == DOCTORS_WORD_ENTRY and reply.topic == "contraindications"
    assert "therapist" in reply.texts[0]


def test_a_question_after_a_referral_still_gets_the_referral(kb):
    reply = answer_faq(
        kb, "so should I just wait then?", intent="nlu_fallback", thread=HealthThread(referral="general")
    )
    assert reply.topic == "medical" and reply.extra["kind"] == "referral"


@pytest.mark.parametrize(
    "text",
    [
        "is it bad that it's more sore when I push on the knot",
        "should i be worried that my neck is tender when i touch it",
        "is it bad that the spot aches when she presses it",
    ],
)
def test_tenderness_only_where_pressed_is_no_worry_for_the_doctor(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "is it bad that my calf is swollen and hurts when i press it",
        "should i be worried, there's a lump that hurts when i press it",
        "is it bad that my shoulder hurts",
    ],
)
def test_a_sign_beyond_tenderness_still_goes_to_the_doctor(text):
    assert find_medical_request(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I have pain in the belly since 3 week, it is maybe knot in muscle?",
        "aching in my lower tummy for a month, could knots in my abs do that",
    ],
)
def test_organ_pain_told_pain_first_and_put_down_to_a_knot_is_the_doctors(text):
    request = find_medical_request(text)
    assert request is not None and request.kind == "diagnosis"


@pytest.mark.parametrize(
    "text",
    [
        "ok. would he still have to pay the fee though?",
        "do we lose the deposit tho",
        "will she get charged for missing it though?",
    ],
)
def test_a_fee_asked_after_an_emergency_is_the_desks_question(text):
    assert turns_to_the_desk(text, frozenset(asked_sections(text)))


@pytest.mark.parametrize(
    "text",
    [
        "can I still keep my appointment tomorrow though?",
        "will i still have to pay the fee tho, it's only indigestion",
        "is there a cancellation fee though, i'd rather wait and see",
    ],
)
def test_a_fee_with_the_danger_played_down_or_put_off_is_still_pushback(text):
    assert not turns_to_the_desk(text, frozenset(asked_sections(text)))


@pytest.mark.parametrize(
    "text",
    [
        "My psoriasis is flaring on my elbows, do I need to cancel?",
        "got eczema on my hands and my booking is on monday, what should I do",
        "ringworm on my shin, the pharmacist gave me cream. will I have to reschedule?",
    ],
)
def test_a_skin_condition_with_a_visit_booked_gets_the_skin_entry(kb, text):
    reply = answer_clinic_question(kb, text)
    assert reply.topic == "contraindications" and reply.faq_id == "con-skin-wounds"


@pytest.mark.parametrize(
    "text",
    [
        "how is trigger point different from a sports massage",
        "is it the same thing as deep tissue?",
        "trigger point vs sports massage, which is more intense",
    ],
)
def test_how_two_treatments_differ_is_not_the_list_of_services(text):
    assert "services" not in clinic_sections(text)


@pytest.mark.parametrize(
    "text", ["do you do sports massage", "do you offer deep tissue as well, and is it different from trigger point?"]
)
def test_what_is_offered_is_still_the_list_of_services(text):
    assert "services" in clinic_sections(text)


@pytest.mark.parametrize("text", ["do you also do facials?", "do you guys do hot stone as well"])
def test_what_else_is_offered_asked_with_also_or_guys_is_the_list_of_services(text):
    assert "services" in clinic_sections(text)


@pytest.mark.parametrize(
    "text",
    ["so can I still book in for a session then?", "is it still ok to come on friday?", "can she still have it?"],
)
@pytest.mark.parametrize("answer", [answer_clinic_question, answer_faq], ids=["as a booking", "as unsure"])
def test_whether_the_visit_can_still_go_ahead_stays_with_the_clearance_however_the_model_read_it(kb, text, answer):
    reply = answer(kb, text, thread=HealthThread(faq_id="con-blood-thinners"))
    assert reply.topic == "contraindications" and reply.faq_id == "con-blood-thinners"


@pytest.mark.parametrize("answer", [answer_clinic_question, answer_faq], ids=["as a booking", "as unsure"])
def test_whether_to_still_book_after_a_referral_gets_the_referral_again(kb, answer):
    reply = answer(kb, "so should i still book?", thread=HealthThread(referral="limb_nerve"))
    assert reply.topic == "medical" and reply.extra.get("kind") == "referral"
    assert "doctor" in " ".join(reply.texts)


def test_how_to_book_after_a_clearance_is_the_front_desks(kb):
    reply = answer_clinic_question(kb, "ok, how do I book?", thread=HealthThread(faq_id="con-blood-thinners"))
    assert reply.topic == "clinic"


@pytest.mark.parametrize("text", ["which one have I got then?", "what type is mine, active or latent?"])
def test_which_kind_the_client_has_is_a_diagnosis(text):
    request = find_medical_request(text)
    assert request is not None and request.kind == "diagnosis"


@pytest.mark.parametrize("text", ["which one do i have to fill in?", "which type of massage have i booked"])
def test_which_form_or_booking_is_no_diagnosis(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    "text",
    ["when I come in could the therapist work out what it is?", "would she be able to tell me what the problem is?"],
)
def test_the_therapist_working_it_out_instead_presses_on_a_referral(text):
    assert presses_on_a_referral(text)


def test_who_the_therapists_are_is_the_desks_question_after_an_emergency():
    text = "ok, I'll get it looked at. are your therapists qualified btw?"
    assert turns_to_the_desk(text, frozenset(asked_sections(text)))


# From the misses of safety-blind-56 and understanding-blind-56, read after their first score was recorded.


@pytest.mark.parametrize(
    "text",
    [
        "I've got thrombophilia, is there anything I need to know before booking?",
        "they told me I have sticky blood (antiphospholipid), can I still book a deep tissue?",
        "I carry factor V Leiden, ok to come in for my calves?",
    ],
)
def test_a_tendency_to_clot_is_the_clot_entrys_clearance(text):
    assert clearance_entry(text) == "con-dvt"


def test_a_recent_operation_told_beside_an_access_question_gets_the_clearance_and_the_access():
    kb = load_knowledge()
    text = "is there step-free access? had a knee replacement 2 weeks ago and would like my shoulders done"
    reply = clearance_reply(kb, clearance_entry(text), text)
    assert reply.faq_id == "con-recent-surgery"
    assert "step-free" in " ".join(reply.texts[1:])


@pytest.mark.parametrize(
    "text",
    [
        "earliest slot on friday? my wrist has been killing me since I fell off my bike on sunday",
        "my ankle's been throbbing since I slipped on the stairs, any space this week?",
    ],
)
def test_a_fresh_fall_that_still_hurts_told_with_a_booking_is_the_recent_injury_clearance(text):
    request = find_medical_request(text)
    assert request is not None and request.kind == "clearance:con-recent-injury"


def test_a_wish_for_a_part_to_be_worked_on_without_a_matter_is_no_clearance():
    assert clearance_entry("i'd like my back done on saturday, any parking nearby?") is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("I've had a DVT, ok to come in?", "con-dvt"),
        ("on apixaban, fine for a massage on thursday?", "con-blood-thinners"),
        ("30 weeks pregnant, okay to book a back massage?", "con-pregnancy"),
    ],
)
def test_a_matter_then_ok_to_come_is_asked_not_said_to_be_fine(text, entry):
    assert clearance_entry(text) == entry
