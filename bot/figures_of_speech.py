"""Figures of speech for stress, effort and delight that use the words of symptoms: "my to-do list is
giving me palpitations lol", "blood, sweat and tears getting this appointment", "nearly fainted with
happiness", "nearly had a heart attack when I saw the price". Neither the safety triage nor the
doctor referral reads them as a body's symptom."""

from __future__ import annotations

import re

FIGURATIVE = re.compile(
    r"\b(?:(?:giving|gives|gave|give|gonna give|going to give) (?:me|us|him|her) (?:heart )?(?:palpitations|a heart attack|an aneurysm|"
    r"a stroke|a coronary|a migraine|an ulcer|grey hairs|kittens)|blood,? sweat,? (?:and|&|n) tears|"
    # A thing compared with pain: "my colleague's microwave fish gives me more chest pain than anything lol".
    r"(?:gives?|giving|gave|causes?|causing) (?:me|us|him|her) (?:more|worse) (?:chest pains?|heart ?aches?|heart pain|palpitations|"
    r"headaches?|heartburn) than\b|"
    r"(?:nearly|almost|practically|could have|could'?ve|i could) (?:fainted|passed out|died|had a heart attack|collapsed|keeled over)"
    r" (?:with|from|of) (?:happiness|joy|relief|excitement|delight|shock|surprise|laughter|laughing|embarrassment)|"
    r"(?:nearly|almost|practically) (?:fainted|passed out|died|had a heart attack|had a stroke|collapsed|keeled over) "
    r"(?:when|as soon as) (?:i|we) (?:saw|heard|read|got) (?:the|your|my) (?:price|prices|bill|cost|quote|total|queue|waiting list))\b"
)


def without_figures_of_speech(normalized: str) -> str:
    return FIGURATIVE.sub(" ", normalized)
