"""What a client's message asks, as opposed to the story around it.

The FAQ matcher scores words. A story's words ("my sister gave me a voucher") and the things
a client rules out ("no heart problems, not pregnant", "had flu last month but I'm better
now") are not the question, and each would pull the match towards the entry that names them.
"""

from __future__ import annotations

import re

from bot.clauses import mark_negation, prepare, split_clauses
from bot.privacy import gives_contact_details

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
ASKS = re.compile(
    r"\?\s*$|^\s*(?:so |and |but |anyway,? |ok,? |my question:? )?(?:what|why|how|when|where|which|who|can|could|"
    r"should|would|will|is|are|do|does|did|am|may|any)\b",
    re.IGNORECASE,
)
_OVER = re.compile(
    r"\b(?:gone|recovered|healed|better|fine|all clear|resolved|cleared up|sorted|no (?:problems?|issues?|trouble) since|"
    r"not since|over it|behind me)\b"
)
# The denials themselves, once what they deny is gone ("no , , can I just book?").
_NEGATION_WORDS = frozenset({"no", "not", "nope", "nah", "never", "neither", "nor", "none", "without"})
# Fewer content words than this left after the ruled-out statements go: keep the whole message.
_MIN_WORDS = 3


# "Anyway" turning from a story to the question, in one run-on sentence: "found a knot so big i thought
# i'd pass out 😂 anyway is this achy feeling today normal?"
_TURNS_TO_THE_QUESTION = re.compile(
    r"(?:^|\W)(?:but |so |ok |okay )?(?:anyway|anyways|any way|moving on|that aside)\b[\s,.!:;-]+"
    r"(?=(?:what|whats|why|how|when|where|which|who|can|could|should|would|will|is|are|do|does|did|am|any|i was wondering|quick question)\b)",
    re.IGNORECASE,
)


def question_part(text: str) -> str:
    """In a story of several sentences, the sentences that ask: "…my sister gave me a voucher
    and I'm nervous. Will it hurt?" is matched on "Will it hurt?", not on the voucher."""
    turns = list(_TURNS_TO_THE_QUESTION.finditer(text))
    if turns and turns[-1].start() > 0 and len(text[turns[-1].end() :].split()) >= _MIN_WORDS:
        return text[turns[-1].end() :]
    sentences = sentences_of(text)
    if len(sentences) < 3:
        return text
    asking = []
    for index, sentence in enumerate(sentences):
        if not ASKS.search(sentence):
            continue
        if index and _POINTS_BACK.search(sentence) and not ASKS.search(sentences[index - 1]):
            # "She said it's referred pain. Can you explain how that works?": "that" is the sentence before.
            asking.append(sentences[index - 1])
        asking.append(sentence)
    return " ".join(asking) if asking else text


# A question about what the sentence before it said: "how does that work?", "is this normal?".
_POINTS_BACK = re.compile(
    r"\b(?:how|why|what|is|does|can|could|would)\b(?:\W+\w+){0,5}?\W+(?:that|this|it|those)\b(?!\W+\w+\W+\w+\W+\w+\W+\w+\W+\w+)",
    re.IGNORECASE,
)


def asking_sentences(text: str) -> list[str]:
    """The sentences that ask, in a message of two or more; otherwise the whole message."""
    sentences = sentences_of(text)
    asking = [s for s in sentences if ASKS.search(s)] if len(sentences) > 1 else []
    return asking or [text]


# Where one question ends and the next begins: "whats a trigger point + can i get rid of it myself", "is
# it proven to work, and is it safe for everyone?".
_NEXT_QUESTION = re.compile(
    r"\s*(?:\?+|\s\+\s|\s&\s)\s*|\s*,?\s+(?:and|also|plus|or|&|\+)\s+(?=(?:can|could|should|would|will|is|are|do|does|how|what|whats|what's|"
    r"when|why|where|which|any|anything|is there|are there)\b)",
    re.IGNORECASE,
)
_ASKS_LOOSELY = re.compile(
    r"^\s*(?:whats|what's|wats|hows|how's|wheres|where's|r u|cn i|shud i|(?:also|plus|oh and|and also|oh,? also) "
    r"(?:what|how|can|could|do|does|is|are|should|will|would|when|why|any))\b",
    re.IGNORECASE,
)
_QUESTION_WORDS_AT_LEAST = 3


def questions_of(text: str) -> list[str]:
    """Each question a message asks, when it asks two or more; otherwise []."""
    parts = [p.strip(" ,.") for s in sentences_of(text) for p in _NEXT_QUESTION.split(s)]
    asked = [
        p for p in parts if len(p.split()) >= _QUESTION_WORDS_AT_LEAST and (ASKS.search(p) or _ASKS_LOOSELY.search(p))
    ]
    return asked if len(asked) >= 2 else []


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def without_what_is_ruled_out(text: str) -> str:
    """The message without the statements that rule something out: negated words ("no heart
    problems, not pregnant") and history that is over ("I had sciatica years ago, totally gone now") in the
    sentences that do not ask. A question keeps all its words: "can you not press so hard?"."""
    kept = []
    for sentence in sentences_of(text):
        if ASKS.search(sentence):
            kept.append(sentence)
            continue
        for clause in split_clauses(prepare(sentence)):
            if clause.history and _OVER.search(clause.text):
                continue  # "had sciatica years ago, totally gone now" (not "diagnosed with fibromyalgia last year")
            said = [
                w for w in mark_negation(clause.text).split() if not w.startswith("not_") and w not in _NEGATION_WORDS
            ]
            kept.append(" ".join(said))
    focused = " ".join(k for k in kept if k.strip(" ,"))
    return focused if len(focused.split()) >= _MIN_WORDS else text


# Someone else's condition told as the reason for the client's own question: "my wife's pregnant and I
# badly need an hour out of the house, anything free tonight?", "my daughter is 7 months pregnant and I
# want to treat myself while she's at her class". The question is the client's, so the condition's
# entry must not win the match; "my wife's pregnant, can she have a massage?" keeps it.
SOMEONE_ELSE = re.compile(
    r"\b(?:my|our) (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|mum|mom|mother|dad|father|sister|brother|"
    r"friend|flatmate|housemate|colleague|boss|nan|gran|grandma|grandad|grandpa|aunt|auntie|uncle|neighbou?r|fiancee?|missus|other half)\b"
)
# The visit is theirs, or both come: "booking for my mum please", "for my husband and me both".
_THEIR_VISIT = re.compile(
    r"\b(?:book\w*|appointments?|appts?|vouchers?|gift|sessions?|massages?|slots?|treat) (?:for|4) (?:my|our|her|him|them)\b|"
    r"\b(?:and me|me and|me both|both of us|the two of us|together)\b|\bfor (?:my|our) \w+ and (?:me|myself|i)\b"
)
_ABOUT_THEM = re.compile(r"\b(?:she|he|her|him|they|them|their|hers|his|for (?:my|our) \w+)\b")
_ABOUT_ME = re.compile(r"\b(?:i|me|myself|i'?m|i'?d|i'?ve|i'?ll|us|we)\b|^(?:any|anything|is there|are there)\b")


# Clauses, not every full stop: an email address has them.
_PART_BREAK = re.compile(r"[!?;]+\s*|\.+(?:\s+|$)|\s*,\s*|\s+(?:and|so|but|while|because|cos|as)\s+")


# The client says the visit is theirs, after someone else's matter: "my son gets growing pains but this is for me".
_FOR_ME = re.compile(
    r"\b(?:this|it|the booking|the appointment|the appt|the session|booking|appointment)(?:'s| is| will be| would be)? "
    r"(?:just |actually |only |all )?for me\b|\bfor myself\b",
    re.IGNORECASE,
)


def said_to_be_for_the_client(text: str) -> bool:
    return bool(_FOR_ME.search(text))


# A question asked only to know, about nobody's health: "my neighbour had a heart attack years ago and swears
# by massage. so what actually is a trigger point?" ("is massage safe?" after a husband's stroke may be his).
_ONLY_TO_KNOW = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|anyway|anyways)\W+)*(?:what (?:actually |exactly |even |really )?(?:is|are)|what'?s|"
    r"how (?:do|does) (?:trigger points?|knots?|they|it|this|that) (?:form|work|happen|start|come)|"
    r"why (?:do|does) (?:trigger points?|knots?|muscles?|they) )(?!.*\b(?:safe|ok|okay|suitable|allowed|risk\w*|harm\w*|dangerous)\b)"
)


def without_someone_elses_matter(text: str) -> str:
    """The message without the clauses about someone else, when what it asks is about the client; else
    the message unchanged."""
    parts = [p for p in _PART_BREAK.split(prepare(text)) if p.strip(" ,")]
    if not any(SOMEONE_ELSE.search(p) for p in parts) or any(_THEIR_VISIT.search(p) for p in parts):
        return text
    # What is said of them ("while she's at her antenatal class") goes with them; what is asked stays.
    rest = [p for p in parts if not SOMEONE_ELSE.search(p) and (ASKS.search(p) or not _ABOUT_THEM.search(p))]
    asking = [p for p in rest if ASKS.search(p)] or rest[-1:]
    if any(_ABOUT_THEM.search(p) for p in asking) or not (
        any(_ABOUT_ME.search(p) for p in rest) or all(_ONLY_TO_KNOW.search(p) for p in asking)
    ):
        return text
    kept = " ".join(rest)
    return kept if len(kept.split()) >= _MIN_WORDS else text


# Whose thing it is, said after the thing: "what about one of those massage guns my brother has", "the
# foam roller my physio gave me, is it any good?".
_WHOSE_IT_IS = re.compile(
    rf"\s*,?\s*(?:that |which )?{SOMEONE_ELSE.pattern[2:-2]}\b"
    r"(?:'s)? (?:has|have|had|uses|used|got|bought|gave me|lent me|swears by|recommended|keeps going on about|raves about)"
    r"(?: (?:at home|for (?:his|her|their) \w+|all the time|every day))?(?=\s*(?:[,?!.]|$))",
    re.IGNORECASE,
)


def without_whose_it_is(text: str) -> str:
    """The message without a clause that only says whose the thing asked about is."""
    kept = _WHOSE_IT_IS.sub(" ", text).strip()
    return kept if kept != text.strip() and len(kept.split()) >= _MIN_WORDS else text


def without_the_clients_details(text: str) -> str:
    """The message without the parts that give the client's own phone number or email ("my number is
    07700 900123 and email jo@example.com, will I be sore after a session?"): details, not the question.
    Unchanged when nothing else is left that asks."""
    if not gives_contact_details(text):
        return text
    rest = [p for p in _PART_BREAK.split(text) if p.strip(" ,") and not gives_contact_details(p)]
    kept = " ".join(rest)
    return kept if any(ASKS.search(p) for p in rest) and len(kept.split()) >= _MIN_WORDS else text
