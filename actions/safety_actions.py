"""Emergency escalation and doctor referral."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.delivery import deliver, latest_text
from bot import knowledge_base
from bot.faq_answering import education_for
from bot.medical_requests import find_medical_request
from bot.red_flags import find_red_flag
from bot.replies import emergency_reply, medical_reply


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        # The flag names the danger in the reply; when only the NLU model saw
        # an emergency, the generic emergency wording is used.
        flag = find_red_flag(latest_text(tracker))
        return deliver(dispatcher, emergency_reply(flag, knowledge_base.current().profile))


class ActionReferToDoctor(Action):
    def name(self) -> str:
        return "action_refer_to_doctor"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        kb = knowledge_base.current()
        text = latest_text(tracker)
        reply = medical_reply(find_medical_request(text), kb.profile, education_for(kb, text))
        return deliver(dispatcher, reply)
