"""Choosing the FAQ reply: a named entry, a sure match, a "did you mean…?", or an honest "I don't know"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.another_body_part import part_asked_about, part_to_be_worked_on, same_for_that_part
from bot.answer_parts import the_part_that_answers
from bot.clauses import prepare
from bot.clinic_answers import FRONT_DESK_ONLY, asked_sections, clinic_answer, clinic_sections, sections_answer
from bot.faq_matcher import POSSIBLE, Confidence, MatchResult
from bot.faq_store import FAQ_TOPICS, FaqEntry, render_answer
from bot.follow_ups import (
    A_BARE_LENGTH,
    FOLLOW_UP_WORDS,
    acknowledges,
    carries_on,
    kept_in_the_thread,
    leans_on_what_came_before,
    next_to_the_last_answer,
    read_with_the_last_question,
    short_follow_up,
)
from bot.health_thread import (
    DOCTORS_WORD_ENTRY,
    PAST_THE_USUAL_KIND,
    HealthThread,
    asks_to_still_go_ahead,
    carries_the_thread,
    goes_past_the_usual,
)
from bot.input_screening import Screening
from bot.knowledge_base import KnowledgeBase
from bot.medical_requests import (
    CLEARANCE_ENTRIES,
    asks_when_to_come,
    clearance_entries,
    clearance_entry,
    doctors_word_given,
    names_anything_medical,
)
from bot.ordinary_aches import EVERYDAY_ACHES_ENTRY, an_ordinary_ache_asked_about
from bot.other_language_questions import asked_front_desk_sections
from bot.out_of_scope import about_something_else, about_the_clinic
from bot.question_focus import (
    ASKS,
    asking_sentences,
    question_part,
    questions_of,
    sentences_of,
    without_someone_elses_matter,
    without_the_clients_details,
    without_what_is_ruled_out,
    without_whose_it_is,
)
from bot.replies import (
    Reply,
    acknowledgement_reply,
    capabilities_reply,
    clarify_reply,
    clinic_reply,
    emergency_follow_up_reply,
    faq_reply,
    medical_reply,
    no_answer_reply,
    noted_reply,
    other_language_clinic_reply,
    out_of_scope_reply,
    part_of_answer_reply,
    symptom_note,
    you_are_welcome_reply,
)
from bot.smalltalk import ACKNOWLEDGEMENT_INTENTS, pure_smalltalk
from bot.text_normalization import normalize

FAQ_INTENT_PREFIX = "faq_"
OUT_OF_SCOPE_INTENT = "out_of_scope"
NLU_FALLBACK = "nlu_fallback"
SAFETY_INTENTS = ("emergency", "ask_medical")
# The model read a front-desk question or a request for a person that nothing in the notes answers:
# the "no good answer" (which gives the front desk's number) is the front desk's, not out of scope.
# On the regression sets, 0.6 of such unanswered turns were the clinic's business by their writers.
DESK_TOPICS = {"clinic_info": "clinic", "handoff": "handoff"}
CLOSE_RUNNER_UP = 0.05
# Intents the model also predicts for short questions it cannot place ("what about
# my neck?", "can I just stop the session?"): a sure FAQ match wins over them.
CAPABILITIES_INTENT = "ask_capabilities"
# Front-desk matters no FAQ entry is about: a message naming one ("do I pay before or
# after?", "need to cancel my 10am") gets the clinic's answer unless an FAQ entry
# matches it well, not just by the topic the model or the previous answer suggests.
FRONT_DESK_SECTIONS = frozenset({"cancellation", "payment", "vouchers", "insurance", "same_day"})
FRONT_DESK_UNLESS_SCORE = 0.4
# Visiting matters only the clinic can answer (home visits, pets, a consultation, a referral): their
# words decide unless an FAQ entry fits almost word for word.
VISITING_SECTIONS = frozenset(
    {
        "home_visits",
        "pets",
        "consultation",
        "referral",
        "facilities",
        "late_arrival",
        "lost_property",
        "joint_bookings",
        "products",
        "table_size",
        "older_clients",
        "waiting_room",
        "tipping",
        "hygiene",
    }
)
VISITING_UNLESS_SCORE = 0.5
# Asking to book in so many words ("book me in pls"), not only naming an appointment.
# (without its question mark: "whats better for a stiff neck", "anywhere i should avoid")
_A_QUESTION_WORD = re.compile(
    r"\b(?:what|whats|what's|wats|wot|why|how|hows|how's|when|where|wheres|which|who|is|are|can|could|should|do|does|will|would|"
    r"any|anywhere|anything|anyone|ok to|okay to|best way)\b"
)
_BOOKING_WORD = re.compile(r"\b(?:book|booking|bk|put me down|pencil me in|sign (?:me |us )?up|reserve)\b")
SOFT_INTENTS = (*ACKNOWLEDGEMENT_INTENTS, CAPABILITIES_INTENT)
# Replies that do not answer: "did you mean…?", "I don't have a good answer", "OK! What would you like to know?".
UNSURE_KINDS = ("clarify", "unanswered", "acknowledgement")


def topic_of_intent(intent: str | None) -> str | None:
    if intent and intent.startswith(FAQ_INTENT_PREFIX) and intent[len(FAQ_INTENT_PREFIX) :] in FAQ_TOPICS:
        return intent[len(FAQ_INTENT_PREFIX) :]
    return None


def answer_faq(
    kb: KnowledgeBase,
    text: str,
    intent: str | None = None,
    intent_confidence: float = 0.0,
    faq_id: str | None = None,
    previous_faq_id: str | None = None,
    runner_up: tuple[str | None, float] = (None, 0.0),
    now: dt.datetime | None = None,
    symptom: bool = False,
    after_emergency: str | None = None,
    previous_sections: Sequence[str] = (),
    previous_message: str = "",
    thread: HealthThread | None = None,
) -> Reply:
    """Answer an FAQ intent, an unsure NLU turn (`nlu_fallback`, with the model's runner-up
    intent), or a bare yes/no/stop outside the pre-visit check.

    `symptom` (from the triage decision): the message describes a body symptom. It
    never gets "I don't know" or small talk: when some entries fit, they are offered
    with what to do about a worrying symptom ("can trigger points cause tingling?" is
    usually an ordinary question); when none does, the client gets the doctor referral
    and the emergency number.

    `after_emergency`: the red flag the previous answer was about ("" if unnamed; None if
    the previous answer was no emergency). A reply that doesn't move on gets the step again.

    `previous_message`: the client's message before this one, which a short follow-up leans on
    ("and booze?" after "can I go to the gym after a session?").

    `thread`: the health matter of the previous answer (a contraindication entry or a doctor
    referral), which a short message nothing else places stays with ("20 weeks", "so is that a no?").
    """
    if (still := _still_to_come_in_the_thread(kb, text, thread)) is not None:
        # "so should i still book?" after the referral, however the model read it (a booking, or unsure).
        return still
    reply = _answer_faq(
        kb,
        text,
        intent,
        intent_confidence,
        faq_id,
        previous_faq_id,
        runner_up,
        now,
        symptom,
        previous_sections,
        previous_message,
    )
    if after_emergency is not None and reply.extra.get("kind") in (*UNSURE_KINDS, "thanks") and acknowledges(text):
        # "ok" after "call 999 now": the step again, not "what would you like to know?".
        return emergency_follow_up_reply(after_emergency or None, kb.profile)
    if goes_past_the_usual(previous_faq_id, text):
        referral = medical_reply(PAST_THE_USUAL_KIND, kb.profile)
        return replace(referral, texts=[_PAST_THE_USUAL_LEAD, *referral.texts])
    if thread is not None and carries_the_thread(text) and doctors_word_given(text) and kb.faq.get(DOCTORS_WORD_ENTRY):
        # "GP's already had a look and said massage is fine" after the referral: the doctor has answered
        # it, and what to do with their word is the entry's (tell the therapist, bring any limits).
        return entry_reply(kb, DOCTORS_WORD_ENTRY)
    if (
        thread is not None
        and carries_the_thread(text)
        and (reply.extra.get("kind") in UNSURE_KINDS or _stays_with_the_matter(text, reply))
    ):
        return thread_reply(kb, thread)
    if (
        symptom
        and reply.extra.get("kind") in UNSURE_KINDS
        and kb.faq.get(EVERYDAY_ACHES_ENTRY) is not None
        and an_ordinary_ache_asked_about(text, previous_message)
    ):
        # "nagging ache between my shoulder blades from work… is it likely to help with something like that?"
        return entry_reply(kb, EVERYDAY_ACHES_ENTRY)
    if symptom and reply.extra.get("kind") in UNSURE_KINDS and reply.extra.get("kind") != "clarify":
        return medical_reply("symptom", kb.profile, suggestions=reply.buttons)
    if reply.extra.get("kind") == "unanswered" and previous_faq_id and _only_remarks(text):
        # "I feel fine now, it was more of a release than anything" after the answer about crying: a
        # remark on the answer just given, not a question nobody can answer.
        return noted_reply()
    return reply


# A remark asks nothing and names no health matter: "haha fair enough, she's very good".
_REMARK_WORDS = 25


def _only_remarks(text: str) -> bool:
    normalized = normalize(text)
    return (
        len(normalized.split()) <= _REMARK_WORDS
        and "?" not in text
        # Any sentence that asks: "cool. will i be able to ride the next day" is no remark.
        and not any(ASKS.search(s) or _A_QUESTION_WORD.match(normalize(s)) for s in sentences_of(text))
        and not names_anything_medical(text)
        and not _BOOKING_WORD.search(normalized)
    )


# Who to take the matter to: "what kind of doctor though, GP or physio?" (not the FAQ's "how is this
# different from physiotherapy?", which its words match).
_WHO_TO_SEE = re.compile(
    r"\b(?:what|which) (?:kind|sort|type) of (?:doctor|specialist|professional|person|clinic)|"
    r"\bwho (?:should|do|would|can|shall) i (?:see|go to|contact|call|ask|book with)\b|"
    r"\b(?:gp|doctor|dr)\W+or\W+(?:a |an |my |the )?(?:physio\w*|osteo\w*|chiro\w*|a&e|111|hospital|pharmacist|specialist|midwife)\b|"
    r"\b(?:physio\w*|osteo\w*|chiro\w*|midwife|pharmacist)\W+or\W+(?:a |an |my |the )?(?:gp|doctor|dr)\b"
)


# The matter supposed for a later date: "and if it turns out I am by my next appointment?"
_SUPPOSED = re.compile(
    r"\b(?:if|in case|suppose|supposing)\b(?:\W+\w+){0,4}?\W+(?:i am|i'?m|i was|i were|i get|i become|i still|it is|it'?s still|she is|he is)\b"
)


def _stays_with_the_matter(text: str, reply: Reply) -> bool:
    """A message that asks who to take the health matter to, or a front-desk answer read from a visit's
    date in a message that supposes the matter and asks to book nothing."""
    normalized = normalize(text)
    if _WHO_TO_SEE.search(normalized):
        return True
    desk = reply.topic == "clinic" and "sections" in reply.extra
    return desk and bool(_SUPPOSED.search(normalized)) and not _BOOKING_WORD.search(normalized)


def answer_out_of_scope(kb: KnowledgeBase, text: str, screening: Screening = Screening.OK, **context) -> Reply:
    """A message the model filed as out of scope. The model has seen few ways of asking most
    questions, so "is it ok to eat beforehand", "if I buy a block of 5 is it cheaper?" or "its for my
    upper traps" (after a self-massage answer) reach it as strangers: the FAQ, the front desk's
    answers and the conversation's last answer decide first, with the same bar as any other turn.
    Only when none of them places the message, or its subject is plainly something else (a pet,
    the weather), is it out of scope. `context`: as for `answer_faq`."""
    if screening is Screening.OK and not _asks_about_something_else(text):
        reply = answer_faq(kb, text, intent=OUT_OF_SCOPE_INTENT, **context)
        # The front desk's keyword answers are loose ("a pizza place near you" names a location): they
        # answer here only a message about the clinic, or a short follow-up to one of them.
        desk = reply.topic == "clinic" and "sections" in reply.extra
        follow_up = short_follow_up(text, context.get("previous_sections") or ())
        if reply.extra.get("kind") not in UNSURE_KINDS and (
            not desk
            or about_the_clinic(text)
            or follow_up
            or _only_the_front_desk_asked(text)
            or _a_plain_front_desk_matter_asked(text)
        ):
            return reply
    sections = asked_front_desk_sections(text)
    if sections:
        # "¿Cuánto cuesta una sesión de una hora?": the prices, in English, not only "English only".
        now = context.get("now") or dt.datetime.now(dt.timezone.utc)
        return other_language_clinic_reply(sections_answer(sections, kb.profile, now), sections, kb.profile)
    return out_of_scope_reply(kb.profile, screening)


def _asks_about_something_else(text: str) -> bool:
    """The subject is something else (a pet, homework, another business), unless that is only the story
    and the sentence that asks is plainly the front desk's: "My son's doing a school project on the
    heart haha. Anyway, do you do family discounts?"."""
    if not about_something_else(text):
        return False
    asking = " ".join(asking_sentences(text))
    return asking == text or about_something_else(asking) or not _a_plain_front_desk_matter_asked(asking)


def _only_the_front_desk_asked(text: str) -> bool:
    """A short question only a front desk answers: "whats the number", "anything free this week after 6? i
    finish at half 5" (its asking sentence, however much story comes with it)."""
    asked = asked_sections(text, lean_on_story=False)
    if not asked or not set(asked) <= FRONT_DESK_ONLY:
        return False
    return sum(len(s.split()) for s in asking_sentences(text)) <= FOLLOW_UP_WORDS


# Front-desk sections whose words are as often about something else as about the clinic: a pizza place
# "near you", the wifi at home, an email to the landlord, "do you do a good lasagne recipe".
LOOSE_SECTIONS = frozenset(
    {"location", "waiting_room", "services", "contact", "lost_property", "accessibility", "therapists", "facilities"}
)


def _a_plain_front_desk_matter_asked(text: str) -> bool:
    """A question whose asking sentence names only front-desk matters said in the clinic's own words
    ("do people tip?", "can you text me a reminder the day before?", "he's 17, can under-18s book?"),
    however long: the model's "out of scope" has seen few ways of asking them."""
    asked = asked_sections(text, lean_on_story=False)
    return bool(asked) and not LOOSE_SECTIONS.intersection(asked)


def _only_the_front_desk_is_asked(kb: KnowledgeBase, text: str, topic: str | None, hint: float) -> bool:
    """In a message of several sentences, the ones that ask name only front-desk matters, and no FAQ
    entry fits them clearly."""
    asking = asking_sentences(text)
    if asking == [text]:
        return False
    asked = " ".join(asking)
    if not _a_plain_front_desk_matter_asked(asked):
        return False
    return kb.matcher.match(asked, topic_hint=topic, hint_strength=hint).confidence is not Confidence.SURE


# A way round a contraindication, offered as a follow-up: a lighter session, another area, avoiding the spot.
_WAY_ROUND = re.compile(
    r"\b(?:what if|what about if|how about|could (?:you|they|u|she|he|the therapist|your therapists?)|can (?:you|they|u|she|he|the therapist)|"
    r"would it be (?:ok|okay|fine|alright)|is it (?:ok|okay|fine|alright) if|even if|but if|if (?:you|they|the therapist|she|he)|"
    r"surely|i'?d (?:be happy|settle) (?:with|for)|just)\b"
    r".*\b(?:light\w*|gentle|gently|soft\w*|easy|avoid\w*|skip\w*|leave (?:it|that|them|the \w+) alone|other (?:leg|arm|side|shoulder|areas?)|"
    r"(?:just|only) (?:my|the) \w+|not (?:touch|go near|work on|press)|away from|around (?:it|that|them)|relaxing|shorter|less pressure|"
    r"no pressure|careful\w*|stay(?:s|ed)? clear|nowhere near|not near|far (?:away )?from)\b|"
    # Keeping it from the therapist: "what if I just didn't mention it on the form?", "do I have to tell them?"
    r"\b(?:what if|if|could|can|couldn'?t|can'?t) i (?:just |simply )?(?:didn'?t|don'?t|did not|do not|not|never|left (?:it|that) off)"
    r"(?: \w+)? (?:mention|tell|say|put|write|declare|list|bring)\w*\b|"
    r"\b(?:leave|leaving|left|keep|keeping|kept) (?:it|that|this|them) (?:off|out of|quiet on) (?:the |my |your )?(?:\w+ )?form\b|"
    r"(?<!what )\bdo (?:i|we|you|they) (?:have|need|really need|really have) to (?:tell|mention|say|declare|know|put)\b|"
    r"\b(?:nobody|no one|no-one|they) (?:would|wouldn'?t|need|needs to|has to|have to|will|won'?t) (?:ever )?know\b|"
    # A massage argued for anyway: "wouldn't a gentle massage just help her relax?"
    r"\b(?:wouldn'?t|won'?t|doesn'?t|couldn'?t|surely|but)\b(?:\W+\w+){0,3}?\W+(?:massage|session|treatment|rub)\b(?:\W+\w+){0,3}?\W+"
    r"(?:help|relax|calm|do (?:her|him|me|them|us) good|be good for)\b|"
    # Insisting: "so can I come or not?"
    r"\b(?:can|could) i (?:still )?(?:come|book|have (?:one|it|a session)) or not\b|"
    # Something less than the clearance: "my surgeon said I'm allowed to walk on it, does that count as clearance?"
    r"\b(?:count|counts|counted) as (?:clearance|the ok|the okay|permission|the go-?ahead|a yes|an ok|sign-? ?off)\b"
)
WAY_ROUND_WORDS = 30


def _a_booking_said_not_asked(text: str) -> bool:
    """ "book me in pls": a booking word and no question in it."""
    normalized = normalize(text)
    return bool(_BOOKING_WORD.search(normalized)) and not ASKS.search(text) and not _A_QUESTION_WORD.search(normalized)


# A booking for a day: "can I book my next one for 2 weeks time?", "could I book in for friday at 5?"
# (not "how soon should I book my next one?", which the aftercare entry answers).
_BOOKS_A_DAY = re.compile(
    r"\b(?:book|booking|bk|put me down|pencil me in|reserve)\b(?:\W+\w+){0,6}?\W+(?:for|on|in|at)\s+(?:the |a )?"
    r"(?:(?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|next week|fortnight|"
    r"(?:\d+|two|three|four|five|six|a couple of|a few) ?(?:weeks?|wks?|days?)(?:'? time)?|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th))\b"
)
_HOW_SOON = re.compile(
    r"\b(?:how soon|how long|when should|how often|how many|should (?:i|we)|is it (?:ok|okay|too soon|better))\b"
)


def _books_a_day(text: str) -> bool:
    normalized = normalize(text)
    return bool(_BOOKS_A_DAY.search(normalized)) and not _HOW_SOON.search(normalized)


def proposes_a_way_round(text: str) -> bool:
    return len(text.split()) <= WAY_ROUND_WORDS and bool(_WAY_ROUND.search(prepare(text)))


def _short_when(text: str) -> bool:
    return len(text.split()) <= FOLLOW_UP_WORDS and asks_when_to_come(text)


# Why the clearance is said again: a way round it, how long to wait, or a detail added.
_CLEARANCE_LEADS = {
    "way_round": "Even a lighter or shorter session, or one that works only other areas, needs that OK first: "
    "your doctor or midwife knows your situation, and your therapist will plan the session around what they say.",
    "when": "How long to wait is for your doctor, surgeon or midwife to say: they know your situation, and your "
    "therapist will plan the session around what they advise.",
    # A detail added or a question about where that leaves them: "20 weeks", "is that a no then?".
    "detail": "It isn't a no from me, and I can't make it a yes either: that's for your doctor, surgeon or "
    "midwife to judge, because they know your situation. Your therapist will plan the session around what they say.",
}
_REFERRAL_LEAD = "I still can't judge that from here, so my advice stays the same."
_PAST_THE_USUAL_LEAD = "That sounds like more than the usual after-effects I described."


def clearance_still_needed_reply(kb: KnowledgeBase, faq_id: str, why: str = "way_round") -> Reply:
    """The contraindication entry again, led by why it still stands (`_CLEARANCE_LEADS`)."""
    entry = entry_reply(kb, faq_id)
    return replace(entry, texts=[_CLEARANCE_LEADS[why], *entry.texts])


def thread_reply(kb: KnowledgeBase, thread: HealthThread) -> Reply:
    """The advice of the previous answer again, for a message that stays with it (`bot.health_thread`)."""
    if thread.faq_id is not None and kb.faq.get(thread.faq_id) is not None:
        return clearance_still_needed_reply(kb, thread.faq_id, why="detail")
    referral = medical_reply(thread.referral, kb.profile)
    return replace(referral, texts=[_REFERRAL_LEAD, *referral.texts])


def _still_to_come_in_the_thread(kb: KnowledgeBase, text: str, thread: HealthThread | None) -> Reply | None:
    """Whether the visit can still go ahead, asked right after a health matter was answered: that
    matter's advice decides it, not the booking words."""
    if thread is not None and asks_to_still_go_ahead(text) and carries_the_thread(text):
        return thread_reply(kb, thread)
    return None


def _answer_faq(
    kb: KnowledgeBase,
    text: str,
    intent: str | None,
    intent_confidence: float,
    faq_id: str | None,
    previous_faq_id: str | None,
    runner_up: tuple[str | None, float],
    now: dt.datetime | None,
    symptom: bool = False,
    previous_sections: Sequence[str] = (),
    previous_message: str = "",
) -> Reply:
    if intent in ACKNOWLEDGEMENT_INTENTS and pure_smalltalk(text) == "thank":
        # "ok cool ty" after an answer, which the model read as a yes: thanks, not the last entry again.
        return you_are_welcome_reply()
    previous = kb.faq.get(previous_faq_id) if previous_faq_id else None
    if previous is not None and previous.id in CLEARANCE_ENTRIES and proposes_a_way_round(text):
        # "What if the therapist just does a really light version?" after "check with your doctor
        # first": the clearance stands, whatever the message's words match.
        return clearance_still_needed_reply(kb, previous.id)
    if (
        previous is not None
        and previous.id in CLEARANCE_ENTRIES
        and clearance_entry(text, asked_before=True) == previous.id
    ):
        # "it's only low dose aspirin, 75mg, though" after the blood-thinner answer: the same matter,
        # played down, still needs the doctor's OK.
        return clearance_still_needed_reply(kb, previous.id)
    if previous is not None and previous.id in CLEARANCE_ENTRIES and _short_when(text):
        # "how long should I wait then" after the clearance: the doctor says when.
        return clearance_still_needed_reply(kb, previous.id, why="when")
    chosen = kb.faq.get(faq_id) if faq_id else None
    if chosen is not None:
        return entry_reply(kb, chosen.id)
    if previous is not None and (part := part_asked_about(text)) is not None:
        return _the_same_for_another_part(kb, previous, part)
    if not symptom and (part := part_to_be_worked_on(text)) is not None and not _a_health_matter_named(kb, text):
        # (Not "I had my knee replaced 4 months ago. Can you work on my thigh?": the operation decides, and
        # the matcher finds its contraindication entry; understanding-blind-52 caught this.)
        return entry_reply(kb, _entry_for_working_on(kb, part))
    unsure_turn = intent == NLU_FALLBACK
    soft = intent if intent in SOFT_INTENTS else None
    if unsure_turn or soft:
        # The model's next-best guess is the best hint at what the message is about.
        intent, intent_confidence = runner_up
    topic = topic_of_intent(intent)
    result = _match_the_question(kb, text, topic, intent_confidence, previous)
    named = asked_sections(text)
    # "and how much?" after a front-desk answer is the front desk's, whatever the last question was.
    if result.confidence is not Confidence.SURE and previous_message and not named and leans_on_what_came_before(text):
        result = read_with_the_last_question(kb, text, previous_message, topic, intent_confidence, previous, result)
    if previous is not None and not named and carries_on(text) and leans_on_what_came_before(text):
        result = kept_in_the_thread(kb, text, previous, result)
    if (health := _whether_to_still_come(kb, text)) is not None:
        return health
    desk_score = _score_of_what_is_asked(kb, text, topic, intent_confidence, result) if named else result.score
    if (
        # No FAQ entry is about money: "whats the cost of trigger point therapy" is the price list,
        # however well its other words fit "what is trigger point therapy".
        "prices" in named
        or (desk_score < FRONT_DESK_UNLESS_SCORE and FRONT_DESK_SECTIONS.intersection(named))
        or (desk_score < VISITING_UNLESS_SCORE and VISITING_SECTIONS.intersection(named))
    ):
        if (clearance := _a_health_matter_asked_with_the_booking(kb, text)) is not None:
            return clearance_reply(kb, clearance, text, now)
        both = _question_and_front_desk(kb, text, topic, intent_confidence, now)
        return both if both is not None else _clinic_reply(kb, text, now)
    if "booking" in named and _books_a_day(text) and not symptom:
        return _clinic_reply(kb, text, now)
    if named and _only_the_front_desk_is_asked(kb, text, topic, intent_confidence):
        # "My lower back is screaming after moving house. What's the earliest you could see me?": the
        # story is the reason, the sentence that asks is the front desk's.
        return _clinic_reply(kb, text, now)
    if (
        "booking" in named
        and result.score < FRONT_DESK_UNLESS_SCORE
        and not symptom
        and _a_booking_said_not_asked(text)
        and not names_anything_medical(text)
    ):
        # "book me in pls", "my wife and I both want to book": a booking said, not asked, and no FAQ
        # entry close ("had a melanoma removed… anything I should know before booking?" asks).
        return _clinic_reply(kb, text, now)
    if (both := _each_question_answered(kb, text, topic, intent_confidence, result)) is not None:
        return both
    if short_follow_up(text, previous_sections) and (
        (result.confidence is not Confidence.SURE and not result.good_guess)
        or ("prices" in previous_sections and A_BARE_LENGTH.match(normalize(text)))
    ):
        # A short follow-up to a front-desk answer: "how long are they valid for?" after the vouchers, "and
        # half an hour?" after the prices. (Before the last FAQ entry's neighbours, when both were given.)
        return _clinic_reply(kb, text, now, previous_sections)
    if result.confidence is Confidence.SURE and result.best is not None:
        both = _question_and_front_desk(kb, text, topic, intent_confidence, now) if named else None
        if both is not None and both.faq_id == result.best.id:
            # "is it ok with a streaming cold, and how much notice do you need to cancel?": the entry and the desk.
            return both
        close = [c.entry for c in result.candidates[1:2] if c.score >= result.score - CLOSE_RUNNER_UP]
        return _with_the_other_clearance(kb, entry_reply(kb, result.best.id, close), text)
    if previous is not None and not result.good_guess and result.previous_score >= max(result.score, POSSIBLE):
        # The follow-up fits the answer just given better than any other: its one sentence, not all of it.
        part = the_part_that_answers(text, render_answer(previous, kb.profile))
        if part is not None:
            return part_of_answer_reply(previous, part, [c.entry for c in result.candidates[:2]])
    if (nearby := next_to_the_last_answer(kb, text, topic, intent_confidence, previous, result)) is not None:
        # "what can i do about it" after "is soreness normal?": the entry the last answer points to.
        return entry_reply(kb, nearby.id, [c.entry for c in result.candidates[:2] if c.entry.id != nearby.id])
    if soft == CAPABILITIES_INTENT:
        return capabilities_reply(kb.profile)
    if (
        soft
        and not named
        and not carries_on(text)
        # ("cool. will i be able to ride the next day" asks in its second sentence.)
        and (
            acknowledges(text)
            or (result.confidence is Confidence.NONE and not any(ASKS.search(s) for s in sentences_of(text)))
        )
    ):
        # "ok", "no thanks": acknowledged. "and can I say no to a technique?" is a question the model
        # read as a "no", and is answered or said to be unanswered like any other; "hi yeah I need to
        # book something asap" names the front desk's business, which answers it.
        return acknowledgement_reply()
    # No entry fits, or none clearly: a message that names a front-desk matter gets the front desk's
    # answer ("any evening appointments after work?") rather than a choice of FAQ entries.
    unplaced = result.confidence is not Confidence.SURE and not result.good_guess and intent not in SAFETY_INTENTS
    if named and ((unsure_turn and intent == "clinic_info") or unplaced):
        # The model half-recognised a front-desk question, or no entry fits at all, and the text
        # names what it is about: "how far are you from the train station?"
        return _clinic_reply(kb, text, now)
    if result.good_guess and intent not in SAFETY_INTENTS:
        # The likely answer, with the runner-up offered. A message that describes a symptom ("still a bit
        # sore 2 days on, normal?") gets it with what to do if the symptom is new or worrying: the same
        # safety note a choice of entries would carry, and the answer the client most likely wanted.
        guess = _best_guess_reply(kb, result)
        return replace(guess, texts=[*guess.texts, symptom_note(kb.profile).strip()]) if symptom else guess
    guess = topic or (result.best.topic if result.best and result.confidence is Confidence.POSSIBLE else "out_of_scope")
    # An unclear message the model half-read as a health worry still says what to do.
    safety_note = intent in SAFETY_INTENTS
    if result.confidence is Confidence.POSSIBLE:
        return clarify_reply(list(result.candidates), kb.profile, guess, safety_note, symptom)
    return no_answer_reply(kb.profile, topic or DESK_TOPICS.get(intent, guess), safety_note)


def _each_question_answered(
    kb: KnowledgeBase, text: str, topic: str | None, hint: float, result: MatchResult
) -> Reply | None:
    """Two questions in one message, each clearly answered by its own entry ("is it normal to be this sore
    and can I still work out tomorrow?"): both answers, the one that fits the whole message first."""
    entries: list[FaqEntry] = []
    sure = False
    for question in questions_of(text):
        match = kb.matcher.match(question, topic_hint=topic, hint_strength=hint)
        clear = match.confidence is Confidence.SURE or match.good_guess
        if clear and match.best is not None and match.best not in entries:
            entries.append(match.best)
            sure = sure or match.confidence is Confidence.SURE
    # Each question clearly answered, one of them for sure (a question alone has less to go on).
    if len(entries) < 2 or not sure:
        return None
    first, second = entries[:2]
    if result.best is not None and second.id == result.best.id:
        first, second = second, first
    reply = entry_reply(kb, first.id)
    return replace(reply, texts=[*reply.texts, *entry_reply(kb, second.id).texts])


def _score_of_what_is_asked(kb: KnowledgeBase, text: str, topic: str | None, hint: float, result: MatchResult) -> float:
    """How well an FAQ entry fits the sentences that ask: "Do u do home visits? I dont drive" is a
    visiting question, however well "I dont drive" fits the entry on driving after a session."""
    asking = asking_sentences(text)
    if asking == [text]:
        return result.score
    return min(result.score, kb.matcher.match(" ".join(asking), topic_hint=topic, hint_strength=hint).score)


def _match_the_question(kb: KnowledgeBase, text: str, topic: str | None, hint: float, previous: FaqEntry | None):
    text = without_the_clients_details(text)
    result = kb.matcher.match(text, topic_hint=topic, hint_strength=hint, previous=previous)
    focus = question_part(text)
    if focus == text and (bare := without_whose_it_is(text)) != text:
        focus = bare  # "what about one of those massage guns my brother has": the thing, not whose it is
    if focus != text:
        asked = kb.matcher.match(focus, topic_hint=topic, hint_strength=hint, previous=previous)
        if asked.confidence is Confidence.SURE or asked.score >= result.score:
            result, text = asked, focus
    elif result.confidence is not Confidence.SURE and len(asked_alone := asking_sentences(text)) == 1:
        # Two sentences, one that asks and a remark: "ok and for my neck? thats where its worst". The question
        # alone must fit for sure: "…whenever I've been driving for hours. trigger point?" needs its story.
        asked = kb.matcher.match(asked_alone[0], topic_hint=topic, hint_strength=hint, previous=previous)
        if asked.confidence is Confidence.SURE:
            result, text = asked, asked_alone[0]
    mine = without_someone_elses_matter(text)
    if mine != text:
        # Someone else's condition is the story; the client's own question is what is matched, and
        # if nothing fits it the front desk's words in it decide (see answer_faq).
        return kb.matcher.match(mine, topic_hint=topic, hint_strength=hint, previous=previous)
    said = without_what_is_ruled_out(text)
    if said != text:
        # "no heart problems, not pregnant. do I still need the health form?": the words ruled out
        # would win the match for the entry that names them, so a clear match without them wins.
        unsaid = kb.matcher.match(said, topic_hint=topic, hint_strength=hint, previous=previous)
        if unsaid.confidence is Confidence.SURE or unsaid.good_guess:
            return unsaid
        kept = [c.score for c in unsaid.candidates if result.best is not None and c.entry.id == result.best.id]
        if result.best is not None and (not kept or kept[0] < POSSIBLE):
            # "no high blood pressure, no blood thinners, not pregnant. can I just book?": the words ruled
            # out were all the best entry had; what is asked is matched, however weakly (the front desk's
            # words in it then decide).
            return unsaid
    return result


# Entries about working on one part of the body: a follow-up that names another part asks whether that
# part is worked on, not the same thing about it.
_ONE_PART_ENTRIES = frozenset({"ses-neck-work", "ses-glutes-buttocks", "ses-chest-work", "ses-jaw-work"})
_WORKED_ON = "ses-good-candidate"


def _a_health_matter_named(kb: KnowledgeBase, text: str) -> bool:
    """The message names something medical, or a contraindication entry fits it."""
    if names_anything_medical(text):
        return True
    result = kb.matcher.match(text)
    fits = result.confidence is Confidence.SURE or result.good_guess
    return fits and result.best is not None and result.best.topic == "contraindications"


def _entry_about_the_part(kb: KnowledgeBase, part: str) -> FaqEntry | None:
    """The entry about working on this part of the body, if it has one of its own (neck, buttocks, chest, jaw)."""
    best = kb.matcher.match(f"do you work on the {part}").best
    return best if best is not None and best.id in _ONE_PART_ENTRIES else None


def _entry_for_working_on(kb: KnowledgeBase, part: str) -> str:
    """ "do u treat necks?": the part's own entry, or whether trigger point work may suit them."""
    specific = _entry_about_the_part(kb, part)
    return specific.id if specific is not None else _WORKED_ON


def _the_same_for_another_part(kb: KnowledgeBase, previous: FaqEntry, part: str) -> Reply:
    """ "and for my neck?" after the ice-or-heat answer: that answer holds for the neck, said so, with the
    entry about working on the neck offered first; after the neck-work answer, whether the other part is worked on."""
    if previous.id in _ONE_PART_ENTRIES:
        worked_on = _entry_for_working_on(kb, part)
        return entry_reply(kb, worked_on if worked_on != previous.id else _WORKED_ON)
    specific = _entry_about_the_part(kb, part)
    again = entry_reply(kb, previous.id, [specific] if specific is not None else [])
    return replace(again, texts=[same_for_that_part(part), *again.texts])


def _question_and_front_desk(
    kb: KnowledgeBase, text: str, topic: str | None, hint: float, now: dt.datetime | None
) -> Reply | None:
    """Two questions in one message, one of them for the front desk: "can I come if I'm
    pregnant? I'll pay by card" gets the FAQ answer and the payment details."""
    # Sentences, and questions joined by "and": "what should i wear and can i pay by apple pay".
    parts = [p for s in sentences_of(text) for p in _THE_NEXT_QUESTION.split(s) if p.strip()]
    # Only another question counts: "Do u do home visits? I dont drive" asks one thing.
    desk = FRONT_DESK_SECTIONS | VISITING_SECTIONS | {"prices"}
    rest = " ".join(p for p in parts if ASKS.search(p) and not desk.intersection(clinic_sections(p)))
    if not rest or len(parts) < 2 or not any(desk.intersection(clinic_sections(p)) for p in parts):
        return None
    result = kb.matcher.match(rest, topic_hint=topic, hint_strength=hint)
    if result.confidence is not Confidence.SURE or result.best is None:
        return None
    entry = entry_reply(kb, result.best.id)
    desk, sections = clinic_answer(text, kb.profile, now or dt.datetime.now(dt.timezone.utc))
    return replace(entry, texts=[*entry.texts, desk], extra={**entry.extra, "sections": sections})


def answer_clinic_question(
    kb: KnowledgeBase,
    text: str,
    now: dt.datetime | None = None,
    previous_sections: Sequence[str] = (),
    thread: HealthThread | None = None,
) -> Reply:
    """A message the model read as a front-desk question. One that names no front-desk matter ("do I
    have to get fully naked?") and that an FAQ entry clearly answers gets that entry, not the overview.
    `thread`: as for `answer_faq`; "so can I still book in?" after a clearance answer stays with it."""
    if (still := _still_to_come_in_the_thread(kb, text, thread)) is not None:
        return still
    if (health := _whether_to_still_come(kb, text)) is not None:
        # "got impetigo, should I cancel friday?": the illness decides, not the cancellation policy.
        return health
    if (clearance := _a_health_matter_asked_with_the_booking(kb, text)) is not None:
        # "I'd like to book her a session. Is there anything the therapist needs to know because of her
        # diabetes?": the health matter is the question; the booking words only say what hangs on it.
        return clearance_reply(kb, clearance, text, now)
    if not asked_sections(text) and not previous_sections:
        result = kb.matcher.match(text)
        if result.best is not None and (result.confidence is Confidence.SURE or result.good_guess):
            return _best_guess_reply(kb, result)
    return _clinic_reply(kb, text, now, previous_sections)


# "…can you still do my legs and how much is an hour": where a second question starts after "and".
_THE_NEXT_QUESTION = re.compile(
    r"\s*,?\s+(?:and|also|plus|&|\+|n)\s+(?=(?:what|whats|what'?s|wats|how|hw|can|could|do|does|is|are|when|where|which|any)\b)",
    re.IGNORECASE,
)


def _a_health_matter_asked_with_the_booking(kb: KnowledgeBase, text: str) -> str | None:
    """The contraindication entry a sentence that asks is clearly about, in a message that names
    something medical and that the model read as a front-desk question; else None."""
    asking = " ".join(asking_sentences(text))
    if _a_plain_front_desk_matter_asked(asking):
        # "diabetic, feet a bit numb, can u still work on my legs and whats the price": the question beside
        # the front desk's (whose answer clearance_reply adds).
        asking = " ".join(p for p in _THE_NEXT_QUESTION.split(asking) if not _a_plain_front_desk_matter_asked(p))
    elif not names_anything_medical(text):
        return None
    if not asking.strip():
        return None
    result = kb.matcher.match(asking)
    best = result.best
    sure = result.confidence is Confidence.SURE
    return best.id if sure and best is not None and best.topic == "contraindications" else None


def _best_guess_reply(kb: KnowledgeBase, result: MatchResult) -> Reply:
    """The best entry's answer, with the runner-up offered first in case the guess was wrong."""
    return entry_reply(kb, result.best.id, [c.entry for c in result.candidates[1:2]])


def _clinic_reply(kb: KnowledgeBase, text: str, now: dt.datetime | None, previous: Sequence[str] = ()) -> Reply:
    answer, sections = clinic_answer(text, kb.profile, now or dt.datetime.now(dt.timezone.utc), previous=previous)
    return clinic_reply(answer, sections)


def _with_the_other_clearance(kb: KnowledgeBase, reply: Reply, text: str) -> Reply:
    """ "12 weeks pregnant and on blood thinners": each matter's clearance is said, not only the first's."""
    if reply.faq_id not in CLEARANCE_ENTRIES:
        return reply
    others = [e for e in clearance_entries(text, asked_before=True) if e != reply.faq_id and kb.faq.get(e) is not None]
    if not others:
        return reply
    return replace(reply, texts=[*reply.texts, render_answer(kb.faq.get(others[0]), kb.profile)])


def clearance_reply(kb: KnowledgeBase, faq_id: str, text: str, now: dt.datetime | None = None) -> Reply:
    """The contraindication entry for a matter that needs a doctor's OK, and the front desk's answer to
    what else the message asks: "my wife is pregnant, can I buy her a voucher?" gets both."""
    entry = _with_the_other_clearance(kb, entry_reply(kb, faq_id), text)
    if not (FRONT_DESK_SECTIONS | VISITING_SECTIONS | {"prices", "accessibility"}).intersection(clinic_sections(text)):
        return entry
    desk, sections = clinic_answer(text, kb.profile, now or dt.datetime.now(dt.timezone.utc))
    return replace(entry, texts=[*entry.texts, desk], extra={**entry.extra, "sections": sections})


def entry_reply(kb: KnowledgeBase, faq_id: str, alternatives: Sequence[FaqEntry] = ()) -> Reply:
    """The entry's answer; a close runner-up is offered first among the follow-up buttons."""
    entry = kb.faq.get(faq_id)
    assert entry is not None
    related = [e for e in (kb.faq.get(r) for r in entry.related) if e is not None]
    offered = [*alternatives, *(e for e in related if e not in alternatives)]
    return faq_reply(entry, kb.profile, offered)


# A fever before a visit, with no skin sign ("temp of 38 and aching all over, my appt is at 2"): the
# client's question is whether to come. The contraindication entry answers it (postpone, reschedule),
# and the same-day advice for a fever (brief §5b) follows it.
_FEVER = re.compile(r"\b(?:fever\w*|temp|temperature|high temp|flu|flu-?ish|chills|shivery)\b")
_SKIN_SIGN = re.compile(
    r"\b(?:rash|skin|streak\w*|spreading|pus|oozing|infected|weeping|swollen|hot to (?:the )?touch)\b"
)
# A day alone is no visit: "oh and i feel shivery and feverish tonight", days after a session.
_VISIT = re.compile(r"\b(?:appointment|appt|booking|booked|session|massage|come in|still come|cancel|reschedule)\b")
FEVER_ENTRY = "con-fever-illness"
# Being ill asked about as a booking matter ("what if I'm sick tho" after the cancellation policy): the
# fever told next is about that visit.
_IF_ILL = re.compile(
    r"\bif (?:i'?m|i am|i get|i feel|i'?m feeling|i fall|i come down) (?:\w+ )?(?:sick|ill|unwell|poorly)\b"
)
# A fever that came after the treatment ("feverish and achy the day after my massage") is a
# same-day medical question, not a reason to postpone the next visit.
_SINCE_THE_VISIT = re.compile(
    r"\b(?:after|since|following) (?:my|the|yesterday'?s?|last|this morning'?s?|today'?s?) (?:\w+ )?"
    r"(?:massage|session|treatment|appointment|appt|visit)\b"
)


# Whether to keep or cancel a booking because of something about the client's health: "tested positive
# for covid but feel fine, can I keep my booking?", "athlete's foot, should I cancel or is it fine since
# you're only doing my back?", "flu jab this morning, can you still do my shoulders this arvo?". The
# contraindication is the question; the booking words only say what hangs on it.
_STILL_COME = re.compile(
    r"\b(?:should i (?:\w+ )?(?:cancel|still come|reschedule|postpone|stay (?:at )?home)|(?:can|could|should) i (?:still )?keep (?:my|the) "
    r"(?:booking|appointment|appt|session|slot)|(?:can|could|will|would) (?:you|u|she|he|they|the therapist) still (?:do|work on|massage|treat|see)|"
    r"is it (?:still )?(?:ok|okay|fine|alright|safe) to (?:come|keep|go ahead)|(?:can|could) i still (?:come|have|get|go ahead)|or is it (?:ok|okay|fine)|"
    r"when (?:can|could|should) i (?:come|book) (?:back|in|again)|"
    # "do I need to cancel?", "my appt is thursday, what do i do"
    r"(?:do|will|would) (?:i|we) (?:need|have) to (?:cancel|reschedule|postpone|move)|should (?:we|she|he) (?:cancel|reschedule|postpone)|"
    r"(?:appointment|appt|booking|session)\b(?:\W+\w+){0,6}?\W+what (?:do|should|shall) (?:i|we) do)\b"
)
_HEALTH_REASON = re.compile(
    r"\b(?:covid|corona|flu|flu jab|jab|vaccin\w*|booster|cold|cold sore|sick|ill|unwell|virus|bug|temp|temperature|fever\w*|"
    r"rash|eczema|psoriasis|dermatitis|ringworm|hives|cellulitis|boils?|athlete'?s foot|verruca\w*|fungal|infection|infected|contagious|conjunctivitis|pink eye|impetigo|shingles|scabies|nits|lice|"
    r"sunburn\w*|tattoo|stitches|wound|cut|graze|blister\w*|sprain\w*|bruis\w*|d ?(?:&|and) ?v|diarrh\w*|vomit\w*|tummy bug|period)\b"
)


# A child's fever with a limp or a sore joint is the doctor's today (brief §5b), not a visit to postpone.
_SOMEONE_ELSES_SYMPTOMS = re.compile(
    r"\b(?:my|our) (?:little |young |youngest |eldest |oldest )?(?:\d{1,2} ?(?:-? ?(?:year|yr)s?[- ]old|yo)|son|daughter|kid|kids|child|"
    r"children|boy|girl|toddler|baby|little one|youngest|eldest|oldest)\b|"
    r"\blimp\w*|\b(?:hip|knee|joint|ankle)\b(?:\W+\w+){0,3}?\W+(?:sore|swollen|hot|red|painful|hurts?)|"
    # Someone else's pain with the fever: "my brother he have pain in stomach on right side and also fever".
    r"\b(?:my|our) (?:brother|sister|husband|wife|partner|mum|mom|dad|father|mother|friend|grandad|grandma|nan)\b(?=.*\b(?:pain|hurts?|ache))"
)


_PAIN_AT_NIGHT = re.compile(
    r"\b(?:wakes? (?:me|him|her) (?:up)?|waking (?:me|him|her) up|worse (?:at night|lying|when (?:i'?m |i am )?lying|in bed|when i lie)|"
    r"can'?t sleep (?:for|with|because of) (?:the )?(?:pain|ache)|(?:pain|ache|hurts?) (?:\w+ )?(?:at night|in the night|all night))\b"
)


def _whether_to_still_come(kb: KnowledgeBase, text: str) -> Reply | None:
    prepared = prepare(text)
    if not (_STILL_COME.search(prepared) and _HEALTH_REASON.search(prepared)):
        return None
    # What is said about the client's health decides the entry: "when can I come back" alone would match
    # the entry on spacing sessions.
    health = kb.matcher.match(_STILL_COME.sub(" ", prepared), topic_hint="contraindications")
    if health.best is None or health.best.topic != "contraindications":
        return None
    if health.confidence is Confidence.SURE or health.good_guess:
        return entry_reply(kb, health.best.id)
    return None


def illness_before_a_visit(kb: KnowledgeBase, text: str, previous_message: str = "") -> Reply | None:
    """The visit may be named a message before: "I've got a massage booked for Thursday" and then "but
    I've come down with a temperature and a sore throat"."""
    prepared = prepare(text)
    earlier = prepare(previous_message) if previous_message else ""
    if not _FEVER.search(prepared) or _SKIN_SIGN.search(prepared):
        return None
    visit_before = _VISIT.search(earlier) or _IF_ILL.search(earlier)
    if not (_VISIT.search(prepared) or (visit_before and not _SKIN_SIGN.search(earlier))):
        return None
    if _SINCE_THE_VISIT.search(f"{earlier} {prepared}") or _SOMEONE_ELSES_SYMPTOMS.search(prepared):
        return None
    if _PAIN_AT_NIGHT.search(prepared):
        return None  # pain that wakes them or is worse lying down, with a fever: the doctor's today (brief §5b)
    if kb.faq.get(FEVER_ENTRY) is None:
        return None
    entry = entry_reply(kb, FEVER_ENTRY)
    advice = (
        "If you feel very unwell, or the fever comes with a rash or a red, spreading area of skin, please get "
        f"medical advice today from your GP or {kb.profile.urgent_advice}."
    )
    return replace(entry, texts=[*entry.texts, advice])


def education_for(kb: KnowledgeBase, text: str) -> FaqEntry | None:
    """A safe general-education entry to offer beside a doctor referral, if one clearly fits."""
    result = kb.matcher.match(text)
    if result.confidence is Confidence.SURE:
        return result.best
    return None
