"""Help on its way, said right after an emergency answer.

After "please call emergency services now", every turn that does not take the message back keeps
the step in front of the client (`bot.triage`, source `after_emergency`): "I'll lie down and see if
it passes", "I'm not sitting in A&E for hours". A turn that says help is coming ("my flatmate is
driving me to A&E") gets a short, supportive answer that keeps the number in view instead.
"""

from __future__ import annotations

import re

from bot.clauses import clears_up_a_misunderstanding, negated, prepare

# How many turns in a row the step is given again after an emergency answer: enough for a client
# who minimises, argues and delays (the blind sets had up to three such turns), few enough that a
# false alarm does not hold a conversation for ever.
FOLLOW_UPS = 3

_HELP_COMING = re.compile(
    r"\b(?:(?:called|calling|rang|ringing|phoned|phoning) (?:999|911|112|an ambulance|emergency|the ambulance)|"
    r"ambulance (?:is |'s |has )?(?:coming|on (?:its|it's|the) way|here|called|arrived|came)|"
    r"(?:on (?:my|our|the) way|going|heading|driving|taking me|driving me|take me|off) to (?:a&e|a and e|a & e|hospital|the hospital|"
    r"the er|er|emergency|urgent care)|at (?:a&e|a and e|the hospital|hospital|the er)|in the ambulance|"
    # "update: im in hospital, it was a small bleed and they're treating it"
    r"(?:i'?m|im|i am|he'?s|she'?s|they'?re|we'?re) (?:now |still )?in (?:a&e|hospital|the hospital|the er)|"
    r"(?:they'?re|they are|doctors are|the doctors are) (?:treating|looking after|seeing to) (?:it|me|him|her|them)|"
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


# Anything that pushes back on the step, plays the danger down or puts it off: "it's passed, can we still
# book?", "can I still keep my appointment tomorrow though?", "don't worry about me. just cancel them".
_PUSHES_BACK = re.compile(
    r"\b(?:just|only|probably|prob|surely|fine|ok now|okay now|better|easing|eased|settl\w*|pass\w*|gone|nothing|"
    r"overreact\w*|fuss|drama\w*|forget|ignore|never ?mind|nvm|instead|rather|though|tho|anyway|anyways|"
    r"wait\w*|see how|later|sleep|lie down|lying down|rest|knot|muscle\w*|worry|worried|"
    r"don'?t|do not|won'?t|not|no|can'?t|cannot|stop|kidding|jk|joke|joking|lol|lmao|haha\w*|"
    r"goodbye|bye|remember me|for good|anymore|any more|all of (?:them|my)|everything|ambulance|999|911|112|"
    r"a&e|hospital|doctor|gp|er|paramedics?|"
    # Blaming the visit: "did your therapist do this to me?? i want to complain" (the emergency's cause, not the desk's).
    r"complain\w*|complaint|blame\w*|fault|(?:did|done|caused) (?:this|that|it)|do (?:this|that) to)\b"
)
# A matter for the front desk the emergency does not touch: not "how long will I be at A&E".
_DESK_SECTIONS = frozenset(
    {
        "accessibility",
        "booking",
        "cancellation",
        "hours",
        "location",
        "parking",
        "contact",
        "payment",
        "prices",
        "therapists",
    }
)
_ACKNOWLEDGED = re.compile(
    r"^(?:ok(?:ay)?|understood|got it|right|great|thanks?|thank you|cheers|will do|noted|sure|perfect|"
    r"ok (?:i'?ll|we'?ll) (?:phone|ring|call|contact) (?:them|him|her|the (?:gp|doctor|surgery)))\b"
)


# The number to call is the emergency's, not the front desk's: "ok. what number again?", "which number I call?"
_ASKS_FOR_THE_NUMBER = re.compile(
    r"\bnumbers?\b|\b(?:what|who|where) (?:do i |should i |shall i |to |can i )?(?:ring|call|dial|phone)\b"
)


def turns_to_the_desk(text: str, sections: frozenset[str] | set[str]) -> bool:
    """Right after an emergency answer, a plain front-desk question that takes the answer in and does
    not push back on it: "Understood. Is there step-free access, he uses a walking frame?". It gets its
    own answer with the step repeated beside it (`bot.replies.with_emergency_reminder`), rather than the
    step alone again, which held whole conversations after a false alarm. `sections`: the front-desk
    matters the message asks about (`bot.clinic_answers.asked_sections`)."""
    prepared = prepare(text)
    if not sections or not set(sections) <= _DESK_SECTIONS or len(prepared.split()) > 25:
        return False
    if _ASKS_FOR_THE_NUMBER.search(prepared):
        return False
    first, _, rest = prepared.partition(". ")
    # "ok I'll phone them. can I still keep Thursday's booking?": taking the step in is no pushback.
    checked = rest if rest and _ACKNOWLEDGED.match(first) else prepared
    if _ASKS_ABOUT_THE_CHARGE.search(checked):
        # "will she still be charged the fee though?" cancels the visit the step puts off: its "though"
        # is about the money, not a doubt about the step.
        checked = _ABOUT_THE_MONEY_TOO.sub(" ", checked)
    return not _PUSHES_BACK.search(checked)


_ASKS_ABOUT_THE_CHARGE = re.compile(
    r"\b(?:charged?|charging|fees?|pay|paying|refund\w*|deposit|money back|lose (?:my|her|his|their|the) (?:money|deposit))\b"
)
_ABOUT_THE_MONEY_TOO = re.compile(r"\b(?:though|tho|anyway|anyways)\b")


def still_needs_the_step(text: str) -> bool:
    """Whether an answer given right after an emergency answer keeps the step beside it: yes, unless the
    client has said it was a misunderstanding ("lol no, my pecs from chest day")."""
    return not clears_up_a_misunderstanding(prepare(text))
