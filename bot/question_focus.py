"""What a client's message asks, as opposed to the story around it.

The FAQ matcher scores words. A story's words ("my sister gave me a voucher") and the things
a client rules out ("no heart problems, not pregnant", "had flu last month but I'm better
now") are not the question, and each would pull the match towards the entry that names them.
"""

from __future__ import annotations

import re

from bot.clauses import mark_negation, prepare, split_clauses

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
# Fewer content words than this left after the ruled-out statements go: keep the whole message.
_MIN_WORDS = 3


def question_part(text: str) -> str:
    """In a story of several sentences, the sentences that ask: "…my sister gave me a voucher
    and I'm nervous. Will it hurt?" is matched on "Will it hurt?", not on the voucher."""
    sentences = sentences_of(text)
    if len(sentences) < 3:
        return text
    asking = [s for s in sentences if ASKS.search(s)]
    return " ".join(asking) if asking else text


def asking_sentences(text: str) -> list[str]:
    """The sentences that ask, in a message of two or more; otherwise the whole message."""
    sentences = sentences_of(text)
    asking = [s for s in sentences if ASKS.search(s)] if len(sentences) > 1 else []
    return asking or [text]


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
            said = [w for w in mark_negation(clause.text).split() if not w.startswith("not_")]
            kept.append(" ".join(said))
    focused = " ".join(k for k in kept if k.strip(" ,"))
    return focused if len(focused.split()) >= _MIN_WORDS else text
