"""Front-desk words as clients misspell them ("i need to cancle my apointment", "any
availibility tmrw"), put right before the front desk's keyword sections are looked for.

Only a word nobody writes on purpose is corrected: one the clinic's own texts do not use and
the NLU examples do not use again and again. "looking" stays "looking", not "booking";
"addressed" stays itself, not the clinic's address. The vocabulary is read once per process
(an edited FAQ reaches it at the next start: it only guards against over-correcting).
"""

from __future__ import annotations

import collections
import difflib
import re
from functools import lru_cache

import yaml

from bot.data_files import FAQ_PATH, PROFILE_PATH
from bot.safety_corpus import nlu_files
from bot.text_normalization import normalize

# The words the front desk's sections look for, spelt right.
FRONT_DESK_WORDS = (
    "appointment",
    "appointments",
    "availability",
    "available",
    "booking",
    "cancel",
    "cancellation",
    "cancelled",
    "reschedule",
    "rescheduled",
    "address",
    "directions",
    "voucher",
    "vouchers",
    "parking",
    "opening",
    "receipt",
    "insurance",
    "deposit",
    "refund",
    "payment",
    "discount",
    "wheelchair",
    "accessible",
    "tomorrow",
    "wednesday",
    "thursday",
    "saturday",
)
# How alike a word must be to a front-desk word (difflib's ratio) to be taken for it.
CUTOFF = 0.8
# How many letters longer or shorter a misspelling may be.
MAX_LENGTH_CHANGE = 2
# A word the NLU examples use at least this often is a word people mean.
COMMON_USE = 3
_WORD = re.compile(r"[a-z]{5,}")


def _strings(node: object):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words meant as written: the clinic's FAQ and profile, and what the NLU examples use often."""
    known = set(FRONT_DESK_WORDS)
    for path in (FAQ_PATH, PROFILE_PATH):
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            known.update(_WORD.findall(normalize(text)))
    uses: collections.Counter[str] = collections.Counter()
    for path in nlu_files():
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if isinstance(block, dict):
                uses.update(_WORD.findall(normalize(str(block.get("examples") or ""))))
    known.update(word for word, count in uses.items() if count >= COMMON_USE)
    return frozenset(known)


@lru_cache(maxsize=4096)
def _front_desk_word(word: str) -> str:
    if word in known_words():
        return word
    for close in difflib.get_close_matches(word, FRONT_DESK_WORDS, n=3, cutoff=CUTOFF):
        # A slip of the keys keeps the first letter and about the length ("cooking" is not "booking",
        # "insane" not "insurance"); a front-desk word with an ending is its own word ("deposits" of
        # calcium, "addressed"), which the sections read as they are.
        if close[0] == word[0] and abs(len(close) - len(word)) <= MAX_LENGTH_CHANGE and not word.startswith(close):
            return close
    return word


def with_front_desk_words_corrected(normalized: str) -> str:
    """The normalized text with misspelt front-desk words spelt right; everything else as it was."""
    return _WORD.sub(lambda m: _front_desk_word(m.group(0)), normalized)
