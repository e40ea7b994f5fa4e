"""One safety decision per client message, made on the whole text and its context.

The NLU gate (`components/triage_gate.py`) calls `triage` once per turn, on the full
message (before anything is clipped) and the client's previous few messages; the
decision travels to the actions in the parse data (`TriageDecision.as_dict`), so
nothing recomputes it on other input.

Two layers, and the more urgent of the two decides:
- the concept rules (`bot/red_flags.py`), which know negation, history and hypotheticals;
- the safety classifier (`bot/safety_classifier.py`), trained on the safety corpus,
  with thresholds set for recall.
A red flag spread over turns ("my legs ache after the flight" … "the left one is
swollen and warm now") is seen because both layers also read the recent messages
with the new one; it counts only when the new message adds the danger, so "thanks"
after an emergency answer is not an emergency again.

Order is the product's safety policy: an emergency outranks everything; a same-day
danger or a clear request for medical advice outranks an FAQ answer; messages the
assistant cannot read get a polite "please rephrase / English only".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.clauses import clears_up_a_misunderstanding, is_figurative, is_live, is_reassurance, prepare, split_clauses
from bot.clinic_answers import asked_sections, asks_the_front_desk, clinic_sections, wants_to_book
from bot.emergency_follow_up import help_has_come_and_asks, turns_to_the_desk
from bot.figures_of_speech import FIGURATIVE
from bot.handoff import asks_for_a_person, only_contact_details, wants_a_person
from bot.input_screening import Screening, screen, strip_markup
from bot.kind_cues import plausible
from bot.medical_requests import (
    CLEARANCE,
    MedicalRequest,
    asks_about_the_service,
    asks_to_come,
    asks_when_to_come,
    condition_looked_after,
    doctors_word_given,
    find_medical_request,
    mentions_live_health_matter,
)
from bot.other_language_alarms import find_other_language_alarm
from bot.out_of_scope import about_something_else, about_the_clinic
from bot.question_focus import SOMEONE_ELSE, said_to_be_for_the_client, without_someone_elses_matter
from bot.red_flags import a_thing_breaks, find_dangers, over_and_done
from bot.referral_follow_up import presses_on_a_referral
from bot.safety_kinds import CRISIS_KINDS, EMERGENCY, EMERGENCY_KINDS, KINDS, SAME_DAY
from bot.smalltalk import (
    ACKNOWLEDGEMENT_INTENTS,
    OVERRULABLE_INTENTS,
    SMALLTALK_INTENTS,
    looks_like,
    pure_smalltalk,
    thanks_for_a_visit,
)

EMERGENCY_INTENT = "emergency"
MEDICAL_INTENT = "ask_medical"
UNREADABLE_INTENT = "out_of_scope"
NLU_FALLBACK_INTENT = "nlu_fallback"
REFERRAL = "referral"  # a personal medical question: see a doctor, not urgently
AFTER_EMERGENCY = "after_emergency"  # the source of a decision that follows up an emergency answer
AFTER_REFERRAL = "after_referral"  # the source of a referral given again to a client who pushes back on it
REFERRAL_FOLLOW_UP = "referral_follow_up"  # its kind
EXPLAINED = "explained"  # noted on a decision whose classifier danger the message itself explained away
CONTEXT_MESSAGES = 3  # how many earlier client messages a decision reads
CONTEXT_CHARS = 2000  # of each earlier message, its end
URGENCY = {EMERGENCY: 2, SAME_DAY: 1, REFERRAL: 0, None: 0}  # higher is more urgent

# Words that describe a body symptom. A message with one that the assistant cannot
# place still gets a referral and the emergency number, never small talk or "I don't know".
# Not the everyday words of a massage clinic ("tight", "stiff", "pressure", "breathing"),
# which ordinary questions use all the time: the safety layers judge those.
_SYMPTOM = re.compile(
    r"\b(?:pain|painful|hurt|hurts|hurting|ache|aches|aching|sore|swollen|swelling|swelled|numb|numbness|"
    r"tingl\w*|pins and needles|dizzy|dizziness|faint|fainted|lightheaded|light-headed|bleed\w*|bruis\w*|"
    r"rash|(?<!hay )fever|temperature|vomit\w*|nause\w*|(?:short of|can't catch my|struggling to|hard to|can't) breath\w*|"
    r"lumps?|weak|weakness|cramp\w*|spasm\w*|burning|headaches?|migraines?|rashes|throb\w*|agony|shaking|shaky|collaps\w*|"
    r"(?:been|being) sick|throw\w* up|threw up|"
    # A body part said to be bad in everyday words: "my lower back and bum have been awful all week".
    r"(?:back|neck|shoulders?|hips?|legs?|knees?|bum|buttocks?|arms?|calf|calves)(?:\s+\w+){0,4}?\s+(?:(?:has|have|is|are) been|feels?|felt)\s+"
    r"(?:really |so |absolutely |pretty |quite )?(?:awful|terrible|horrible|rough|agony|playing up)|"
    r"palpitat\w*|racing heart|blurr\w*|double vision|(?:vision|eyesight) (?:is |'s |has |going |gone )?(?:\w+ )?(?:funny|weird|strange|fuzzy|dim))\b"
)
# A symptom the message itself says has passed: "my foot went numb, totally fine now".
_SETTLED = re.compile(
    # …or that it is the person's ordinary: "the usual end-of-day tension headache, nothing weird".
    r"\b(?:the usual|my usual|as usual|nothing (?:weird|unusual|serious|new|worrying|major)|normal (?:one|for me)|"
    r"(?:totally|completely|all|perfectly) fine now|fine now|better now|gone now|never since|not since|never (?:happened )?again|"
    r"hasn'?t happened (?:again|since)|(?:it'?s|its|it has) gone|passed|wore off|mending|on the mend|healing (?:well|nicely|fine|up)|"
    # Tender where the therapist worked, the day after: "the spot she pressed is tender to touch a day later".
    r"(?:spot|area|place|bit|muscle|point)s? (?:that )?(?:she|he|they|you|the therapist|my therapist) (?:pressed|worked|massaged|did|dug into)|"
    # Numb from a local anaesthetic: "still a bit numb from the dentist lol".
    r"(?:numb|tingly|dead) (?:\w+ )?from (?:the |my )?(?:dentist|dental|anaesthetic|anesthetic|local|injection|filling|jab)|"
    r"gone (?:in|after|within) (?:a few|a couple of|\d+|a) (?:minutes|mins|seconds|secs|minute)|long gone|all gone|"
    # Gone the moment the position or the effort ends: "numb gripping the handlebars but it goes away the second I stop".
    r"(?:goes|go|went|wears|wear|wore) (?:away|off)\b(?:\W+\w+){0,2}?\W+(?:the second|the moment|as soon as|once|when|whenever) "
    r"(?:i|you|she|he|they) (?:stop|stopped|let go|move|moved|shake|shook|change|changed|get off|got off|sit up|sat up|stand up|stood up)\b|"
    # How the client is, not what is happening: "I faint at the sight of blood", "pins and needles if I sit cross-legged".
    r"at the sight of|(?:if|when|whenever) i (?:sit|kneel|cross|sleep on|lie on)\w*|cross[- ]?legged|"
    r"goes away (?:when|if|after)|went away|stopped (?:straight away|right away|at once|immediately)|"
    # Better since the sessions began, a progress report: "my headaches have pretty much stopped since i started coming".
    r"(?:stopped|gone|cleared up|disappeared|vanished|eased off|(?:much|loads|so much|way) better)\b(?:\W+\w+){0,2}?\W+since "
    r"(?:i (?:started|began|have been|'?ve been|been) (?:coming|seeing|having)|(?:my|the|our|starting|i started) (?:sessions?|treatments?|massages?|visits?))|"
    r"haven'?t had (?:one|it|them|an? \w+|any) (?:in|for) (?:years|ages|months|a long time)|"
    # Known and looked after: "diagnosed and well controlled", "the GP checked me over, thinks it's muscular".
    r"(?:well|fully) (?:controlled|managed)|under control|checked me over|"
    r"(?:doctor|gp|dr|physio|consultant)\b(?:\W+\w+){0,6}?\W+(?:thinks|says|said|reckons|confirmed|told me)\b(?:\W+\w+){0,4}?\W+(?:muscular|a muscle thing|just muscle|tension)|"
    r"(?:bloods?|blood tests?|tests?|scans?|x-?rays?|mri) (?:were |are |all |came back |came out )*(?:normal|clear|fine))\b"
)
# The symptom is someone's: "my shoulder burns", "she's dizzy" (not "can you work around a painful spot?").
_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|mine|he|he's|she|she's|his|her|him|we|our|us)\b"
)  # not "they": "can they (trigger points) cause pain?"
# Texting style drops the "I": "headaches every day for 3 wks, worse in the mornings".
_TELEGRAPHIC = re.compile(
    rf"^\W*(?:\w+\W+){{0,2}}?{_SYMPTOM.pattern}(?!.*\b(?:people|someone|anyone|everyone|clients?|patients?)\b)"
)
_ANIMAL = re.compile(r"\b(?:dog|dogs|cat|cats|puppy|kitten|horse|pony|pet|pets|rabbit)\b")


class Classifier(Protocol):
    def assess(self, text: str) -> Any: ...


@dataclass(frozen=True)
class TriageDecision:
    level: str | None = None  # EMERGENCY, SAME_DAY, REFERRAL or None
    kind: str | None = None  # a bot.safety_kinds id, or a medical request kind for REFERRAL
    sources: tuple[str, ...] = ()  # rules, classifier, context_rules, context_classifier, other_language, explained
    screening: Screening = Screening.OK
    symptom: bool = False  # the message describes a body symptom (for the safety net)
    score: float = 0.0  # the classifier's emergency score, for the record

    @property
    def intent(self) -> str | None:
        """The intent this message must be routed as, or None to trust the NLU model."""
        if self.level == EMERGENCY:
            return EMERGENCY_INTENT
        if self.screening is not Screening.OK:
            return UNREADABLE_INTENT
        if self.level in (SAME_DAY, REFERRAL):
            return MEDICAL_INTENT
        return None

    @property
    def emergency(self) -> bool:
        return self.level == EMERGENCY

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "kind": self.kind,
            "sources": list(self.sources),
            "screening": self.screening.value,
            "symptom": self.symptom,
            "score": round(self.score, 3),
        }

    @classmethod
    def from_dict(cls, data: Any) -> TriageDecision:
        """The decision the NLU gate attached to a message; an empty decision if there is none."""
        if not isinstance(data, dict):
            return cls()
        level = data.get("level") if data.get("level") in (EMERGENCY, SAME_DAY, REFERRAL) else None
        kind = data.get("kind") if isinstance(data.get("kind"), str) else None
        try:
            screening = Screening(data.get("screening", "ok"))
        except ValueError:
            screening = Screening.OK
        sources = tuple(s for s in data.get("sources") or () if isinstance(s, str))
        score = data.get("score")
        return cls(
            level,
            kind,
            sources,
            screening,
            bool(data.get("symptom")),
            float(score) if isinstance(score, (int, float)) else 0.0,
        )


@dataclass
class _Found:
    level: str | None = None
    kind: str | None = None
    sources: list[str] = field(default_factory=list)

    def offer(self, level: str | None, kind: str | None, source: str) -> None:
        if level is None:
            return
        if URGENCY[level] > URGENCY[self.level]:
            self.level, self.kind, self.sources = level, kind, []
        if URGENCY[level] == URGENCY[self.level] and source not in self.sources:
            self.sources.append(source)


def _rules(text: str) -> tuple[str | None, str | None]:
    dangers = find_dangers(text)
    return (dangers[0].level, dangers[0].id) if dangers else (None, None)


def _classify(classifier: Classifier | None, text: str) -> tuple[str | None, str | None, float]:
    if classifier is None or not text.strip():
        return None, None, 0.0
    found = classifier.assess(text)
    return found.level, found.kind, found.score


# "Numbness question, not me: I'm writing an essay for my massage course."
_STUDY = re.compile(
    r"\b(?:for|writing|doing) (?:an?|my|our) (?:essay|assignment|homework|dissertation|exam|coursework|revision|project)\b|"
    r"\b(?:anatomy|biology|physiology) (?:homework|class|exam|test|assignment)\b"
)


# How sore or tired a client feels, "like I've been hit by a bus", is no accident (though with dark
# urine after a workout it is still the same-day danger it describes).
_FEELS_LIKE_AN_ACCIDENT = re.compile(
    r"\blike (?:i'?ve|i have|i'?d|i had|i) (?:been |got |just been )?(?:(?:hit|run over|ran over) by a (?:bus|truck|lorry|train|tank|steamroller)|"
    r"run over|ran over|beaten up|through a (?:wringer|mangle|washing machine)|done ten rounds)\b"
)
# Idioms of death and dying that are about a busy week or a craving; the rules still read the
# message, so "…the death of me, I want to die" is still an emergency.
_IDIOM = re.compile(
    r"\b(?:(?:be|been|is|are|was|were|'ll be|will be|going to be|gonna be) the death of (?:me|us)|dying (?:to|for) (?:a|an|get|book|try|see|have)|"
    r"to die for|dead on my feet|dead tired|died laughing|dying of laughter|killing it|would kill for|"
    # "bit of a headache finding your building tbh"
    r"(?:bit of a|a real|such a|what a|a total|a major|a massive) headache (?:finding|getting|trying|to|with|sorting|parking|working)|"
    r"(?:a|the|such a) (?:real |right |total )?pain in the (?:neck|backside|arse|butt|bum)|(?:real|right|total) pain in my neck|"
    # Ordinary things with alarming words: a blood donation, a normal dose.
    r"gave blood|gave a pint|donat\w* blood|blood donation|"
    r"took (?:one|two|[12]|a|an|a couple of|my (?:usual|normal)) (?:paracetamol|ibuprofen|painkillers?|tablets?|pills?)(?! and)\b|"
    # Sleep on the table: "fell asleep on the table and didn't wake up till she tapped me lol".
    r"(?:fell asleep|dozed off|nodded off|drifted off|conked out) (?:on|during|in) (?:the |my )?(?:table|couch|massage|session|treatment)|"
    # Things that "die": "phone about to die, quick - how do I cancel?"
    r"(?:phone|battery|laptop|car|plants?|charger)(?:'s| is)? (?:about to|going to|gonna|nearly|almost|is going to) die\b)|"
    # …and the figures of speech for stress, effort and delight (bot/figures_of_speech.py).
    + FIGURATIVE.pattern
)


# A body part "killing" or "screaming" is pain ("her back is killing her", "now my back is absolutely
# screaming"); a symptom, so not one of _IDIOM, and no wish to die.
_PAIN_IS_KILLING = re.compile(
    r"\b(?:back|neck|shoulders?|legs?|feet|foot|knees?|head|hips?|body|arms?|calves|traps|jaw|wrists?|muscles|bum|glutes?|"
    r"hamstrings?|quads?|thighs?|lower back)"
    r"(?:'s| is| are| has been| have been| was| were)? (?:\w+ )?(?:killing (?:me|her|him|them|us)\b|"
    r"(?:screaming|crying out|on fire|dying)\b)"
)
_OWN_DEATH = re.compile(
    r"\b(?:die|dying|dead|suicid\w*|end (?:it|my life|things)|kill (?:my|him|her)self|not (?:be )?(?:here|around)|wake up)\b"
)
# A symptom that has gone on for weeks, or comes every day or now and then, is not the sudden onset an emergency
# kind is about (a headache "every day for 2 weeks" is not a thunderclap headache): the doctor,
# not 999, unless the rules read a danger in it or the classifier is sure.
_LONG_STANDING = re.compile(
    r"\b(?:for|over|past|last|about|nearly|almost) (?:the (?:last|past) )?(?:\d+|a few|a couple of|couple of|several|two|three|"
    r"four|five|six|many|some) (?:weeks?|months?|years?)\b|\b(?:\d+|two|three|four|five|six) (?:weeks?|months?|years?) (?:now|already)\b|"
    r"\b(?:\d+|a few|a couple of|couple of|several|two|three|four|five|six|a|one) (?:weeks?|months?|years?) ago\b|"
    r"\bfor (?:weeks|months|years|ages|a long time)\b|\b(?:every ?day|every single day|most days|daily|on and off|off and on|keeps? coming back|"
    # Something that comes and goes, not an onset happening now: "and sometimes my feet go numb".
    r"sometimes|occasionally|most of the time|now and (?:then|again)|every (?:so|now and) (?:often|then|again)|from time to time|at times|"
    r"(?:every )?once in a while|"
    r"comes and goes|all the time|"
    # A pattern of mornings: "my jaw locks shut some mornings".
    r"(?:some|most|many) (?:mornings|days|nights|evenings)|every (?:morning|night|evening)|in the mornings|"
    r"since (?:last (?:month|year)|january|february|march|april|may|june|july|august|september|"
    r"october|november|december))\b"
)


# …unless something in the message is sudden or today ("coming for months … an hour ago my vision
# went double"): the weeks are then about something else.
_ACUTE = re.compile(
    r"\b(?:sudden\w*|all of a sudden|out of nowhere|just now|right now|(?:an?|one|half an) (?:hour|few minutes|minute)s? "
    r"(?:ago|later)|minutes (?:ago|later)|(?:\d+|ten|twenty|thirty|five|few) ?(?:min|mins|minutes|secs|seconds) (?:ago|later)|like a (?:lightning )?bolt|this (?:morning|afternoon|evening)|today|tonight|"
    # …not "started about a month ago": an onset long past.
    r"(?:came on|started)(?! (?:about |around |nearly |over |more than |roughly )?(?:a|one|two|three|four|five|six|\d+|a few|a couple of|several) "
    r"(?:weeks?|months?|years?) ago)|(?:a |one )?split second|in an instant|instantly)\b"
)
_ILL_BEFORE_A_VISIT = re.compile(
    r"(?=.*\b(?:food poisoning|stomach bug|sickness bug|tummy bug|norovirus|noro|the flu|flu|a cold|covid|a virus|migraine|hangover|hungover|"
    r"a (?:stinking|streaming|horrible|rotten|bad|heavy|head|nasty|bit of a|slight|summer|winter) cold|sore throat|runny nose|blocked nose|sniffles|"
    r"a (?:bit of a |slight |chesty |dry |tickly |bad )?cough|a (?:bit of a |slight |high )?temperature|a (?:bit of a |slight |mild )?fever)\b)"
    r"(?=.*\b(?:still come|still make it|still (?:go|be) ok|cancel\w*|reschedul\w*|come in|appointment|appt|booking|session|massage)\b)"
)
# Already in a hospital's care, and the visit to be cancelled or moved: "I was at A&E last night and
# they've done an MRI, I'm having surgery tomorrow. I just want to cancel my massage."
_IN_CARE_BEFORE_A_VISIT = re.compile(
    r"(?=.*\b(?:a&e|a and e|the er|emergency room|hospital|surgery|an operation|my operation|op|mri|scan|x-?rays?|admitted)\b)"
    r"(?=.*\b(?:cancel\w*|reschedul\w*|postpone\w*|move my (?:appointment|appt|booking|session)|can'?t make (?:it|my)|won'?t make (?:it|my))\b)"
)
# Breath that the work's pain takes, asked beforehand: "what if it feels like I can't breathe from the
# pain?" (about the session; the clauses module reads "will I be gasping?" the same way).
_BREATH_AND_THE_WORK_AHEAD = re.compile(
    r"(?=.*\b(?:what if|what happens if|will i|would i|am i going to|is it normal to|do people)\b)"
    r"(?=.*\b(?:breath\w*|gasp\w*)\b(?:\W+\w+){0,4}?\W+(?:from|with|through|because of) (?:the |that |all the )?(?:pain|pressure|it)\b)"
)
# Headaches as a pattern, not one sudden one: "I get a lot of headaches and my face goes red".
_HABITUAL_HEADACHES = re.compile(
    r"\b(?:i|he|she|they) (?:get|gets|have|has|suffer (?:from|with)|suffers (?:from|with)) (?:a lot of |lots of |loads of |frequent |"
    r"regular |the odd |occasional |bad |tension |many )?(?:headaches|migraines)\b|\b(?:headaches|migraines) (?:a lot|all the time|most days|often)\b"
)
# A headache said to be mild, with none of the words of a sudden, severe one: "bit of a headache now, but
# I didn't drink much water today and skipped lunch".
_MILD_HEADACHE = re.compile(
    r"\b(?:bit of a|a bit of a|slight|mild|little|small|dull|tiny|light|low-level|niggly|niggling) (?:\w+ )?headache\b|"
    r"\bheadache'?s? (?:is |was )?(?:only |just )?(?:mild|slight|dull|not bad|not too bad)\b"
)
# Headaches that come again and again: a thunderclap is one, sudden.
_RECURRING_HEADACHES = re.compile(
    r"\b(?:headaches|migraines)\b|\b(?:been having|been getting|keep (?:getting|having)|always get|i get|gets?)\b(?:\W+\w+){0,3}?\W+(?:headache|migraine)\b"
)
_THUNDER_WORDS = re.compile(
    r"\b(?:worst|sudden\w*|out of nowhere|thunder\w*|explo\w*|bang|split\w*|10 ?/ ?10|10 out of 10|never (?:had|felt)|like being hit|"
    r"stiff neck|neck (?:is |feels )?stiff|vomit\w*|been sick|throw\w* up|threw up|light hurts|blurr\w*|vision|confus\w*|droop\w*|slur\w*|"
    r"seconds|in an instant|instantly)\b"
)
# An injury some days old, asked about: "my wrist has been swollen and I can't grip since I fell on it on
# Sunday. is it broken or sprained?" (the doctor's question, unless it is getting worse or losing feeling).
_DAYS_OLD = re.compile(
    r"\b(?:since|on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|weekend|week)\b|"
    r"\b(?:\d+|two|three|four|five|six|a few|a couple of|couple of|several) days? ago\b|"
    r"\bfor (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|a few|a couple of|couple of|several) days\b"
)
_GETTING_WORSE = re.compile(
    r"\b(?:worse|wors\w*|spreading|numb\w*|tingl\w*|can'?t feel|cold|blue|pale|white|bone (?:is )?(?:sticking|poking)|"
    r"deformed|wrong angle|bent the wrong|pass\w* out|faint\w*|head|neck|back|spine|hip)\b"
)
# Breathing in trouble, not a cold's sore throat: "got a stinking cold and a sore throat, should I still come?"
_BREATHING_TROUBLE = re.compile(
    r"\b(?:breath\w*|wheez\w*|gasp\w*|chok\w*|suffocat\w*|lips|blue|inhal\w*|asthma|can'?t get (?:any )?air|tight chest|chest (?:is |feels )?tight)"
)
# An injury already seen to: "broke his arm yesterday, he's all plastered up and home and fine".
_TREATED_INJURY = re.compile(
    r"\b(?:plastered up|in (?:a |his |her |my )?(?:cast|plaster|sling|splint|boot)|(?:home|back home) (?:now )?and (?:fine|ok|okay|resting|comfy|doing well)|"
    r"(?:sorted|patched up|stitched up|seen to|set|treated) (?:at|by|in) (?:a&e|the hospital|hospital|urgent care|the er|the minor injuries)|"
    # "I went to A&E on the day and they checked me over and said whiplash, no fracture"
    r"(?:went|been|go) (?:to|up to) (?:a&e|the hospital|hospital|urgent care|the er|minor injuries)\b(?:\W+\w+){0,8}?\W+(?:checked|x-?ray\w*|scan\w*|said|sent me home)|"
    r"no (?:fracture|break)s?|nothing (?:broken|fractured)|x-?rays? (?:was |were |came back )?(?:clear|fine|normal))\b"
)
# A face swollen or numb after the dentist: the procedure explains it ("wisdom tooth out today, face is
# swollen", "half my face is still numb from the filling"); a droop, slurred words or a weak arm do not.
_AFTER_THE_DENTIST = re.compile(
    r"\b(?:dentist|dental|tooth|teeth|wisdom|filling|root canal|extraction|extracted|crown|implant|gum|botox|filler)\b"
)
_STROKE_BEYOND_THE_MOUTH = re.compile(
    r"\b(?:droop\w*|slur\w*|speech|talk\w*|speak\w*|words|arm|leg|hand|weak\w*|vision|see|confus\w*|walk\w*|balance|one side|dizz\w*)\b"
)
# A bruise from the work itself, told as nothing more: "the therapist worked really deep into my thigh… a
# yellowish-green bruise… it doesn't hurt much" (brief §3: a small bruise can follow deep pressure).
_BRUISE_FROM_THE_WORK = re.compile(
    r"\A(?!.*\b(?:swoll\w*|swell\w*|warm|hot|red|redness|throb\w*|breath\w*|spread\w*|bigger|growing|worse|wors\w*|"
    r"thinners?|warfarin|apixaban|rivaroxaban|clopidogrel|numb\w*|lump\w*|hard|harden\w*|still|weeks?|"
    r"(?:\d+|five|six|seven|eight|nine|ten|several) days)\b)"
    r"(?=.*\bbruis\w*)(?=.*\b(?:session|massage|therapist|treatment|worked|pressure|trigger point work)\b)"
)
# Soreness where the therapist worked, told plainly ("left calf was worked on a lot, felt sore sunday"):
# brief §3's usual after-effect, with none of the words of a clot or of soreness that grows or lasts.
_SORE_WHERE_IT_WAS_WORKED = re.compile(
    r"\A(?!.*\b(?:swoll\w*|swell\w*|puff\w*|warm|hot|red|redness|throb\w*|breath\w*|spread\w*|worse|wors\w*|one side|"
    r"only (?:the |my )?(?:left|right|one)|flight|flew|surgery|operation|pill|hrt|cast|agony|unbearable|excruciating|"
    r"can'?t (?:walk|stand|put weight|move)|numb\w*|tingl\w*|weeks?|still|(?:[4-9]|four|five|six|seven|eight|nine|ten|several) days|fever\w*|dark|"
    r"sorer|more (?:sore|painful|tender)|every (?:single )?day|each day|not (?:any )?better|no better|not less|day (?:[4-9]|four|five|six|seven)|"
    r"monday|tuesday|wednesday|thursday|friday)\b)"
    r"(?=.*\b(?:worked on|worked|went (?:in|hard|deep) on|focused on|pressed|dug into|massaged)\b)"
    r"(?=.*\b(?:sore\w*|tender|achy|aching|stiff)\b)"
)
# Soreness said to grow or spread: the kind's own words.
_GROWS = re.compile(
    r"\b(?:worse|wors\w*|sorer|more (?:sore|painful|tender)|spread\w*|growing|bigger|not (?:any )?better|no better|shoot\w*|"
    r"numb\w*|tingl\w*|pins and needles)\b"
)
# A visit that has happened: soreness that grows after the work (brief §5b) needs work to have been done.
_AFTER_THE_WORK = re.compile(
    r"\b(?:after|since|following|from) (?:my|the|a|your|last|yesterday'?s?|today'?s?|this morning'?s?|that) (?:\w+ )?"
    r"(?:session|massage|treatment|appointment|appt|visit)|\b(?:had|got|did) (?:a|my|the|some) (?:\w+ )?(?:session|massage|treatment)|"
    r"\bmy (?:last |first )?(?:session|massage|treatment|appointment|appt|visit)\b|\b(?:worked on|the therapist|your therapist)\b"
)
# "back at work", "back to normal", "got back home": no back named. Back pain with a fever needs a back.
_NOT_A_BACK = re.compile(
    r"\b(?:(?:i'?m|im|i am|was|were|be|been|got|get|getting|come|came|coming|go|going|went|gone|head\w*|fly\w*|flew|"
    r"move\w*|sent|call\w*|ring\w*|text\w*|write|hear|feel|feeling|bounc\w*|way) back|"
    r"back (?:at|to|in|into|home|from|again|then|later|on track|to normal|on my feet))\b"
)
_A_BACK = re.compile(r"\b(?:back|backs|back'?s|backache|spine|spinal|sciatica|lumbar|kidneys?|loin)\b")
# A condition named as being seen to: "I don't drive since my eyesight got worse (cataracts, being sorted)".
_BEING_SEEN_TO = re.compile(
    r"\b(?:being (?:sorted|treated|looked at|looked after|dealt with|managed|seen to|monitored)|"
    r"on (?:the|a) (?:waiting )?list for|waiting (?:for|on) (?:an?|my|his|her|the) (?:op|operation|surgery|appointment|referral))\b"
)
# Usual soreness told plainly, a few days on at most, and not growing: "I had a massage 3 days ago and I'm
# still tender", "can I book another one tomorrow even though I'm still achy from today" (brief §3: one to three days).
_HARDLY_SORE = re.compile(
    r"\A(?!.*\b(?:worse|wors\w*|sorer|more sore|spreading)\b).*(?:"
    r"\b(?:barely|hardly|scarcely|not really|not (?:even )?(?:that|very)|not at all) (?:\w+ )?(?:sore|achy|stiff|tender|aching)\b|"
    r"\b(?:hardly|barely) any (?:soreness|aches?|stiffness|pain)\b)"
)
_STILL_A_LITTLE_SORE = re.compile(
    r"\A(?!.*\b(?:swell\w*|swollen|puff\w*|hot|warm|red\w*|throbb\w*|worse|wors\w*|one (?:side|leg|calf)|only (?:the |my )?(?:left|right|one)|"
    r"flight|flew|surgery|operation|pill|hrt|cast|agony|unbearable|excruciating|can'?t (?:walk|stand|sleep|move|put weight)|numb\w*|tingl\w*|"
    r"weeks?|[4-9] days|(?:four|five|six|seven|eight|nine|ten) days|fever|dark)\b)"
    r"(?=.*\bstill (?:feels |feeling |is |looks |a bit |a little |slightly |quite |pretty |a tad |kinda |kind of ){0,2}(?:sore|tender|achy|stiff|aching|bruised)\b)"
    r"(?=.*\b(?:from (?:today|yesterday|the (?:session|massage|treatment))|yesterday|(?:[1-3]|one|two|three|a couple of|couple of|a few) days? (?:ago|later|after|on)|day (?:2|3|two|three))\b)"
)
_TAKEN = re.compile(
    r"\b(?:took|taken|swallowed|downed|necked|ate|eaten|popped|had (?:a|the) (?:whole|lot|load|handful))\b"
)
# What massage is claimed to do, asked about: "does it really flush out toxins?", "can massage improve circulation?"
_ASKS_ABOUT_A_CLAIM = re.compile(
    r"\b(?:does|do|can|could|will|would|is|are)\b(?:\W+\w+){0,1}?\W+(?:massage|trigger point\w*(?: therapy)?|it|this|that|sessions?|tpt)\b"
    r"(?:\W+\w+){0,3}?\W+(?:improve|increase|boost|flush\w*|detox\w*|break (?:up|down)|release|drain|get rid of)\w*\b"
)
# Mild soreness after a session or exercise, with nothing that points to a clot or to worsening.
_EXPECTED_SORENESS = re.compile(
    r"\A(?!.*\b(?:swell\w*|swollen|puff\w*|hot|warm|red\w*|throbb\w*|worse|wors\w*|one (?:side|leg|calf)|only (?:the |my )?(?:left|right|one)|"
    r"flight|flew|surgery|operation|pill|hrt|cast|agony|can'?t (?:walk|stand|put weight)|days? later|week)\b)"
    r"(?=.*\b(?:a (?:bit|little|tad)|slightly|little bit|bit of|mildly|a touch|kinda|kind of|a wee bit) (?:\w+ )?(?:sore|tender|achy|stiff|tight)\b)"
    r"(?=.*\b(?:session|massage|treatment|appointment|run|running|gym|workout|match|game|training|hike|walk)\b)"
)
# Sore the day after a massage, told plainly (brief §3: expected for a day or two), whoever had it: "my mum had
# a massage with you yesterday and says her neck is sore today". Any sign beyond soreness keeps the score.
_SORE_THE_DAY_AFTER = re.compile(
    r"\A(?!.*\b(?:swell\w*|swollen|puff\w*|hot|red\w*|throbb\w*|worse|wors\w*|worst|sudden\w*|severe|agony|unbearable|excruciating|"
    r"headache\w*|migraine|vomit\w*|sick|fever|temperature|light|numb\w*|tingl\w*|weak\w*|dizz\w*|faint\w*|chest|breath\w*|"
    r"can'?t (?:move|walk|turn|lift|stand|see|speak)|one (?:side|leg|calf)|flight|flew|pill|dark|blood|bleed\w*|confus\w*|droop\w*|slur\w*)\b)"
    r"(?=.*\b(?:massage|session|treatment|appointment|trigger point work)\b(?:\W+\w+){0,5}?\W+"
    r"(?:yesterday|last night|this morning|(?:a|one|two|2|1|a couple of) days? ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"(?=.*\b(?:sore|achy|aching|tender|stiff|a bit tight)\b)"
)
# Sorer the day after than before the visit is the expected peak (brief §3), not soreness that grows
# day by day: "my back feels worse today than before i came in?? its the day after the massage".
_WORSE_THAN_BEFORE_THE_VISIT = re.compile(
    r"\A(?!.*\b(?:every day|each day|getting worse|worse and worse|more and more|days|weeks?|swell\w*|swollen|hot|red|numb\w*|tingl\w*|"
    r"can'?t (?:walk|move|sleep|lift|stand))\b)"
    r"(?=.*\b(?:worse|sorer|more sore)\b(?:\W+\w+){0,3}?\W+than (?:before|it was before|when i (?:came|went) in|before i (?:came|went) in|before the (?:massage|session))\b)"
    r"(?=.*\b(?:day after|next day|yesterday|this morning|last night|today)\b)"
)
# The urine's colour or blood, with nothing about control, retention or numbness.
_BLOOD_NOT_CONTROL = re.compile(
    r"\A(?=.*\b(?:blood in (?:my |the |his |her )?(?:urine|pee|wee)|(?:urine|pee|wee) (?:is |was |looks )?(?:red|pink|bloody)))"
    r"(?!.*\b(?:control|can'?t (?:pee|wee|feel|hold|go)|numb\w*|accidents?|wet (?:my|the)|leak\w*|saddle|wip\w*|both legs)\b)"
)
# A bruise from a knock, with nothing that points to a clot, a nerve or worsening.
_A_KNOCK = re.compile(
    r"\A(?!.*\b(?:swell\w*|swollen|hot|warm|red|throbb\w*|worse|numb\w*|tingl\w*|weak|flight|flew|surgery|pill|hrt|thinners?|warfarin)\b)"
    r"(?=.*\bbruis\w*\b)(?=.*\b(?:walk\w* into|bump\w* into|bang\w*|knock\w*|hit (?:it|my)|(?:from|after) (?:a|the) (?:fall|knock|door|table|bed|chair))\b)"
)
# Asking how much one may take: "what's the max dose of co-codamol?", "can I take 2 more before my
# appointment?"; not "I want to take them all".
_DOSE_QUESTION = re.compile(
    r"\b(?:max\w*|maximum|most|how (?:much|many|often)|safe (?:to|dose)|ok to take|okay to take|dose|dosage|"
    r"(?:can|could|should|may) (?:i|he|she|we) (?:take|have|double|up)|take (?:more|another|extra|some more)|double up)\b"
)
SURE_DOSE_QUESTION_SCORE = 0.85  # above it, even a question of a dose is left to the classifier
_ALL_OF_THEM = re.compile(
    r"\b(?:all of (?:them|it)|them all|the (?:lot|whole)|whole (?:box|packet|bottle|strip)|end (?:it|things))\b"
)
# One ordinary dose taken for an ache: "I took an aspirin for my headache, can I still come?".
_ONE_DOSE = re.compile(
    r"\A(?!.*\b(?:too many|lots|loads|handful|whole|all|extra|double|more than|overdos\w*|on purpose|deliberately|drows\w*|confus\w*|sleepy|vomit\w*|sick|"
    r"can'?t (?:stay awake|breathe)|unconscious|wo?n'?t wake)\b)"
    r".*\b(?:took|taken|had|have had|'ve had) (?:an?|one|1|two|2|my (?:usual|normal)|the usual|some) (?:\w+ )?"
    r"(?:aspirin|paracetamol|ibuprofen|nurofen|panadol|co-?codamol|painkillers?|tablets?|pills?|antihistamines?)\b"
    r"(?=.*\b(?:for (?:my|the|a|his|her) \w+|this morning|earlier|last night|before)\b)"
)
_HOLDS_BREATH = re.compile(r"\b(?:hold|holds|holding|held) (?:my|your|her|his|their|our) breath\b")
_WHERE_THE_THERAPIST_WORKS = re.compile(
    r"\b(?:touch\w*|work\w*|massag\w*|press\w*|go|going|goes)\b(?:\W+\w+){0,2}?\W+(?:near|on|around|over|close to|by) "
    r"(?:my|the|your|her|his) (?:chest|boobs?|breasts?|pecs?|bust|chest area)\b"
)
_CHEST_SYMPTOM = re.compile(
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|tight\w*|pressure|heavy|heaviness|crush\w*|squeez\w*|burn\w*|sweat\w*|clammy|sick|breath\w*)\b"
)
_UNFIT = re.compile(
    r"\b(?:unfit|out of shape|not fit|so lazy|need to get fit|haven'?t exercised|couch potato|"
    # …or rushing to get here: "a bit out of breath cos i just ran for the bus to get here lol"
    r"(?:just |had to )?(?:ran|run|running|sprinted|legged it|rushed|hurried|raced|jogged|cycled) (?:for|from|to|up|over|all the way|here)|"
    r"(?:took|walked up|climbed) (?:the|your) (?:stairs|hill|steps))\b"
)


def _not_a_body_now(prepared: str) -> bool:
    """A joke about a thing ("breathless just thinking about my to-do list 😅") or a study question."""
    return is_figurative(prepared) or bool(_STUDY.search(prepared))


# "is trigger point therapy good for headaches?" … "mine have been daily for two months, they wake me
# up at night": the follow-up's "mine" is the symptom the client named a message before.
# Words that stand for a symptom named in the message before: "mine", "the one I've got right now", "this
# one", or "it" as the subject of what it does ("it came on in a second").
_MINE = re.compile(
    r"\b(?:mine|my ones|the (?:one|ones) (?:i'?ve got|i have|i got|i'?m having|i am having)|this (?:one|latest one)|"
    r"the (?:current|latest|new) one)\b|(?:^|[.!?,] |\b(?:but|and|now|ok|so) )it(?= (?:came|started|hit|began|comes|starts|is|was|has|'s|just)\b)",
    re.IGNORECASE,
)
_SYMPTOM_NOUN = re.compile(
    r"\b(?:headaches?|migraines?|cramps?|spasms?|pains?|aches?|rash(?:es)?|lumps?|bruises?|nosebleeds?|dizzy spells?)\b",
    re.IGNORECASE,
)


def _with_its_subject(text: str, earlier: str) -> str:
    nouns = _SYMPTOM_NOUN.findall(earlier)
    if not nouns or not _MINE.search(text):
        return ""
    return _MINE.sub(f"my {nouns[-1].lower()}", text, count=1)


def describes_symptom(text: str) -> bool:
    """A symptom word that is live and someone's: not negated, not history ("fainted once
    when I was 16"), not a hypothetical or a general question, and not about an animal."""
    prepared = prepare(text)
    if _ANIMAL.search(prepared) or _IDIOM.search(prepared):
        return False
    clauses = split_clauses(prepared)
    for clause, after in zip(clauses, [*clauses[1:], None]):
        personal = _PERSONAL.search(clause.text) or _TELEGRAPHIC.match(clause.text)
        if clause.history or clause.hypothetical or not personal or _SETTLED.search(clause.text):
            continue
        if after is not None and _SETTLED.search(after.text):
            continue  # "my calf cramped up in the night, but it's totally fine now"
        if is_live(clause, _SYMPTOM):
            return True
    return False


def triage(
    text: str | None,
    history: Sequence[str] = (),
    classifier: Classifier | None = None,
    use_rules: bool = True,
    after_emergency: bool = False,
    after_referral: bool = False,
) -> TriageDecision:
    """The safety decision for one client message, given the client's earlier messages (oldest first).

    `after_emergency`: the assistant's previous answer told the client to call emergency services;
    the next turn stays with the emergency (source `after_emergency`) unless it clears up a
    misunderstanding, says help has come, or plainly turns to the front desk. `after_referral`: the previous answer was a doctor referral; a message that pushes
    back on it (a guess asked for, played down, waiting, a massage instead) gets it again.
    `use_rules=False` is for measuring the classifier alone (`make safety-eval`)."""
    text = text or ""
    screening = screen(text)
    readable = strip_markup(text)
    prepared = prepare(readable)
    earlier = [strip_markup(m)[-CONTEXT_CHARS:] for m in history[-CONTEXT_MESSAGES:] if m and m.strip()]
    # A matter that needs clearance, named in answer to the client's own "can I book?" a message before.
    medical = find_medical_request(readable, asked_before=any(asks_to_come(m) for m in earlier[-2:]))
    if medical is not None and medical.kind.startswith(CLEARANCE) and pure_smalltalk(readable) in ("thank", "affirm"):
        # "ok thanks, I'll ask my midwife first": the advice taken, not the matter asked again.
        medical = None
    found = _Found()
    # Looked for in every message: "j'ai mal à la poitrine" can pass as English to the screening.
    alarm = find_other_language_alarm(readable)
    if alarm is not None:
        found.offer(KINDS[alarm].level, alarm, "other_language")
    rules = _rules if use_rules else (lambda _: (None, None))
    found.offer(*rules(readable), "rules")
    if earlier and (subject := _with_its_subject(readable, earlier[-1])):
        # "do trigger points cause headaches?" … "the one I've got now came on in a second": the headache
        # is this message's, named a message before.
        found.offer(*rules(subject), "context_rules")
    level, kind, score = _classify(classifier, readable)
    explained = _second_look_clears(level, kind, score, prepared, medical)
    if explained:
        level = kind = None
    found.offer(level, kind, "classifier")
    if earlier and URGENCY[found.level] < URGENCY[EMERGENCY]:
        _read_with_context(found, earlier, readable, classifier, rules)
    if (
        after_emergency
        and found.level != EMERGENCY
        and not clears_up_a_misunderstanding(prepared)
        and not help_has_come_and_asks(readable)
        and not turns_to_the_desk(readable, set(asked_sections(readable)))
    ):
        # Right after "call emergency services now", whatever comes next ("I'll lie down and see",
        # "I'm fine now honestly", "ignore me, just a bad day", "can you just cancel my booking") keeps
        # the step in front of the client, until they say it was a misunderstanding, or that help has
        # come and ask about something else, or take the step in and ask the front desk something plain
        # ("Understood. Is there step-free access?"), which is answered with the step beside it.
        found.offer(EMERGENCY, None, AFTER_EMERGENCY)
    if found.level is not None:
        return TriageDecision(found.level, found.kind, tuple(found.sources), screening, True, score)
    # Someone else's complaint told in passing ("my son gets growing pains, but this is for me") is not the
    # client's symptom.
    own = without_someone_elses_matter(readable) if said_to_be_for_the_client(readable) else readable
    symptom = describes_symptom(own) or (bool(earlier) and describes_symptom(_with_its_subject(own, earlier[-1])))
    # The classifier's danger the message explains away must not back the NLU model's own
    # `emergency` guess either ("I always end up holding my breath when she presses").
    noted = (EXPLAINED,) if explained else ()
    if screening is not Screening.OK:
        return TriageDecision(sources=noted, screening=screening, symptom=symptom, score=score)
    if medical is not None:
        return TriageDecision(REFERRAL, medical.kind, ("rules", *noted), screening, symptom, score)
    if after_referral and presses_on_a_referral(readable):
        return TriageDecision(REFERRAL, REFERRAL_FOLLOW_UP, (AFTER_REFERRAL,), screening, symptom, score)
    return TriageDecision(sources=noted, symptom=symptom, score=score)


# A thunderclap headache is in the head; a sudden sharp pain from lifting or twisting, with no head
# named, is a strain.
_A_HEAD = re.compile(r"\b(?:head\w*|skull|migraines?|brain|temples?|eyes?|neck|vomit\w*|sick|threw up|throwing up)\b")
_A_STRAIN = re.compile(
    r"\b(?:lift\w*|picked up|picking up|twist\w*|bent down|bending|reach\w*|carry\w*|moving (?:house|furniture|boxes)|"
    r"gardening|at the gym|deadlift\w*|squat\w*)\b"
)


# What makes a cough a clot's: a leg, a flight, blood coughed up.
_A_CLOT_S_SIDE = re.compile(
    r"\b(?:calf|calves|leg|legs|thigh|swollen|swelling|flight|flew|clot\w*|dvt|blood|bloody|pill|chest)\b"
)


def _second_look_clears(
    level: str | None, kind: str | None, score: float, prepared: str, medical: MedicalRequest | None
) -> bool:
    """Whether the classifier's danger is explained away by the message itself (the rules still
    read the message on their own)."""
    if level is None:
        return False
    if _IDIOM.search(prepared):
        return True  # "this week has been the death of me": the idiom, not a wish to die
    if (
        kind in CRISIS_KINDS
        and not plausible(kind, prepared)
        and (_ILL_BEFORE_A_VISIT.search(prepared) or _IN_CARE_BEFORE_A_VISIT.search(prepared))
    ):
        # "been up all night with food poisoning, still feel grim. should I still come at 11?": an uncued
        # crisis score on a stomach bug and a question about the visit (any crisis word would keep it).
        return True
    if (
        kind in CRISIS_KINDS
        and not plausible(kind, prepared)
        and SOMEONE_ELSE.search(prepared)
        and asks_about_the_service(prepared)
    ):
        # "My father is 88… much more forgetful lately… Would massage help his memory?": an uncued crisis score
        # on someone else's ailment, asked as a question about the service.
        return True
    if kind == "suicidal_thoughts" and _PAIN_IS_KILLING.search(prepared) and not _OWN_DEATH.search(prepared):
        return True  # "shes pregnant and her back is killing her": pain, in the everyday idiom
    if kind == "serious_injury" and _FEELS_LIKE_AN_ACCIDENT.search(prepared):
        return True
    if kind not in CRISIS_KINDS and (
        _not_a_body_now(prepared) or about_something_else(prepared) or a_thing_breaks(prepared)
    ):
        # A joke about a thing, a study question, or a pet ("my cat keeps being sick on the carpet").
        return True
    if kind == "overdose" and score < SURE_DOSE_QUESTION_SCORE and _ONE_DOSE.search(prepared):
        return True  # one ordinary dose for an ache, no amount beyond it
    if kind == "overdose" and medical is not None and medical.kind == "treatment" and not _TAKEN.search(prepared):
        return True  # "thinking of coming off my pain meds and relying on massage instead": a choice of care
    if (
        kind == "overdose"
        and medical is not None
        and medical.kind.startswith(CLEARANCE)
        and not _TAKEN.search(prepared)
    ):
        return True  # "I have the cancer in the liver and take the chemo pills, massage is allowed?": whether to come
    if kind == "overdose" and medical is not None and medical.kind == "medication" and not _TAKEN.search(prepared):
        # "what medicine i can take for it?", "what's the max dose? I want to take more before my
        # appointment": asking what or how much to take, not having taken too much (the rules
        # still read "I took the whole box"); a surer score needs the question of a dose.
        if score < SURE_EMERGENCY_SCORE:
            return True
        return (
            score < SURE_DOSE_QUESTION_SCORE
            and bool(_DOSE_QUESTION.search(prepared))
            and not _ALL_OF_THEM.search(prepared)
        )
    if (
        level == SAME_DAY
        and kind in ("clot_signs", "worsening_soreness")
        and (_EXPECTED_SORENESS.search(prepared) or _STILL_A_LITTLE_SORE.search(prepared))
    ):
        return True  # "had my session yesterday and my calf is still a bit sore": brief §3, expected for a day or two
    if kind not in CRISIS_KINDS and _SORE_THE_DAY_AFTER.search(prepared):
        return True  # soreness the day after a massage is its usual after-effect
    if level == SAME_DAY and kind == "worsening_soreness" and _HARDLY_SORE.search(prepared):
        return True  # "2 days on and I'm barely sore at all, did it not work?": less soreness, not more
    if level == SAME_DAY and kind == "worsening_soreness" and _WORSE_THAN_BEFORE_THE_VISIT.search(prepared):
        return True
    if (
        kind in ("breathing", "pulmonary_embolism")
        and _HOLDS_BREATH.search(prepared)
        and (score < SURE_EMERGENCY_SCORE or not _BREATHING_TROUBLE.search(_HOLDS_BREATH.sub("", prepared)))
        and not (kind == "pulmonary_embolism" and _A_CLOT_S_SIDE.search(prepared))
    ):
        # "I was gripping the table and holding my breath on some of the points": holding it, not fighting
        # for it (when the classifier is sure, only if no other word of breathing is said).
        return True
    if kind in ("clot_signs", "worsening_soreness") and level == SAME_DAY and _BRUISE_FROM_THE_WORK.search(prepared):
        return True
    if (
        kind in ("clot_signs", "worsening_soreness")
        and level == SAME_DAY
        and _SORE_WHERE_IT_WAS_WORKED.search(prepared)
    ):
        return True
    if (
        kind == "worsening_soreness"
        and level == SAME_DAY
        and not _AFTER_THE_WORK.search(prepared)
        and not _GROWS.search(prepared)
        and asks_about_the_service(prepared)
    ):
        # "I wake up with a stiff neck almost every day… is this the kind of thing trigger point therapy is
        # for?": an everyday ache asked about, no work done yet that it could be an after-effect of.
        return True
    if kind == "back_pain_fever_night" and not _A_BACK.search(_NOT_A_BACK.sub(" ", prepared)):
        return True  # "fever went on Sunday and I'm back at work": a cold or flu before a visit, no back
    if kind == "stroke_signs" and _AFTER_THE_DENTIST.search(prepared) and not _STROKE_BEYOND_THE_MOUTH.search(prepared):
        return (
            True  # "had a wisdom tooth out today and I'm on antibiotics, face is swollen": the dentist's, not a stroke
        )
    if kind not in CRISIS_KINDS and _BEING_SEEN_TO.search(prepared) and not _ACUTE.search(prepared):
        return True  # a condition already in a doctor's hands, named in passing
    if kind not in CRISIS_KINDS and _TREATED_INJURY.search(prepared):
        # An injury already plastered, stitched or home: the clinic's booking, not 999 (the rules
        # still read any sign the message names, "in a cast and now his face is drooping").
        return True
    if kind == "breathing" and _ILL_BEFORE_A_VISIT.search(prepared) and not _BREATHING_TROUBLE.search(prepared):
        return True  # a cold's sore throat before a visit names no trouble breathing
    if (
        kind == "pulmonary_embolism"
        and _ILL_BEFORE_A_VISIT.search(prepared)
        and not _BREATHING_TROUBLE.search(prepared)
        and not _A_CLOT_S_SIDE.search(prepared)
    ):
        return True  # "a cough and a bit of a temperature, can I still come tomorrow?": a cold, no leg, no clot
    if level == SAME_DAY and kind in ("clot_signs", "limb_nerve", "worsening_soreness") and _A_KNOCK.search(prepared):
        return True  # "a big bruise on my thigh from walking into a table": a knock the message explains
    if kind == "thunderclap_headache" and not _A_HEAD.search(prepared) and _A_STRAIN.search(prepared):
        return True  # "came on suddenly when I lifted my toddler and it's really sharp": a strain, no head named
    if kind == "cauda_equina" and _BLOOD_NOT_CONTROL.search(prepared):
        return True  # "back aching on one side and a bit of blood in my wee": same-day (the rules say so), not cauda equina
    if (
        level == EMERGENCY
        and kind in _SUDDEN_ONSET_KINDS
        and score < SURE_SUDDEN_ONSET_SCORE
        and _LONG_STANDING.search(prepared)
        and not _ACUTE.search(prepared)
    ):
        # "getting worse for three months and now I can't lift my arm above my head": a stroke or a
        # thunderclap headache is defined by its suddenness, which months of it rule out.
        return True
    if kind == "breathing" and _BREATH_AND_THE_WORK_AHEAD.search(prepared) and not describes_symptom(prepared):
        return True  # what the work's pain may do to the breath, asked beforehand
    if kind == "thunderclap_headache" and _MILD_HEADACHE.search(prepared) and not _THUNDER_WORDS.search(prepared):
        return True  # a mild headache, none of a thunderclap's words: the doctor (if asked), not 999
    if kind == "thunderclap_headache" and _RECURRING_HEADACHES.search(prepared) and not _THUNDER_WORDS.search(prepared):
        return True  # "I've been having really bad headaches": one that keeps coming is the doctor's, not a thunderclap
    if kind == "thunderclap_headache" and _SETTLED.search(prepared) and not _THUNDER_WORDS.search(prepared):
        return True  # "my headache from yesterday has gone now, can I still come in?": over, and no thunderclap
    if kind == "breathing" and score < SURE_UNCUED_BREATHING_SCORE and not plausible("breathing", prepared, score):
        # "is it supposed to hurt like a 7 out of 10? … i was gritting my teeth": the classifier's guess of
        # a breathing emergency in a message that names nothing of breath, air or the airway.
        return True
    if (
        kind == "serious_injury"
        and _DAYS_OLD.search(prepared)
        and not _ACUTE.search(prepared)
        and not _GETTING_WORSE.search(prepared)
    ):
        return True  # an injury some days old: the doctor or urgent care, which the medical request refers
    if level != EMERGENCY or kind in CRISIS_KINDS or score >= SURE_EMERGENCY_SCORE:
        return False
    if not describes_symptom(prepared) and _ASKS_ABOUT_A_CLAIM.search(prepared):
        return True  # "does massage actually 'improve blood flow' like everyone says?": a question about the claims
    # An emergency of the body the classifier is unsure about, which the message itself explains.
    if _LONG_STANDING.search(prepared) and not _ACUTE.search(prepared):
        return True  # weeks of it, not a sudden onset: the medical request (if any) refers it
    if _SETTLED.search(prepared) and not _ACUTE.search(prepared) and any(c.history for c in split_clauses(prepared)):
        return True  # "I used to get panic attacks where I couldn't breathe, but I'm fine now"
    if over_and_done(prepared) and not _ACUTE.search(prepared):
        return True  # "someone at my work collapsed last week, he's fine now": over, the rules read it the same way
    if kind == "thunderclap_headache" and _HABITUAL_HEADACHES.search(prepared) and not _ACUTE.search(prepared):
        return True  # headaches as a pattern: the medical request (if any) refers it
    if kind == "breathing" and _UNFIT.search(prepared):
        return True  # "out of breath on the stairs lately, I'm so unfit": exertion the message explains
    if kind == "chest_pain" and _WHERE_THE_THERAPIST_WORKS.search(prepared) and not _CHEST_SYMPTOM.search(prepared):
        return True  # "who's going to be touching near my chest?": a question about the session
    # "Can you tell me if this is a herniated disc? Pain when I cough": a doctor's question the
    # classifier is unsure about is referred, not escalated; unless it started minutes ago ("hit like a
    # lightning bolt 10 min ago, nothing like my normal ones").
    return medical is not None and not _ACUTE.search(prepared)


def _read_with_context(found: _Found, earlier: list[str], text: str, classifier: Classifier | None, rules) -> None:
    """Escalate when the earlier messages and this one together describe a danger that the
    earlier messages alone did not: the new message completed it."""
    if is_reassurance(prepare(text)):
        return  # "oh it's fine now", "wrong chat": it settles what came before, it doesn't complete it
    before = " \n".join(earlier)
    together = f"{before} \n{text}"
    # (source, how to read the messages together, how to read the earlier ones): the new message
    # must complete a classifier danger, not just follow it.
    layers = (
        ("context_rules", rules, rules),
        (
            "context_classifier",
            lambda t: _classify_on_second_look(classifier, t, completing=text),
            lambda t: _classify_on_second_look(classifier, t),
        ),
    )
    for source, read_together, read_before in layers:
        level, kind = read_together(together)
        if level is not None and URGENCY[level] > URGENCY[read_before(before)[0]]:
            found.offer(level, kind, source)  # which layer saw it decides how sure the reply is


def _classify_on_second_look(
    classifier: Classifier | None, text: str, completing: str | None = None
) -> tuple[str | None, str | None]:
    """The classifier's danger in several messages read together, unless the words explain it away
    ("feel like I've been hit by a bus after my massage" … "and if it's still bad after that?"), or
    the `completing` message names nothing of its kind: "is there a fee for cancelling for being
    ill" after "been sick all night" adds nothing to a headache ("it's swollen and hot now" adds to
    a sore calf)."""
    level, kind, score = _classify(classifier, text)
    if level is not None and _second_look_clears(level, kind, score, prepare(text), find_medical_request(text)):
        return None, None
    # The completing message must name its kind in a word with no everyday sense: "they'd only be doing
    # my neck, not my tummy" after a note about an operation completes no headache, however sure the
    # classifier is of the messages read together.
    if level is not None and completing is not None and not plausible(kind, prepare(completing), 0.0):
        return None, None
    return level, kind


def _live_health_matter(text: str) -> bool:
    """A condition, medicine or test named outside history: "I used to get sciatica years ago"
    is not a medical question today."""
    return any(not c.history and mentions_live_health_matter(c) for c in split_clauses(prepare(text)))


# --- How the decision and the model's guess combine into the routed intent ---------------

# The NLU model's own `emergency` guess stands only with some backing from the
# classifier: alone it over-escalates unfamiliar text (other languages, lorem ipsum).
MODEL_EMERGENCY_BACKING = 0.25  # the classifier's emergency score it needs (its own threshold: 0.35)
# Below this emergency score, a classifier-only emergency that is also a plain request for medical
# advice ("is this a herniated disc?") is referred instead (its recall threshold: 0.35).
SURE_EMERGENCY_SCORE = 0.6
# The kinds the brief defines by a sudden onset, and the score above which weeks of it do not clear them.
_SUDDEN_ONSET_KINDS = frozenset({"stroke_signs", "thunderclap_headache"})
# Below it, a breathing emergency guessed in a message that names nothing of breathing is set aside.
SURE_UNCUED_BREATHING_SCORE = 0.9
SURE_SUDDEN_ONSET_SCORE = 0.9


PREVISIT_INTENT = "start_previsit_check"
# Intents a thank-you never overrules: small talk already, and the pre-visit check's answers.
# What got better, with nothing still wrong: "my shoulders feel loads looser", "the headaches have gone".
_ONLY_BETTER = re.compile(
    r"\A(?!.*\b(?:still|worse|but|however|except|although|though|new|started|now (?:i'?ve|i have) got)\b)"
    r".*\b(?:gone|easier|better|eased|not so|aren'?t so|less|cleared|disappeared|vanished|sorted|fixed|loose\w*|relief|improved)\b"
)
# The soreness brief §3 calls usual: sore a day or two after a session, or easing. Not soreness that
# grows, lasts beyond the usual days, or comes with swelling, heat, numbness or a limb that won't work.
_USUAL_SORENESS = re.compile(
    r"\A(?!.*\b(?:worse|wors|not (?:getting )?better|no better|still (?:really |very )?(?:bad|sore|painful)|swollen|swelling|hot|red|"
    r"numb|tingl|bruis|can'?t (?:move|walk|lift|sleep|stand)|[3-9] days|three|four|five|six|week|agony|unbearable|dark)\b)"
    r"(?=.*\b(?:sore|sorer|soreness|achy|achey|aches|ache|aching|tender|stiff|stiffer)\b)"
    # …a session just had, however it is said: "had a treatment this morning and im aching now".
    r"(?=.*\b(?:(?:had|got|did|went for|been for) (?:my|a|the|an|our|me) (?:first |1st |second |deep |trigger point |tp )?"
    r"(?:session|massage|treatment|appointment|appt|visit|tp)\b(?:\W+\w+){0,3}?\W+(?:this (?:morning|afternoon)|today|yesterday|"
    r"earlier|last night|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|post[- ]?(?:massage|session|treatment)|"
    r"after (?:my|the|a|your|yesterday'?s|last)? ?(?:session|massage|treatment|appointment|visit|tp)|since (?:my|the|yesterday'?s) "
    r"(?:session|massage|treatment)|(?:a|one|1|two|2|a couple of|couple) days? (?:later|after|on|since)|the day after|next day|"
    r"getting better|easing)\b)"
)
_KEPT_FOR_A_THANK_YOU = frozenset({PREVISIT_INTENT, *SMALLTALK_INTENTS, *ACKNOWLEDGEMENT_INTENTS})
HANDOFF_INTENT = "handoff"
CLINIC_INTENT = "clinic_info"
# What asking for the pre-visit check says: to be checked, or whether one may come or book.
_ASKS_TO_BE_CHECKED = re.compile(
    # (a check asked for, not a body part to have checked: "I never got it checked", "can you check it")
    r"\b(?:(?<!\bit )(?<!\bthem )(?<!\bthat )(?<!\bthis )(?<!\bbeen )(?<!\bbeing )check\w*(?! (?:it|them|that|this|my|her|his|out|up)\b)|screen\w*|suitab\w*|eligib\w*|safe (?:for me )?to|fit (?:to|for)|allowed to|pre-? ?visit|"
    r"(?:safety|health|screening) questions|(?:ok|okay|alright|all right|ready) (?:for me )?to (?:book|have|come|get)|(?:am|is) (?:i|it|trigger point\w*(?: therapy)?) "
    r"(?:ok|okay|alright|safe|suitable) for me|can i (?:have|get|book|come)|ask me the questions|stops? me (?:having|from))\b"
)


def _names_an_emergency_kind(text: str, score: float) -> bool:
    prepared = prepare(text)
    # "my back is killing me": pain in the everyday idiom names no wish to die.
    idiom = bool(_PAIN_IS_KILLING.search(prepared)) and not _OWN_DEATH.search(prepared)
    return any(
        plausible(kind, prepared, score) for kind in EMERGENCY_KINDS if not (idiom and kind == "suicidal_thoughts")
    )


# In parse data: the model's intent the triage set aside (the actions read it; see components/triage_gate.py).
OVERRULED_KEY = "overruled_intent"


_SUPPOSING_A_MATTER = re.compile(
    r"^\W*(?:(?:and|but|ok|okay|so|also)\W+)*(?:what|how)?\s*(?:about\s+)?(?:if|when)\s+(?:i'?m|i am|you'?re|you are|someone(?:'s| is)|"
    r"they'?re|they are|people are|he'?s|she'?s)\s+(?:on|taking|pregnant|expecting)\b(?:\W+\w+){0,3}\W*$"
)


def final_intent(
    decision: TriageDecision,
    predicted: str | None,
    confidence: float,
    text: str = "",
) -> str | None:
    """The intent a message is routed as, given the decision and the model's prediction.

    Returns None to keep the model's prediction.
    """
    if decision.intent is not None:
        return decision.intent
    if predicted == EMERGENCY_INTENT:
        backed = decision.score >= MODEL_EMERGENCY_BACKING and EXPLAINED not in decision.sources
        # "last year I had a sudden awful headache, a small bleed on the brain; surgery, fully discharged":
        # told as over and done, which neither layer found live.
        over = decision.level is None and over_and_done(prepare(text)) and not _ACUTE.search(prepare(text))
        # "My wife and I both want to book. She's the one with the bad back.": a booking in which
        # neither the rules nor the classifier found a kind of danger is a booking.
        booking = decision.level is None and wants_to_book(text)
        # …nor a message that names nothing any kind of emergency is about ("does everyone have them or just
        # me", "ur not understanding me, let me talk to staff"), nor a request for a person.
        if (
            backed
            and confidence >= 0.75
            and not booking
            and not over
            and not wants_a_person(text)
            and _names_an_emergency_kind(text, decision.score)
        ):
            return None
        # Not backed: the FAQ matcher decides, with the referral safety net for a symptom.
        return NLU_FALLBACK_INTENT
    if not text:
        return None
    if predicted != HANDOFF_INTENT and decision.level is None and only_contact_details(text):
        # "07700 900123" after "can someone call me?": told where a number reaches the team.
        return HANDOFF_INTENT
    # "thanks for the massage yesterday, loved it" (no question, no symptom); "my headaches have pretty
    # much gone since my sessions, just wanted to say thanks!" (a symptom only as what got better)
    thanked = (
        not decision.symptom or (decision.level is None and bool(_ONLY_BETTER.search(prepare(text))))
    ) and thanks_for_a_visit(text)
    if thanked and predicted == "thank":
        return None
    if thanked and predicted not in _KEPT_FOR_A_THANK_YOU:
        return "thank"
    if predicted not in (EMERGENCY_INTENT, UNREADABLE_INTENT) and about_something_else(text):
        # "my dog is stiff, can I do trigger point massage on him?": the clinic's words, not its subject.
        return UNREADABLE_INTENT
    if predicted == UNREADABLE_INTENT and about_the_clinic(text) and not about_something_else(text):
        # "how far are you from the train station, i dont drive", "why do i keep getting knots":
        # a question the model did not know; the FAQ matcher and the clinic's answers decide.
        # ("hi is this the massage place": checking they reached the clinic is a greeting.)
        return pure_smalltalk(text) or NLU_FALLBACK_INTENT
    if predicted == PREVISIT_INTENT and not _ASKS_TO_BE_CHECKED.search(text.lower()):
        # "anything I can do to speed it up?", "do I need to print the booking confirmation?": a
        # question the model half-read as "am I ok to book?" is answered, not met with 12 questions.
        return NLU_FALLBACK_INTENT
    if predicted == CLINIC_INTENT and not clinic_sections(text):
        # A front-desk guess that names no front-desk matter ("is there a piano in the lobby?", "my number
        # is 07700 900123… will I be sore after a session?"): the FAQ matcher decides, with the model's
        # next guess as its hint, and the front desk still answers a short follow-up to its last answer.
        return pure_smalltalk(text) or NLU_FALLBACK_INTENT
    if predicted != HANDOFF_INTENT and decision.level is None and wants_a_person(text):
        # "pls put me thru to someone" read as a session question: the client asked for a person.
        return HANDOFF_INTENT
    if predicted == HANDOFF_INTENT and not asks_for_a_person(text):
        # "do your staff know first aid?", "foam roller any good or waste of money": the model's hand-off
        # guess without a request for a person is a question the FAQ or the front desk answers.
        return pure_smalltalk(text) or NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and asks_about_the_service(text):
        # "My neck pain is just from my desk job; can trigger point therapy help?" is a question
        # about the service: the FAQ matcher answers it (with the symptom net if nothing fits).
        return NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and decision.level is None and doctors_word_given(text):
        # "my GP checked me over last week and gave me the all clear, so how many sessions would I need?":
        # the doctor has answered the medical part; what is left is the FAQ's.
        return NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and decision.level is None and _USUAL_SORENESS.search(prepare(text)):
        # "sore 2 days later, normal right", "sore after yesterday's session but easing": the soreness the
        # aftercare entries answer (with the symptom note), not a question for a doctor.
        return NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and decision.level is None and wants_to_book(text):
        # "Hello, I want to book for my father, he have pain in shoulder": a booking, with the reason for it.
        return NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and not decision.symptom and asks_the_front_desk(text):
        # "I'm a carer for my wife who has MS … Do you do evenings?", "He's had MS for years. Can I book
        # two back to back?": the condition is the story; what is asked is the front desk's business.
        return NLU_FALLBACK_INTENT
    if (
        predicted == MEDICAL_INTENT
        and not decision.symptom
        and (condition_looked_after(text) or asks_when_to_come(text))
    ):
        # "controlled with tablets and my GP is happy. anything I should do?", "I have scabies, just started
        # the cream. when can I come back?": the contraindication entries answer when and how to come.
        return NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and not decision.symptom and _SUPPOSING_A_MATTER.search(prepare(text)):
        # "what about if you're on apixaban?" after the bruising answer: a contraindication asked in general,
        # which its FAQ entry answers (with the doctor's clearance in it).
        return NLU_FALLBACK_INTENT
    if predicted == MEDICAL_INTENT and not (decision.symptom or _live_health_matter(text)):
        # The model's `ask_medical` alone, with no symptom and no condition, medicine or test
        # named ("going away for 3 months, can I freeze my plan?"), is not a medical question:
        # the FAQ matcher decides.
        return NLU_FALLBACK_INTENT
    if decision.symptom and predicted in (*SMALLTALK_INTENTS, UNREADABLE_INTENT) and not about_something_else(text):
        # A symptom never gets small talk or "outside what I can help with" (unless the subject is something
        # else: "write me a poem about my sore back", "my dog's sore leg"): the FAQ
        # answers it if an entry fits for sure, and otherwise the referral safety net does.
        return NLU_FALLBACK_INTENT
    # A question the model filed under small talk goes to the FAQ matcher; a bare
    # "ok cool ty" the model read as a question is small talk (bot/smalltalk.py).
    if predicted in SMALLTALK_INTENTS and not looks_like(predicted, text):
        # "haha nice" read as a thank-you is still small talk, of its own kind.
        return pure_smalltalk(text) or NLU_FALLBACK_INTENT
    if predicted in OVERRULABLE_INTENTS:
        return pure_smalltalk(text)
    return None
