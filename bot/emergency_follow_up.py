"""Help on its way, said right after an emergency answer.

After "please call emergency services now", every turn that does not take the message back keeps
the step in front of the client (`bot.triage`, source `after_emergency`): "I'll lie down and see if
it passes", "I'm not sitting in A&E for hours". A turn that says help is coming ("my flatmate is
driving me to A&E") gets a short, supportive answer that keeps the number in view instead.
"""

from __future__ import annotations

import re

from bot.clauses import negated, prepare

# How many turns in a row the step is given again after an emergency answer: enough for a client
# who minimises, argues and delays (the blind sets had up to three such turns), few enough that a
# false alarm does not hold a conversation for ever.
FOLLOW_UPS = 3

_HELP_COMING = re.compile(
    r"\b(?:(?:called|calling|rang|ringing|phoned|phoning) (?:999|911|112|an ambulance|emergency|the ambulance)|"
    r"ambulance (?:is |'s |has )?(?:coming|on (?:its|it's|the) way|here|called|arrived|came)|"
    r"(?:on (?:my|our|the) way|going|heading|driving|taking me|driving me|take me|off) to (?:a&e|a and e|a & e|hospital|the hospital|"
    r"the er|er|emergency|urgent care)|at (?:a&e|a and e|the hospital|hospital|the er)|in the ambulance|"
    # "paramedics are with him now", "the crew have arrived", "doctors are seeing her".
    r"(?:paramedics?|ambulance (?:crew|people|staff)|the crew|medics|doctors?|nurses?|first aiders?) (?:are |is |have |has )?"
    r"(?:here|coming|on (?:their|the) way|with (?:him|her|me|us|them)|arrived|seeing (?:him|her|me|us)|looking after)|"
    r"(?:he'?s|she'?s|they'?ve|they have|i'?ve|i have|we'?ve|we have) (?:been )?(?:taken|admitted) (?:him |her |me )?(?:in|to hospital|to a&e))\b"
)


def help_is_coming(text: str) -> bool:
    """ "I've called 999", "my flatmate is driving me to A&E now" (not "nah I'm not calling 911")."""
    return _says_help_is_coming(prepare(text))


def _says_help_is_coming(prepared: str) -> bool:
    return any(not negated(prepared, m.start(), m.end()) for m in _HELP_COMING.finditer(prepared))


# A question after the news that help has come: "paramedics are with him now. can we cancel his
# Thursday appointment?" is answered like any other question.
_ASKS = re.compile(
    r"\?|^(?:and |so |but |also |ok |oh )?(?:what|why|how|when|where|which|who|can|could|should|would|will|is|are|do|does|"
    r"did|may|any)\b"
)
# "what do I do while I wait?", "should I bring anything?": still about the emergency.
_ABOUT_THE_EMERGENCY = re.compile(
    r"\b(?:wait|waiting|meanwhile|while|bring|take with|do i do|should i do|what now|lie down|sit up|aspirin|"
    r"how long|is (?:he|she|it) going to be|will (?:he|she) be)\b"
)
_PARTS = re.compile(
    r"(?<=[.!?;])\s+|\s*,\s*|\s+(?:but|and|so) (?=(?:can|could|will|would|should|is|do|does|what|how|when)\b)"
)


def help_has_come_and_asks(text: str) -> bool:
    """Help is with them, and the message also asks something else."""
    prepared = prepare(text)
    if not _says_help_is_coming(prepared):
        return False
    parts = [p for p in _PARTS.split(prepared) if p and not _HELP_COMING.search(p)]
    return any(_ASKS.search(p) and len(p.split()) >= 3 and not _ABOUT_THE_EMERGENCY.search(p) for p in parts)
