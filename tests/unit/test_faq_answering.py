"""How the FAQ action treats unsure turns, bare yes/no/stop, and named entries."""

import pytest

from bot.faq_answering import answer_faq, answer_out_of_scope, clearance_reply, illness_before_a_visit
from bot.faq_store import render_answer
from bot.input_screening import Screening
from bot.knowledge_base import load_knowledge


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_a_clicked_suggestion_answers_exactly_that_entry(kb):
    reply = answer_faq(kb, '/faq_session{"faq_id":"ses-what-to-wear"}', "faq_session", 1.0, faq_id="ses-what-to-wear")
    assert reply.faq_id == "ses-what-to-wear"


def test_contraindication_answers_offer_the_pre_visit_check(kb):
    reply = answer_faq(kb, "can I have a massage if I'm pregnant", "faq_contraindications", 0.95)
    assert reply.topic == "contraindications"
    assert "doctor" in reply.texts[0].lower() or "midwife" in reply.texts[0]
    assert ("Check if I'm ready to book", "/start_previsit_check") in reply.buttons


def test_bare_yes_or_stop_outside_the_check_is_acknowledged(kb):
    for intent, text in (("affirm", "yes"), ("stop", "never mind"), ("deny", "no")):
        reply = answer_faq(kb, text, intent, 0.9)
        assert reply.topic == "smalltalk" and reply.faq_id is None


@pytest.mark.parametrize("text", ["ok great thx", "right cheers", "kk ta"])
def test_an_acknowledgement_with_thanks_after_an_answer_is_thanks_not_the_answer_again(kb, text):
    reply = answer_faq(kb, text, "affirm", 0.9, previous_faq_id="tp-does-it-work")
    assert (reply.topic, reply.faq_id, reply.extra.get("kind")) == ("smalltalk", None, "thanks"), text


def test_thanks_right_after_an_emergency_answer_gets_the_step_again(kb):
    reply = answer_faq(kb, "ok thanks", "affirm", 0.9, after_emergency="chest_pain")
    assert reply.topic == "emergency"


def test_a_stop_question_about_the_session_is_still_answered(kb):
    reply = answer_faq(
        kb, "if i dont like it can i just stop the session?", "stop", 0.6, runner_up=("faq_session", 0.36)
    )
    assert reply.topic == "session"
    offered = [reply.faq_id] + [payload for _, payload in reply.buttons]
    assert any("ses-speaking-up" in (item or "") for item in offered)


def test_unsure_front_desk_question_is_answered_from_the_profile(kb):
    reply = answer_faq(
        kb, "do you sell gift vouchers? one for my sister", "nlu_fallback", 0.4, runner_up=("clinic_info", 0.2)
    )
    assert reply.topic == "clinic" and "vouchers" in reply.texts[0]


def test_unsure_health_worry_still_says_what_to_do(kb):
    reply = answer_faq(kb, "feeling funny", "nlu_fallback", 0.4, runner_up=("emergency", 0.3))
    assert "999" in reply.texts[0] and "doctor" in reply.texts[0]


def test_capabilities_question_gets_the_capabilities_reply(kb):
    reply = answer_faq(kb, "what can you do?", "ask_capabilities", 0.9)
    assert reply.topic == "smalltalk" and "trigger points" in reply.texts[0]


def test_a_short_follow_up_the_model_misread_as_capabilities_is_answered_in_context(kb):
    reply = answer_faq(kb, "how long does that last?", "ask_capabilities", 0.6, previous_faq_id="aft-soreness-normal")
    assert reply.topic == "aftercare" and reply.faq_id is not None


@pytest.mark.parametrize(
    ("text", "intent", "previous", "expected"),
    [
        # Whatever topic the model guessed, or the previous answer was about.
        ("and do i pay before or after", "faq_aftercare", "aft-painkillers", "card"),
        ("need to cancel my 10am tmrw sorry, something came up with the kids", "faq_contraindications", None, "notice"),
        ("can I use a gift voucher?", "faq_session", None, "voucher"),
    ],
)
def test_front_desk_matters_get_the_clinics_answer(kb, text, intent, previous, expected):
    reply = answer_faq(kb, text, intent, 0.9, previous_faq_id=previous)
    assert reply.topic == "clinic"
    assert expected in reply.texts[0].lower()


def test_a_health_question_that_mentions_paying_is_still_an_faq_answer(kb):
    reply = answer_faq(kb, "can I have a massage if I'm pregnant? I'll pay by card", "faq_contraindications", 0.9)
    assert reply.topic == "contraindications"


def test_a_symptom_question_some_entries_fit_gets_them_with_what_to_do_if_it_is_worrying(kb):
    # An ordinary question with a body word ("can trigger points cause tingling?") is not
    # sent to the doctor because the matcher was unsure; it gets the options and the net.
    reply = answer_faq(kb, "pins and needles and sore neck", "nlu_fallback", 0.3, symptom=True)
    assert reply.extra["kind"] == "clarify" and reply.buttons
    assert reply.topic != "medical"
    assert "GP or NHS 111" in reply.texts[0] and "999" in reply.texts[0]


def test_a_symptom_question_one_entry_clearly_fits_gets_its_answer_with_what_to_do_if_it_is_worrying(kb):
    # "sore and tingly" most likely asks about numbness after a session: answered, runner-up offered,
    # and the same safety note as the choice above.
    reply = answer_faq(kb, "sore and tingly", "nlu_fallback", 0.3, symptom=True)
    assert reply.faq_id == "aft-numbness-after" and reply.buttons
    assert "GP or NHS 111" in reply.texts[-1] and "999" in reply.texts[-1]
    plain = answer_faq(kb, "sore and tingly", "nlu_fallback", 0.3)
    assert plain.faq_id == "aft-numbness-after" and len(plain.texts) == len(reply.texts) - 1


def test_a_symptom_nothing_fits_gets_the_referral_and_the_emergency_number(kb):
    reply = answer_faq(kb, "qqq zzz", "nlu_fallback", 0.3, symptom=True)
    assert reply.topic == "medical" and reply.extra["reason"] == "symptom"
    assert "999" in reply.texts[0]


def test_ok_after_an_emergency_answer_gets_the_step_again_not_what_would_you_like_to_know(kb):
    reply = answer_faq(kb, "ok", "affirm", 0.9, after_emergency="overdose")
    assert reply.topic == "emergency" and "999" in reply.texts[0]
    crisis = answer_faq(kb, "ok", "affirm", 0.9, after_emergency="suicidal_thoughts")
    assert kb.profile.crisis_line in crisis.texts[0]
    assert answer_faq(kb, "ok", "affirm", 0.9).topic != "emergency"


def test_a_real_question_after_an_emergency_answer_is_answered(kb):
    reply = answer_faq(kb, "what should I wear to my appointment?", "faq_session", 0.95, after_emergency="")
    assert reply.faq_id == "ses-what-to-wear"


def test_a_clarification_after_an_emergency_answer_is_not_taken_as_ok(kb):
    text = "lol sorry no, I mean my nose gets squashed in the face cradle and I can't breathe through it"
    assert answer_faq(kb, text, "nlu_fallback", 0.4, after_emergency="breathing").topic != "emergency"


def test_in_a_long_story_the_question_is_matched_not_the_story(kb):
    from bot.question_focus import question_part

    story = (
        "My sister bought me a gift voucher for my birthday last month. I have never had a massage before "
        "and I am quite nervous about it. My shoulders are always tight from work. Will trigger point therapy hurt?"
    )
    assert question_part(story) == "Will trigger point therapy hurt?"
    assert answer_faq(kb, story, "faq_session", 0.6).faq_id == "ses-does-it-hurt"


def test_a_front_desk_question_no_entry_fits_gets_the_clinic_s_answer(kb):
    reply = answer_faq(kb, "how far are you from the train station, i don't drive", "nlu_fallback", 0.3)
    assert reply.topic == "clinic" and "station" in reply.texts[0].lower()


def test_everyday_words_inside_other_words_name_no_front_desk_section():
    from bot.clinic_answers import clinic_sections

    assert clinic_sections("feeling funny and it really opened up my business shoulders nearly") == []


@pytest.mark.parametrize(
    ("text", "entry"),
    [("football tmrw?", "aft-exercise")],
)
def test_a_clear_best_guess_is_answered_with_the_runner_up_offered_not_asked_about(kb, text, entry):
    result = kb.matcher.match(text)
    assert result.confidence.value == "possible" and result.good_guess
    reply = answer_faq(kb, text, "nlu_fallback", 0.3)
    assert reply.faq_id == entry
    runner_up = result.candidates[1].entry.id
    assert any(runner_up in payload for _, payload in reply.buttons)


def test_a_question_the_model_read_as_a_no_is_not_acknowledged_as_one(kb):
    reply = answer_faq(kb, "and is it alright to turn down a technique i'm not keen on", "deny", 0.7)
    assert reply.extra.get("kind") != "acknowledgement"


def test_the_answer_just_given_is_not_given_again_to_a_follow_up(kb):
    previous = kb.faq.get("tp-diagnosis")
    for text in ("how long do they hold it for", "and what if it gets too much"):
        result = kb.matcher.match(text, previous=previous)
        assert all(c.entry.id != previous.id for c in result.candidates)


def test_asking_the_same_question_again_in_its_own_words_still_gets_it(kb):
    previous = kb.faq.get("ses-oil-or-lotion")
    result = kb.matcher.match(previous.phrasings[0], previous=previous)
    assert result.best.id == previous.id


@pytest.mark.parametrize(
    ("text", "runner_up", "expected"),
    [
        # Front-desk matters no FAQ entry fits, whatever topic the model half-guessed.
        (
            "is there a cancellation list i can go on? you're fully booked next week",
            ("faq_session", 0.2),
            "waiting list",
        ),
        ("any chance of a late slot after work on thursdays", ("faq_session", 0.2), "opening hours"),
        ("if I don't turn up will I still be charged", ("faq_session", 0.2), "notice"),
        (
            "my wife booked it but put it in my name, can you change the name on the booking",
            ("faq_session", 0.2),
            "notice",
        ),
        # Visiting questions only the clinic's profile answers.
        ("could a therapist come out to my house instead?", ("clinic_info", 0.3), "home visits"),
        ("are dogs allowed in with me?", ("clinic_info", 0.3), "Assistance dogs"),
        ("do you offer a free consultation before I commit?", ("clinic_info", 0.3), "health intake"),
        ("does my GP have to give me a referral?", ("clinic_info", 0.3), "don't need a doctor's referral"),
    ],
)
def test_front_desk_and_visiting_matters_get_the_clinic_s_own_answer(kb, text, runner_up, expected):
    reply = answer_faq(kb, text, "nlu_fallback", 0.4, runner_up=runner_up)
    assert reply.topic == "clinic" and expected in reply.texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to eat beforehand",
        "If I buy a block of 5 is it cheaper?",
        "whats the easiest way to get to you by bus from the centre",
        # A plain front-desk matter in the asking sentence, however much story comes first.
        "is it rude not to tip? I never know the etiquette",
        "could you text me the day before as a reminder, my memory is shocking these days",
        "my lad had glandular fever in the spring but he's right as rain now and back at rugby. he's 16, can he book?",
        "if I bought a block of six would there be any sort of deal",
    ],
)
def test_a_clinic_question_the_model_filed_as_out_of_scope_is_answered(kb, text):
    reply = answer_out_of_scope(kb, text)
    assert reply.topic != "out_of_scope", reply.texts


@pytest.mark.parametrize(
    "text",
    [
        "how do I get my toddler to sleep through the night",
        "my dog is limping, can I massage him?",
        "who won the match",
        # Another business's time or a place near the clinic is not the front desk's matter.
        "what time does the chemist on the corner shut",
        "any decent sushi near you? starving",
        "what's the weather doing this weekend",
    ],
)
def test_a_message_about_something_else_stays_out_of_scope(kb, text):
    assert answer_out_of_scope(kb, text).topic == "out_of_scope"


def test_a_message_the_screening_could_not_read_is_not_matched(kb):
    reply = answer_out_of_scope(kb, "¿hablas español?", Screening.OTHER_LANGUAGE)
    assert reply.topic == "out_of_scope" and "English" in reply.texts[0]


def test_what_a_client_rules_out_does_not_choose_the_entry(kb):
    text = "before I book: no heart problems, no blood pressure issues, not pregnant. do I still need to fill in the health form?"
    reply = answer_faq(kb, text, "faq_contraindications", 0.6)
    assert reply.faq_id not in ("con-heart-pacemaker", "con-high-blood-pressure", "con-pregnancy")


@pytest.mark.parametrize(
    "text",
    ["woke up with a temp of 38 and aching all over, my appt is at 2", "got a fever and flu, appointment tomorrow"],
)
def test_a_fever_before_a_visit_gets_the_postpone_answer_with_the_same_day_advice(kb, text):
    reply = illness_before_a_visit(kb, text)
    assert reply is not None and reply.faq_id == "con-fever-illness"
    assert "medical advice today" in reply.texts[-1]


def test_a_fever_with_a_skin_sign_keeps_the_doctor_s_answer(kb):
    assert illness_before_a_visit(kb, "temp of 39 and a rash on my tummy, should I cancel tomorrow?") is None


@pytest.mark.parametrize(
    "text",
    [
        "what if she only does a gentle version?",
        "could you just work on my other leg then",
        "surely a relaxing one that avoids the area would be fine?",
    ],
)
def test_a_way_round_a_clearance_gets_the_clearance_again(kb, text):
    reply = answer_faq(kb, text, "faq_session", 0.9, previous_faq_id="con-dvt")
    assert reply.faq_id == "con-dvt", reply.texts
    assert "OK first" in reply.texts[0] and "doctor" in " ".join(reply.texts).lower()


def test_a_way_round_an_entry_that_needs_no_clearance_is_answered_as_usual(kb):
    reply = answer_faq(kb, "what if she just avoids the tattoo?", "faq_session", 0.9, previous_faq_id="ses-tattoos")
    assert "OK first" not in " ".join(reply.texts)


def test_an_acknowledgement_that_names_the_front_desk_s_business_is_answered(kb):
    reply = answer_faq(
        kb, "hey yeah i need an appointment for my neck asap", "affirm", 0.8, runner_up=("goodbye", 0.04)
    )
    assert reply.topic == "clinic", reply.texts


@pytest.mark.parametrize(
    ("text", "sections", "expected"),
    [("n 90?", ["prices"], "prices"), ("and if i just don't turn up", ["cancellation"], "cancellation")],
)
def test_a_terse_follow_up_read_as_a_no_carries_on_from_the_front_desk_answer(kb, text, sections, expected):
    reply = answer_faq(kb, text, "deny", 0.8, previous_sections=sections)
    assert reply.topic == "clinic" and expected in reply.extra.get("sections", []), reply.texts


def test_a_clearance_answer_also_answers_the_front_desk_question_beside_it(kb):
    reply = clearance_reply(kb, "con-pregnancy", "my partner's expecting, can I buy her a gift voucher for after?")
    assert reply.faq_id == "con-pregnancy" and "vouchers" in reply.extra["sections"]
    plain = clearance_reply(kb, "con-pregnancy", "I'm 20 weeks pregnant, is massage ok?")
    assert "sections" not in plain.extra


def test_a_question_word_with_a_filler_is_a_follow_up_to_the_last_answer(kb):
    reply = answer_faq(kb, "how long tho", "faq_session", 0.6, previous_faq_id="aft-soreness-normal")
    assert reply.faq_id == "aft-how-long-soreness", reply.texts


@pytest.mark.parametrize(
    "text",
    [
        "feel feverish and achy all over the day after my massage, is that the toxins coming out?",
        "had a temperature since my session on tuesday, should i be worried",
        "running a fever following yesterday's treatment, normal?",
    ],
)
def test_a_fever_after_the_treatment_is_not_the_postpone_answer(kb, text):
    assert illness_before_a_visit(kb, text) is None


@pytest.mark.parametrize(
    "text", ["how long should I wait then", "when can I come back?", "ok so how soon can i book in"]
)
def test_asking_how_long_to_wait_after_a_clearance_gets_the_clearance_again(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, previous_faq_id="con-recent-surgery")
    assert reply.faq_id == "con-recent-surgery", reply.texts
    assert "for your doctor" in reply.texts[0]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "bit embarrassing but I've got athletes foot. should I cancel or is it fine since you're only doing my back?",
            "con-skin-wounds",
        ),
        ("tested positive for covid yesterday but feel fine, can I keep my booking?", "con-fever-illness"),
        ("had my flu jab in my right arm this morning, can you still do my shoulders this arvo", "con-skin-wounds"),
        ("I have scabies, just started the cream. when can I come back?", "con-skin-wounds"),
        ("got a cold, should i cancel tomorrow?", "con-fever-illness"),
    ],
)
def test_whether_to_keep_a_booking_because_of_a_health_matter_is_the_contraindication_s_question(kb, text, entry):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5)
    assert reply.faq_id == entry, (reply.faq_id, reply.texts)


def test_cancelling_for_someone_else_s_illness_stays_with_the_front_desk(kb):
    reply = answer_faq(kb, "need to cancel, my kid is sick", "nlu_fallback", 0.5)
    assert reply.topic == "clinic" and "cancellation" in reply.extra["sections"]


@pytest.mark.parametrize(
    "text",
    [
        "so can I come or not? just want my lower back done, nowhere near it",
        "can you just do my neck then, nowhere near the scar?",
    ],
)
def test_insisting_or_working_somewhere_else_after_a_clearance_gets_the_clearance_again(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, previous_faq_id="con-recent-surgery")
    assert reply.faq_id == "con-recent-surgery" and "OK first" in reply.texts[0]


def test_someone_else_s_fever_with_pain_is_not_the_postpone_answer(kb):
    text = "My brother he have pain in stomach on right side since yesterday and also fever. Massage can help him?"
    assert illness_before_a_visit(kb, text) is None


def test_an_unmistakable_front_desk_question_the_model_filed_as_out_of_scope_is_answered(kb):
    reply = answer_out_of_scope(kb, "wots the soonest u could squeeze me in, back is wrecked from work")
    assert reply.topic == "clinic"


def test_a_clearance_matter_played_down_after_its_answer_still_needs_the_doctor(kb):
    reply = answer_faq(kb, "it's only a baby aspirin though", previous_faq_id="con-blood-thinners")
    assert reply.extra.get("faq_id", "con-blood-thinners") == "con-blood-thinners"
    assert "doctor" in " ".join(reply.texts)


@pytest.mark.parametrize(
    "text", ["book me in pls", "my husband and I both want to book. he's the one with the stiff neck."]
)
def test_a_booking_said_not_asked_gets_the_booking_answer(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, runner_up=("start_previsit_check", 0.5))
    assert reply.topic == "clinic" and "book" in reply.texts[0].lower(), reply


@pytest.mark.parametrize(
    "text", ["can i bk a neck massage for fri, on apixaban fyi", "book me in for tues pls, had my knee recon 4 wks ago"]
)
def test_a_booking_that_names_a_medical_matter_is_not_passed_over_as_a_plain_booking(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, runner_up=("faq_contraindications", 0.5))
    assert reply.topic != "clinic", reply


def test_a_booking_with_a_question_in_it_is_answered_as_the_question(kb):
    text = "first time booking, what actually happens in one of these sessions"
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, runner_up=("faq_session", 0.5))
    assert reply.topic == "session", reply


@pytest.mark.parametrize(
    "text",
    [
        "my partner is 30 weeks pregnant and I could do with some me time, anything free saturday?",
        "my mum has osteoporosis and I'm desperate for a back massage, can I book for thursday?",
    ],
)
def test_someone_elses_condition_is_the_story_not_the_clients_question(kb, text):
    reply = answer_faq(kb, text, "faq_contraindications", 0.6)
    assert reply.topic == "clinic", (text, reply.texts)


def test_their_own_question_about_them_keeps_the_condition(kb):
    reply = answer_faq(kb, "my partner is 30 weeks pregnant, can she have a massage?", "faq_contraindications", 0.6)
    assert reply.faq_id == "con-pregnancy"


def test_a_visiting_question_is_answered_whatever_the_story_sentence_matches(kb):
    reply = answer_faq(kb, "Can you come out to my house? I can't drive at the moment.", "faq_aftercare", 0.5)
    assert reply.topic == "clinic" and "home" in reply.texts[0]


def test_a_visit_booked_for_them_keeps_their_condition():
    from bot.medical_requests import clearance_entry

    assert clearance_entry("Booking for my dad please, he's 80 with osteoporosis. Anything free Friday?") == (
        "con-osteoporosis"
    )
    assert clearance_entry("I take apixaban, can I have a massage? booking for my wife and me together") == (
        "con-blood-thinners"
    )


def test_what_a_booking_question_rules_out_is_not_what_it_asks(kb):
    reply = answer_faq(
        kb, "not diabetic, no pacemaker, no clots. can I book online then?", "faq_contraindications", 0.6
    )
    assert reply.topic == "clinic", reply.texts


def test_a_cancellation_question_the_model_called_out_of_scope_is_answered(kb):
    reply = answer_out_of_scope(kb, "will I be charged if I cancel on the day? my son's off school with a bug")
    assert reply.topic == "clinic" and "cancel" in reply.texts[0].lower()


def test_openings_is_a_booking_word_not_opening_hours():
    from bot.clinic_answers import clinic_sections

    assert clinic_sections("any openings on thursday afternoon?") == ["booking"]


def test_the_clients_own_contact_details_are_not_the_question(kb):
    text = "my mobile is 07700 900456, email sam@example.org, how long does the soreness last?"
    reply = answer_faq(kb, text, "nlu_fallback", 0.3)
    assert reply.faq_id == "aft-how-long-soreness", reply.texts


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("¿Qué precio tiene el masaje de 45 minutos?", "prices"),
        ("Est-ce que vous êtes ouverts le samedi matin ?", "hours"),
        ("Wie kann ich einen Termin vereinbaren?", "booking"),
        ("Posso cancelar a minha consulta de amanhã?", "cancellation"),
        ("Dove si trova il vostro studio?", "location"),
        ("周日营业吗？", "hours"),
    ],
)
def test_a_front_desk_question_in_another_language_gets_the_facts_in_english(kb, text, section):
    screening = Screening.OTHER_LANGUAGE
    reply = answer_out_of_scope(kb, text, screening)
    assert reply.topic == "clinic" and section in reply.extra["sections"], text
    assert reply.texts[0].startswith("Sorry, I can only answer in English.")
    assert kb.profile.phone in reply.texts[0]


@pytest.mark.parametrize(
    "text",
    ["Ich habe seit gestern Kopfschmerzen", "¿Qué tiempo hace hoy en Madrid?", "what's the weather like on sunday"],
)
def test_anything_else_in_another_language_stays_a_polite_english_only_reply(kb, text):
    assert answer_out_of_scope(kb, text, Screening.OTHER_LANGUAGE).topic == "out_of_scope"


@pytest.mark.parametrize("text", ["and the phone number?", "what email do I use", "what time do you close fridays"])
def test_a_short_question_only_a_front_desk_answers_is_answered_whatever_the_model_said(kb, text):
    assert answer_out_of_scope(kb, text).topic == "clinic", text


def test_an_illness_with_should_i_cancel_is_answered_by_the_illness_not_the_cancellation_policy(kb):
    from bot.faq_answering import answer_clinic_question

    reply = answer_clinic_question(
        kb, "came down with ringworm on my arm, contagious apparently. should I cancel tuesday?"
    )
    assert reply.faq_id == "con-skin-wounds"


@pytest.mark.parametrize(
    ("read_as", "topic"), [("clinic_info", "clinic"), ("handoff", "handoff"), ("out_of_scope", "out_of_scope")]
)
def test_a_front_desk_question_the_notes_do_not_answer_is_the_front_desks(kb, read_as, topic):
    # Nothing in the profile or the FAQ says where to lock a scooter: the model's read of the
    # message decides whose business the "no good answer" (with the desk's number) is.
    reply = answer_faq(
        kb, "is there somewhere safe to lock up a scooter?", "nlu_fallback", 0.4, runner_up=(read_as, 0.8)
    )
    assert reply.extra["kind"] == "unanswered" and reply.topic == topic
    assert kb.profile.phone in reply.texts[0]


def test_a_short_follow_up_the_matcher_cannot_place_alone_is_read_with_the_clients_last_question(kb):
    text = "what do you normally use"
    alone = answer_faq(kb, text, intent="nlu_fallback", intent_confidence=0.5)
    assert alone.extra.get("kind") == "unanswered"
    joined = answer_faq(
        kb,
        text,
        intent="nlu_fallback",
        intent_confidence=0.5,
        previous_message="can I bring my own oil? I'm allergic to nuts",
    )
    assert joined.topic == "session" and "oil" in joined.texts[0].lower(), joined.texts


def test_a_front_desk_follow_up_stays_the_front_desks_whatever_came_before(kb):
    reply = answer_faq(
        kb, "and how much", intent="nlu_fallback", intent_confidence=0.5, previous_message="do you do couples massage"
    )
    assert reply.topic == "clinic"


@pytest.mark.parametrize("text", ["perfect", "lovely", "thanku", "ok great", "what's the weather doing saturday lol"])
def test_an_acknowledgement_or_another_subject_after_a_front_desk_answer_is_not_more_front_desk(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, previous_sections=["vouchers"])
    assert reply.topic != "clinic", reply.texts


@pytest.mark.parametrize("text", ["and how long are they valid", "can i transfer it to my partner"])
def test_a_short_question_after_a_front_desk_answer_is_still_the_front_desks(kb, text):
    reply = answer_faq(kb, text, "nlu_fallback", 0.5, previous_sections=["vouchers"])
    assert reply.topic == "clinic", reply.texts


@pytest.mark.parametrize(
    "text",
    [
        "whats the cost of trigger point therapy",
        "Hi, I have a stiff back from my job, I think it is the muscles. How much costs the massage of trigger point?",
    ],
)
def test_a_price_question_is_the_price_list_whatever_else_it_names(kb, text):
    reply = answer_faq(kb, text, "faq_trigger_points", 0.9)
    assert reply.topic == "clinic" and "prices" in reply.extra.get("sections", ())


def test_a_health_story_before_a_front_desk_question_gets_the_front_desk(kb):
    text = "Shoulders are wrecked after a week of decorating. When is the soonest slot you have?"
    reply = answer_faq(kb, text, "ask_medical", 0.6)
    assert reply.topic == "clinic"


@pytest.mark.parametrize(
    "text", ["right, can I book the next one for a fortnight on friday?", "could I book in for next tuesday at 4pm"]
)
def test_booking_a_day_is_the_front_desk_not_the_spacing_of_sessions(kb, text):
    assert answer_faq(kb, text, "faq_aftercare", 0.9).topic == "clinic"


def test_how_soon_to_book_again_is_still_the_aftercare_answer(kb):
    assert (
        answer_faq(kb, "how soon should I book in again after my first session?", "faq_aftercare", 0.9).faq_id
        == "aft-next-session"
    )


def test_a_referral_pattern_is_referred_pain_not_a_doctors_referral(kb):
    reply = answer_faq(
        kb, "the ache spreads from my shoulder blade to my arm, is that a referral pattern?", "faq_trigger_points", 0.9
    )
    assert "referral" not in reply.extra.get("sections", ())


def test_a_remark_on_the_answer_just_given_is_taken_in_not_left_unanswered(kb):
    reply = answer_faq(
        kb, "honestly I'm grand now, felt good to let it out", "nlu_fallback", previous_faq_id="aft-emotional-after"
    )
    assert reply.topic == "smalltalk" and "letting me know" in reply.texts[0]


def test_a_remark_that_names_a_health_matter_is_not_waved_through(kb):
    reply = answer_faq(kb, "I had a clot in my leg a while ago", "nlu_fallback", previous_faq_id="ses-chaperone")
    assert "letting me know" not in reply.texts[0]


def test_a_fever_after_a_visit_named_a_message_before_gets_the_postpone_answer(kb):
    reply = illness_before_a_visit(kb, "woke up with a temperature and a cough", "my appointment is on monday")
    assert reply is not None and reply.faq_id == "con-fever-illness"


def test_a_fever_in_the_evening_after_a_session_is_not_a_visit_to_postpone(kb):
    assert illness_before_a_visit(kb, "and now I feel hot and cold and feverish tonight") is None
    assert (
        illness_before_a_visit(kb, "feeling shivery now", "my thigh is hot and spreading red where she worked") is None
    )


@pytest.mark.parametrize(
    "text, entry",
    [
        ("I was 12 weeks when I first came and I'm now 30 weeks, can I still come?", "con-pregnancy"),
        ("I first came when I was 12 weeks and now I'm 30 weeks along, ok to keep coming?", "con-pregnancy"),
        ("started coming when I was 20 weeks but I'm 34 weeks pregnant now, still ok to book?", "con-pregnancy"),
        ("I'm 30 weeks along, ok to keep coming?", "con-pregnancy"),
        ("my GP put me on apixaban last week, can I continue my monthly treatment?", "con-blood-thinners"),
        ("on warfarin now since my dvt, fine to carry on?", "con-blood-thinners"),
    ],
)
def test_a_matter_stated_after_a_when_still_needs_clearance(text, entry):
    """'when' supposes only until a new statement ("and I'm now 30 weeks"); keeping on coming is asking to come.
    ("on warfarin since my dvt" names two matters; both are said.)"""
    from bot.medical_requests import clearance_entries

    assert entry in clearance_entries(text)


@pytest.mark.parametrize(
    "text",
    [
        "can I come when I'm pregnant?",
        "what if I was pregnant, could I book?",
        "can I come if I'm on blood thinners?",
        "is it ok to book while I'm on warfarin",
    ],
)
def test_a_matter_only_supposed_is_the_faqs_own_question(text):
    from bot.medical_requests import clearance_entry

    assert clearance_entry(text) is None


@pytest.mark.parametrize(
    "text, before",
    [
        (
            "it wakes me up every night, its worse lying down and ive had a temp on and off this week",
            "ok booking for tmrw then. for my lower back",
        ),
        ("got a fever and my back pain is worse at night, should I still come on friday?", ""),
    ],
)
def test_a_fever_with_pain_at_night_is_not_a_visit_to_postpone(kb, text, before):
    """Back pain with a fever or at night is the doctor's today (brief §5b); the triage answers it."""
    assert illness_before_a_visit(kb, text, before) is None


@pytest.mark.parametrize("text", ["anywhere i should avoid", "whats better for a stiff neck", "any tips for after"])
def test_a_question_without_its_mark_is_not_taken_as_a_remark(kb, text):
    from bot.faq_answering import _only_remarks

    assert not _only_remarks(text)


def test_a_remark_on_the_answer_is_still_taken_in(kb):
    from bot.faq_answering import _only_remarks

    assert _only_remarks("I feel fine now, it was more of a release than anything")


@pytest.mark.parametrize(
    "text, entries",
    [
        (
            "is soreness after a massage normal, and can I go running the next day?",
            {"aft-soreness-normal", "aft-exercise"},
        ),
        ("what should I wear, and what happens at the first appointment?", {"ses-what-to-wear", "ses-first-session"}),
        (
            "does trigger point therapy actually work? also do I need to drink loads of water after",
            {"tp-does-it-work", "aft-drink-water"},
        ),
    ],
)
def test_two_questions_in_one_message_get_both_answers(kb, text, entries):
    reply = answer_faq(kb, text, "nlu_fallback", 0.0)
    answered = {
        e.id for e in kb.faq.entries if any(t.startswith(render_answer(e, kb.profile)[:40]) for t in reply.texts)
    }
    assert entries <= answered, reply.texts


def test_one_question_gets_one_answer(kb):
    assert len(answer_faq(kb, "will I be sore after trigger point therapy?", "faq_aftercare", 0.9).texts) == 1


@pytest.mark.parametrize(
    "text, entry",
    [
        ("would my bum muscles be massaged too?", "ses-glutes-buttocks"),
        ("is it alright to ask for glute work or is that strange", "ses-glutes-buttocks"),
        ("anything I shouldn't eat after my session?", "aft-eating-after"),
        ("is there any food I should avoid after trigger point therapy?", "aft-eating-after"),
    ],
)
def test_new_everyday_questions_have_their_entries(kb, text, entry):
    assert answer_faq(kb, text, "nlu_fallback", 0.0).faq_id == entry


@pytest.mark.parametrize("before", ["what if I'm ill on the day?", "and if I'm feeling unwell?"])
def test_a_fever_after_asking_about_being_ill_is_about_the_visit(kb, before):
    reply = illness_before_a_visit(kb, "I've got a temperature of 38 now", before)
    assert reply is not None and reply.faq_id == "con-fever-illness"


@pytest.mark.parametrize("text", ["could I come in today for that?", "any chance of a slot today for it"])
def test_asking_for_today_after_an_answer_gets_the_same_day_booking_answer(kb, text):
    reply = answer_faq(
        kb,
        text,
        "nlu_fallback",
        0.0,
        previous_faq_id="aft-stiff-next-day",
        previous_message="my neck is stiff this morning",
    )
    assert reply.topic == "clinic" and "same-day" in reply.texts[0], reply.texts


def test_whose_thing_it_is_does_not_hide_the_thing_asked_about(kb):
    reply = answer_faq(kb, "what about one of those massage guns my sister has", "nlu_fallback", 0.0)
    assert reply.faq_id == "aft-massage-gun", reply


def test_less_than_a_day_s_notice_is_a_cancellation_question():
    from bot.clinic_answers import clinic_sections

    assert clinic_sections("what if it's less than a day's notice?") == ["cancellation"]
    assert clinic_sections("can you fit me in at short notice?") != ["cancellation"]


def test_the_referral_thing_after_pain_felt_elsewhere_when_pressed_is_referred_pain_not_a_doctor_s_referral(kb):
    from bot.clinic_answers import clinic_sections

    story = "when my therapist pushed on my upper back I felt a tingle down into my hand, is that the referral thing?"
    assert "referral" not in clinic_sections(story)
    assert clinic_sections("can my physio send a referral thing over?") == ["referral"]
    assert answer_faq(kb, story, "nlu_fallback", 0.0).faq_id == "tp-referred-pain"


def test_a_child_s_fever_is_a_cancellation_question_not_the_client_s_illness(kb):
    text = "my youngest has a temperature, I may need to cancel tomorrow, will I be charged?"
    assert illness_before_a_visit(kb, text) is None
    assert "notice" in " ".join(answer_faq(kb, text, "clinic_info", 0.9).texts)
