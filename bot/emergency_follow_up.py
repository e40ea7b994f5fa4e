"""Help on its way, said right after an emergency answer.

After "please call emergency services now", every turn that does not take the message back keeps
the step in front of the client (`bot.triage`, source `after_emergency`): "I'll lie down and see if
it passes", "I'm not sitting in A&E for hours". A turn that says help is coming ("my flatmate is
driving me to A&E") gets a short, supportive answer that keeps the number in view instead.
"""

from __future__ import annotations

import re

from bot.clauses import prepare

# How many turns in a row the step is given again after an emergency answer: enough for a client
# who minimises, argues and delays (the blind sets had up to three such turns), few enough that a
# false alarm does not hold a conversation for ever.
FOLLOW_UPS = 3

_HELP_COMING = re.compile(
    r"\b(?:(?:called|calling|rang|ringing|phoned|phoning) (?:999|911|112|an ambulance|emergency|the ambulance)|"
    r"ambulance (?:is |'s )?(?:coming|on (?:its|it's|the) way|here|called)|paramedics? (?:are |is )?(?:here|coming|on)|"
    r"(?:on (?:my|our|the) way|going|heading|driving|taking me|driving me|take me|off) to (?:a&e|a and e|a & e|hospital|the hospital|"
    r"the er|er|emergency|urgent care)|at (?:a&e|a and e|the hospital|hospital|the er)|in the ambulance)\b"
)


def help_is_coming(text: str) -> bool:
    """ "I've called 999", "my flatmate is driving me to A&E now"."""
    return bool(_HELP_COMING.search(prepare(text)))
