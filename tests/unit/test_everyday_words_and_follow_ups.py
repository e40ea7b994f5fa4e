"""Classes from the misses of safety-blind-53 and understanding-blind-50 (examples written here, not
copied from those sets): everyday idioms that sound like danger, traits told as background, sore
after a session, questions about parts of the body, and the same question about another part."""

import pytest

from bot.another_body_part import part_asked_about
from bot.answer_parts import the_part_that_answers
from bot.clinic_answers import clinic_sections
from bot.emergency_follow_up import turns_to_the_desk
from bot.faq_answering import answer_faq
from bot.faq_store import render_answer
from bot.health_thread import carries_the_thread
from bot.kind_cues import plausible
from bot.knowledge_base import load_knowledge
from bot.medical_requests import find_medical_request
from bot.smalltalk import thanks_for_a_visit
from bot.triage import MEDICAL_INTENT, NLU_FALLBACK_INTENT, TriageDecision, final_intent, triage


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("serious_injury", "is it fine to hit the gym right after my 4pm?"),
        ("serious_injury", "can i hit the road for a run the same evening"),
        ("serious_injury", "we're off on a day trip tomorrow, will I be too sore to walk round?"),
        ("serious_injury", "could you slip me in on thursday"),
        ("fainting", "i dozed off on the table last time, is that embarrassing"),
        ("chest_pain", "ok to break a sweat at spin class the next day?"),
    ],
)
def test_training_and_everyday_idioms_do_not_back_a_classifier_emergency(kind, text):
    assert not plausible(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("serious_injury", "I was hit by a van on my bike an hour ago and my back is agony"),
        ("serious_injury", "she fell down the stairs and can't get up"),
        ("fainting", "he fell asleep and now we can't wake him"),
    ],
)
def test_the_dangers_themselves_are_still_cued(kind, text):
    assert plausible(kind, text)


def test_skipping_training_before_a_session_is_no_medicine_question():
    assert (
        find_medical_request("my legs were wrecked after last time. should i skip the gym the morning before?") is None
    )
    assert find_medical_request("can I skip my run the day before my massage") is None
    request = find_medical_request("I'm on warfarin, should I skip it the day before my massage?")
    assert request is not None and request.kind == "medication"


@pytest.mark.parametrize(
    "text",
    [
        "I've been on apixaban for years. I bruise rather a lot as it is. Would your therapists be willing to see me?",
        "on rivaroxaban and always bruise, would the therapist still be able to treat me?",
        "I take edoxaban daily for my heart rhythm - will your therapists be able to work on me?",
    ],
)
def test_a_blood_thinner_with_bruising_as_a_trait_asked_with_a_visit_is_its_clearance_entry(safety_classifier, text):
    decision = triage(text, [], safety_classifier)
    assert decision.level == "referral" and decision.kind == "clearance:con-blood-thinners"


def test_new_bruising_on_a_blood_thinner_is_still_the_same_day_danger(safety_classifier):
    decision = triage("on warfarin and big dark bruises keep appearing out of nowhere", [], safety_classifier)
    assert decision.kind == "anticoagulant_bruising"


@pytest.mark.parametrize(
    "text",
    [
        "had my massage this morning and now im achy all over, what do i do",
        "got a treatment yesterday and I ache a fair bit, what should I do about it",
        "post massage aches, anything I should do?",
    ],
)
def test_aching_after_a_session_just_had_is_the_aftercare_not_the_doctor(text):
    assert final_intent(TriageDecision(), MEDICAL_INTENT, 0.8, text) == NLU_FALLBACK_INTENT


def test_aching_after_a_session_that_grows_is_still_the_doctor(safety_classifier):
    text = "had my massage 5 days ago and the ache is getting worse, what should I do"
    decision = triage(text, [], safety_classifier)
    assert decision.level is not None
    assert final_intent(decision, MEDICAL_INTENT, 0.8, text) != NLU_FALLBACK_INTENT


def test_sorer_than_before_the_session_is_not_soreness_that_grows():
    assert not plausible("worsening_soreness", "i feel sorer than before i went in, is that right?")
    assert plausible("worsening_soreness", "i feel sorer than yesterday and it's day 4")


def test_blaming_the_therapist_right_after_an_emergency_is_no_plain_front_desk_question():
    # Who the therapists are is not a front-desk matter the emergency leaves alone: "did your therapist do
    # this to me?" after chest pain keeps the step (a wider list let it go; safety-blind-13 caught it).
    assert not turns_to_the_desk("so did your therapist do this to me?? i want to complain", {"therapists"})


def test_whether_to_still_come_stays_with_the_referral_however_long():
    text = (
        "fine, I'll make an appointment with the GP. until then can I still come to my massage on the 14th as planned?"
    )
    assert len(text.split()) > 16
    assert carries_the_thread(text)


@pytest.mark.parametrize(
    "text",
    [
        "should i have a wash before i come in or is it no big deal",
        "what helps between appointments so it doesn't all tighten up again",
    ],
)
def test_words_of_the_front_desk_in_an_everyday_sense_name_no_front_desk_matter(text):
    assert not {"prices", "booking"} & set(clinic_sections(text))


@pytest.mark.parametrize(
    "text",
    ["any appointments left on friday", "are there deals for students", "can I book an appt for next week"],
)
def test_the_front_desk_words_themselves_still_name_it(text):
    assert {"prices", "booking"} & set(clinic_sections(text))


@pytest.mark.parametrize(
    "text",
    [
        "thx for the tips about aching earlier",
        "my sister and I just had our sessions, loved it",
        "that session was brilliant",
    ],
)
def test_praise_for_a_visit_is_a_thank_you(text):
    assert thanks_for_a_visit(text)


def test_praise_with_something_still_wrong_or_a_question_is_not_only_thanks():
    assert not thanks_for_a_visit("the session was great but my hip is still sore")
    assert not thanks_for_a_visit("massage was lovely, how soon can I come again?")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ok and for my neck?", "neck"),
        ("what about the lower back then", "lower back"),
        ("same for shoulders?", "shoulders"),
        ("cool, and my calves too?", "calves"),
    ],
)
def test_the_same_question_about_another_part_names_the_part(text, part):
    assert part_asked_about(text) == part


@pytest.mark.parametrize("text", ["neck?", "my neck is stiff", "and my back hurts when I bend", "what about booking"])
def test_other_messages_are_not_the_same_question_about_another_part(text):
    assert part_asked_about(text) is None


def test_the_last_answer_holds_for_another_part_said_so(kb):
    reply = answer_faq(kb, "and for my lower back?", "nlu_fallback", 0.3, previous_faq_id="aft-ice-or-heat")
    assert reply.faq_id == "aft-ice-or-heat"
    assert reply.texts[0].startswith("For the lower back")
    assert reply.texts[1] == render_answer(kb.faq.get("aft-ice-or-heat"), kb.profile)


def test_another_part_after_the_neck_entry_asks_whether_that_part_is_worked_on(kb):
    reply = answer_faq(kb, "and my glutes?", "nlu_fallback", 0.3, previous_faq_id="ses-neck-work")
    assert reply.faq_id == "ses-glutes-buttocks"


def test_the_neck_entry_is_offered_beside_the_same_answer_for_the_neck(kb):
    reply = answer_faq(kb, "and for my neck?", "nlu_fallback", 0.3, previous_faq_id="aft-ice-or-heat")
    assert any("ses-neck-work" in payload for _, payload in reply.buttons)


@pytest.mark.parametrize(
    "text",
    [
        "do u treat necks?",
        "do you work on hamstrings",
        "can your therapists do my tight calves too",
        "worth a go for my stiff upper back?",
    ],
)
def test_whether_a_part_of_the_body_is_worked_on_is_answered(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.3)
    assert reply.topic in ("session", "trigger_points") and reply.faq_id is not None


def test_how_long_picks_the_usual_course_not_the_caveat():
    answer = (
        "Small bruises usually fade on their own over a few days. "
        "If you're on blood thinners and bleeding won't stop after 20 to 30 minutes, call 999."
    )
    assert the_part_that_answers("how long till it fades", answer).startswith("Small bruises")


def test_someone_elses_condition_before_a_question_only_to_know_is_not_the_clients(safety_classifier):
    text = "My uncle had bypass surgery ages ago and reckons massage keeps him going. So what exactly is a knot?"
    assert triage(text, [], safety_classifier).level is None


def test_someone_elses_condition_with_a_question_that_may_be_theirs_keeps_its_referral(safety_classifier):
    text = "my dad had a heart attack in march, is there any risk to him having a massage?"
    assert triage(text, [], safety_classifier).level == "referral"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("my teenagers drive me mad lol. do your therapists do shoulder work?", "shoulder"),
        ("long day. do u do lower backs", "lower backs"),
    ],
)
def test_whether_a_part_is_worked_on_is_read_in_any_sentence(text, part):
    from bot.another_body_part import part_to_be_worked_on

    assert part_to_be_worked_on(text) == part


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        ("my kids are driving me up the wall. do your therapists do neck trigger point work?", set()),
        ("can my kids come with me", {"under_18s"}),
        ("do you treat my children too", {"under_18s"}),
        ("ok can i get one for tuesday morning", {"booking"}),
    ],
)
def test_children_and_therapists_in_a_story_name_no_front_desk_matter(text, sections):
    assert set(clinic_sections(text)) == sections


def test_a_pets_medicine_is_out_of_scope():
    from bot.out_of_scope import about_something_else

    assert about_something_else("my cat flinches when I stroke her back, what pain relief can I give her")
    assert not about_something_else("my dog pulled me over on a walk and now my shoulder aches")


def test_a_health_matter_asked_beside_a_booking_the_model_read_as_front_desk_gets_its_entry(kb):
    from bot.faq_answering import answer_clinic_question

    text = (
        "My husband has type 1 diabetes and a bit of numbness in his toes, his GP keeps an eye on it. "
        "I want to book him a massage for his birthday. Does the therapist need to know anything about his diabetes?"
    )
    reply = answer_clinic_question(kb, text)
    assert reply.faq_id == "con-diabetes"
    assert "doctor" in reply.texts[0].lower()


def test_a_plain_booking_with_a_condition_named_stays_the_front_desks(kb):
    from bot.faq_answering import answer_clinic_question

    reply = answer_clinic_question(kb, "I have diabetes. can I book online?")
    assert reply.topic == "clinic"


def test_whether_a_part_is_worked_on_after_an_operation_is_the_operations_entry(kb):
    reply = answer_faq(kb, "knee replacement back in june. can you do my thigh?", "nlu_fallback", 0.3)
    assert reply.faq_id == "con-recent-surgery"
