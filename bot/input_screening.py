"""Recognising messages the assistant cannot read as an English question.

Empty or emoji-only messages, markup, and other languages each get a polite,
specific reply instead of a guess.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from bot.privacy import gives_contact_details

# The longest message the NLU pipeline sees. Real questions are far shorter;
# a multi-megabyte message would stall every other conversation while it is tokenised.
MAX_MESSAGE_CHARS = 1000

_TAG = re.compile(r"<[^>]{0,200}>")
# Text that reads as code or an injection attempt rather than a question.
_CODE = re.compile(
    r";\s*--|\bdrop\s+table\b|\bunion\s+select\b|\bselect\s+\S+\s+from\b|\binsert\s+into\b|"
    r"\bdelete\s+from\b|<\s*script|javascript:|\bon(?:error|load|click)\s*=|<\?php|\brm\s+-rf\b|\$\{|\{\{",
    re.IGNORECASE,
)
_LATIN_WORD = re.compile(r"[a-z]+")


# Common words of languages clients may write in, that are not English words.
def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


_FOREIGN_WORDS = frozenset(
    _fold(word)
    for word in """hola gracias por favor puedo tengo dolor masaje necesito cita quiero hablas español usted
    bonjour merci je suis avez vous parlez français rendez besoin douleur pourquoi
    hallo danke bitte ich habe sie sprechen deutsch termin schmerzen massage kann
    ciao grazie sono dolore parla italiano appuntamento ho
    obrigado você fala português consulta dor olá
    dzień dobry dziękuję czy mówisz polsku""".split()
)
_ENGLISH_HINTS = frozenset(
    """the and is are you your what how can i my do does a to of in it for with have massage session
    trigger point sore pain book appointment thanks hello hi""".split()
)


# Reactions people send as a whole message, read as the words they stand for.
_REACTIONS = {
    "👍": "ok",
    "👌": "ok",
    "✅": "ok",
    "🙂": "ok",
    "😊": "ok",
    "😀": "ok",
    "😁": "ok",
    "😃": "ok",
    "🆗": "ok",
    "🙏": "thanks",
    "❤": "thanks",
    "♥": "thanks",
    "💕": "thanks",
    "😍": "thanks",
    "🥰": "thanks",
    "💯": "ok",
    "👋": "bye",
}


def reaction_words(text: str) -> str:
    """ "ok" for "👍👍", "thanks" for "🙏", "" when the text is anything but reactions."""
    found = []
    for ch in text:
        if ch in _REACTIONS:
            found.append(_REACTIONS[ch])
        elif not (ch.isspace() or unicodedata.category(ch) in ("Mn", "Cf", "Sk", "Po") or ch in "\ufe0f\u200d"):
            return ""
    return " ".join(dict.fromkeys(found))


class Screening(Enum):
    OK = "ok"
    EMPTY = "empty"
    NO_WORDS = "no_words"
    OTHER_LANGUAGE = "other_language"
    CODE = "code"


def clip(text: str) -> str:
    return text[:MAX_MESSAGE_CHARS]


def strip_markup(text: str) -> str:
    return _TAG.sub(" ", text)


def _letters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch).startswith("L")]


def screen(text: str) -> Screening:
    stripped = " ".join(strip_markup(text).split())
    if _CODE.search(text):
        return Screening.CODE
    if not stripped:
        return Screening.EMPTY
    letters = _letters(stripped)
    if not letters:
        # A thumbs-up or a heart is an answer in any chat app (bot/smalltalk.py reads it).
        # …and so is a phone number sent on its own after "can someone call me?" (bot/handoff.py).
        return Screening.OK if reaction_words(stripped) or gives_contact_details(stripped) else Screening.NO_WORDS
    non_latin = sum(
        1 for ch in letters if not ("a" <= ch.lower() <= "z") and unicodedata.name(ch, "").find("LATIN") < 0
    )
    if non_latin / len(letters) > 0.5:
        return Screening.OTHER_LANGUAGE
    tokens = _LATIN_WORD.findall(_fold(stripped))
    foreign = sum(1 for t in tokens if t in _FOREIGN_WORDS and t not in _ENGLISH_HINTS)
    english = sum(1 for t in tokens if t in _ENGLISH_HINTS)
    if tokens and foreign >= 2 and foreign > english:
        return Screening.OTHER_LANGUAGE
    return Screening.OK
