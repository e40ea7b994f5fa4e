"""The concept rules (brief §5): dangers found however clients phrase them, and not where they are not."""

import pytest

from bot.input_screening import MAX_MESSAGE_CHARS
from bot.red_flags import find_dangers, find_red_flag
from bot.safety_kinds import EMERGENCY, SAME_DAY

EMERGENCIES = {
    "chest_pain": [
        # Without the word "pain" (issue #9), plurals and misspellings
        "there's a heavy pressure on my chest like a band",
        "my left arm feels heavy and my jaw aches, i'm sweating",
        "weird weight on my chest and i feel sick",
        "my chest pians are bad",
        "chest pains since lunch",
        "I have crushing chest pain and I'm sweating.",
        "my chest feels tight and heavy and i feel sick",
        "feels like an elephant on my chest",
        "pain down my left arm and my jaw hurts",
        "Chest hurts when I breathe in",
        "i think im having a heart attack",
    ],
    "breathing": [
        "I can't catch my breath",
        "struggling to breathe after my massage",
        "im really short of breath",
        # A severe allergic reaction: the airway closing, in lay words.
        "the oil you used earlier... my throat's closing up a bit and my face is puffy",
        "my lips and tongue are swelling up after the nut oil",
        "throat feels like its closing, had prawns an hour ago",
        "cant swallow properly and my throat is swollen",
    ],
    "stroke_signs": [
        "my husband is here, his mouth has gone down on one side and he's talking funny",
        "My dad's face is drooping and his speech is slurred.",
        "one side of my face feels droopy",
        "my words are coming out wrong",
        "suddenly I can't see properly out of one eye",
        "my right arm went numb and weak 20 mins ago and my face feels weird on one side",
        "had my neck done yesterday, now i get dizzy n see double when i turn my head",
    ],
    "thunderclap_headache": [
        # Formal words for how it began, or that it is like no headache before
        "I have an agonising headache of sudden onset and my neck has become rigid",
        "a blinding headache unlike any I have ever had came on while I was lifting",
        "my neck has gone stiff and I have a headache of abrupt onset",
        "sudden terrible headache and my neck is stiff",
        "really sudden headache and i keep vomiting, worst ever",
        "worst headache of my life right now",
        "headache came on like a thunderclap",
    ],
    "pulmonary_embolism": [
        "My calf is swollen and hot and now I'm short of breath.",
        "coughing up blood after the long flight and my leg is swollen",
        "coughing up blood this morning",
    ],
    "cauda_equina": [
        "my back is bad and I'm numb when i wipe",
        "back pain and now I can't pass urine",
        "back pain and I can't control my bladder",
        "numb between my legs and my back is agony",
        "I can't feel when I wipe",
        "both legs going numb with this back pain",
    ],
    "fainting": [
        "I passed out after the session",
        "my wife just collapsed",
        # Unresponsive in lay words
        "my mum's gone all floppy in the chair and isn't responding when I talk to her",
    ],
    "serious_injury": [
        "my mum has osteoporosis and she slipped in the kitchen",
        "hurt my back in a car crash this morning",
        "my dad slipped in the shower, now his back is agony and he cant get up",
        "I'm after coming off the motorbike on the N7, back is in agony. any chance ye could fit me in today?",
    ],
    "suicidal_thoughts": [
        "I don't want to live anymore.",
        "everyone would be better off without me",
        "i want to end it all",
        "thinking about suicide",
        # Said beside a session, still about life.
        "honestly I cant take it anymore, not even the massages help, I want it all to stop",
        "my friend says she has a plan to end her life tonight",
        # Indirect (issue #9)
        "i wish i could go to sleep and not wake up",
        "honestly everyone would find things easier without me",
        "i've written goodbye letters to my kids",
        "i just want everything to stop",
        "so tired of life",
        "i want die, no more",
        "i'm just a burden to everyone",
        # Euphemisms
        "if this next round of treatment doesnt work im checking out for good",
        "don't worry about rebooking me, I won't be a problem much longer",
        "i'm ready to join my late wife, i've sorted the house",
        "i've worked out how i'll do it",
        "going to end it after my appointment on saturday. just want to be relaxed for once before I do",
        "no I mean it, I've been saving up my tablets",
        "is there a pressure point you can press hard enough that you just don't wake up",
    ],
    "overdose": [
        "I've taken a load of pills",
        # A medicine the rules do not list by name is still an overdose, not a treat
        "i think i overdosed on my sertraline",
        "i took the whole box of paracetamol an hour ago",
        "my flatmate swallowed all her sleeping tablets with vodka",
        "i chewed up all my tramadol",
    ],
    "non_blanching_rash": [
        # The glass test and the triad a parent is told to watch for (NHS: call 999)
        "she has little purple spots that don't fade when I roll a glass over them",
        "non-blanching rash on his legs and he's very sleepy",
        "temp of 39.2, stiff neck and the light hurts his eyes",
    ],
    "uncontrolled_bleeding": [
        "on rivaroxaban, my nose has been pouring for about 35 minutes now and it won't stop even pinching it",
        "I'm on warfarin and cut my hand, it's been bleeding through tea towels for about 40 minutes and won't stop",
        # A wound still bleeding through a cloth, despite pressure, or long after
        "sliced my thumb on a tin about 25 mins ago and it's still gushing even with kitchen roll pressed on it",
        "my son gashed his knee on glass half an hour ago, it keeps bleeding through the bandage",
        "it's bled right through two tea towels now",
    ],
}


SAME_DAY_DANGERS = {
    "clot_signs": ["my left calf is swollen, red and really painful", "one leg is hot and swollen since my massage"],
    "back_pain_fever_night": [
        "back pain for 2 weeks and now I've got a temperature",
        "my lower back is always worse at night when I'm lying down",
    ],
    "limb_nerve": [
        "why does my arm keep going numb",
        "my leg has felt weak for a week since I lifted some boxes",
        # Persisting (brief §5b), in SMS spelling
        "fingers tingly all the time now n it never goes away",
    ],
    "worsening_soreness": [
        "the soreness is getting worse every day since my massage",
        "still really sore 5 days after my massage",
    ],
    "dark_urine": ["after deep tissue yesterday my pee is dark brown and my thighs are killing me"],
    "anticoagulant_bruising": ["I'm on apixaban and I've got huge bruises after the massage"],
    "fever_skin": [
        "there's a red streak spreading up my arm from where she worked",
        # A reading, not the word "fever": a decimal point is not a sentence end
        "thermometer says 38.7 and I'm shivering, should I still come tomorrow?",
        "it was 102F last night, am I ok for my massage?",
    ],
}


@pytest.mark.parametrize(("expected", "text"), [(k, t) for k, ts in EMERGENCIES.items() for t in ts])
def test_emergencies_are_found(expected, text):
    flag = find_red_flag(text)
    assert flag is not None, text
    assert (flag.id, flag.level) == (expected, EMERGENCY)


@pytest.mark.parametrize(("expected", "text"), [(k, t) for k, ts in SAME_DAY_DANGERS.items() for t in ts])
def test_same_day_dangers_are_found_and_are_not_emergencies(expected, text):
    flag = find_red_flag(text)
    assert flag is not None, text
    assert (flag.id, flag.level) == (expected, SAME_DAY)


def test_a_danger_after_the_first_thousand_characters_is_found():
    story = "I've been coming for my shoulders and it has really helped. " * 40 + "Now my chest feels tight and heavy."
    assert len(story) > MAX_MESSAGE_CHARS and find_red_flag(story).id == "chest_pain"


@pytest.mark.parametrize(
    "text",
    [
        "Is trigger point therapy going to hurt?",
        "is it supposed to hurt during the session?",
        "I'm really sore after my massage yesterday, is that normal?",
        "Can I get trigger point therapy if I'm on blood thinners?",
        "What is referred pain?",
        "I felt a bit light-headed getting off the table",
        "i nearly fainted getting off the table but it passed",
        "no chest pain, just a stiff neck",
        "I don't have any chest pain, only tight shoulders",
        "can you work on my calves? they're tight from running",
        "what should I wear to my appointment",
        "I had a stroke five years ago, can I still have a massage?",
        # Chest muscles, resolved history, everyday wording (issue #9)
        "my pecs are really tight after bench press, can you work on my chest muscles?",
        "I had a DVT in 2015, fully recovered",
        "was in a car accident years ago, neck has been fine since",
        "can we end the session early if it's too much?",
        "I can't make it on Friday, can I move it?",
        "this knot is killing me",
        "i overdosed on chocolate this weekend lol",
        "took two ibuprofen this morning, is that ok before my massage?",
        "what should I do if someone faints during a massage?",
        "what are the signs of a blood clot?",
        "i don't have osteoporosis, i just slipped on a wet floor last week",
        # Negations the rules scope: after the noun, neither/nor, nope, "no X, but…"
        "chest pain? none. just stiff shoulders",
        "clots - never had one",
        "neither dizzy nor breathless, just achy",
        "nope, breathing's fine",
        "no clots, but my shoulder is stiff",
        # Allergies and throats that are not an airway closing
        "do you use nut oils? my lips swell if I eat peanuts",
        "my throat gets tight when i'm nervous, is that ok for a massage",
        "i have a sore throat, can i still come",
        "checking out of the hotel at 11, can I leave my bag at reception",
        "I volunteer on a suicide prevention helpline and my shoulders are wrecked. can trigger point help that?",
        "numb bum from 4 hours on the train lol. anyway do u do glute work?",
        "i googled 'worst headache of my life' and scared myself lol, i dont have that at all",
        "I don't want to be here anymore... at this clinic I mean, the new receptionist was so rude",
        "i got a foam roller for xmas, how do i use it on my knots without hurting myself",
        "Had a car accident back in March. Got checked at hospital, scans all clear, physio discharged me",
        "i get out of breath easily cos im quite unfit, will lying face down be a struggle",
        "finished radiotherapy last month, skin on my chest is still pink and tight. can you massage my pecs?",
        "I want to end it, the appointment on friday I mean",
        "can we end it after 30 minutes if it's too much?",
        "I've been saving up for a 10 pack of sessions",
        "if someone got chest pain in the middle of a session, would the therapist stop?",
        # Things collapse and crash; jokes and treats; redacted dates
        "the online booking keeps collapsing on my laptop, can you take it over the phone?",
        "I blacked out the old dates in my diary, which day did we move it to?",
        "cried laughing so hard I couldn't breathe at my friend's wedding, now my abs ache lol",
        "OD'd on mince pies over christmas, is a massage still ok?",
        # A general question about what trigger points can do, not a symptom
        "do chest trigger points ever mimic heart pain? asking for my course, I'm fine",
        # The table, and a symptom a doctor has already explained
        "lying face down squashes my chest, could I have a cushion under it?",
        "my chest goes tight when I'm anxious, the GP checked it and said it's panic, would a massage help me relax?",
        # An everyday cause that has worn off; dark urine the client explains, with nothing hurting
        "my bum went numb on the 5 hour drive but it's worn off now, do you have parking?",
        "my wee was darker this morning but I hadn't drunk much, I feel fine, is water important after?",
        # An accident that is not self-harm
        "cut myself shaving before my last session, is it fine to have my legs done?",
        # Chest pain as someone's job; an injury healing for weeks; a number that is a price
        "I'm an A&E nurse, I treat chest pains every shift; my own problem is my lower back",
        "broke my collarbone falling off my bike last month and it's on the mend, can you do my legs?",
        "the voucher was 38.50, can I top it up?",
        "your booking app isn't responding on my phone",
        "my shoulder is not responding to the exercises the physio gave me",
        "my foot goes numb when I sit cross-legged on the floor all the time",
        # The chest as a part to be treated or asked about: part of the work, a trigger point's referral,
        # a general question, a tightness a doctor checked with more words between.
        "does working on the pecs count as part of the treatment for a hunched upper back?",
        "I read that chest trigger points refer pain into the arm, is that right?",
        "can they cause chest pain? my friend swears hers did",
        "I get a tight chest when work is stressful but my GP checked my heart in the summer and it was all fine",
        # The pressure of a session, not life.
        "is it ok to tell the therapist to stop if I can't take the pressure?",
    ],
)
def test_ordinary_questions_are_not_dangers(text):
    assert find_dangers(text) == [], text


def test_a_negation_does_not_reach_past_but():
    assert find_red_flag("no clots, but my calf is swollen and hot").id == "clot_signs"


@pytest.mark.parametrize(
    "text",
    [
        "no, it's both calves, not swollen, not warm, not red, just tight like always after a long run",
        "my calf, not swollen and not hot, just tight",
        "left leg: no swelling, no heat, only stiff",
    ],
)
def test_a_list_of_negated_signs_inside_one_pattern_is_not_a_clot(text):
    assert find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the massage felt a bit odd at first but I loved it",  # "odd" is not "OD'd"
        "little bruise from the cupping last week, not on any blood thinners, it's fading",
        "when i lie face down i cant breathe through my nose, its all stuffy in the face hole",
        "I get a bit breathless when the therapist leans on my upper back",
        "had a numb bum from the 5 hour drive, wore off as soon as i got out and walked",
        "i used to self harm as a teenager and have some scars, i'm 34 now and fine",
        "ok I'm going to end it here, thanks for the help",
        "let's end it there for today, cheers",
        "my quads are huge and sore after leg day, can I book a session?",
    ],
)
def test_ordinary_classes_the_rules_used_to_escalate(text):
    assert find_red_flag(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I OD'd on my sleeping tablets an hour ago", "overdose"),
        ("on apixaban and I've got huge bruises I can't explain", "anticoagulant_bruising"),
        ("i cant breathe properly and my lips are blue", "breathing"),
        ("I've been cutting myself again this week", "suicidal_thoughts"),
        ("i'm going to end it tonight", "suicidal_thoughts"),
    ],
)
def test_the_same_words_when_they_are_a_danger_still_are(text, kind):
    assert find_red_flag(text).id == kind


@pytest.mark.parametrize(
    "text",
    [
        "my wallet fainted at your new prices haha. do you have any offers?",
        "my to-do list is giving me chest pains lol. anyway, any appts this week",
    ],
)
def test_a_joke_about_a_thing_is_not_a_symptom(text):
    assert find_red_flag(text) is None


def test_a_laugh_alone_does_not_hide_a_symptom():
    assert find_red_flag("my chest pain is crushing lol idk what to do").id == "chest_pain"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "My leg is big and red and warm since 3 days. Today I cough and there is a little blood.",
            "pulmonary_embolism",
        ),
        ("both my legs are going numb", "cauda_equina"),
        ("my back is killing me and both legs feel numb", "cauda_equina"),
        # Plain and non-native words for a swollen leg, with heat or redness.
        ("the leg below my knee is all puffed up and warm, only the right one", "clot_signs"),
        ("my calf gone thick and red since the weekend", "clot_signs"),
    ],
)
def test_signs_in_plain_words_combine_into_the_danger(text, kind):
    assert find_red_flag(text).id == kind


@pytest.mark.parametrize(
    "text",
    [
        "I've got MS and there are numb patches on both my legs. Is trigger point therapy safe for me?",
        "I want to end it. My membership, I mean, how do I cancel the monthly plan?",
    ],
)
def test_known_conditions_and_explained_words_are_not_emergencies(text):
    assert find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "numb bum from sitting at my desk all day haha, would glute work help?",
        "my bum goes numb on long bike rides, is that a trigger point thing?",
    ],
)
def test_positional_numbness_is_not_cauda_equina(text):
    assert find_red_flag(text) is None


def test_breathing_effort_in_plain_words_is_an_emergency():
    text = "every breath is a fight right now, been like this for an hour. can a diaphragm trigger point cause that?"
    assert find_red_flag(text).id == "breathing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Breathing effort in plain words with a swollen leg, the leg named in an earlier clause.
        (
            "Had my calves worked on last week. Since then the left one has stayed swollen and tight, "
            "and tonight I'm puffing just walking to the kitchen",
            "pulmonary_embolism",
        ),
        ("my thigh is swollen since the flight and it hurts when I take a deep breath", "pulmonary_embolism"),
        ("walked the dog an hour ago and I'm still gasping even lying on the sofa", "breathing"),
        ("did the stairs at work and my breathing is not settling, I can barely breathe sat still", "breathing"),
    ],
)
def test_breathing_effort_in_plain_words_counts_with_another_sign(text, expected):
    assert expected in {k.id for k in find_dangers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "I was puffing a bit after my run this morning, can I still come at 5?",
        "I get a bit wheezy with my asthma in winter, it's under control. can I lie face down?",
        "it hurts a little when I take a deep breath after the rib work yesterday, is that normal soreness?",
        "I was out of breath after the stairs but I'm fine now sitting down",
        "I play the trombone and my chest gets tight from practising, do you treat that?",
        "I have a port in my chest for treatment, can I lie face down?",
        "sorry, I meant I passed out on the couch after work, slept for hours. any slots tomorrow?",
    ],
)
def test_ordinary_breathing_chest_sites_and_sleep_are_not_dangers(text):
    assert find_dangers(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cp and sob for half an hour, left arm feels heavy", "chest_pain"),
        ("how many sleeping pills is too many? I just want it all to be over", "suicidal_thoughts"),
        ("my brother says he wants to die and won't talk to anyone", "suicidal_thoughts"),
    ],
)
def test_shorthand_and_indirect_wording_of_emergencies(text, expected):
    assert expected in {k.id for k in find_dangers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "I had a tight chest the other week with a chest infection, all cleared up now. can I book?",
        "was short of breath with covid last month, fully recovered, ok to come in?",
    ],
)
def test_a_symptom_told_in_the_past_and_said_to_have_settled_is_not_live(text):
    assert find_dangers(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kept feinting all day and just colapsed at work", "fainting"),
        ("he's unconcious on the kitchen floor", "fainting"),
    ],
)
def test_misspelt_red_flag_words_are_read(text, expected):
    assert expected in {k.id for k in find_dangers(text)}, text


@pytest.mark.parametrize(
    "text",
    ["I overdone it at the gym, can I book?", "I painted the fence all weekend", "keep dropping off to sleep"],
)
def test_real_words_one_letter_from_a_red_flag_word_are_left_alone(text):
    assert find_dangers(text) == [], text


@pytest.mark.parametrize(
    "text",
    ["my right foot slaps down when I walk since Monday", "my hands are getting weaker and I keep dropping things"],
)
def test_foot_drop_and_growing_weakness_are_same_day(text):
    assert "limb_nerve" in {k.id for k in find_dangers(text)}, text


def test_passing_out_from_relaxation_is_not_fainting():
    assert find_dangers("last time I basically passed out on the table it was so relaxing, same therapist please") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the crushing feeling is back and my jaw aches, could it be trigger points in my pecs referring?",
            "chest_pain",
        ),
        ("coffing blood and my calf is swolen since the flight", "pulmonary_embolism"),
        ("rode into a car door this morning, my back is in agnoy and my legs tingle", "serious_injury"),
    ],
)
def test_cardiac_words_beat_a_muscle_theory_and_misspelt_or_plain_injuries_are_read(text, expected):
    assert expected in {k.id for k in find_dangers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "breathless with excitement about my first massage, what do I wear?",
        "do you know first aid, like if somebody collapsed on the table?",
    ],
)
def test_excitement_and_a_question_about_first_aid_are_not_dangers(text):
    assert find_dangers(text) == [], text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my little girl found my sleeping tablets and swallowed some, she's very drowsy", "overdose"),
        ("how many of my tablets would it take to be fatal, asking for me", "overdose"),
        ("what's the quickest way out, I mean for good, I'm done", "suicidal_thoughts"),
        (
            "I've given away my things and said my goodbyes. I feel strangely calm. thanks for everything",
            "suicidal_thoughts",
        ),
    ],
)
def test_dangers_without_the_textbook_words(text, kind):
    assert kind in {danger.id for danger in find_dangers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "we're relocating for my new job, please cancel my bookings, I've given away my old massage chair",
        "what's the quickest way to your clinic from the bus station?",
        "what's the most paracetamol you can take in a day?",
    ],
)
def test_the_same_words_in_ordinary_messages_are_not_dangers(text):
    assert find_red_flag(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The same words when they are a danger still are
        ("can a knot in my back cause this chest pain i'm having right now", "chest_pain"),
        ("my GP said it was anxiety but today my chest is crushing and it's going into my arm", "chest_pain"),
        ("i keep cutting myself when things get bad", "suicidal_thoughts"),
        ("my wee is like cola and my thighs are agony since the massage, i hadn't drunk much", "dark_urine"),
    ],
)
def test_the_explanations_do_not_hide_a_danger_that_is_there(text, kind):
    flag = find_red_flag(text)
    assert flag is not None and flag.id == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "been running a temperature since last night and feel awful, should I still come tomorrow?",
        "feverish and shivery since my session yesterday, is that normal?",
        "my chest has been heavy and tight for the past hour, probably just a pulled muscle from the gym?",
    ],
)
def test_a_fever_now_and_an_acute_chest_the_client_guesses_is_a_muscle_are_found(text):
    assert find_red_flag(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "my hay fever is awful this week, can I still come?",
        "had a fever last month but I'm completely fine now, can I book?",
        "the room temperature was a bit cold last time, can I have a blanket?",
        "my pecs are tight from bench press, probably just a knot, can you work on them?",
    ],
)
def test_hay_fever_a_fever_that_is_over_and_a_gym_chest_are_not_dangers(text):
    assert find_dangers(text) == [], text


def test_a_fall_from_a_ladder_in_non_native_words_is_an_injury():
    flag = find_red_flag("I fall from ladder 2 meter yesterday evening, my back very bad pain, can you massage today?")
    assert flag is not None and flag.id == "serious_injury"


def test_feeling_squashed_face_down_is_the_table_not_the_lungs():
    assert find_dangers("lying face down squashes my boobs and I can't breathe properly, can I lie on my side?") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("not sure how much longer I can carry on with all of this tbh", "suicidal_thoughts"),
        ("was t-boned at a junction this morning and my neck is getting worse", "serious_injury"),
    ],
)
def test_not_knowing_how_much_longer_and_a_car_shunt_are_emergencies(text, kind):
    flag = find_red_flag(text)
    assert flag is not None and flag.id == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "there's a tender lump in my calf that hurts when I pull my foot up, started after a long drive. I'm on HRT",
        "my calf has been aching since the flight back from thailand, can i book a massage",
        "6 weeks post-op from my knee and now the back of my left leg is really tender and tight",
        "on the pill and my right calf is throbbing and hard since the coach trip, massage it out?",
    ],
)
def test_one_painful_calf_with_a_reason_for_a_clot_is_same_day(text):
    found = find_dangers(text)
    assert found and found[0].id == "clot_signs" and found[0].level == SAME_DAY, text


@pytest.mark.parametrize(
    "text",
    [
        "my calves are tight from sitting on long flights for work, would massage help",
        "calves sore after my marathon, long drive home too",
        "my left calf always cramps on long drives",
        "im on the pill, can i have my calves massaged?",
    ],
)
def test_calves_after_exercise_habitual_cramps_or_a_risk_alone_are_not_clot_signs(text):
    assert all(d.id != "clot_signs" for d in find_dangers(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "honestly I'd rather just not exist some days, can I book for saturday",
        "i would rather not be alive than feel like this every morning",
        # Worn down by a body part, and a word of death all the same.
        "I just want to die, my back has hurt for three years",
        "my neck is so bad that i'd rather be dead tbh",
        # Killing oneself with a means or at a time, not the idiom of overwork.
        "I'm going to kill myself with the pills in the drawer",
        "want to kill myself tonight",
    ],
)
def test_a_wish_not_to_exist_is_suicidal_whatever_body_part_it_is_told_with(text):
    flag = find_red_flag(text)
    assert flag is not None and flag.id == "suicidal_thoughts", text


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather not be seen by a male therapist",
        "I would rather die than run another marathon lol, legs are wrecked",
        "i can't take much more of this knot in my shoulder",
    ],
)
def test_preferences_idioms_and_being_worn_down_by_a_knot_are_not_suicidal(text):
    assert find_red_flag(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "my inner thigh throbs and the skin over it has gone a purplish colour since my massage",
        "the back of my calf looks darker than the other one and it's warm to touch",
    ],
)
def test_a_leg_that_changes_colour_and_throbs_or_warms_is_same_day(text):
    found = find_dangers(text)
    assert found and found[0].id == "clot_signs" and found[0].level == SAME_DAY, text


def test_a_bruise_that_changes_colour_alone_is_not_a_clot():
    assert find_dangers("the bruise on my thigh has gone darker and yellow at the edges, normal?") == []


@pytest.mark.parametrize(
    "text",
    [
        "my foot went numb during the session because of the way the bolster was under my ankles, fine once I moved",
        "arm went dead on the couch and came straight back as soon as I sat up",
    ],
)
def test_a_limb_that_went_numb_from_how_the_client_lay_is_no_stroke(text):
    assert find_dangers(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "i could have died of embarrassment, I snored in the session lol",
        "wanted to die of shame when my stomach rumbled on the table",
        "killing myself with these 14 hour night shifts, need my back done",
        "i'm killing myself with these night shifts, need my shoulders done asap",
        "been killing myself at the gym, legs are wrecked",
    ],
)
def test_dying_of_embarrassment_and_overwork_are_idioms(text):
    assert find_red_flag(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is it a knot if the pain in my head went from 0 to 10 in a second?", "thunderclap_headache"),
        ("head pain came on in seconds, worst ever", "thunderclap_headache"),
    ],
)
def test_head_pain_that_peaked_in_seconds_is_an_emergency(text, kind):
    flag = find_red_flag(text)
    assert flag is not None and flag.id == kind, text


@pytest.mark.parametrize(
    "text", ["elephant on chest. cant shift it", "like an elephant sitting on the chest, can't breathe right"]
)
def test_an_elephant_on_the_chest_in_text_shorthand_is_chest_pain(text):
    assert find_red_flag(text).id == "chest_pain", text


@pytest.mark.parametrize(
    "text",
    [
        "numb betwen my legs and round my bum since last night with the sciatica, pinched nerve?",
        "back's been bad all week and now it's gone numb in between my legs and around my bottom",
        "lower back agony, and tingly btwn my legs when I sit on the loo",
    ],
)
def test_saddle_numbness_in_lay_and_misspelt_words_with_back_pain_is_cauda_equina(text):
    assert find_red_flag(text).id == "cauda_equina", text


@pytest.mark.parametrize(
    "text",
    [
        # the means laid out
        "got all my tablets counted out on the bed",
        "sleeping pills are lined up in front of me",
        # a way to die asked for and broken off
        "what's the quickest way to... forget it",
        "is there a painless way to - never mind, ignore me",
        # wishing not to be
        "I keep imagining not waking up and it feels like relief",
        "lately I daydream about my own funeral",
        "been thinking about ceasing to exist",
        # affairs in order
        "if anything happens to me, can my gift voucher go to my brother? want things in order",
    ],
)
def test_suicidal_thoughts_said_by_the_means_a_broken_off_question_a_wish_or_affairs_in_order(text):
    assert "suicidal_thoughts" in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "my weekly pill box is laid out by day, which ones should I mention?",
        "what's the quickest way to get to you from the station",
        "what's the easiest way to book a block of sessions",
        "if something happens to me during the massage is your therapist first aid trained?",
        "I keep picturing my grandad in his garden, he'd have loved your place",
        "I keep thinking about my nan's funeral, it was so sad",
        "thinking about not being around next week, I'm on holiday, can I move my booking",
    ],
)
def test_ordinary_words_near_those_are_not_suicidal(text):
    flag = find_red_flag(text)
    assert flag is None or flag.id != "suicidal_thoughts", text


@pytest.mark.parametrize(
    "text",
    [
        "my husband he have back pain since 2 weeks. he cannot sleep because the pain is more strong in the night",
        "Lower back has ached for a month. It's worse at night, I'm up walking about at 3am.",
        "sciatica flared up. the pain keeps waking me up",
    ],
)
def test_back_pain_worse_at_night_said_over_sentences_is_same_day(text):
    flag = find_red_flag(text)
    assert flag is not None and flag.id == "back_pain_fever_night" and flag.level == SAME_DAY, text


def test_other_pain_at_night_with_coming_back_is_not_back_pain():
    assert find_red_flag("my neck pain keeps me up some nights, can I come back next week") is None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("like trying to breathe through a straw and it keeps getting worse", "breathing"),
        ("i have a plan and my pills are right by me", "suicidal_thoughts"),
        ("I've made a plan. the tablets are beside me", "suicidal_thoughts"),
    ],
)
def test_air_through_something_narrow_and_a_plan_with_the_means_at_hand_are_emergencies(text, kind):
    assert kind in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan to book every fortnight",
        "a dull ache in my left armpit where I shave, and a small lump, is it a knot?",
        "I've got my plan with the insurer sorted, do you need the number?",
    ],
)
def test_a_plan_to_book_and_an_armpit_are_no_emergency(text):
    assert all(k.level != EMERGENCY for k in find_dangers(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "my son he take many tablets from the box, maybe 25, ten minutes ago",
        "she swallowed the pills, around 30 of them",
        "took so many painkillers out of the drawer, I don't know how many",
    ],
)
def test_an_overdose_counted_after_the_pills_or_taken_from_the_box_in_any_tense(text):
    assert "overdose" in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "I take tablets for 20 years for my heart",
        "I take my tablets 25 mg twice a day",
        "i take many tablets for my conditions",
    ],
)
def test_tablets_taken_for_years_or_by_the_milligram_are_no_overdose(text):
    assert "overdose" not in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "my friend is here and she's trying to tell me something but it's just sounds, not words",
        "dad keeps opening his mouth but no words are coming out, started 5 minutes ago",
        "her words won't come out, just noises and no words",
    ],
)
def test_speech_gone_to_sounds_is_a_stroke(text):
    assert "stroke_signs" in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text, kind",
    [
        # Exhaust fumes as the means.
        ("I've got the motor running in the garage with the door shut and I'm just sat in it", "suicidal_thoughts"),
        ("put a hose from the exhaust into the back window, just so someone knows", "suicidal_thoughts"),
        # Others said to be better off, in other words than "better off".
        ("honestly the kids would get on much better without me around", "suicidal_thoughts"),
        ("everyone would be happier without me, I just drag them down", "suicidal_thoughts"),
        # A past heart attack's feeling, back now.
        ("right now I've got the same tightness in my chest as before my heart attack", "chest_pain"),
        # "Can not", written apart, is not a negation, and "breathe good" is how badly.
        ("I can not breathe well since an hour", "breathing"),
        ("my husband can not breathe properly and his lips look blue", "breathing"),
    ],
)
def test_indirect_and_non_native_wording_of_emergencies_is_read(text, kind):
    assert kind in [k.id for k in find_dangers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "my partner would cope fine without me at the wedding, I hate crowds",
        "the team will manage without me for a week while I'm on holiday",
        "my car's in the garage with a flat battery, can I get the bus to you?",
        "overdosed on podcasts on the drive down and my neck is stiff from the car",
        "had a pain-free fortnight after the last session, can I book again?",
        "my headaches are gone, I've been headache-free since March",
        "I had a heart attack years ago and the same cardiologist still sees me, is massage ok?",
    ],
)
def test_the_same_words_in_ordinary_messages_stay_ordinary(text):
    assert find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "out of nowhere it felt like an explosion at the back of my skull and I threw up",
        "my usual migraines build slowly, this was an explosion inside my head in a second and I've vomited",
    ],
)
def test_an_explosion_in_the_head_said_in_other_words_is_a_thunderclap(text):
    assert "thunderclap_headache" in [k.id for k in find_dangers(text)]


@pytest.mark.parametrize(
    "text, kind",
    [
        # A hand that will not grip and a face someone else sees has changed, asked as a massage question.
        (
            "since lunch my left hand can't hold a pen and my daughter says the left side of my face looks odd",
            "stroke_signs",
        ),
        ("my fingers won't grip the kettle and my words are coming out thick, is it the neck work?", "stroke_signs"),
        ("one side of his mouth is looking lower than the other, he's sat next to me", "stroke_signs"),
        # The saddle named before "numb", in shorthand.
        ("bad back + groin n privates numb since this morning", "cauda_equina"),
        ("my back's awful and my crotch has no feeling", "cauda_equina"),
        # Thoughts of crashing, said by what the car would hit.
        ("on the way home i keep thinking about steering into a wall", "suicidal_thoughts"),
        ("some days I picture myself veering off into oncoming lorries", "suicidal_thoughts"),
    ],
)
def test_signs_told_in_everyday_words_are_read(text, kind):
    assert kind in [k.id for k in find_dangers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "my arches have collapsed over the years and my calves are always tight, do you do feet?",
        "dropped arches and sore shins from running, can trigger point work help?",
        "my brother was rushed to hospital with chest pain on friday, he's home and doing fine. can I move my booking?",
        "my hand won't grip the racket properly since my tennis elbow flared, do you treat forearms?",
    ],
)
def test_words_of_a_danger_that_is_not_happening_are_ordinary(text):
    assert find_dangers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "i've got a noose ready in the shed",
        "the rope's sorted now, I just wanted someone to know",
        "he can barely catch his breath and he's gone grey",
    ],
)
def test_the_means_made_ready_and_breath_barely_caught_are_emergencies(text):
    assert find_dangers(text)


@pytest.mark.parametrize(
    "text",
    [
        "got myself a skipping rope for the calves, good idea?",
        "my bum goes numb on long coach trips, any stretches for the way home?",
        "I can hardly breathe after sprinting for the train haha",
    ],
)
def test_ropes_journeys_and_running_for_a_train_stay_ordinary(text):
    assert find_dangers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "how many sleeping tablets would someone need before it becomes deadly",
        "what's the most paracetamol a person can swallow before it gets dangerous, I need the figure",
        "I've got a plan to take everything in the cupboard tonight",
    ],
)
def test_asking_how_much_is_dangerous_and_a_plan_to_take_it_are_crises(text):
    assert {k.id for k in find_dangers(text)} & {"suicidal_thoughts", "overdose"}


@pytest.mark.parametrize(
    "text",
    [
        "coach made us do suicides for an hour and my hamstrings are fried",
        "legs are dead after suicide sprints in netball training, foam roller or ice?",
        "I've made a plan to stretch every morning before work, will that stop the knots coming back?",
        "I have a plan to get back into running after this, is a massage a good start?",
        "my leg went dead for a moment while she was pressing into my glute, is that a trigger point thing?",
        "my fingers went numb for a few seconds when he pushed on my shoulder blade",
    ],
)
def test_drills_ordinary_plans_and_numbness_under_the_thumb_are_not_crises(text):
    assert find_dangers(text) == []


def test_numbness_under_the_thumb_with_a_face_that_droops_is_still_a_stroke():
    text = "my hand went numb when she pressed my neck and now one side of my mouth is drooping"
    assert "stroke_signs" in {k.id for k in find_dangers(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Hyphenated names keep their hyphen through the tokenizer, so the rules that name them match.
        ("my partner has swallowed a whole box of co-codamol, she's very drowsy", "overdose"),
        ("he took about 30 co-dydramol an hour ago", "overdose"),
        # Breathing that has stopped, or a blue face, said plainly.
        ("my dad isn't breathing properly, he's just lying there", "breathing"),
        ("she stopped breathing for a bit and now she's gasping", "breathing"),
        ("his lips are going blue and he can't talk", "breathing"),
        ("baby's face has gone a grey purple colour", "breathing"),
    ],
)
def test_overdoses_of_hyphenated_medicines_and_stopped_breathing_are_emergencies(text, kind):
    assert kind in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "my lips went blue from the cold in the pool, is a massage ok after a swim?",
        "I find my breathing goes shallow when I'm face down on the table, is that normal?",
        "breathing a bit short when I'm hunched at my desk, my chest muscles feel tight. can trigger point help?",
        "I was breathing heavily through the painful bits, is that normal?",
        "came off my bike on sunday, my wrist's still a bit sore but getting better, can I still come thursday?",
        "slipped on the ice last week and hurt my back, it's improving every day, when can I book?",
    ],
)
def test_cold_lips_posture_breath_and_an_injury_that_is_improving_are_no_emergency(text):
    assert not [k for k in find_dangers(text) if k.level == EMERGENCY], text


def test_an_injury_that_is_getting_worse_or_numb_stays_a_danger():
    assert "serious_injury" in [
        k.id for k in find_dangers("fell off a ladder on sunday, my back pain is getting worse and my leg is numb")
    ]
    assert "serious_injury" in [
        k.id for k in find_dangers("came off my bike on monday, back isn't getting better and I can't walk")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ok. not that it matters much, I'm not sure I'll be around for much longer anyway",
        "why bother fixing my back, I don't think I'll be here that long",
        "i doubt ill be around for it so give the slot away",
        "I probably won't be around much longer. thanks for being kind",
    ],
)
def test_doubting_being_around_much_longer_is_a_suicidal_thought(text):
    assert "suicidal_thoughts" in [k.id for k in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around much longer today, can you just tell me your prices quickly?",
        "we're moving to Leeds in March so I won't be here much longer, can I use up my package?",
        "I'm only in town for a few days so I won't be around for long, any slots tomorrow?",
        "I had covid in the spring and was breathless for a while but I'm completely back to normal now. OK to book?",
        "my chest was tight for a week after the flu, fully back to normal now, can I come in?",
    ],
)
def test_leaving_for_an_ordinary_reason_and_breathlessness_long_recovered_are_no_danger(text):
    assert not [k for k in find_dangers(text) if k.level == EMERGENCY], text


@pytest.mark.parametrize(
    "text",
    [
        "my left calf is really tight and a bit puffy compared to the right one, can you do trigger point on calves?",
        "one calf is puffier than the other since my flight",
        "her right ankle is more swollen than the left since yesterday",
        "my leg is swollen compared with the other one, booked in for friday",
    ],
)
def test_one_leg_swollen_against_the_other_is_same_day(text):
    found = find_dangers(text)
    assert found and found[0].id == "clot_signs" and found[0].level == SAME_DAY, text


@pytest.mark.parametrize(
    "text",
    [
        "my right thigh looks bigger than the left, is that muscle from cycling?",
        "my calves are bigger than my sisters lol",
    ],
)
def test_a_leg_bigger_from_muscle_or_compared_with_someone_else_is_not_a_clot(text):
    assert not find_dangers(text)


@pytest.mark.parametrize(
    "text",
    [
        "He's on aspirin and clopidogrel and bruises if you look at him. He wants trigger point on his shoulder.",
        "my dad's on blood thinners since his valve op and he bruises really easily. would trigger point be safe for him?",
        "I'm on warfarin and I've always bruised like a peach, can I still book?",
    ],
)
def test_bruising_known_as_a_trait_on_a_blood_thinner_is_a_clearance_not_same_day(text):
    assert not [d for d in find_dangers(text) if d.id == "anticoagulant_bruising"], text


@pytest.mark.parametrize(
    "text",
    [
        "on warfarin and I've got big purple bruises on my legs I can't explain",
        "I'm on apixaban and I bruise easily but now my gums keep bleeding",
        "on rivaroxaban, bruises appearing out of nowhere on my arms",
        "my nose has bled 3 times today, i'm on clopidogrel",
        "on warfarin and my gums bled when I brushed, is that ok for a massage tomorrow?",
    ],
)
def test_new_or_unexplained_bruising_or_bleeding_on_a_blood_thinner_is_same_day(text):
    assert [d for d in find_dangers(text) if d.id == "anticoagulant_bruising"], text


def test_chest_tightness_on_the_side_cancer_was_treated_is_the_cancer_entrys_matter():
    text = (
        "I had breast cancer four years ago, surgery and radiotherapy, and I've been in remission since. I've got a "
        "lot of tightness across my chest and shoulder on the treated side. Can I come for trigger point therapy?"
    )
    assert not [d for d in find_dangers(text) if d.id == "chest_pain"]


@pytest.mark.parametrize(
    "text",
    [
        "how many of my muscle relaxants would it take to not wake up",
        "how much co-codamol would it take to not wake up",
        "how many of these would it take to kill myself",
        "Is it normal to think about dying every day? I don't have a plan or anything.",
        "I think about dying a lot since my mum passed",
        "been having thoughts of not being here more and more lately",
    ],
)
def test_asking_the_means_by_its_purpose_or_thoughts_of_dying_as_a_habit_are_suicidal(text):
    assert "suicidal_thoughts" in [d.id for d in find_dangers(text)], text


@pytest.mark.parametrize(
    "text", ["how many sessions would it take to fix my neck", "how many tablets does it take to kick in"]
)
def test_how_many_it_takes_for_an_ordinary_purpose_is_not(text):
    assert not find_dangers(text)


@pytest.mark.parametrize(
    "text",
    [
        "I passed out once at a gig back in 2012 because of the heat, never happened since. The intake form asks about fainting, do I tick yes?",
        "the questionnaire has a question on chest pain, do I tick no if I only get it from the gym?",
        "had flu last week but the fever broke 5 days ago and I feel completely normal now. ok to come back?",
        "my temperature's come down since monday, just a bit tired, can I keep thursday's slot?",
    ],
)
def test_a_word_on_a_form_and_a_fever_that_has_broken_are_not_live(text):
    assert not find_dangers(text), text


def test_a_fever_now_is_still_live():
    assert find_dangers("I have a fever of 39 and my back hurts at night")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can you cancel all my future bookings please. I won't need them after tonight", "suicidal_thoughts"),
        ("my friend is with me, she says i went grey and slumped for a few seconds", "fainting"),
        ("he turned really pale and slumped over in his chair", "fainting"),
    ],
)
def test_an_end_set_for_tonight_and_a_slump_seen_by_someone_are_emergencies(text, kind):
    assert kind in [d.id for d in find_dangers(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "cancel my bookings please, I won't need them after today as I'm moving abroad",
        "i slumped on the sofa all weekend lol, can i book monday",
        "I went pale when I saw the price haha",
    ],
)
def test_an_end_with_a_reason_and_everyday_slumps_are_not(text):
    assert not find_dangers(text), text


@pytest.mark.parametrize(
    "text",
    [
        "it's for my brother. I want him to have something to remember me by",
        "a voucher for my daughter please, something nice to remember me by when I'm gone",
        "buying my best friend a gift card, i won't be needing my own sessions anymore",
    ],
)
def test_a_farewell_gift_is_a_crisis(text):
    assert "suicidal_thoughts" in {k.id for k in find_dangers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "a voucher for my mum, something to remember me by while I'm travelling for a year",
        "I'd like to give my remaining sessions to my daughter as a gift, I won't be using them any more",
        "can i get a gift voucher for my sister, i wont be needing my sessions anymore as im moving to leeds",
        "my back is fixed so I won't be needing my sessions anymore, can I gift the rest to my husband?",
    ],
)
def test_a_gift_with_an_ordinary_reason_is_no_crisis(text):
    assert "suicidal_thoughts" not in {k.id for k in find_dangers(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "my brother-in-law's singing gives me more chest pain than anything lol, any slots saturday?",
        "honestly this spreadsheet gives me worse heartburn than curry 😂 can I book a neck session",
    ],
)
def test_a_thing_compared_with_pain_is_a_joke(text):
    assert not {k.id for k in find_dangers(text)} & {"chest_pain"}, text


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate is talking nonsense and his arm is dragging, he reckons he slept on it funny",
        "her words are coming out jumbled and her hand is numb, she thinks she lay on it wrong",
    ],
)
def test_speech_gone_wrong_is_a_stroke_sign_whatever_explains_the_arm(text):
    assert "stroke_signs" in {k.id for k in find_dangers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "my lower back aches mostly when I'm lying in bed",
        "the pain in my back is worst at night, lying down makes it worse",
        "back pain, hurts more lying down than standing",
        "my back only hurts at night",
        "back's been sore for weeks and it aches at night when I lie down",
    ],
)
def test_back_pain_worse_at_night_or_lying_down_is_same_day(text):
    # Brief §5b: back pain that is worse at night or lying down, however it is put.
    assert find_red_flag(text).id == "back_pain_fever_night", text


@pytest.mark.parametrize(
    "text",
    [
        "lost a lot of weight without meaning to and my back hurts at night lying down",
        "I haven't changed my diet and I'm losing weight, and my back aches at night in bed",
    ],
)
def test_a_negation_does_not_reach_past_and_a_new_subject(text):
    assert find_red_flag(text).id == "back_pain_fever_night", text


@pytest.mark.parametrize(
    "text",
    [
        "bruise the size of my palm and I'm on daily aspirin",
        "huge purple bruise on my leg, I take low-dose aspirin every day",
        "I'm on aspirin every morning for my heart and these bruises keep appearing out of nowhere",
    ],
)
def test_bruising_on_daily_aspirin_is_same_day(text):
    assert find_red_flag(text).id == "anticoagulant_bruising", text


@pytest.mark.parametrize(
    "text",
    [
        "took an aspirin for a headache last week and got a small bruise from the gym",
        "my back aches at night after a long day at my desk",
    ],
)
def test_one_aspirin_or_an_evening_ache_is_no_red_flag(text):
    assert find_red_flag(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "my headache came on in literally a second",
        "worst headache of my life and it started ten minutes ago",
        "this headache is worse than anything I've ever had",
    ],
)
def test_a_headache_that_peaked_at_once_or_is_the_worst_ever_is_a_thunderclap(text):
    flag = find_red_flag(text)
    assert flag is not None and (flag.id, flag.level) == ("thunderclap_headache", EMERGENCY)


@pytest.mark.parametrize(
    "text",
    [
        "worst hangover of my life lol, can I still come in?",
        "the soreness was worse than anything I've ever had after the gym",
    ],
)
def test_the_worst_ever_of_something_else_is_no_thunderclap(text):
    assert find_red_flag(text) is None
