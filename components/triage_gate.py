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

from bot.triage import EMERGENCY_INTENT, triage


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
            decision = triage(message.get(TEXT))
            if decision.intent is None:
                continue
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            # Never downgrade: if the model saw an emergency the rules missed, it stands.
            if current == decision.intent or current == EMERGENCY_INTENT:
                continue
            overridden = {INTENT_NAME_KEY: decision.intent, PREDICTED_CONFIDENCE_KEY: 1.0}
            message.set(INTENT, overridden, add_to_output=True)
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != decision.intent]
            message.set(INTENT_RANKING_KEY, [overridden, *ranking], add_to_output=True)
        return messages
