"""The safety gate: `bot.triage` applied to every parsed message, before the policies.

It runs last in the NLU pipeline, after the intent classifier and the
FallbackClassifier, so a red flag becomes the `emergency` intent (and a clear
medical request `ask_medical`) whatever the model predicted. Rules then map that
intent to its action, so emergencies never depend on the classifier alone.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.smalltalk import SMALLTALK_INTENTS
from bot.triage import NLU_FALLBACK_INTENT, final_intent, triage


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class TriageGate(GraphComponent, IntentClassifier):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TriageGate:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            predicted = message.get(INTENT) or {}
            route = final_intent(
                triage(message.get(TEXT)),
                predicted.get(INTENT_NAME_KEY),
                float(predicted.get(PREDICTED_CONFIDENCE_KEY) or 0.0),
                message.get(TEXT) or "",
            )
            if route is None or route == predicted.get(INTENT_NAME_KEY):
                continue
            confidence = 1.0 if route != NLU_FALLBACK_INTENT else float(predicted.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            overridden = {INTENT_NAME_KEY: route, PREDICTED_CONFIDENCE_KEY: confidence}
            message.set(INTENT, overridden, add_to_output=True)
            # A small-talk guess that was overruled is no hint at what the message is about.
            dropped = {route} | ({predicted.get(INTENT_NAME_KEY)} & SMALLTALK_INTENTS)
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in dropped]
            message.set(INTENT_RANKING_KEY, [overridden, *ranking], add_to_output=True)
        return messages
