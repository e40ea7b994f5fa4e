"""The pre-visit check form: reading answers, and the outcome at the end."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.delivery import deliver, latest_text, latest_triage, topic_given_this_turn
from bot import knowledge_base
from bot.previsit_check import BY_SLOT, QUESTIONS, Answer, assess, parse_answer, summary_lines
from bot.replies import Reply
from bot.safety_kinds import EMERGENCY

FORM = "previsit_check_form"


def answer_for_requested_slot(tracker: Tracker) -> list[EventType]:
    """SlotSet for the question being asked, if the message answers it.

    Returning nothing makes Rasa reject the form for this turn, so the rules
    handle the message instead: a red flag stops the check with the emergency
    answer; a question is answered and the check resumes.
    """
    slot = tracker.get_slot("requested_slot")
    question = BY_SLOT.get(slot or "")
    if question is None:
        return []
    decision = latest_triage(tracker)
    if decision.level == EMERGENCY:
        return []
    answer = parse_answer(question, latest_text(tracker))
    # A danger or a medical question described now is answered by the rules first (a
    # same-day danger gets its advice at once, not after the last question), unless the
    # message is a plain "no" ("no, no fever").
    if decision.intent is not None and answer != Answer.NO.value:
        return []
    return [SlotSet(slot, answer)] if answer else []


class ValidatePrevisitCheckForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        # Only the question just asked is filled: a "yes" must not answer all nine.
        return answer_for_requested_slot(tracker)


def _clear_answers() -> list[EventType]:
    # The answers live only as long as the check: the summary is the client's record, and
    # a new check never starts from an old one's answers.
    return [SlotSet(q.slot, None) for q in QUESTIONS]


class ActionPrevisitStart(Action):
    """Starts the check from a clean slate and says how it works."""

    def name(self) -> str:
        return "action_previsit_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        reply = Reply(
            [
                f"Let's check you're ready to book. I'll ask up to {len(QUESTIONS)} short questions; answer yes, no "
                'or not sure, in your own words if you like. You can ask me something else or say "stop" at any time.'
            ],
            "contraindications",
            extra={"kind": "previsit_intro"},
        )
        return deliver(dispatcher, reply) + _clear_answers()


class ActionPrevisitSummary(Action):
    def name(self) -> str:
        return "action_previsit_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        assessment = assess({q.slot: tracker.get_slot(q.slot) for q in QUESTIONS})
        reply = Reply(
            summary_lines(assessment, knowledge_base.current().profile),
            "contraindications",
            extra={"kind": "previsit", "outcome": assessment.outcome.name.lower()},
        )
        return deliver(dispatcher, reply) + _clear_answers()


class ActionPrevisitStop(Action):
    def name(self) -> str:
        return "action_previsit_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        profile = knowledge_base.current().profile
        reply = Reply(
            [
                "No problem, I've stopped the check and cleared its answers (they stay only in this chat's "
                "history, which the clinic deletes on its usual schedule). You can start it again any time by "
                f'asking "am I OK to book?", or call the front desk on {profile.phone}.'
            ],
            "contraindications",
            extra={"kind": "previsit_stopped"},
        )
        # After an emergency answer, the turn's topic must stay "emergency".
        return deliver(dispatcher, reply, secondary=topic_given_this_turn(tracker)) + _clear_answers()


ANSWER_BUTTONS = [("Yes", "yes"), ("No", "no"), ("Not sure", "not sure")]


def _ask_action(index: int, slot: str) -> type[Action]:
    """`action_ask_<slot>`: asks one check question, worded in bot/previsit_check.py."""

    async def run(
        self: Action, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        question = BY_SLOT[slot]
        reply = Reply(
            [f"({index} of {len(QUESTIONS)}) {question.text}"],
            "contraindications",
            buttons=ANSWER_BUTTONS,
            extra={"kind": "previsit_question", "question": slot},
        )
        # After an answered digression or the intro, the question is a follow-on in the same turn.
        deliver(dispatcher, reply, secondary=topic_given_this_turn(tracker))
        return []

    class_name = "ActionAsk" + "".join(part.capitalize() for part in slot.split("_"))
    return type(class_name, (Action,), {"name": lambda self: f"action_ask_{slot}", "run": run})


ASK_ACTIONS = [_ask_action(n, q.slot) for n, q in enumerate(QUESTIONS, start=1)]
