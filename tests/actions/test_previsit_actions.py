import asyncio
from pathlib import Path

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.previsit_actions import (
    ASK_ACTIONS,
    ActionPrevisitStart,
    ActionPrevisitStop,
    ActionPrevisitSummary,
    ValidatePrevisitCheckForm,
)
from bot.previsit_check import QUESTIONS

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text())


def test_domain_form_asks_exactly_the_questions_of_bot_previsit_check():
    assert DOMAIN["forms"]["previsit_check_form"]["required_slots"] == [q.slot for q in QUESTIONS]
    assert {f"action_ask_{q.slot}" for q in QUESTIONS} <= set(DOMAIN["actions"])


def _tracker(text, requested="pv_unwell", slots=None, events=None):
    return Tracker(
        sender_id="s",
        slots={"requested_slot": requested, **(slots or {})},
        latest_message={"text": text, "intent": {"name": "affirm", "confidence": 0.9}, "entities": []},
        events=events or [{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={"name": "previsit_check_form"},
        latest_action_name="action_listen",
    )


def _run(action, tracker, domain=None):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain or DOMAIN))
    return dispatcher.messages, events


def _slot_events(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot" and e["name"] != "requested_slot"}


def test_only_the_requested_question_is_answered():
    _, events = _run(ValidatePrevisitCheckForm(), _tracker("yes", requested="pv_clot"))
    assert _slot_events(events) == {"pv_clot": "yes"}


def test_free_text_answer_fills_the_slot():
    _, events = _run(ValidatePrevisitCheckForm(), _tracker("I had knee surgery 3 weeks ago", "pv_recent_surgery"))
    assert _slot_events(events) == {"pv_recent_surgery": "yes"}


def test_a_red_flag_or_a_question_is_not_taken_as_an_answer():
    for text in ("my calf is swollen and hot right now", "what should I wear?", "never mind"):
        _, events = _run(ValidatePrevisitCheckForm(), _tracker(text, requested="pv_clot"))
        assert _slot_events(events) == {}, text


def test_summary_names_the_outcome_and_clears_the_answers():
    answers = {q.slot: "no" for q in QUESTIONS} | {"pv_blood_thinners": "yes"}
    messages, events = _run(ActionPrevisitSummary(), _tracker("no", requested=None, slots=answers))
    assert messages[0]["custom"] == {"topic": "contraindications", "kind": "previsit", "outcome": "check_with_doctor"}
    assert "blood thinners" in messages[0]["text"]
    cleared = _slot_events(events)
    assert all(cleared[q.slot] is None for q in QUESTIONS)


def test_question_after_an_answer_in_the_same_turn_does_not_replace_its_topic():
    faq_answer = {"event": "bot", "text": "Wear…", "data": {"custom": {"topic": "session"}}}
    tracker = _tracker("what should I wear?", events=[{"event": "user", "text": "what should I wear?"}, faq_answer])
    messages, _ = _run(ASK_ACTIONS[0](), tracker)
    assert "topic" not in messages[0]["custom"]
    assert [b["title"] for b in messages[0]["buttons"]] == ["Yes", "No", "Not sure"]
    alone, _ = _run(ASK_ACTIONS[0](), _tracker("no"))
    assert alone[0]["custom"]["topic"] == "contraindications"


def test_stop_after_an_emergency_keeps_the_emergency_topic():
    emergency = {"event": "bot", "text": "call 999", "data": {"custom": {"topic": "emergency"}}}
    tracker = _tracker("x", events=[{"event": "user", "text": "x"}, emergency])
    messages, events = _run(ActionPrevisitStop(), tracker)
    assert "topic" not in messages[0]["custom"]
    assert all(e["value"] is None for e in events if e.get("event") == "slot")


def test_a_new_check_starts_without_an_earlier_checks_answers():
    old = {q.slot: "yes" for q in QUESTIONS}
    messages, events = _run(ActionPrevisitStart(), _tracker("am I ok to book?", requested=None, slots=old))
    answers = {name: value for name, value in _slot_events(events).items() if name.startswith("pv_")}
    assert answers == {q.slot: None for q in QUESTIONS}
    assert f"up to {len(QUESTIONS)} short questions" in messages[0]["text"]


def test_a_new_session_does_not_carry_the_answers_over():
    assert DOMAIN["session_config"]["carry_over_slots_to_new_session"] is False


def test_free_text_with_a_brand_name_fills_the_thinners_question_with_yes():
    events = asyncio.run(
        ValidatePrevisitCheckForm().get_extraction_events(
            CollectingDispatcher(), _tracker("no, only apixaban", requested="pv_blood_thinners"), DOMAIN
        )
    )
    assert _slot_events(events) == {"pv_blood_thinners": "yes"}
