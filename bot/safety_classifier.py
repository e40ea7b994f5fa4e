"""The statistical half of the safety triage: a classifier trained on the safety corpus.

Why this model: word and character n-gram TF-IDF with a one-vs-rest logistic
regression (scikit-learn, already in Rasa's environment). Character n-grams carry
misspellings ("chesst", "breth") and word pairs carry the short phrases that make a
danger ("cant breathe", "better off without"); it trains in seconds on a few thousand
messages, runs in about a millisecond, needs no downloaded weights, and its scores
can be thresholded for recall. Heavier models were not worth it here: what limits
recall is the variety of the corpus, not the model's capacity.

One model scores the level (emergency / same day / neither: one probability to
threshold, rather than a sum over seventeen kinds), another names the kind. The
thresholds are chosen at training time from out-of-fold scores so that ~99% of the training
emergencies would pass (`TARGET_RECALL`): a missed emergency costs far more than an
unneeded "please call".
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, make_pipeline

from bot import clauses, health_vocabulary, safety_corpus, safety_kinds, text_normalization
from bot.clauses import mark_negation, prepare
from bot.kind_cues import plausible
from bot.model_cache import load_or_build
from bot.safety_corpus import Example, fingerprint, training_examples
from bot.safety_kinds import EMERGENCY, EMERGENCY_KINDS, KINDS, NONE, SAME_DAY, SAME_DAY_KINDS

TARGET_RECALL = {EMERGENCY: 0.98, SAME_DAY: 0.95}
# Bounds on the learned thresholds: never so low that every message escalates, never
# so high that a clear case needs certainty.
THRESHOLD_BOUNDS = (0.35, 0.6)
CHUNK_CHARS = 400
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


@dataclass(frozen=True)
class Assessment:
    level: str | None  # EMERGENCY, SAME_DAY or None
    kind: str | None  # the most likely kind at that level
    score: float  # the summed score of the level that fired (or of emergencies if none did)


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, token_pattern=r"[\w']+")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ]
    )


def _model():
    return make_pipeline(
        _features(),
        LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=0),
    )


def chunks(text: str) -> list[str]:
    """The whole text, or for a long story, overlapping pieces of a few sentences each,
    so a danger in the middle of 3,000 characters is not diluted by the rest."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    pieces, current = [], ""
    for sentence in sentences:
        for start in range(0, len(sentence), CHUNK_CHARS):
            part = sentence[start : start + CHUNK_CHARS]
            if current and len(current) + len(part) > CHUNK_CHARS:
                pieces.append(current)
                current = current[-CHUNK_CHARS // 3 :]  # overlap: a danger split over two sentences
            current = f"{current} {part}".strip()
    if current:
        pieces.append(current)
    return pieces


class SafetyClassifier:
    """Two models on the same features: one for the level (emergency / same day / neither),
    whose score is thresholded, and one for the kind, which only names the danger."""

    def __init__(self, level_model, kind_model, thresholds: dict[str, float]) -> None:
        self._level_model = level_model
        self._kind_model = kind_model
        self.thresholds = thresholds
        levels = list(level_model.classes_)
        self._emergency = levels.index(EMERGENCY)
        self._same_day = levels.index(SAME_DAY)

    @classmethod
    def train(cls, examples: list[Example], folds: int = 4) -> SafetyClassifier:
        texts = [_view(e.joined) for e in examples]
        levels = np.array([_level(e.label) for e in examples])
        emergency_score = np.zeros(len(texts))
        urgent_score = np.zeros(len(texts))
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=7)
        for train_idx, test_idx in splitter.split(texts, levels):
            model = _model().fit([texts[i] for i in train_idx], levels[train_idx])
            probs = model.predict_proba([texts[i] for i in test_idx])
            order = list(model.classes_)
            emergency_score[test_idx] = probs[:, order.index(EMERGENCY)]
            urgent_score[test_idx] = emergency_score[test_idx] + probs[:, order.index(SAME_DAY)]
        thresholds = {
            EMERGENCY: _threshold(emergency_score[levels == EMERGENCY], TARGET_RECALL[EMERGENCY]),
            SAME_DAY: _threshold(urgent_score[levels == SAME_DAY], TARGET_RECALL[SAME_DAY]),
        }
        dangerous = [i for i, e in enumerate(examples) if e.label in KINDS]
        kind_model = _model().fit([texts[i] for i in dangerous], [examples[i].label for i in dangerous])
        return cls(_model().fit(texts, levels), kind_model, thresholds)

    def assess(self, text: str) -> Assessment:
        pieces = [_view(t) for t in chunks(text)]
        probs = self._level_model.predict_proba(pieces)
        emergency = probs[:, self._emergency]
        urgent = emergency + probs[:, self._same_day]
        prepared = None  # for the kind cues, prepared only when a threshold is crossed
        best = int(np.argmax(emergency))
        if emergency[best] >= self.thresholds[EMERGENCY]:
            prepared = prepare(text)
            ranked = self._ranked_kinds(pieces[best], EMERGENCY_KINDS)
            # The most likely kind the message names anything of. A message that names nothing of
            # any kind (indirect suicidal thoughts often don't) needs a surer score.
            kind = next((k for k in ranked if plausible(k, prepared, float(emergency[best]))), None)
            if kind is None and emergency[best] >= UNCUED_EMERGENCY_SCORE:
                kind = ranked[0]
            if kind is not None:
                return Assessment(EMERGENCY, kind, float(emergency[best]))
        best = int(np.argmax(urgent))
        if urgent[best] >= self.thresholds[SAME_DAY]:
            prepared = prepare(text) if prepared is None else prepared
            kind = next((k for k in self._ranked_kinds(pieces[best], SAME_DAY_KINDS) if plausible(k, prepared)), None)
            if kind is not None:
                return Assessment(SAME_DAY, kind, float(urgent[best]))
        return Assessment(None, None, float(emergency.max()))

    def _ranked_kinds(self, piece: str, allowed: frozenset[str]) -> list[str]:
        """The allowed kinds, most likely first."""
        row = self._kind_model.predict_proba([piece])[0]
        return [label for _, label in sorted(zip(row, self._kind_model.classes_), reverse=True) if label in allowed]

    def to_bytes(self) -> bytes:
        return pickle.dumps({"level": self._level_model, "kind": self._kind_model, "thresholds": self.thresholds})

    @classmethod
    def from_bytes(cls, data: bytes) -> SafetyClassifier:
        state = pickle.loads(data)
        return cls(state["level"], state["kind"], state["thresholds"])


# The emergency score a message needs when it names nothing any emergency kind is about
# (bot/kind_cues.py); the recall-set threshold applies otherwise.
UNCUED_EMERGENCY_SCORE = 0.75


def _view(text: str) -> str:
    """What the models read: the prepared text with negated words marked ("no not_chest
    not_pain"), so "I don't feel faint" does not look like "I feel faint"."""
    return mark_negation(prepare(text))


def _level(label: str) -> str:
    return KINDS[label].level if label in KINDS else NONE


def _threshold(scores: np.ndarray, recall: float) -> float:
    if len(scores) == 0:
        return THRESHOLD_BOUNDS[1]
    value = float(np.quantile(scores, 1.0 - recall))
    return min(max(value, THRESHOLD_BOUNDS[0]), THRESHOLD_BOUNDS[1])


# Every module whose code shapes the trained models: the text preparation and negation
# marking, the corpus loader, the labels and this file. A change to any of them must retrain
# (a module left out once kept a stale classifier that disagreed with a fresh one); a unit
# test checks that each `bot` module these import is listed or is used only when assessing.
TRAINING_MODULES = (clauses, health_vocabulary, safety_corpus, safety_kinds, text_normalization)


def training_fingerprint(corpus_dir: Path) -> str:
    """What a trained classifier depends on: its training data and the code that prepares
    and learns from it. The Rasa component and `load_or_train` both key on this."""
    code = hashlib.sha256()
    for path in sorted([Path(__file__), *(Path(m.__file__) for m in TRAINING_MODULES)]):
        code.update(path.read_bytes())
    return hashlib.sha256((fingerprint(corpus_dir) + code.hexdigest()).encode()).hexdigest()


def load_or_train(corpus_dir: Path, cache_dir: Path) -> SafetyClassifier:
    """The classifier for a corpus folder, trained once and cached by `training_fingerprint`
    (for `make safety-eval` and the tests; the Rasa model trains and stores its own copy)."""
    return load_or_build(
        Path(cache_dir),
        "safety_classifier",
        training_fingerprint(Path(corpus_dir))[:16],
        lambda: SafetyClassifier.train(training_examples(Path(corpus_dir))),
        dumps=SafetyClassifier.to_bytes,
        loads=SafetyClassifier.from_bytes,
    )
