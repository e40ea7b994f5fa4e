"""The part of an answer that a follow-up asks about.

After "will I be sore?", the client asks "how long till it wears off?". The answer just given
already says ("usually eases within a day or two"), and repeating all of it reads like the bot
did not listen. So a follow-up that no other entry answers gets the one sentence of the last
answer that does: a sentence of the kind the question asks for (a duration for "how long", a
frequency for "how often", what to do for "what if it's still bad"), sharing its words.
"""

from __future__ import annotations

import re

from bot.question_focus import sentences_of
from bot.text_normalization import content_stems

# What a question asks for, and what a sentence that answers it contains.
_ASKS_FOR = [
    (
        re.compile(
            r"\bhow long\b|\btill?\b|\buntil\b|\bhow soon\b|\bwhen (?:will|does|should|can)\b|\bhow many (?:days|hours|weeks)\b"
        ),
        re.compile(r"\d|\b(?:days?|hours?|weeks?|minutes?|seconds?|months?|overnight|tomorrow|soon|quickly|while)\b"),
    ),
    (
        re.compile(r"\bhow often\b|\bhow many times\b|\bhow regularly\b|\bevery (?:day|week)\b"),
        re.compile(r"\b(?:times?|often|daily|weekly|regular\w*|every|once|twice|routine|frequen\w*)\b"),
    ),
    (
        # "is that bad?", "is that normal then?", "should I be worried?"
        re.compile(
            r"\b(?:is|isn'?t) (?:that|it|this) (?:\w+ )?(?:bad|normal|ok|okay|a (?:bad|good) sign|a problem|worrying|serious|expected)\b|"
            r"\bshould i (?:be )?(?:worr\w*|concerned)\b|\bnormal\W*$"
        ),
        re.compile(r"\b(?:normal|common|usual|usually|expected|typical|nothing to worry|often)\b"),
    ),
    (
        # "why that long?", "but why?": a sentence that gives a reason.
        re.compile(r"^\W*(?:(?:and|but|so|ok|okay|hmm)\W+)?why\b"),
        re.compile(
            r"\b(?:because|since|so that|so the|gives?|allows?|lets?|helps?|time to|until|aim|reason|releas\w*|eases?|soften\w*|respond\w*)\b"
        ),
    ),
    (
        # "which one is better for desk job shoulders?" after a comparison.
        re.compile(r"\bwhich (?:one|is|would|should)\b|\b(?:better|best) for\b"),
        re.compile(r"\b(?:depend\w*|both|either|suit\w*|choose|discuss|talk (?:it )?through|goals?|preference)\b"),
    ),
    (
        re.compile(r"\bstill\b|\bworse\b|\bafter that\b|\bdoesn'?t (?:go|stop|settle)\b|\bwhat if\b|\bnot better\b"),
        re.compile(r"\b(?:doctor|gp|medical|pharmacist|worse|getting|contact|call|check\w*|seek|advice)\b"),
    ),
]
# A sentence of what to do if things go wrong, not of the usual course.
_SAFETY_CAVEAT = re.compile(r"\b(?:999|911|112|a&e|emergency|urgent\w*|call|blood thinners?)\b")


def the_part_that_answers(question: str, answer: str) -> str | None:
    """The sentence of `answer` that best answers the follow-up `question`, or None when no
    sentence is of the kind asked for or shares a word with it."""
    lowered = question.lower()
    kinds = [sentence_kind for asks, sentence_kind in _ASKS_FOR if asks.search(lowered)]
    asked = set(content_stems(question))
    asks_what_if_worse = _ASKS_FOR[-1][0].search(lowered)
    best, best_score = None, 0.0
    for sentence in sentences_of(answer):
        score = len(asked & set(content_stems(sentence)))
        score += sum(2 for kind in kinds if kind.search(sentence.lower()))
        if not asks_what_if_worse and _SAFETY_CAVEAT.search(sentence.lower()):
            # "how long till it fades?" is about the usual course: the caveat's "20 to 30 minutes" of
            # bleeding on a blood thinner is a time, but not the one asked about.
            score -= 1.5
        if score > best_score:
            best, best_score = sentence, score
    return best if (kinds and best_score >= 2) or best_score >= 3 else None
