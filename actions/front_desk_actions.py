"""Clinic information and hand-off to a person, both read from the clinic profile."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.delivery import deliver_answer, latest_text, previous_answer, previous_clinic_sections
from bot import knowledge_base
from bot.faq_answering import answer_clinic_question
from bot.handoff import handoff_reason, handoff_reply
from bot.health_thread import thread_of


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ActionClinicInfo(Action):
    def name(self) -> str:
        return "action_clinic_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        reply = answer_clinic_question(
            knowledge_base.current(),
            latest_text(tracker),
            _now(),
            previous_clinic_sections(tracker),
            thread_of(previous_answer(tracker)),
        )
        return deliver_answer(dispatcher, tracker, reply)


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        text = latest_text(tracker)
        reply = handoff_reply(knowledge_base.current().profile, _now(), handoff_reason(text))
        return deliver_answer(dispatcher, tracker, reply)
