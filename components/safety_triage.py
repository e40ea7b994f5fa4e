"""The safety decision, made first in the NLU pipeline on the client's whole message.

Runs before the tokenizer, so it reads the full text (up to the channel's body cap)
and the client's previous messages from the tracker, then
- attaches `bot.triage`'s decision to the message (`triage` in the parse data), where
  `TriageGate` applies it to the intent and the actions read it;
- treats a typed "/command" as the client's words unless it is exactly a button
  payload the assistant offered in its last turn (otherwise Rasa's
  RegexMessageHandler, which runs after the whole pipeline, would obey it);
- clips the text the rest of the pipeline sees, so a 60 KB message cannot stall
  the model for everyone else.

It owns the safety classifier: trained with the model from the safety corpus
(`safety/train/`) and the ordinary examples of `data/nlu.yml`, so `rasa train`
retrains it when either changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import safety_corpus
from bot.emergency_follow_up import FOLLOW_UPS
from bot.input_screening import clip
from bot.safety_classifier import SafetyClassifier, training_fingerprint
from bot.triage import CONTEXT_MESSAGES, TriageDecision, triage

TRIAGE_KEY = "triage"
_MODEL_FILE = "safety_classifier.pkl"


def _corpus_dir(config: dict[str, Any]) -> Path:
    folder = Path(config.get("corpus") or safety_corpus.TRAIN_DIR)
    return folder if folder.is_absolute() else safety_corpus.PROJECT_ROOT / folder


def recent_client_messages(tracker: DialogueStateTracker | None) -> list[str]:
    """The client's last few messages in this session, oldest first (button clicks left out)."""
    if tracker is None:
        return []
    texts: list[str] = []
    for event in reversed(tracker.events):
        if event.type_name == "session_started" or len(texts) >= CONTEXT_MESSAGES:
            break
        if event.type_name == "user" and event.text and not event.text.lstrip().startswith("/"):
            texts.append(event.text)
    return texts[::-1]


def emergency_just_answered(tracker: DialogueStateTracker | None) -> bool:
    """The assistant's last answer was an emergency answer, or a follow-up to one that has not yet
    been repeated FOLLOW_UPS times (so a false alarm cannot hold a conversation for ever)."""
    if tracker is None:
        return False
    follow_ups = 0
    for event in reversed(tracker.events):
        if event.type_name != "bot":
            continue
        custom = (event.data or {}).get("custom") or {}
        if not isinstance(custom, dict) or custom.get("topic") != "emergency":
            return False
        if custom.get("kind") != "emergency_follow_up":
            return follow_ups < FOLLOW_UPS
        follow_ups += 1
    return False


def referral_just_answered(tracker: DialogueStateTracker | None) -> bool:
    """The assistant's last answer was a doctor referral."""
    if tracker is None:
        return False
    for event in reversed(tracker.events):
        if event.type_name == "bot":
            custom = (event.data or {}).get("custom") or {}
            return isinstance(custom, dict) and custom.get("kind") == "referral"
    return False


def offered_payloads(tracker: DialogueStateTracker | None) -> set[str]:
    """Button payloads the assistant offered since the client's last message."""
    payloads: set[str] = set()
    if tracker is None:
        return payloads
    for event in reversed(tracker.events):
        if event.type_name == "user":
            break
        if event.type_name == "bot":
            for button in (event.data or {}).get("buttons") or []:
                if isinstance(button, dict) and isinstance(button.get("payload"), str):
                    payloads.add(button["payload"].strip())
    return payloads


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyTriage(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"corpus": "safety/train"}

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        # The corpus and the classifier's code are not Rasa training data: without this,
        # a changed corpus or threshold policy would reuse the cached classifier.
        return training_fingerprint(_corpus_dir(config))

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: SafetyClassifier | None = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._classifier = classifier

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyTriage:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        classifier = SafetyClassifier.train(safety_corpus.training_examples(_corpus_dir(self._config)))
        with self._model_storage.write_to(self._resource) as folder:
            (folder / _MODEL_FILE).write_bytes(classifier.to_bytes())
        self._classifier = classifier
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SafetyTriage:
        with model_storage.read_from(resource) as folder:
            classifier = SafetyClassifier.from_bytes((folder / _MODEL_FILE).read_bytes())
        return cls(config, model_storage, resource, classifier)

    def process(self, messages: list[Message], tracker: DialogueStateTracker | None = None) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.strip() and text.strip() in offered_payloads(tracker):
                # A button the assistant just offered: Rasa's payload syntax, not the client's words.
                message.set(TRIAGE_KEY, TriageDecision().as_dict(), add_to_output=True)
                continue
            decision = triage(
                text,
                recent_client_messages(tracker),
                self._classifier,
                after_emergency=emergency_just_answered(tracker),
                after_referral=referral_just_answered(tracker),
            )
            message.set(TRIAGE_KEY, decision.as_dict(), add_to_output=True)
            readable = text.lstrip().lstrip("/") if text.lstrip().startswith("/") else text
            message.set(TEXT, clip(readable))
        return messages
