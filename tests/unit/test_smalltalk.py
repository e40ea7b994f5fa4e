import pytest

from bot.smalltalk import looks_like, pure_smalltalk, thanks_for_a_visit
from bot.triage import NLU_FALLBACK_INTENT, TriageDecision, final_intent, triage


@pytest.mark.parametrize(
    ("predicted", "text"),
    [
        ("greet", "how are you today"),
        ("greet", "hi there, i have a question"),
        ("thank", "thanks so much, that was really helpful"),
        ("goodbye", "ok bye, have a nice day"),
        ("goodbye", "that's everything, cheerio"),
        ("greet", "hello, anyone about?"),
        ("thank", "merci beaucoup!"),
        ("greet", "hola!"),
        ("greet", "how r u"),
        ("goodbye", "gn x"),
        ("bot_challenge", "who made you"),
        ("bot_challenge", "am I talking to a real person?"),
        ("ask_capabilities", "what kind of questions can I ask?"),
        ("ask_capabilities", "help"),
    ],
)
def test_real_small_talk_keeps_the_models_intent(predicted, text):
    assert final_intent(triage(text), predicted, 0.9, text) is None


@pytest.mark.parametrize(
    ("predicted", "text"),
    [
        ("goodbye", "can you work on my jaw? i clench my teeth at night and its always tight"),
        ("goodbye", "she only wants her shoulders done, very gently"),
        ("greet", "hello, can I have a massage while breastfeeding?"),
        ("bot_challenge", "what about tmrw, i've got a 10k"),
        ("ask_capabilities", "what about my neck?"),
        # A treatment's help, not the assistant's.
        ("ask_capabilities", "would trigger point help with stiffness from gardening"),
        ("ask_capabilities", "could this help with tight calves from running do you think"),
        # Short follow-ups that carry a goodbye's or a thank-you's words without saying either.
        ("goodbye", "how soon can i get seen"),
        ("goodbye", "ok so who do i see about it"),
        ("goodbye", "later this week any chance?"),
        ("thank", "thank you, and will it hurt much?"),
    ],
)
def test_a_question_filed_under_small_talk_goes_to_the_faq_matcher(predicted, text):
    assert final_intent(triage(text), predicted, 0.9, text) == NLU_FALLBACK_INTENT


@pytest.mark.parametrize(
    ("predicted", "text", "expected"),
    [
        ("faq_trigger_points", "ok cool ty", "thank"),
        ("nlu_fallback", "bye for now", "goodbye"),
        ("out_of_scope", "hiya", "greet"),
    ],
)
def test_bare_small_talk_read_as_a_question_is_small_talk(predicted, text, expected):
    assert final_intent(triage(text), predicted, 0.6, text) == expected


def test_the_pre_visit_checks_yes_and_no_are_never_overruled():
    for predicted in ("affirm", "deny", "unsure", "stop"):
        assert final_intent(triage("ok thanks"), predicted, 0.6, "ok thanks") is None


def test_safety_rules_still_come_first():
    text = "thanks, bye. actually my chest feels tight and heavy"
    assert final_intent(triage(text), "goodbye", 0.9, text) == "emergency"


def test_who_made_you_is_a_question_about_the_bot_whatever_the_model_guessed():
    assert final_intent(triage("who made you?"), "faq_contraindications", 0.52, "who made you?") == "bot_challenge"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok", "affirm"),
        ("kk", "affirm"),
        ("haha ok fair enough", "affirm"),
        ("ok good to know", "affirm"),
        ("you're a star", "thank"),
        ("ur a legend", "thank"),
        ("good evening, hope you're well", "greet"),
        ("how are you doing?", "greet"),
        ("what's your name?", "bot_challenge"),
        ("you're a lifesaver honestly", "thank"),
        ("bonjour ça va", "greet"),
    ],
)
def test_short_acknowledgements_compliments_and_greetings_are_small_talk(text, intent):
    assert pure_smalltalk(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok I'll get her to book then, thanks", "thank"),
        ("great, I'll mention it when I come in", "affirm"),
        ("right, I'll check with my doctor first", "affirm"),
        ("cool, I'll have a think and let you know", "affirm"),
        ("perfect I'll book online later cheers", "thank"),
    ],
)
def test_signing_off_with_what_the_client_will_do_next_is_small_talk(text, intent):
    assert pure_smalltalk(text) == intent


@pytest.mark.parametrize(
    "text", ["ok I'll book for Thursday at 3", "ok I'll ask my GP, but is it safe meanwhile?", "I'll book a 60 please"]
)
def test_a_booking_or_a_question_after_a_sign_off_word_is_not(text):
    assert pure_smalltalk(text) is None


@pytest.mark.parametrize("text", ["ok so what about my neck", "is it ok to eat before?", "lol can you do my calves"])
def test_a_question_that_starts_with_an_acknowledgement_is_not(text):
    assert pure_smalltalk(text) is None


def test_a_booking_question_with_a_greeting_word_is_not_small_talk():
    assert (
        final_intent(TriageDecision(), "greet", 0.8, "are there any spaces thursday afternoon") == NLU_FALLBACK_INTENT
    )


@pytest.mark.parametrize("text", ["wat even is a trigger point lol", "why do i keep getting knots in my upper back"])
def test_a_question_about_trigger_points_the_model_called_out_of_scope_goes_to_the_matcher(text):
    assert final_intent(TriageDecision(), "out_of_scope", 0.6, text) == NLU_FALLBACK_INTENT


@pytest.mark.parametrize(("text", "expected"), [("👍", "affirm"), ("🙏🙏", "thank"), ("ok 👌", "affirm")])
def test_a_reaction_on_its_own_is_read_as_the_words_it_stands_for(text, expected):
    decision = triage(text)
    assert decision.intent is None  # readable, not "I can only read words"
    assert final_intent(decision, "out_of_scope", 0.5, text) == expected


def test_a_thank_you_for_a_visit_is_a_thank_you_but_one_with_a_symptom_or_question_is_not():
    text = "thank you for the session last week, my shoulders feel loads better"
    assert final_intent(triage(text), "faq_aftercare", 0.6, text) == "thank"
    for text in ("thanks for the massage, my neck hurts loads today", "thanks for today! when can I come back?"):
        assert final_intent(triage(text), "faq_aftercare", 0.6, text) != "thank"


def test_small_talk_the_model_gave_the_wrong_kind_keeps_being_small_talk():
    assert final_intent(triage("haha cool"), "thank", 0.7, "haha cool") == "affirm"


@pytest.mark.parametrize(
    "text",
    ["Hey, how's it going?", "hows it going", "how are things", "whats up", "sup", "you ok?", "how is your day going"],
)
def test_asking_how_the_assistant_is_is_a_greeting(text):
    assert pure_smalltalk(text) == "greet"


def test_going_to_is_a_question_not_a_greeting():
    assert pure_smalltalk("how is it going to help") is None


@pytest.mark.parametrize(
    "text",
    ["thank you so much, you've put my mind at rest", "just wanted to say thanks for always being kind when i come in"],
)
def test_a_thank_you_in_its_own_words_is_a_thank_you(text):
    assert thanks_for_a_visit(text)


@pytest.mark.parametrize("text", ["thanks but I need to cancel my appointment", "thanks, will it hurt?"])
def test_a_thank_you_with_a_request_or_a_question_is_not_only_a_thank_you(text):
    assert not thanks_for_a_visit(text)


@pytest.mark.parametrize("text", ["cool c u then", "ok see you thursday", "see u tmrw x", "later", "c ya"])
def test_a_goodbye_that_says_when_is_still_a_goodbye(text):
    assert pure_smalltalk(text) == "goodbye"


@pytest.mark.parametrize("text", ["thursday", "vitamin c?", "see you on thursday for my neck?"])
def test_days_and_letters_alone_are_not_goodbyes(text):
    assert pure_smalltalk(text) != "goodbye"


@pytest.mark.parametrize("text", ["hey r u open 2moro", "hiya, anything free saturday?", "morning! any slots today"])
def test_a_greeting_that_asks_about_opening_or_a_slot_is_not_only_a_greeting(text):
    assert not looks_like("greet", text)


@pytest.mark.parametrize(
    "text",
    [
        "the knot in my shoulder has finally gone after three sessions, just wanted to say thank you",
        "my neck feels loads looser, your therapists are the best",
    ],
)
def test_thanks_for_what_got_better_is_a_thank_you_not_a_symptom(text):
    decision = triage(text)
    assert final_intent(decision, "out_of_scope", 0.6, text) == "thank"


def test_a_compliment_with_something_still_wrong_is_not_only_thanks():
    assert not thanks_for_a_visit("you guys are amazing but my back is still killing me")


def test_thanks_then_a_question_in_a_later_sentence_is_not_only_thanks():
    assert not thanks_for_a_visit("all good thanks. quick q, how long is a first session")
    assert thanks_for_a_visit("thanks so much, how kind of you")


@pytest.mark.parametrize("text", ["nice one", "sorry for all the questions", "brb"])
def test_little_reactions_and_apologies_are_acknowledged(text):
    assert pure_smalltalk(text) == "affirm"


@pytest.mark.parametrize(
    ("predicted", "text"),
    [
        ("greet", "hiya do you do evening appointments"),
        ("greet", "hey can i pay by card"),
        ("bot_challenge", "right robot, where's your car park"),
    ],
)
def test_a_greeting_or_a_name_for_the_bot_before_a_question_is_the_question(predicted, text):
    assert not looks_like(predicted, text), text


@pytest.mark.parametrize("predicted", ["clinic_info", "handoff"])
def test_bare_small_talk_the_model_read_as_a_front_desk_matter_is_small_talk(predicted):
    assert final_intent(TriageDecision(), predicted, 0.9, "how are you doing today?") == "greet"


@pytest.mark.parametrize(
    ("text", "intent"), [("cheers for the help earlier", "thank"), ("ty that was really useful", "thank")]
)
def test_thanks_for_earlier_is_a_thank_you(text, intent):
    assert pure_smalltalk(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "thanks! and for the stiffness should i use heat or ice",
        "cheers, also can you tell me if parking is free",
        "ta very much. do you do gift vouchers",
    ],
)
def test_a_thank_you_that_goes_on_to_ask_is_not_only_a_thank_you(text):
    assert not thanks_for_a_visit(text)
    assert not looks_like("thank", text)


@pytest.mark.parametrize(
    ("text", "intent"), [("gd nite x", "goodbye"), ("thanku", "thank"), ("thnx!!", "thank"), ("nn xx", "goodbye")]
)
def test_thanks_and_goodnights_in_text_shorthand_are_small_talk(text, intent):
    assert pure_smalltalk(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "hiya, I'm from Lithuania, sorry for my english",
        "good morning, my name is Priya and I'm new here",
        "hello, english is not my first language",
    ],
)
def test_a_hello_with_who_the_client_is_is_a_greeting(text):
    assert pure_smalltalk(text) == "greet"


def test_an_introduction_with_a_question_is_not_small_talk():
    assert pure_smalltalk("hi, I'm new here, what happens in a first session?") is None


@pytest.mark.parametrize(
    "text",
    [
        "u there?",
        "you still there",
        "hello?? anyone?",
        "is this thing working",
        "r u awake",
        "hi is this the massage place",
        "am i talking to willowbank therapy?",
        "is this the right number for massage",
        "is this the trigger point clinic?",
        "sorry is this the clinic on orchard row",
        "hello is this the massage clinic near the big tesco",
    ],
)
def test_checking_someone_is_there_or_that_this_is_the_clinic_is_a_greeting(text):
    assert pure_smalltalk(text) == "greet"


@pytest.mark.parametrize(
    "text",
    [
        "is this the massage that hurts",
        "is there parking",
        "are you open sunday",
        "is this the right way to stretch my calf",
    ],
)
def test_a_real_question_that_starts_like_a_check_is_not_a_greeting(text):
    assert pure_smalltalk(text) is None


@pytest.mark.parametrize("text", ["obrigada!", "grazie mille", "obrigado :)", "kiitos!", "merci!!"])
def test_a_thank_you_in_another_language_is_a_thank_you(text):
    assert pure_smalltalk(text) == "thank"


@pytest.mark.parametrize("text", ["what do i call you?", "what should we call u", "What can I call you"])
def test_asking_what_to_call_the_assistant_asks_its_name(text):
    assert pure_smalltalk(text) == "bot_challenge"
    assert looks_like("bot_challenge", text)


@pytest.mark.parametrize("text", ["can a person do that for me?", "could a human sort this for me"])
def test_a_task_for_a_person_is_no_question_about_the_assistant(text):
    from bot.handoff import wants_a_person

    assert pure_smalltalk(text) is None
    assert wants_a_person(text)


@pytest.mark.parametrize(
    ("text", "intent"), [("Guten Tag", "greet"), ("buenos dias!", "greet"), ("merci beaucoup", "thank")]
)
def test_other_languages_greetings_and_thanks(text, intent):
    assert pure_smalltalk(text) == intent


@pytest.mark.parametrize("text", ["good morning! are you the clinic's assistant?", "hi, are you a virtual assistant?"])
def test_asking_whether_it_is_the_assistant(text):
    assert pure_smalltalk(text) == "bot_challenge"


@pytest.mark.parametrize(
    "text, intent",
    [
        ("u r amazing", "thank"),
        ("you're brilliant, honestly", "thank"),
        ("gm!", "greet"),
        ("hey, had my first massage on friday", "greet"),
        ("hi, I came in last week for my back", "greet"),
        ("omg okay", "affirm"),
        ("lovely, all booked 👍", "affirm"),
        ("oops wrong chat, sorry", "affirm"),
    ],
)
def test_praise_greetings_with_news_and_reactions_are_small_talk(text, intent):
    assert pure_smalltalk(text) == intent, text


@pytest.mark.parametrize(
    "text",
    [
        "had my first session on saturday and my calf is sore",
        "great, what time do you open",
        "booked for thursday at 3, is that ok?",
    ],
)
def test_news_or_a_question_beside_them_is_not(text):
    assert pure_smalltalk(text) is None, text


@pytest.mark.parametrize("text", ["and how soon could I get in", "how long till you can see me", "when can we come"])
def test_a_question_of_time_is_never_a_goodbye_whatever_its_words(text):
    assert pure_smalltalk(text) is None
    assert pure_smalltalk("see you soon") == "goodbye"
