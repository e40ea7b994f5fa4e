"""Reading a short follow-up against what came before: the last answer's entry and the entries it
points to, the client's last question, and the front desk's last answer ("and 90?", "and how often?",
"what can i do about it"). `bot.faq_answering` asks these before it settles on a match."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.clauses import is_reassurance, prepare
from bot.clinic_answers import asked_sections
from bot.faq_matcher import POSSIBLE, Confidence, FaqMatcher, MatchResult
from bot.faq_store import FaqEntry
from bot.knowledge_base import KnowledgeBase
from bot.out_of_scope import about_something_else
from bot.text_normalization import normalize

FOLLOW_UP_WORDS = 8  # a message this short after a front-desk answer may be about the same thing


# A length of session and nothing else, after the prices: "and half an hour?", "n 90 mins?", "what about 45".
A_BARE_LENGTH = re.compile(
    r"^\W*(?:(?:ok|okay|and|n|&|what about|how about|wbu|for|a|an|the)\W+)*"
    r"(?:half an hour|an hour(?: and a half)?|(?:1|one|an) and a half hours?|\d{2,3} ?(?:mins?|minutes?)?|\d ?(?:hours?|hrs?)|"
    r"(?:thirty|forty[- ]five|sixty|ninety) ?(?:mins?|minutes?)?)(?: (?:one|session|appointment|massage|slot))?\W*(?:then|pls|please)?\W*$"
)


def short_follow_up(text: str, previous_sections: Sequence[str]) -> bool:
    """A message short enough to be about the front-desk answer just given ("and 90?"); not a bare
    "perfect", "lovely" or "thanku", nor a question about something else ("what's the weather like saturday")."""
    if not previous_sections or len(text.split()) > FOLLOW_UP_WORDS:
        return False
    if about_something_else(text):
        return False
    return not acknowledges(text) or bool(asked_sections(text)) or carries_on(text)


# A turn that carries on from the last answer: "n 90?", "ok and after?", "what about my calves".
_CARRIES_ON = re.compile(
    r"^\W*(?:(?:ok|okay|k|cool|right|so|oh),?\s+)?(?:and|n|&|also|plus|what about|how about|wbu|but)\b"
)


def carries_on(text: str) -> bool:
    return bool(_CARRIES_ON.search(normalize(text)))


def acknowledges(text: str) -> bool:
    """A short turn that only acknowledges ("ok", "hmm", "ok thanks"), as opposed to a new
    question, a follow-up ("n 90?") or a clarification that takes the last message back ("no, I mean my nose")."""
    return len(text.split()) <= 4 and not is_reassurance(prepare(text)) and not carries_on(text)


# A follow-up leans on the last answer when, read with its question, it fits that entry this well.
LEANS_ON_THE_LAST_ANSWER = 0.38
# An entry the last answer points to (its related entries) is the follow-up's answer when it scores at
# least this, and no further than this below the best entry overall.
RELATED_FLOOR = 0.2
RELATED_BEHIND = 0.05


def next_to_the_last_answer(
    kb: KnowledgeBase, text: str, topic: str | None, hint: float, previous: FaqEntry | None, result: MatchResult
) -> FaqEntry | None:
    """A follow-up that plainly leans on the last answer but asks something it did not say ("what can i
    do about it" after soreness, "can you guys treat that" after jaw trigger points) is most likely
    about an entry that answer points to: the related entry that fits best, if it is near the top."""
    if (
        previous is None
        or not previous.related
        or result.confidence is Confidence.SURE
        or result.good_guess
        or result.previous_score < LEANS_ON_THE_LAST_ANSWER
    ):
        return None
    everything = kb.matcher.match(
        text, topic_hint=topic, hint_strength=hint, previous=previous, limit=len(kb.faq.entries)
    )
    if not everything.candidates:
        return None
    top = everything.candidates[0].score
    related = [c for c in everything.candidates if c.entry.id in previous.related]
    if related and related[0].score >= RELATED_FLOOR and related[0].score >= top - RELATED_BEHIND:
        return related[0].entry
    return None


def leans_on_what_came_before(text: str) -> bool:
    """A short message that asks for more about something said before: "and booze?", "how often
    should i do them", "what about my neck?"."""
    return FaqMatcher.follow_up_kind(text) is not None or len(text.split()) <= FOLLOW_UP_WORDS


def read_with_the_last_question(
    kb: KnowledgeBase,
    text: str,
    previous_message: str,
    topic: str | None,
    hint: float,
    previous: FaqEntry | None,
    result: MatchResult,
) -> MatchResult:
    """A follow-up the matcher could not place alone, read with the client's last question: the
    thread is the client's words, also when the last answer was no entry of the FAQ ("no good answer",
    the front desk, a choice of entries). The answer just given is never given again."""
    joined = kb.matcher.match(f"{previous_message} {text}", topic_hint=topic, hint_strength=hint, previous=previous)
    if joined.best is None or joined.confidence is not Confidence.SURE or (previous and joined.best.id == previous.id):
        return result
    return joined


def in_the_thread(previous: FaqEntry, entry: FaqEntry) -> bool:
    """The same topic, an entry the last one names as related, or one of its own family
    ("tp-self-massage-how-often" after "tp-self-massage")."""
    return (
        entry.topic == previous.topic
        or entry.id in previous.related
        or entry.id.startswith(f"{previous.id}-")
        or previous.id.startswith(f"{entry.id}-")
    )


def kept_in_the_thread(kb: KnowledgeBase, text: str, previous: FaqEntry, result: MatchResult) -> MatchResult:
    """ "and how often?" after the self-massage answer: the intent model reads a short follow-up alone
    ("how often" is a session question), and its topic hint can pull the match away from the thread.
    Read without the hint, a follow-up that stays in the last answer's topic, while the hinted match leaves
    it, is matched in the thread."""
    if result.best is None or in_the_thread(previous, result.best):
        return result
    alone = kb.matcher.match(text, previous=previous)
    if alone.best is None or not in_the_thread(previous, alone.best) or alone.best.id == result.best.id:
        return result
    if alone.confidence is Confidence.NONE and alone.previous_score < POSSIBLE:
        return result
    return alone
