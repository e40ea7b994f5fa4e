"""The curated-FAQ answer, also used when NLU is unsure (nlu_fallback)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.delivery import (
    LAST_FAQ_ID,
    deliver_answer,
    emergency_just_answered,
    latest_intent,
    latest_text,
    latest_triage,
    previous_answer,
    previous_client_message,
    previous_clinic_sections,
    runner_up_intent,
)
from bot import knowledge_base
from bot.faq_answering import answer_faq, answer_out_of_scope
from bot.health_thread import thread_of


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        intent, confidence = latest_intent(tracker)
        reply = answer_faq(
            knowledge_base.current(),
            latest_text(tracker),
            intent=intent,
            intent_confidence=confidence,
            faq_id=_clicked_faq_id(tracker),
            runner_up=runner_up_intent(tracker),
            **conversation_context(tracker),
        )
        return deliver_answer(dispatcher, tracker, reply)


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        reply = answer_out_of_scope(
            knowledge_base.current(),
            latest_text(tracker),
            latest_triage(tracker).screening,
            **conversation_context(tracker),
        )
        return deliver_answer(dispatcher, tracker, reply)


def conversation_context(tracker: Tracker) -> dict[str, Any]:
    """What the FAQ answer needs to know about the conversation so far."""
    return {
        "previous_faq_id": tracker.get_slot(LAST_FAQ_ID),
        "symptom": latest_triage(tracker).symptom,
        "after_emergency": emergency_just_answered(tracker),
        "previous_sections": previous_clinic_sections(tracker),
        "previous_message": previous_client_message(tracker),
        "thread": thread_of(previous_answer(tracker)),
    }


def _clicked_faq_id(tracker: Tracker) -> str | None:
    """The `faq_id` of a clicked button. A typed payload can carry anything there
    (`/faq_session{"faq_id":{"x":1}}`): only a short string is an id, anything else is ignored."""
    value = next(tracker.get_latest_entity_values("faq_id"), None)
    return value if isinstance(value, str) and len(value) <= 80 else None
