"""An everyday ache told as the reason for asking whether the clinic can help.

"I'm a hairdresser, on my feet all day with my arms up, and I've had a nagging ache between my
shoulder blades for months. Is it likely to help with something like that?" asks whether trigger point
work fits an ordinary muscle ache. Its question leans on the story ("something like that", "is that the
sort of thing you treat?"), so no FAQ entry matches it well, and the symptom net would send the client
to a doctor for the ache the clinic exists for. When the story names only the words of ordinary muscle
aches (ache, tight, stiff, sore, knots) and nothing of what the brief asks a doctor to see (numbness,
swelling, night pain, weight loss, a sudden or worsening pain…), the everyday-aches entry answers it;
that entry says when to see a doctor. Safety triage has already run on the message before this.
"""

from __future__ import annotations

import re

from bot.clauses import prepare
from bot.clinic_answers import asked_sections
from bot.medical_requests import asks_about_the_service

EVERYDAY_ACHES_ENTRY = "tp-everyday-aches"

_ACHE = re.compile(
    r"\b(?:ache|aches|ached|aching|achy|tight|tightness|stiff|stiffness|sore|soreness|knots?|tension|tense|pain|niggl\w*|\d+ ?(?:/|out of) ?10)\b"
)
# Anything beyond an ordinary ache: left to the FAQ matcher and the symptom net.
_MORE_THAN_AN_ACHE = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|swell\w*|swollen|bruis\w*|lumps?|rash\w*|fever|temperature|dizz\w*|faint\w*|"
    r"weak\w*|bleed\w*|burning|shooting|stabbing|sharp|radiat\w*|spread\w*|down (?:my|her|his|the) (?:arm|leg)s?|sweat\w*|"
    r"weight|chest|night|nights|wakes? me|sudden\w*|worse|worsening|getting bad|agony|unbearable|excruciating|can'?t (?:move|lift|walk|sleep|turn|bend|raise)|"
    r"click\w*|lock\w*|headaches?|migraines?|fall|fell|accident|crash|injur\w*|diagnos\w*|cancer|pregnan\w*|surgery|operation)\b"
)


# Worse as the working week wears on is the load, not a worsening: "gets worse towards Friday".
_WORSE_WITH_THE_WEEK = re.compile(
    r"\bworse (?:towards|by|at|on|near|as) (?:the end of (?:the |a )?(?:day|week|shift)|friday|fridays|the weekend|the week goes on|the day goes on|"
    r"(?:the )?end of (?:the |a )?(?:day|week|shift))\b"
)


# A seat gone numb from sitting is no nerve sign: "my numb bum from sitting at my desk 10 hrs a day".
_SAT_TOO_LONG = re.compile(
    r"\b(?:numb|dead) (?:bum|butt|backside|bottom|arse|behind)\b|\b(?:bum|butt|backside|bottom|arse|behind) (?:goes|went|gets|going|is|was) (?:numb|dead)\b"
    r"(?=.*\b(?:sit\w*|sat|desk|chair|seat|zoom|meetings?|drive|driving|sofa|couch)\b)"
)
_A_VISIT = frozenset({"booking", "same_day"})
# "…on the computer all day. Trigger point?", "could it be a knot?": the ache's name asked, which the
# everyday-aches entry answers with what trigger points are and when a doctor should look instead.
_IS_IT_A_TRIGGER_POINT = re.compile(
    r"(?:^|[.!?]\s*)(?:(?:is|could|would|might|can) (?:it|that|this|these) (?:be |just be )?|is (?:it|that|this) |maybe |probably |prob |"
    r"(?:just )?)(?:a |an |some )?(?:trigger ?points?|tps?|knots?)(?: then| maybe| perhaps)?\s*\?"
)


def an_ordinary_ache_asked_about(text: str, previous_message: str = "") -> bool:
    """The message asks whether the service helps an ache it describes in ordinary words only; or it
    gives such an ache as the reason for the visit the client asked about a message before ("hi do you
    have availability friday" … "its for my shoulder, been aching since i painted the ceiling")."""
    prepared = _WORSE_WITH_THE_WEEK.sub("", prepare(text))
    sat_too_long = bool(_SAT_TOO_LONG.search(prepared))
    prepared = _SAT_TOO_LONG.sub("", prepared)
    if not (sat_too_long or _ACHE.search(prepared)) or _MORE_THAN_AN_ACHE.search(prepared):
        return False
    if asks_about_the_service(text) or _IS_IT_A_TRIGGER_POINT.search(prepared):
        return True
    return "?" not in text and bool(previous_message) and bool(_A_VISIT.intersection(asked_sections(previous_message)))
