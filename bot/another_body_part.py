"""The question just answered, asked again about another part of the body.

After "should I use ice or heat?" clients write "ok and for my neck?"; after "is there evidence for
neck pain?", "and for lower back?". Matched on its own words, such a message is a body part and
nothing else, and the matcher sends it to whatever entry talks most about that part (the neck-work
safety entry) or asks "did you mean…?". What it asks is the last question, about another place: the
last answer holds for it, said as such, with the entry about working on that part offered beside it.
"""

from __future__ import annotations

import re

from bot.question_focus import sentences_of
from bot.text_normalization import normalize

_PART = (
    r"(?:(?:lower|upper|mid|middle|low|left|right|whole) )?(?:back|neck|shoulders?|shoulder blades?|hips?|glutes?|legs?|calf|calves|"
    r"hamstrings?|hammies|quads?|thighs?|arms?|forearms?|feet|foot|arches|jaw|traps?|trapezius|knees?|ankles?|wrists?|elbows?|"
    r"bum|butt|buttocks?|bottom|pecs?|chest|lats|sides?|ribs|shins?|hands?|fingers?|head|temples?|face|spine|sciatic area)s?"
)
# "neck", "the calves", "my hips and my glutes"
_PARTS = rf"{_PART}(?:\W+(?:and|&|n|or)\W+(?:my |the )?{_PART})?"
_FILLER = r"(?:ok|okay|right|cool|great|thanks|thx|ta|and|but|also|so|oh|ah|hmm|yeah|yes|sure|nice|perfect)"
# "and for my neck?", "what about the lower back then", "same for shoulders?", "ok, and my calves?"
_SAME_FOR_ANOTHER_PART = re.compile(
    rf"^\W*(?:{_FILLER}\W+)*(?:and |also |what about |how about |wat about |same (?:for|with) |is it the same (?:for|with) |"
    rf"does (?:that|it|this) (?:go|apply|work) (?:for|to) |would (?:that|it) be the same for )?"
    rf"(?:for |with |on |in |to )?(?:my |the |your |his |her |our |a |me )?(?P<part>{_PARTS})"
    r"(?:\W+(?:then|too|as well|also|tho|though|pls|please|same|the same|lol))*\W*$"
)
# A bare body part needs a word that leans back ("and", "what about", "for"): "neck?" alone may be a new question.
_LEANS_BACK = re.compile(
    r"^\W*(?:\w+\W+)*?(?:and|also|what about|how about|wat about|same|for|with|does (?:that|it|this))\b"
)


# "do u treat necks?", "do your therapists work on hamstrings", "can you do my calves": whether a part is worked on.
_IS_IT_WORKED_ON = re.compile(
    rf"^\W*(?:{_FILLER}\W+)*(?:do|can|could|will|would|does) (?:you|u|ya|you guys|u guys|y'?all|yall|your therapists?|the therapists?|"
    r"they|she|he|the clinic) (?:also |ever |still |actually )?(?:work on|treat|do|massage|help with|help|look at|deal with|see to)"
    rf"(?: (?:the|my|your|people'?s|peoples|tight|stiff|sore|achy|knotted|tense))* (?P<part>{_PARTS})"
    r"(?:\W+(?:trigger point|trigger pt|tp|deep tissue|sports|work|muscles?|massage|knots?|too|as well|at all|pain|issues|problems|tho|"
    r"though|then|also|specifically|lol|pls|please))*\W*$"
)


def part_to_be_worked_on(text: str) -> str | None:
    """The body part a message asks whether the clinic works on, or None."""
    # Any sentence of it: "my kids are a pain in the neck lol. do your therapists do neck work?"
    for sentence in sentences_of(normalize(text)):
        if found := _IS_IT_WORKED_ON.match(sentence):
            return found.group("part")
    return None


def part_asked_about(text: str) -> str | None:
    """The body part a message asks the last question about again, or None."""
    normalized = normalize(text)
    found = _SAME_FOR_ANOTHER_PART.match(normalized)
    if found is None or not _LEANS_BACK.match(normalized):
        return None
    return found.group("part")


def same_for_that_part(part: str) -> str:
    """The line put before the last answer given again."""
    return f"For the {part}, much the same applies."
