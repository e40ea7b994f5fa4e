"""The safety gate: the triage decision applied to the intent, last in the NLU pipeline.

`SafetyTriage` made the decision first, on the whole message and its context; this
runs after the intent classifier and the FallbackClassifier, so an emergency
becomes the `emergency` intent (and a same-day danger or a clear medical request
`ask_medical`) whatever the model predicted. Rules then map that intent to its
action, so emergencies never depend on the intent model.
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

from bot.front_desk_spelling import known_words
from bot.smalltalk import SMALLTALK_INTENTS
from bot.triage import (
    EMERGENCY_INTENT,
    MEDICAL_INTENT,
    NLU_FALLBACK_INTENT,
    OVERRULED_KEY,
    TriageDecision,
    final_intent,
)
from components.safety_triage import TRIAGE_KEY

# The model's health guesses that, once the triage has set them aside, are no hint at the answer.
SET_ASIDE_WHEN_OVERRULED = frozenset({MEDICAL_INTENT, EMERGENCY_INTENT})


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
        known_words()  # read once at load, not on the first client's message
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            predicted = message.get(INTENT) or {}
            confidence = float(predicted.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            route = final_intent(
                TriageDecision.from_dict(message.get(TRIAGE_KEY)),
                predicted.get(INTENT_NAME_KEY),
                confidence,
                message.get(TEXT) or "",
            )
            if route is None or route == predicted.get(INTENT_NAME_KEY):
                continue
            overridden = {
                INTENT_NAME_KEY: route,
                PREDICTED_CONFIDENCE_KEY: confidence if route == NLU_FALLBACK_INTENT else 1.0,
            }
            message.set(INTENT, overridden, add_to_output=True)
            # A small-talk guess that was overruled is no hint at what the message is about.
            dropped = {route} | ({predicted.get(INTENT_NAME_KEY)} & SMALLTALK_INTENTS)
            if predicted.get(INTENT_NAME_KEY) in SET_ASIDE_WHEN_OVERRULED and route == NLU_FALLBACK_INTENT:
                # The triage found the model's medical or emergency guess to be a question about the
                # service, the front desk's business or a condition looked after ("does it help chronic
                # pain? mine's been 4 years", "is it normal to feel a bit light-headed after?"). It stays
                # in the ranking, marked: the actions pass over it to the next guess, rather than take it
                # for a health worry that holds back the FAQ's likely answer. A described symptom still
                # gets its safety note from the triage's own `symptom`, not from this guess.
                message.set(OVERRULED_KEY, predicted.get(INTENT_NAME_KEY), add_to_output=True)
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in dropped]
            message.set(INTENT_RANKING_KEY, [overridden, *ranking], add_to_output=True)
        return messages
