import datetime as dt

import pytest

from bot.clinic_answers import clinic_answer, clinic_sections
from bot.clinic_profile import load_profile
from bot.handoff import handoff_reason, handoff_reply, only_contact_details
from bot.input_screening import Screening, screen
from bot.triage import TriageDecision, final_intent

MONDAY_NOON = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
SUNDAY_NOON = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("What are your opening hours?", "hours"),
        ("are you open on saturdays", "hours"),
        ("How do I book an appointment?", "booking"),
        ("How much is a 60-minute session?", "prices"),
        ("What's your cancellation policy?", "cancellation"),
        ("need to reschedule my appt", "cancellation"),
        ("is there parking", "parking"),
        ("do you have wheelchair access", "accessibility"),
        ("where are you located", "location"),
        ("can I pay by card", "payment"),
        ("do you take insurance", "insurance"),
        ("do you sell gift vouchers", "vouchers"),
        ("any appointments today?", "same_day"),
    ],
)
def test_clinic_questions_find_their_section(text, section):
    assert clinic_sections(text)[0] == section


@pytest.mark.parametrize(
    "text",
    [
        "this neck is killing me, can I get in this week?",
        "could i pop in on friday after work",
        "any chance to squeeze in before xmas?",
    ],
)
def test_getting_in_soon_names_booking(text):
    assert "booking" in clinic_sections(text), clinic_sections(text)


def test_answers_read_the_profile(profile):
    text, _ = clinic_answer("How much is a 60-minute session?", profile, MONDAY_NOON)
    assert "60 minutes £62" in text
    text, _ = clinic_answer("How do I book?", profile, MONDAY_NOON)
    assert profile.booking_url in text and profile.phone in text
    text, _ = clinic_answer("What's your cancellation policy?", profile, MONDAY_NOON)
    assert "24 hours" in text


def test_unrecognised_clinic_question_gets_an_overview(profile):
    text, sections = clinic_answer("tell me about the clinic", profile, MONDAY_NOON)
    assert sections == [] and profile.phone in text


def test_handoff_knows_whether_the_front_desk_is_open(profile):
    open_reply = handoff_reply(profile, MONDAY_NOON)
    closed_reply = handoff_reply(profile, SUNDAY_NOON)
    assert "open now (until 19:00)" in open_reply.texts[0]
    assert "closed right now" in closed_reply.texts[0] and "Monday at 09:00" in closed_reply.texts[0]
    assert open_reply.topic == closed_reply.topic == "handoff"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("I want to make a complaint", "complaint"),
        ("I was charged twice", "billing"),
        ("I'd like someone from the clinic to call me back.", "callback"),
        ("Can I speak to a real person?", "person"),
    ],
)
def test_handoff_reasons(text, reason):
    assert handoff_reason(text) == reason


def test_a_condition_that_starts_like_a_front_desk_word_is_not_one():
    assert "parking" not in clinic_sections("I have Parkinson's and my shoulders are really rigid, can you treat that?")
    assert "parking" in clinic_sections("where can I park?")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # The hours and the disability are the story; what is asked is elsewhere
        ("I work 10 hrs a day at a till and my wrists ache. Can trigger points come from scanning shopping?", []),
        # The question names a front-desk matter: the answer leads with it
        ("is it covered by my health fund? I'm on a disability pension", ["insurance", "accessibility"]),
        # A question that leans on the story for its subject
        ("my aunt gave me a voucher. how do I redeem it?", ["vouchers"]),
        # A request in a statement asks too
        ("I'd like to reserve a slot for the week of the 3rd. How does it work?", ["booking"]),
    ],
)
def test_the_front_desk_answers_what_is_asked_not_the_story(text, asked):
    from bot.clinic_answers import asked_sections

    assert asked_sections(text) == asked


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("what if I completely forget and don't turn up?", "cancellation"),
        ("you got anything free next tuesday evening", "booking"),
        ("pencil me in for 3pm then", "booking"),
        ("great, so which dates have you got available?", "booking"),
        ("what times are free next week", "booking"),
    ],
)
def test_front_desk_matters_in_everyday_words(text, section):
    assert section in clinic_sections(text)


@pytest.mark.parametrize(
    ("text", "not_section"),
    [
        # A word inside another word, or the client's own past.
        ("I dislocated my knee years ago, anything I should mention?", "location"),
        ("hurt my back as a teenager playing rugby, should I tell the therapist?", "under_18s"),
        ("which days are you open?", "booking"),
        # "Anything" to do, not a free slot.
        ("legs feel heavy after this morning's massage, anything we should do this evening?", "same_day"),
    ],
)
def test_front_desk_words_inside_other_words_or_the_past_name_no_matter(text, not_section):
    assert not_section not in clinic_sections(text)


def test_do_my_bk_is_the_back_not_booking():
    assert "booking" not in clinic_sections("can u do my bk if i have a cold sore")


def test_asking_for_a_ring_back_or_a_person_is_a_hand_off():
    assert handoff_reason("could someone from reception give me a ring back?") == "callback"
    from bot.handoff import asks_for_a_person

    assert asks_for_a_person("this isn't getting me anywhere, real person pls")


@pytest.mark.parametrize(
    ("text", "about_therapists"),
    [
        ("is it normal to ache after the therapist worked on my calf?", False),
        ("how hard does the therapist actually press?", False),
        ("can I ask for a female therapist?", True),
        ("do I tip the therapist?", True),
    ],
)
def test_the_therapists_section_is_about_who_they_are_not_what_they_do_in_a_session(text, about_therapists):
    assert ("therapists" in clinic_sections(text)) is about_therapists


@pytest.mark.parametrize(
    "text",
    [
        "AGENT",
        "REPRESENTATIVE",
        "customer service pls",
        "could I leave a message for reception please",
        "I'd like to talk to Tom, he's my regular therapist",
    ],
)
def test_a_bare_escape_word_or_a_message_for_someone_is_a_request_for_a_person(text):
    from bot.handoff import wants_a_person

    assert wants_a_person(text)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("can I get changed at yours? coming from the office", "facilities"),
        ("have you got a shower there by any chance", "facilities"),
        ("what happens if I turn up 15 minutes late", "late_arrival"),
        ("if I'm running a few minutes late do I still get the whole 60", "late_arrival"),
        ("I think I left my scarf behind on Tuesday", "lost_property"),
        ("can me and my husband come in together at the same time?", "joint_bookings"),
        ("do you do couples sessions", "joint_bookings"),
        ("what's the minimum age for a massage with you", "under_18s"),
        ("Can I bring my 2 year old with me? No childcare that day", "under_18s"),
        ("is it ok to bring my little one, she's 4 and will sit quietly", "under_18s"),
        ("my grandad is 91 and still gardening, is he too old for this?", "older_clients"),
        ("can my sister wait in the waiting area while I'm in?", "waiting_room"),
        ("do you have wifi there", "waiting_room"),
        ("should I leave a tip for the therapist?", "tipping"),
        ("do therapists still wear masks?", "hygiene"),
        ("are the sheets changed between people?", "hygiene"),
        ("could you send someone to our office for chair massage", "home_visits"),
        # Things to buy, and money from abroad.
        ("do you sell cbd oil", "products"),
        ("do you stock arnica cream by any chance", "products"),
        ("can i buy one of those massage balls from you?", "products"),
        ("do u sell foam rollers at reception", "products"),
        ("And you accept euro?", "payment"),
        ("can I pay in US dollars, I'm visiting", "payment"),
        ("which currencies do you take", "payment"),
        ("im 6'5 and about 130kg, will the table be ok for me lol", "table_size"),
        ("is there a weight limit on the massage table? im 22 stone", "table_size"),
        ("I'm quite a big lady, will I fit on the couch?", "table_size"),
        ("my husband is a big guy, 6ft 4, will he fit on the table?", "table_size"),
    ],
)
def test_visiting_matters_the_profile_answers(text, section, profile):
    assert section in clinic_sections(text), text
    answer, sections = clinic_answer(text, profile, dt.datetime(2026, 12, 2, 10, tzinfo=dt.timezone.utc))
    assert section in sections and answer.strip()


def test_a_charger_is_not_a_charge():
    assert "prices" not in clinic_sections("I forgot my laptop charger in room 2, can you hold on to it?")


@pytest.mark.parametrize(
    "text",
    [
        "could I have a word with Priya about my next few sessions",
        "can you ask someone to ring me back this afternoon",
        "fine, who should I contact then",
    ],
)
def test_a_member_of_staff_by_name_or_someone_to_do_something_is_a_request_for_a_person(text):
    from bot.handoff import asks_for_a_person

    assert asks_for_a_person(text), text


def test_the_clients_own_number_or_email_is_not_a_question_about_the_clinics_contact_details():
    assert "contact" not in clinic_sections("my number is 07700 900123 and my email is jo@example.com")
    assert "contact" in clinic_sections("what's your phone number?")


@pytest.mark.parametrize(
    "text",
    [
        "i get cramps in my calves, where should they press?",
        "I have hypermobility, is deep pressure a bad idea?",
        "can't lift my arm over my head since the summer",
    ],
)
def test_words_that_only_contain_an_access_word_are_not_about_access(text):
    assert "accessibility" not in clinic_sections(text)


@pytest.mark.parametrize(
    "text", ["is there a lift to the first floor?", "are the toilets accessible?", "do you have a ramp at the door?"]
)
def test_access_questions_are_still_about_access(text):
    assert "accessibility" in clinic_sections(text)


@pytest.mark.parametrize("text", ["could u do my lower back 2moro pm?", "can someone see me friday at 4pm please"])
def test_asking_for_a_time_is_a_booking_question(text):
    assert "booking" in clinic_sections(text)


def test_a_muscle_called_minor_is_no_question_about_minors():
    assert "under_18s" not in clinic_sections("can a knot in pec minor or teres minor send pain down my arm?")
    assert "under_18s" in clinic_sections("do you treat minors?")


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("can I pay with visa or only cash", "payment"),
        ("is it possible to invoice my employer", "payment"),
        ("how do i cancel my package", "cancellation"),
        ("could we push the appointment back to next month", "cancellation"),
        ("who's available on saturday morning", "booking"),
    ],
)
def test_everyday_words_for_paying_cancelling_and_booking(text, section):
    assert section in clinic_sections(text), text


def test_an_age_told_in_a_story_is_not_a_question_about_age():
    assert "older_clients" not in clinic_sections("my nan is 84 and had a hip replacement last month, can she come?")
    assert "older_clients" in clinic_sections("is 92 too old for trigger point work?")


# A front-desk word used in another sense names no front-desk matter: each section below is asked
# for in the first list and only mentioned, in another sense, in the second.
_IN_ITS_SENSE = {
    "tipping": [
        "should I tip my therapist?",
        "do people normally tip here",
        "is a tip expected?",
        "can I leave a tip on the card machine",
        "how much should I tip",
        "is tipping a thing at your clinic",
    ],
    "prices": [
        "how much is a 45 minute session",
        "hw much for an hour",
        "what do you charge for 90 mins",
        "how much does a voucher cost",
        "are your rates the same at weekends",
    ],
    "cancellation": [
        "how much notice do you need if I have to cancel",
        "is 24 hours' notice enough to move my slot?",
    ],
    "location": [
        "how far are you from the high street",
        "is there a bus that stops near you",
        "which train station is closest to the clinic",
        "are you near the hospital",
        "can I get there by tube",
    ],
    "hours": [
        "what are your opening hours",
        "are you open on bank holidays",
        "what time do u close tmrw",
        "do you guys do evenings",
        "how about weekends then",
        "any late appointments on thursday evening",
    ],
    "same_day": [
        "anything free this afternoon?",
        "can you fit my husband in today",
        "any chance of getting in tonight",
        "is there a same-day slot",
    ],
    "therapists": [
        "are your therapists qualified?",
        "can I ask for a female therapist",
        "do any of your therapists speak Polish",
        "which therapist is best for sports injuries",
    ],
}
_IN_ANOTHER_SENSE = {
    "tipping": [
        "any tips for getting to sleep after a session?",
        "thanks for all the tips!",
        "tips to stop the knots coming back",
        "my grandad keeps tipping to one side when he walks",
        "the tip of my shoulder blade aches",
    ],
    "prices": [
        "how much should it hurt when she presses?",
        "how much pressure do you use on the neck",
        "how much water should I drink afterwards",
        "how much longer will the soreness last",
        "my watch says my resting heart rate is 52",
        "how do you deal with the tender bits",
    ],
    "location": [
        "how far apart should my sessions be",
        "she worked near my shoulder blade and it tingled",
        "I feel like I've been hit by a bus after yesterday",
        "numb bum from three hours on the train lol",
        "how far should I press into the knot myself",
    ],
    "hours": [
        "I'm at a desk ten hours a day, can knots come from that?",
        "my back is stiff by the evening most days",
        "did the garden all weekend and my shoulders are done in",
        "how close to a race is too close for a deep session",
        "good evening, just a quick question about aftercare",
    ],
    "same_day": [
        "had a blood test this morning, is that a problem for massage",
        "a bit sore today after yesterday's session, normal?",
        "who's playing in the match tonight",
        "what can I do for it tonight",
    ],
    "therapists": [
        "my therapist said the pain in my head comes from my neck, how?",
        "should the therapist avoid where I inject my insulin?",
        "will the therapist walk on my back?",
        "can the therapist tell if it's a knot or something else",
        "do your therapists work on the jaw",
    ],
}


@pytest.mark.parametrize("section, text", [(s, t) for s, texts in _IN_ITS_SENSE.items() for t in texts])
def test_a_front_desk_matter_asked_for_is_named(section, text):
    assert section in clinic_sections(text)


@pytest.mark.parametrize("section, text", [(s, t) for s, texts in _IN_ANOTHER_SENSE.items() for t in texts])
def test_a_front_desk_word_in_another_sense_names_no_front_desk_matter(section, text):
    assert section not in clinic_sections(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've lost a lot of weight without trying",
        "I have lost a fair bit of feeling in my feet",
        "we lost a friend last month and I'm so tense",
    ],
)
def test_losing_weight_feeling_or_a_person_is_no_lost_property(text):
    assert "lost_property" not in clinic_sections(text)


@pytest.mark.parametrize(
    "text, sections",
    [
        # Asking for a time or a price matter is not asking what the clinic offers.
        ("do you have anything friday", ["booking"]),
        ("do you have any space next tuesday?", ["booking"]),
        ("do you do student discounts", ["prices"]),
        # What the clinic offers.
        ("do you do hot stone massage?", ["services"]),
        ("do you have anything for plantar fasciitis?", ["booking", "services"]),
    ],
)
def test_do_you_have_asks_for_a_time_or_a_price_as_well_as_a_service(text, sections):
    from bot.clinic_answers import asked_sections

    assert asked_sections(text) == sections


@pytest.mark.parametrize(
    "text, sections",
    [
        ("bk pain since xmas, wat shd i do", []),
        ("can i bk in for friday", ["booking"]),
        ("I've got a few spots on my shoulders, will the therapist mind?", []),
        ("are your therapists qualified?", ["therapists"]),
    ],
)
def test_back_pain_in_shorthand_and_what_a_therapist_minds_are_no_front_desk_matters(text, sections):
    from bot.clinic_answers import asked_sections

    assert asked_sections(text) == sections


@pytest.mark.parametrize(
    ("text", "section"),
    [("can i buy a voucher from you", "vouchers"), ("can I buy a block of 5 sessions from you", "prices")],
)
def test_buying_sessions_or_vouchers_is_not_buying_products(text, section):
    assert "products" not in clinic_sections(text) and section in clinic_sections(text)


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to lie on the table if i have a big bruise",
        "will i be able to lie on the table",
        "how will I lie on the table",
    ],
)
def test_lying_on_the_table_is_not_a_question_of_size(text):
    assert "table_size" not in clinic_sections(text)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("what days is Sam working?", "therapists"),
        ("hiya is jo in on saturday", "therapists"),
        ("Is Tomasz working tomorrow?", "therapists"),
        ("i've moved house, how do i update my address with you", "contact"),
        ("does the clinic do fillers at all", "services"),
        ("could i get my brows done there as well", "services"),
        ("will a parent have to be present for my son's session", "under_18s"),
        ("do you need parental consent", "under_18s"),
        ("which days does Priya work", "therapists"),
        ("is the treatment room on the ground floor? I use a stick", "accessibility"),
        ("my mum needs a walker, is it upstairs?", "accessibility"),
        ("ok can I get thursday afternoon", "booking"),
        ("could we do friday at 4?", "booking"),
        ("will you send the confirmation to me or him?", "booking"),
        ("my teenage son wants to come, is that ok", "under_18s"),
    ],
)
def test_who_works_when_access_a_day_asked_and_a_teenager_are_front_desk_matters(text, section):
    assert section in clinic_sections(text)


@pytest.mark.parametrize(
    "text",
    [
        "what should i do after my session tonight?",
        "can i eat before my massage this afternoon",
        "is it ok to shower after my appointment today",
    ],
)
def test_a_visit_already_booked_for_today_is_no_same_day_request(text):
    assert "same_day" not in clinic_sections(text)


@pytest.mark.parametrize(
    "text",
    [
        "do you have any male therapists?",
        "can I see the same lady each time?",
        "how long have your therapists been practising",
    ],
)
def test_who_the_therapists_are_is_the_therapists_section(text):
    assert "therapists" in clinic_sections(text)


@pytest.mark.parametrize("text", ["07700 900123", "my number is +44 7700 900123", "jo.bloggs@example.com thanks"])
def test_contact_details_sent_alone_are_told_where_they_reach_the_team(text):
    assert screen(text) is Screening.OK
    assert only_contact_details(text) and handoff_reason(text) == "details"
    decision = TriageDecision()
    assert final_intent(decision, "out_of_scope", 0.6, text) == "handoff"
    reply = handoff_reply(load_profile(), MONDAY_NOON, "details")
    assert "can't pass on" in reply.texts[0] and reply.topic == "handoff"


@pytest.mark.parametrize(
    "text", ["my number is 07700 900123, will I be sore after?", "call me on 07700 900123 about my back"]
)
def test_contact_details_with_a_question_are_not_only_details(text):
    assert not only_contact_details(text)
