"""Classes from the misses of safety-blind-54, understanding-blind-51 and -52 (examples written here, not
copied from those sets): a red-flag detail added in a short follow-up, pressure told by its effect,
feeding a baby, and pushing back on a clearance by keeping the matter quiet or arguing for a massage."""

import pytest

from bot.faq_answering import answer_faq, proposes_a_way_round
from bot.kind_cues import plausible
from bot.medical_requests import find_medical_request
from bot.red_flags import find_dangers
from bot.smalltalk import pure_smalltalk
from bot.triage import EMERGENCY, describes_symptom, triage


@pytest.fixture(scope="module")
def kb():
    from bot.knowledge_base import load_knowledge

    return load_knowledge()


@pytest.mark.parametrize(
    "text",
    [
        "the ache shoots down both legs now",
        "it's started spreading into both of my legs",
        "and now the pain's travelling down through both arms",
    ],
)
def test_pain_that_spreads_into_both_limbs_is_a_nerve_matter(text):
    assert "limb_nerve" in [kind.id for kind in find_dangers(text)]


@pytest.mark.parametrize(
    "text",
    ["the pain runs down my left leg when I sit for long", "can trigger points send pain down the leg?"],
)
def test_pain_down_one_leg_is_not_the_both_limbs_rule(text):
    assert "limb_nerve" not in [kind.id for kind in find_dangers(text)]


def test_a_spreading_pain_added_a_turn_after_the_back_pain_is_referred(safety_classifier):
    decision = triage(
        "now it's going down into both legs",
        ["my lower back has been bad for a fortnight, would a trigger point session help?"],
        safety_classifier,
    )
    assert decision.level is not None


@pytest.mark.parametrize(
    "text",
    [
        "the deep work on my calves was so intense I could hardly breathe haha, softer next time?",
        "that back massage was too firm, I couldn't breathe lol. can she go easier?",
    ],
)
def test_pressure_told_by_its_effect_is_no_airway(text):
    assert "breathing" not in [kind.id for kind in find_dangers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "the pain in my chest was so intense I could barely breathe",
        "the massage was so hard I couldn't breathe and I still can't now",
        "after the session my throat got so tight I could hardly breathe",
    ],
)
def test_breathlessness_that_is_or_names_the_chest_is_still_the_danger(text):
    assert {kind.id for kind in find_dangers(text)} & {"breathing", "chest_pain"}


def test_feeding_a_baby_is_no_cue_of_a_chest_danger():
    assert not plausible("chest_pain", "is it fine to have a massage while I'm breastfeeding my little one?")
    assert not plausible("chest_pain", "do I need to bring my breast pump, I'm expressing every 3 hours")
    assert plausible("chest_pain", "a crushing pain in my breast bone going into my arm")


@pytest.mark.parametrize(
    "text",
    [
        "and if I just don't put it on the form?",
        "do I really have to tell the therapist about it",
        "could I not mention it, nobody would know",
        "surely a light massage would help him unwind a bit?",
        "but wouldn't the treatment do her good with all the stress?",
    ],
)
def test_keeping_a_matter_quiet_or_arguing_for_a_massage_is_a_way_round(text):
    assert proposes_a_way_round(text)


@pytest.mark.parametrize("text", ["how do I fill in the form?", "what do I need to tell the therapist?"])
def test_plain_questions_about_the_form_are_not_a_way_round(text):
    assert not proposes_a_way_round(text)


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        ("con-blood-thinners", "what if I leave it off the intake form?"),
        ("con-cancer", "surely a gentle massage would just help her relax?"),
    ],
)
def test_a_way_round_a_clearance_gets_the_clearance_again(kb, entry, text):
    reply = answer_faq(kb, text, "faq_contraindications", 0.6, previous_faq_id=entry)
    assert reply.faq_id == entry
    assert "OK first" in reply.texts[0]


def test_the_emergency_level_is_untouched_by_a_pressure_figure(safety_classifier):
    decision = triage(
        "that neck work was so intense I could barely breathe lol, lighter next time please", [], safety_classifier
    )
    assert decision.level != EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "fell off my bike and my kneecap has slid off to one side, could you pop it back in?",
        "my shoulder came out at rugby, can your therapist put it back",
        "the consultant reckons it's a frozen shoulder, can trigger point work sort it out?",
    ],
)
def test_a_joint_put_back_or_a_named_condition_to_be_sorted_is_the_doctors(text):
    request = find_medical_request(text)
    assert request is not None and request.kind in ("treatment", "clearance:con-recent-injury")


@pytest.mark.parametrize(
    "text",
    [
        "my knee is a bit achy, can you push it back a week?",
        "can I put it back in the diary for next month?",
        "my shoulder's tight, could we move it back to 4pm?",
    ],
)
def test_moving_an_appointment_is_no_joint_put_back(text):
    assert find_medical_request(text) is None


def test_soreness_the_day_after_someone_elses_massage_is_its_usual_after_effect(safety_classifier):
    decision = triage(
        "my dad had his massage here yesterday and he says his back is a bit sore today", [], safety_classifier
    )
    assert decision.level != EMERGENCY
    worse = triage(
        "my dad had his massage yesterday, today his neck is stiff and he has a sudden awful headache",
        [],
        safety_classifier,
    )
    assert worse.level == EMERGENCY


def test_a_health_matter_asked_beside_the_price_gets_its_entry_and_the_prices(kb):
    from bot.faq_answering import answer_clinic_question

    reply = answer_clinic_question(
        kb, "type 1 diabetic and my toes are numb most days now, could you still do my calves and how much is 45 mins"
    )
    assert reply.faq_id == "con-diabetes"
    assert len(reply.texts) == 2 and "£" in reply.texts[1]


def test_two_front_desk_questions_stay_with_the_front_desk(kb):
    from bot.faq_answering import answer_clinic_question

    reply = answer_clinic_question(kb, "how much is an hour and can I pay with my phone")
    assert reply.faq_id is None and reply.topic == "clinic"


@pytest.mark.parametrize(
    "text",
    ["ok great, I'll check with my GP first, thanks", "ok thank you, I'll ask the midwife at my next appointment"],
)
def test_taking_the_clearance_advice_is_no_new_matter(safety_classifier, text):
    decision = triage(text, ["I'm 18 weeks pregnant, can I book a back massage?"], safety_classifier)
    assert decision.level is None


def test_a_matter_added_after_asking_to_come_still_needs_its_clearance(safety_classifier):
    decision = triage(
        "ok thanks, I'm on warfarin though", ["can I book a back massage for saturday?"], safety_classifier
    )
    assert decision.kind == "clearance:con-blood-thinners"


@pytest.mark.parametrize(
    ("text", "entry"),
    [("and how often?", "tp-self-massage-how-often"), ("ok and how long should I hold it there?", "tp-self-massage")],
)
def test_a_short_follow_up_stays_in_the_thread_the_model_reads_elsewhere(kb, text, entry):
    reply = answer_faq(
        kb,
        text,
        "faq_session",
        0.8,
        previous_faq_id="tp-self-massage",
        previous_message="can I do this myself at home?",
    )
    assert reply.faq_id == entry


def test_a_follow_up_that_asks_for_the_session_itself_leaves_the_thread(kb):
    reply = answer_faq(
        kb,
        "and how often should I come in for sessions?",
        "faq_session",
        0.8,
        previous_faq_id="tp-self-massage",
        previous_message="can I do this myself at home?",
    )
    assert reply.topic == "session"


@pytest.mark.parametrize("text", ["u a bot or what", "are you even a real person lol", "is this a robot or not"])
def test_asking_if_it_is_a_bot_with_fillers_is_a_bot_challenge(text):
    assert pure_smalltalk(text) == "bot_challenge"


@pytest.mark.parametrize(
    "text",
    [
        "morning! I'm here for my 9.30, checking in",
        "hiya just arrived for my 4pm with Alex",
        "we're here for our booking",
    ],
)
def test_arriving_at_the_front_desk_is_a_greeting(text):
    assert pure_smalltalk(text) == "greet"


@pytest.mark.parametrize("text", ["I'm here for my 2pm but my calf is swollen", "just arrived, where do I park?"])
def test_arriving_with_something_more_is_not_only_a_greeting(text):
    assert pure_smalltalk(text) is None


@pytest.mark.parametrize("text", ["and 45 mins?", "what about an hour and a half", "n half an hour then?"])
def test_a_bare_length_after_the_prices_asks_its_price(kb, text):
    reply = answer_faq(
        kb, text, "faq_session", 0.8, previous_message="how much for 60 minutes?", previous_sections=["prices"]
    )
    assert reply.topic == "clinic" and "£" in reply.texts[0]


def test_a_length_asked_as_a_question_of_its_own_is_still_the_session_entry(kb):
    reply = answer_faq(
        kb,
        "and how long is a session?",
        "faq_session",
        0.8,
        previous_message="how much for 60 minutes?",
        previous_sections=["prices"],
    )
    assert reply.faq_id == "ses-appointment-length"


def test_a_front_desk_follow_up_after_an_entry_and_the_desk_goes_to_the_desk(kb):
    reply = answer_faq(
        kb,
        "and do they run out?",
        "faq_contraindications",
        0.6,
        previous_faq_id="con-pregnancy",
        previous_message="my sister is 25 weeks pregnant, could I get her a gift voucher?",
        previous_sections=["vouchers"],
    )
    assert reply.topic == "clinic" and reply.faq_id is None


def test_two_matters_that_need_clearance_are_both_answered(kb):
    from bot.faq_answering import clearance_reply
    from bot.medical_requests import clearance_entries

    text = "I'm 16 weeks along with twins and on apixaban for a clot, is it ok to book a back massage?"
    assert clearance_entries(text)[:2] == ["con-pregnancy", "con-blood-thinners"]
    reply = clearance_reply(kb, "con-pregnancy", text)
    assert len(reply.texts) == 2 and "bruis" in reply.texts[1]


def test_one_matter_gets_one_answer(kb):
    from bot.faq_answering import clearance_reply

    reply = clearance_reply(kb, "con-blood-thinners", "I take rivaroxaban, can I still come for deep tissue?")
    assert len(reply.texts) == 1


@pytest.mark.parametrize("text", ["ok. wot if im sore afta?", "k wat if i feel sore aftr"])
def test_texting_spellings_of_what_if_keep_the_soreness_hypothetical(text):
    assert not describes_symptom(text)


def test_numbness_gone_the_moment_the_position_ends_is_no_live_symptom():
    assert not describes_symptom(
        "my fingers tingle holding the steering wheel but it wears off once I let go, do you treat forearms?"
    )
    assert describes_symptom("my fingers have been tingling for days and it won't go away")


def test_a_sure_entry_for_one_matter_is_joined_by_the_other_matters_clearance(kb):
    reply = answer_faq(
        kb,
        "pregnant (14 wks) and on enoxaparin injections, is trigger point work out of the question?",
        "faq_contraindications",
        0.9,
    )
    said = " ".join(reply.texts)
    assert reply.faq_id in ("con-pregnancy", "con-blood-thinners")
    assert "bruis" in said and "midwife" in said


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("what do I wear for it and do you take card", "ses-what-to-wear"),
        ("how many sessions will I need and can I claim it on my health insurance?", "ses-how-many-sessions"),
    ],
)
def test_an_faq_question_and_a_front_desk_question_joined_by_and_get_both_answers(kb, text, entry):
    reply = answer_faq(kb, text, "faq_session", 0.7)
    assert reply.faq_id == entry
    assert len(reply.texts) == 2 and reply.extra.get("sections")


def test_an_acknowledgement_then_a_question_is_not_taken_as_a_remark(kb):
    reply = answer_faq(
        kb, "great. can i go for a swim the same evening", "faq_aftercare", 0.7, previous_faq_id="ses-how-many-sessions"
    )
    assert reply.topic != "smalltalk"


@pytest.mark.parametrize(
    "text",
    [
        "the migraines have more or less stopped since I started coming, could I drop to every six weeks?",
        "my hip is so much better since my sessions, do I still need weekly ones?",
    ],
)
def test_a_complaint_better_since_the_sessions_began_is_a_progress_report_not_a_symptom(text):
    assert not describes_symptom(text)
    assert describes_symptom("the tingling stopped since I started coming but now my arm feels weak")
