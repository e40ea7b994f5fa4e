"""Sending a `bot.replies.Reply` through rasa_sdk, with its topic for the channel."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import knowledge_base
from bot.emergency_follow_up import still_needs_the_step
from bot.input_screening import clip
from bot.replies import Reply, with_emergency_reminder
from bot.triage import OVERRULED_KEY, TriageDecision

LAST_TOPIC = "last_topic"
LAST_FAQ_ID = "last_faq_id"


def deliver(dispatcher: CollectingDispatcher, reply: Reply, secondary: bool = False) -> list[EventType]:
    """Send the reply. A `secondary` message (a follow-on in the same turn) carries no topic,
    so the turn's topic stays that of its main answer (clients read the last topic given)."""
    buttons = [{"title": title, "payload": payload} for title, payload in reply.buttons]
    custom = reply.custom()
    if secondary:
        custom.pop("topic", None)
    dispatcher.utter_message(text="\n\n".join(reply.texts), buttons=buttons or None, json_message=custom)
    if secondary:
        return []
    events: list[EventType] = [SlotSet(LAST_TOPIC, reply.topic)]
    if reply.faq_id:
        events.append(SlotSet(LAST_FAQ_ID, reply.faq_id))
    return events


def deliver_answer(dispatcher: CollectingDispatcher, tracker: Tracker, reply: Reply) -> list[EventType]:
    """Send an answer to the client's question. Right after an emergency answer, the triage lets a plain
    front-desk question through ("Understood. Is there step-free access?"): its answer keeps the step beside it."""
    flag = emergency_just_answered(tracker)
    if flag is not None and still_needs_the_step(latest_text(tracker)):
        reply = with_emergency_reminder(reply, flag or None, knowledge_base.current().profile)
    return deliver(dispatcher, reply)


def latest_text(tracker: Tracker) -> str:
    """The client's latest message, clipped as the NLU pipeline clips it. Rasa sends it clipped
    already; the clip is here too because matching a long text (many clauses, each scored against
    every FAQ entry) would hold the event loop for seconds. The safety decision was made on the
    whole message and arrives in the parse data (`latest_triage`), so no red flag is lost."""
    text = tracker.latest_message.get("text")
    return clip(text) if isinstance(text, str) else ""


def latest_triage(tracker: Tracker) -> TriageDecision:
    """The safety decision the NLU gate attached to the client's latest message."""
    return TriageDecision.from_dict(tracker.latest_message.get("triage"))


def latest_intent(tracker: Tracker) -> tuple[str | None, float]:
    intent: dict[str, Any] = tracker.latest_message.get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def runner_up_intent(tracker: Tracker) -> tuple[str | None, float]:
    """The model's next-best intent after the predicted one (and after `nlu_fallback`)."""
    top, _ = latest_intent(tracker)
    # A guess the triage set aside is no hint, and not a health worry to hold back the likely answer for.
    skipped = ("nlu_fallback", top, tracker.latest_message.get(OVERRULED_KEY))
    for item in tracker.latest_message.get("intent_ranking") or []:
        if item.get("name") not in skipped:
            return item.get("name"), float(item.get("confidence") or 0.0)
    return None, 0.0


def topic_given_this_turn(tracker: Tracker) -> bool:
    """Whether a bot message since the client's last message already carried a topic."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and ((event.get("data") or {}).get("custom") or {}).get("topic"):
            return True
    return False


def emergency_just_answered(tracker: Tracker) -> str | None:
    """The red flag the assistant's previous answer was about ("" if it named none), or None
    if the previous answer was not an emergency answer."""
    if tracker.get_slot(LAST_TOPIC) != "emergency":
        return None
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        custom = (event.get("data") or {}).get("custom") or {}
        if custom.get("topic") == "emergency":
            flag = custom.get("red_flag")
            return flag if isinstance(flag, str) else ""
    return ""


def previous_client_message(tracker: Tracker) -> str:
    """The client's message before the latest one in this session ("" if there is none)."""
    seen_latest = False
    for event in reversed(tracker.events):
        if event.get("event") == "session_started":
            return ""
        if event.get("event") == "user":
            if seen_latest:
                text = event.get("text")
                return clip(text) if isinstance(text, str) else ""
            seen_latest = True
    return ""


def previous_answer(tracker: Tracker) -> dict[str, Any]:
    """The custom data (`Reply.custom()`) of the assistant's answer just before the client's latest
    message; empty if there was none, or the client wrote twice in a row.

    Read from before the client's latest message: Rasa may log other events (slots, the predicted
    action) after it, so the latest message is found first rather than assumed to be last."""
    events = list(tracker.events)
    latest = next((i for i in range(len(events) - 1, -1, -1) if events[i].get("event") == "user"), len(events))
    for event in reversed(events[:latest]):
        if event.get("event") == "user":
            return {}
        if event.get("event") == "bot":
            custom = (event.get("data") or {}).get("custom")
            return custom if isinstance(custom, dict) else {}
    return {}


def previous_clinic_sections(tracker: Tracker) -> list[str]:
    """The front-desk sections the assistant's previous answer covered, if it was a front-desk answer."""
    custom = previous_answer(tracker)
    sections = custom.get("sections")
    if custom.get("topic") == "clinic" and isinstance(sections, list):
        return [s for s in sections if isinstance(s, str)]
    return []
