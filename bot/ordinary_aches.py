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


def an_ordinary_ache_asked_about(text: str) -> bool:
    """The message asks whether the service helps an ache it describes in ordinary words only."""
    prepared = _WORSE_WITH_THE_WEEK.sub("", prepare(text))
    return asks_about_the_service(text) and bool(_ACHE.search(prepared)) and not _MORE_THAN_AN_ACHE.search(prepared)
