"""Turning what clients type into comparable tokens.

Clients write "massge", "cant", "appt" and "knots"; the matcher compares word
stems and character n-grams so that small typos still land on the right entry.
"""

from __future__ import annotations

import re
import unicodedata

from bot.health_vocabulary import BLOOD_THINNER_NAMES

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Shorthand and everyday words mapped to the vocabulary the FAQ is written in.
_SHORTHAND = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "wat": "what",
    "wot": "what",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "2moro": "tomorrow",
    "2day": "today",
    "coz": "because",
    "cuz": "because",
    "ty": "thanks",
    "tysm": "thanks",
    "naked": "clothes",
    "nude": "clothes",
    "pls": "please",
    "plz": "please",
    "appt": "appointment",
    "appts": "appointment",
    "thx": "thanks",
    "b4": "before",
    "n": "and",  # "n how often", "ok n after?"
    "bk": "book",
    "hrs": "hours",
    "sesh": "session",
    "cant": "can't",
    "dont": "don't",
    "wont": "won't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "im": "i'm",
    "ive": "i've",
    "whats": "what's",
    "knot": "trigger",
    "knots": "trigger",
    "masseuse": "therapist",
    "masseur": "therapist",
    "practitioner": "therapist",
    "achy": "sore",
    "aching": "sore",
    "tender": "sore",
    "soreness": "sore",
    "preggers": "pregnant",
    "pregnancy": "pregnant",
    "chemo": "chemotherapy",
    "workout": "exercise",
    "gym": "exercise",
    "wear": "clothes",
    "clothing": "clothes",
    "undress": "clothes",
    "undressed": "clothes",
    "leggings": "clothes",
    "underwear": "clothes",
    "bra": "clothes",
    "shorts": "clothes",
    "pants": "clothes",
    # "I'm on Eliquis": the word the FAQ's blood-thinner entry is written in.
    **dict.fromkeys(BLOOD_THINNER_NAMES, "thinner"),
}

# What follows "bk" when it is the back, not a booking: "bk pain 4 wks", "bk went lifting a box".
BK_IS_BACK = r"(?= (?:pain|ache|aches|achy|hurts|spasm|problems?|is (?:killing|sore|bad|stiff|agony)|went|gone|injury))"

STOPWORDS = frozenset(
    """a an the i i'm i've me my mine we our you your it it's its this that these those
    is are am was were be been being do does did to of and or in on at for with as by
    so just really very about please hi hey hello thanks there here would could
    should will can shall may might also too get got some any""".split()
)

_DOUBLING = frozenset({"ing", "ings", "ed", "edly", "ingly"})
_SUFFIXES = ("ingly", "ness", "ments", "ment", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "s")


def normalize(text: str) -> str:
    """Lowercase, unify apostrophes and accents, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower()
    return " ".join(text.split())


def stem(word: str) -> str:
    word = word.replace("'", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            root = word[: -len(suffix)]
            # "running", "swimming", "jogged": the root's doubled consonant is the suffix's, so they share
            # "run", "swim", "jog" with the plain verb ("rolling", "pressing" and "stuffed" keep theirs).
            if suffix in _DOUBLING and root[-1] == root[-2] and root[-1] not in "aeiouylsfz":
                return root[:-1]
            return root
    return word


# Phrasal verbs whose first word is another matter's word: soreness that "wears off" fades; it is not
# what to wear.
_PHRASAL_VERBS = ((re.compile(r"\bw(?:ear|ears|earing|ore|orn) (?:it |them |that )?off\b"), "fade"),)


def words(text: str) -> list[str]:
    """Normalized words with shorthand expanded (stopwords kept)."""
    out = []
    normalized = normalize(text)
    for pattern, meaning in _PHRASAL_VERBS:
        normalized = pattern.sub(meaning, normalized)
    for raw in _WORD.findall(normalized):
        out.extend(_SHORTHAND.get(raw, raw).split())
    return out


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def char_ngrams(text: str, sizes: tuple[int, ...] = (3, 4, 5)) -> list[str]:
    grams = []
    for w in words(text):
        if w in STOPWORDS:
            continue
        padded = f" {w} "
        for n in sizes:
            grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return grams
