"""Emergency escalation and doctor referral, from the decision the NLU gate made."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.delivery import deliver, emergency_just_answered, latest_text, latest_triage, previous_client_message
from bot import knowledge_base
from bot.emergency_follow_up import help_is_coming
from bot.faq_answering import clearance_reply, education_for, illness_before_a_visit
from bot.medical_requests import CLEARANCE
from bot.replies import emergency_follow_up_reply, emergency_reply, medical_reply, you_are_welcome_reply
from bot.triage import AFTER_EMERGENCY


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        # The rules name a danger for certain; when only the classifier or the intent
        # model saw it, the general emergency wording is used (its kind may be a guess).
        decision = latest_triage(tracker)
        profile = knowledge_base.current().profile
        if decision.sources == (AFTER_EMERGENCY,):
            # "ok I'll lie down and see if it passes", "my flatmate's driving me to A&E": the step again.
            flag = emergency_just_answered(tracker)
            reply = emergency_follow_up_reply(flag or None, profile, help_coming=help_is_coming(latest_text(tracker)))
            return deliver(dispatcher, reply)
        kind = decision.kind if decision.emergency else None
        reply = emergency_reply(
            kind,
            profile,
            named="rules" in decision.sources or "context_rules" in decision.sources,
            other_language="other_language" in decision.sources,
        )
        return deliver(dispatcher, reply)


class ActionReferToDoctor(Action):
    def name(self) -> str:
        return "action_refer_to_doctor"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        kb = knowledge_base.current()
        decision = latest_triage(tracker)
        kind = decision.kind if decision.level else ("symptom" if decision.symptom else None)
        if kind and kind.startswith(CLEARANCE) and kb.faq.get(kind[len(CLEARANCE) :]) is not None:
            # "I had surgery six weeks ago, can you work on it?": the contraindication entry, which
            # asks for the doctor's clearance and says what the therapist will adapt.
            return deliver(dispatcher, clearance_reply(kb, kind[len(CLEARANCE) :], latest_text(tracker)))
        if kind == "fever_skin" and (
            before_a_visit := illness_before_a_visit(kb, latest_text(tracker), previous_client_message(tracker))
        ):
            return deliver(dispatcher, before_a_visit)
        reply = medical_reply(kind, kb.profile, education_for(kb, latest_text(tracker)))
        return deliver(dispatcher, reply)


class ActionThank(Action):
    """ "Thanks": you're welcome, or right after an emergency answer, the step again (nothing
    in the chat says help is on the way)."""

    def name(self) -> str:
        return "action_thank"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        flag = emergency_just_answered(tracker)
        if flag is None:
            return deliver(dispatcher, you_are_welcome_reply())
        return deliver(dispatcher, emergency_follow_up_reply(flag or None, knowledge_base.current().profile))
