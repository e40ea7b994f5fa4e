"""Finding the FAQ entry a client means, with a confidence the bot can act on.

Retrieval-style FAQ bots give confident wrong answers because the intent
classifier's confidence says nothing about how well one *entry* fits. This
matcher scores every entry against the message itself (TF-IDF over word stems
and character n-grams of the entry's phrasings) and reports how sure it is, so a
weak match becomes "I'm not sure, did you mean…" instead of a wrong answer.

The index is built from the FAQ file, so an entry staff add or reword is used
at once, without retraining the NLU model.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

from bot import text_normalization
from bot.faq_store import FaqEntry, FaqStore
from bot.faq_voices import FaqVoices
from bot.model_cache import load_or_build
from bot.text_normalization import char_ngrams, content_stems, words

Vector = dict[str, float]

# Thresholds from a leave-one-phrasing-out evaluation over the FAQ (see
# tests/unit/test_faq_matcher.py): a sure match needs a clear score and a lead
# over the runner-up; a very high score is sure on its own. Negative (out of
# scope) messages score below about 0.35 without a topic hint.
SURE = 0.38
SURE_MARGIN = 0.04
VERY_SURE = 0.5
POSSIBLE = 0.24
# A possible match this high and this far ahead is answered as the best guess (see MatchResult.good_guess):
# on the case sets, the best entry was right 88-93% of the time at these points.
GOOD_GUESS = 0.32
GOOD_GUESS_MARGIN = SURE_MARGIN
CLEAR_LEAD_GUESS = 0.26
CLEAR_LEAD = 0.07
# When the intent classifier is confident about the topic and the best entry is
# in that topic, two independent signals agree, so a lower text score suffices:
# long messages with a story before the question score lower on text alone.
AGREED_SURE = 0.26
AGREED_MARGIN = 0.02
AGREED_MIN_HINT = 0.6
# A near-tie between two entries of the topic the model is very sure of: answer
# the better one (the reply offers the other as a button) rather than only asking.
CONFIDENT_HINT = 0.85
CONFIDENT_SURE = 0.33
# The model half-sure of the topic, and the best entry in that topic well ahead of
# the rest: the two signals still agree, and the lead shows the text is not a toss-up.
WEAK_AGREED_HINT = 0.4
WEAK_AGREED_SURE = 0.3
WEAK_AGREED_MARGIN = 0.08
# The intent model reads each message alone; in a message that refers back ("how long
# do *they* take to go?") the conversation says more about the topic than it does.
FOLLOW_UP_HINT_FACTOR = 0.5
ANAPHORA_ALONE_WEIGHT = 0.6
# A short message without a pronoun that leans back ("anywhere I should avoid?") is read with the
# previous answer's question as well, a little below the message alone.
SHORT_FOLLOW_UP_WORDS = 9
SHORT_FOLLOW_UP_WEIGHT = 0.85
WORD_WEIGHT = 0.7
# An entry's score blends its best single phrasing, all its phrasings together
# (robust to short phrasings sharing one rare word with the question), and the
# answer's own words (clients often ask with the words the answer uses).
BEST_PHRASING_WEIGHT = 0.3
ALL_PHRASINGS_WEIGHT = 0.6
ANSWER_WEIGHT = 0.1
TOPIC_BONUS = 0.12
CONTEXT_BONUS = 0.08
# A clause of a longer message counts slightly less than a whole-message match.
CLAUSE_WEIGHT = 0.95
# The entry classifier's vote (see _EntryClassifier): an entry it picks gets up to this much more,
# in proportion to how clearly it picks it (decision value + offset, floored at 0).
CLASSIFIER_WEIGHT = 0.3
CLASSIFIER_OFFSET = 0.4

# A short message of question words only ("for how long?", "how often?", "why?") only
# makes sense as a question about the previous answer.
ELLIPSIS_MAX_WORDS = 4
_QUESTION_WORDS = frozenset(
    # …with the fillers clients add to them: "how long tho", "how often, like weekly?"
    """how what when why where which who long often much many soon later else tho though then like exactly
    roughly usually normally typically weekly monthly daily ok okay lol haha approx""".split()
)

# Words that make a short message lean on what was said before ("how long does
# *that* last?", "what about if I'm pregnant?").
_CONTINUATION = re.compile(r"^(and|but|also|so|what about|how about|what if|then)\b")
_ANAPHORA = re.compile(r"\b(that|it|this|those|them|they|these)\b")


class Confidence(Enum):
    SURE = "sure"
    POSSIBLE = "possible"
    NONE = "none"


@dataclass(frozen=True)
class Candidate:
    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class MatchResult:
    candidates: tuple[Candidate, ...]
    confidence: Confidence
    # The score the answer just given would have had; it is left out of `candidates`.
    previous_score: float = 0.0

    @property
    def best(self) -> FaqEntry | None:
        return self.candidates[0].entry if self.candidates else None

    @property
    def score(self) -> float:
        return self.candidates[0].score if self.candidates else 0.0

    @property
    def good_guess(self) -> bool:
        """Not sure, but the best entry clearly leads a fair score: right about nine times in ten
        on the case sets, where "did you mean…?" answers nothing. Answered, with the runner-up offered."""
        if self.confidence is not Confidence.POSSIBLE:
            return False
        lead = self.score - (self.candidates[1].score if len(self.candidates) > 1 else 0.0)
        return (self.score >= GOOD_GUESS and lead >= GOOD_GUESS_MARGIN) or (
            self.score >= CLEAR_LEAD_GUESS and lead >= CLEAR_LEAD
        )


def _tf_idf(features: list[str], idf: dict[str, float]) -> Vector:
    counts = Counter(f for f in features if f in idf)
    vec = {f: (1 + math.log(c)) * idf[f] for f, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {f: v / norm for f, v in vec.items()} if norm else {}


_CLAUSE_BREAK = re.compile(r"[.!?;:\n]+|,\s*(?=(?:but|and|so|because|coz|cuz|also|though)\b)|\s+(?:but|also|though)\s+")


def _clauses(text: str) -> list[str]:
    """The clauses of a multi-clause message that carry at least two content words."""
    parts = [p.strip() for p in _CLAUSE_BREAK.split(text)]
    parts = [p for p in parts if len(content_stems(p)) >= 2]
    return parts if len(parts) > 1 else []


def _word_features(text: str) -> list[str]:
    stems = content_stems(text)
    return stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:])]


class _Space:
    """One TF-IDF feature space: idf from `docs`, vectors for `docs` and `extra` groups.

    Scores come from an inverted index (feature -> documents that have it): a query
    touches only the documents sharing one of its features, ~10x faster than
    comparing it with every phrasing in turn.
    """

    def __init__(self, docs: list[list[str]], extra: list[list[str]] = ()):
        df = Counter(f for doc in (*docs, *extra) for f in set(doc))
        n = len(docs) + len(extra)
        self.idf = {f: math.log((1 + n) / (1 + c)) + 1 for f, c in df.items()}
        self._docs = _Index([_tf_idf(doc, self.idf) for doc in docs])
        self._extra = _Index([_tf_idf(doc, self.idf) for doc in extra])

    def vector(self, features: list[str]) -> Vector:
        return _tf_idf(features, self.idf)

    def doc_cosines(self, query: Vector) -> list[float]:
        return self._docs.cosines(query)

    def extra_cosines(self, query: Vector) -> list[float]:
        return self._extra.cosines(query)


class _Index:
    """The vectors as a sparse matrix stored by feature: a query multiplies only the columns of its
    own features, in compiled code (the action server spends most of a turn here)."""

    def __init__(self, vectors: list[Vector]):
        self.size = len(vectors)
        self._column = {f: i for i, f in enumerate(sorted({f for vec in vectors for f in vec}))}
        rows = [doc for doc, vec in enumerate(vectors) for _ in vec]
        cols = [self._column[f] for vec in vectors for f in vec]
        weights = [w for vec in vectors for w in vec.values()]
        self._matrix = sparse.csc_matrix((weights, (rows, cols)), shape=(self.size, max(len(self._column), 1)))

    def cosines(self, query: Vector) -> list[float]:
        """Cosine of the (unit) query with every (unit) vector."""
        known = [(self._column[f], q) for f, q in query.items() if f in self._column]
        if not known:
            return [0.0] * self.size
        cols, values = zip(*known)
        return (self._matrix[:, list(cols)] @ np.array(values)).tolist()


class _EntryClassifier:
    """A linear SVM over word and character n-grams, trained on the phrasings to tell entries apart.

    Similarity to phrasings alone generalises poorly to new voices: on 1,000 phrasings by a writer
    the index had never seen, the best entry was right for 71%. A classifier learns which words
    separate one entry from its neighbours; with its vote added, 76% (and 10 points more of them
    were answered, at the same precision). It trains in about two seconds, once per FAQ file."""

    def __init__(self, model, entries: int) -> None:
        self._model = model
        self._columns = list(self._model.classes_)
        self._entries = entries
        # A message's clauses and its question part are scored more than once per turn.
        self.bonuses = lru_cache(maxsize=1024)(self._bonuses)

    def _bonuses(self, text: str) -> tuple[float, ...]:
        values = self._model.decision_function([text])[0]
        if len(self._columns) == 2:  # a binary SVM reports one value, for the second class
            values = [-values, values]
        out = [0.0] * self._entries
        for column, value in zip(self._columns, values):
            if column == NO_ENTRY:  # the class of messages no entry answers gives no entry a vote
                continue
            out[column] = CLASSIFIER_WEIGHT * max(float(value) + CLASSIFIER_OFFSET, 0.0)
        return tuple(out)


def _train_entry_model(texts: list[str], owners: list[int]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"[\w']+")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ]
    )
    # A fixed seed: the same phrasings and voices give the same model on every machine.
    return make_pipeline(features, LinearSVC(C=0.5, random_state=0)).fit(texts, owners)


# Trained models kept between runs (every start of the action server, every test run), keyed by the
# phrasings and this module's code; a few are kept, the oldest removed.
MODEL_CACHE = Path(__file__).resolve().parent.parent / "models"
MODEL_CACHE_KEEP = 4


# The entry classifier's class for clients' messages that no entry answers (bot/faq_voices.py).
NO_ENTRY = -1


class _SpellCorrector:
    """Unknown words replaced by the closest word the FAQ uses ("brusing" -> "bruising")."""

    def __init__(self, vocabulary: tuple[str, ...]):
        self._vocabulary = vocabulary
        self._known = frozenset(vocabulary)
        self._closest = lru_cache(maxsize=4096)(self._closest_word)

    def _closest_word(self, word: str) -> str:
        close = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=0.8)
        return close[0] if close else word

    def __call__(self, text: str) -> str:
        return " ".join(
            w if w in self._known or len(w) < 4 or not w.isalpha() else self._closest(w) for w in words(text)
        )


@lru_cache(maxsize=4)
def _entry_classifier(
    texts: tuple[str, ...], owners: tuple[int, ...], entries: int, vocabulary: tuple[str, ...]
) -> _EntryClassifier:
    """Trained once per FAQ content: the action server, the tests and the tools load the same file.
    The texts are spell-corrected as queries are, but only to train: correcting thousands of clients'
    words takes half a minute, and the cache key (the texts and the vocabulary) needs none of it."""
    # Keyed on the code that makes its features too: a stemmer change must not load a classifier trained on old stems.
    code = Path(__file__).read_bytes() + Path(text_normalization.__file__).read_bytes()
    key = hashlib.sha256(repr((texts, owners, vocabulary)).encode() + code).hexdigest()[:16]

    def train():
        correct = _SpellCorrector(vocabulary)
        return _train_entry_model([correct(t) for t in texts], list(owners))

    return _EntryClassifier(load_or_build(MODEL_CACHE, "faq_classifier", key, train, keep=MODEL_CACHE_KEEP), entries)


class FaqMatcher:
    def __init__(self, store: FaqStore, voices: FaqVoices | None = None):
        """`voices`: clients' words for the entries, which the entry classifier learns from too (the
        phrasings alone are the only text the similarity scores compare with)."""
        self.store = store
        vocabulary = tuple(
            sorted({w for e in store.entries for t in (e.question, e.answer, *e.phrasings) for w in words(t)})
        )
        self.spell_correct = _SpellCorrector(vocabulary)
        self._owner: list[int] = []
        texts: list[str] = []
        for index, entry in enumerate(store.entries):
            for text in (entry.question, *entry.phrasings):
                texts.append(text)
                self._owner.append(index)
        word_docs = [_word_features(t) for t in texts]
        char_docs = [char_ngrams(t) for t in texts]
        n = len(store.entries)
        all_words = [[f for d, o in zip(word_docs, self._owner) if o == i for f in d] for i in range(n)]
        all_chars = [[f for d, o in zip(char_docs, self._owner) if o == i for f in d] for i in range(n)]
        answers = [_word_features(e.answer) for e in store.entries]
        # extra groups: [all phrasings per entry..., answers...] (words); [all phrasings per entry...] (chars)
        self._words = _Space(word_docs, [*all_words, *answers])
        self._chars = _Space(char_docs, all_chars)
        voiced = voices.for_entries([e.id for e in store.entries]) if voices else []
        texts += [text for text, _ in voiced]
        owners = self._owner + [NO_ENTRY if entry is None else entry for _, entry in voiced]
        distinct = len(set(self._owner)) >= 2
        self._classifier = _entry_classifier(tuple(texts), tuple(owners), n, vocabulary) if distinct else None

    def _entry_scores(self, text: str, vote: bool = True) -> list[float]:
        text = self.spell_correct(text)
        qw = self._words.vector(_word_features(text))
        qc = self._chars.vector(char_ngrams(text))
        n = len(self.store.entries)
        best = [0.0] * n
        if not qw and not qc:
            return best
        word_docs, char_docs = self._words.doc_cosines(qw), self._chars.doc_cosines(qc)
        for doc, owner in enumerate(self._owner):
            s = WORD_WEIGHT * word_docs[doc] + (1 - WORD_WEIGHT) * char_docs[doc]
            if s > best[owner]:
                best[owner] = s
        # extra groups: words [all phrasings per entry..., answers...], chars [all phrasings per entry...]
        word_extra, char_extra = self._words.extra_cosines(qw), self._chars.extra_cosines(qc)
        votes = self._classifier.bonuses(text) if vote and self._classifier is not None else [0.0] * n
        return [
            BEST_PHRASING_WEIGHT * best[i]
            + ALL_PHRASINGS_WEIGHT * (WORD_WEIGHT * word_extra[i] + (1 - WORD_WEIGHT) * char_extra[i])
            + ANSWER_WEIGHT * word_extra[n + i]
            + votes[i]
            for i in range(n)
        ]

    def _message_scores(self, text: str, vote: bool = True) -> list[float]:
        """Entry scores for the whole message, or for its best clause.

        Clients wrap a question in chatter ("wat even is a trigger point?? my physio keeps
        saying it"); the extra words dilute a whole-message match, so each clause is
        scored too and an entry keeps its best (a clause counts slightly less).
        """
        scores = self._entry_scores(text, vote)
        for clause in _clauses(text):
            clause_scores = self._entry_scores(clause, vote)
            scores = [max(s, CLAUSE_WEIGHT * c) for s, c in zip(scores, clause_scores)]
        return scores

    def match(
        self,
        text: str,
        topic_hint: str | None = None,
        hint_strength: float = 1.0,
        previous: FaqEntry | None = None,
        limit: int = 3,
    ) -> MatchResult:
        follow_up = self.follow_up_kind(text) if previous is not None else None
        # "how long does that last?" alone is about whatever lasts; the classifier, reading it alone,
        # would pick that with confidence. Its vote counts only on the text read with its context.
        scores = self._message_scores(text, vote=follow_up != "anaphora")
        # The answer just given is not given again: a follow-up asks for something more. Only a
        # message that nearly repeats one of its phrasings asks for it again.
        repeated = None
        if previous is not None:
            previous_index = next((i for i, e in enumerate(self.store.entries) if e.id == previous.id), None)
            repeated = None if previous_index is None or scores[previous_index] >= VERY_SURE else previous.id
        if follow_up is None and previous is not None and len(words(text)) <= SHORT_FOLLOW_UP_WORDS:
            standalone = self._confidence(self._ranked(scores, repeated, limit))
            if standalone is not Confidence.SURE:
                # A short message that names no subject of its own after an answer is most often about that
                # answer, without a pronoun to say so: "anywhere I should avoid?" after self-massage, "how bad
                # is too bad though?" after "it should stay tolerable". Read with the last answer's question too;
                # the message alone keeps its full score, so a new question is still itself.
                combined = self._entry_scores(f"{text} {previous.question}")
                scores = [max(s, SHORT_FOLLOW_UP_WEIGHT * c) for s, c in zip(scores, combined)]
                follow_up = "short"
        if follow_up is not None:
            if follow_up == "anaphora":
                hint_strength *= FOLLOW_UP_HINT_FACTOR
                # "how long does that last?" = "how long does <the last answer's subject> last?".
                # "what about if I'm pregnant?" names its subject and is scored on its own.
                combined = self._entry_scores(f"{text} {previous.question}")
                # The words alone ("how long does that last") would match any "how long" entry.
                scores = [max(ANAPHORA_ALONE_WEIGHT * s, 0.9 * c) for s, c in zip(scores, combined)]
            for index, entry in enumerate(self.store.entries):
                if entry.id in previous.related or entry.topic == previous.topic:
                    scores[index] += CONTEXT_BONUS
        if topic_hint:
            for index, entry in enumerate(self.store.entries):
                if entry.topic == topic_hint:
                    scores[index] += TOPIC_BONUS * hint_strength
        ranked = self._ranked(scores, repeated, limit)
        # How strongly the model backs the best entry's topic (0 when it suggested another).
        backing = hint_strength if ranked and topic_hint == ranked[0].entry.topic else 0.0
        previous_score = scores[previous_index] if repeated is not None else 0.0
        return MatchResult(tuple(ranked), self._confidence(ranked, backing), round(previous_score, 4))

    def _ranked(self, scores: list[float], left_out: str | None, limit: int) -> list[Candidate]:
        return sorted(
            (Candidate(e, round(s, 4)) for e, s in zip(self.store.entries, scores) if s > 0 and e.id != left_out),
            key=lambda c: c.score,
            reverse=True,
        )[:limit]

    @staticmethod
    def follow_up_kind(text: str) -> str | None:
        """'anaphora' (refers back: "does *that* last?", or elliptical: "for how long?"),
        'continuation' ("what about…"), or None."""
        tokens = words(text)
        if len(tokens) > 9:
            return None
        joined = " ".join(tokens)
        elliptical = len(tokens) <= ELLIPSIS_MAX_WORDS and not set(content_stems(text)) - _QUESTION_WORDS
        if _ANAPHORA.search(joined) or elliptical:
            return "anaphora"
        if _CONTINUATION.search(joined):
            return "continuation"
        return None

    @staticmethod
    def _confidence(ranked: list[Candidate], backing: float = 0.0) -> Confidence:
        if not ranked or ranked[0].score < POSSIBLE:
            return Confidence.NONE
        top = ranked[0].score
        lead = top - (ranked[1].score if len(ranked) > 1 else 0.0)
        if top >= VERY_SURE or (top >= SURE and lead >= SURE_MARGIN):
            return Confidence.SURE
        if backing >= AGREED_MIN_HINT and top >= AGREED_SURE and lead >= AGREED_MARGIN:
            return Confidence.SURE
        if backing >= CONFIDENT_HINT and top >= CONFIDENT_SURE:
            return Confidence.SURE
        if backing >= WEAK_AGREED_HINT and top >= WEAK_AGREED_SURE and lead >= WEAK_AGREED_MARGIN:
            return Confidence.SURE
        return Confidence.POSSIBLE
