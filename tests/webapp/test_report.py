"""The unanswered/unhelpful report over a real SQLite file shaped like Rasa's tracker store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from webapp import feedback_store
from webapp.report import build_report, normalize_question

NOW = 1_795_000_000.0
DAY = 86400.0

EVENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER NOT NULL, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT, PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS ix_events_sender_id ON events (sender_id);
"""


class Tracker:
    """Writes events the way Rasa's SQLTrackerStore stores them."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path)
        self.conn.executescript(EVENTS_SCHEMA)

    def _add(self, sender: str, type_name: str, ts: float, data: dict, intent=None, action=None) -> None:
        self.conn.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) VALUES (?,?,?,?,?,?)",
            (sender, type_name, ts, intent, action, json.dumps({"event": type_name, "timestamp": ts, **data})),
        )

    def turn(self, sender: str, text: str, ts: float, custom: dict, reply: str = "a reply") -> None:
        self._add(sender, "user", ts, {"text": text, "parse_data": {"intent": {"name": "x"}, "text": text}}, "x")
        self._add(sender, "action", ts + 0.01, {"name": "action_x"}, action="action_x")
        self._add(sender, "slot", ts + 0.02, {"name": "last_topic", "value": custom.get("topic")})
        bot_data = {"elements": None, "quick_replies": None, "buttons": None, "attachment": None, "image": None}
        self._add(sender, "bot", ts + 0.03, {"text": reply, "data": {**bot_data, "custom": custom}})
        self.conn.commit()


@pytest.fixture
def dbs(tmp_path: Path) -> tuple[Path, Path, Tracker]:
    tracker_db, feedback_db = tmp_path / "conversations.db", tmp_path / "feedback.db"
    feedback_store.init_db(feedback_db)
    return tracker_db, feedback_db, Tracker(tracker_db)


def vote(feedback_db: Path, question: str, helpful: bool, when: float, sender: str = "web-a") -> None:
    fb = feedback_store.Feedback(sender, "aft-soreness-normal", helpful, question)
    feedback_store.save_feedback(feedback_db, fb, now=when)


def test_normalize_question_folds_case_punctuation_and_spaces():
    assert normalize_question("  Will I be SORE??  ") == "will i be sore"
    assert normalize_question("What’s the weather?") == normalize_question("what's the  weather")


def test_groups_unanswered_questions_by_normalized_text_most_frequent_first(dbs):
    tracker_db, feedback_db, t = dbs
    unsure = {"topic": "trigger_points", "kind": "clarify"}
    t.turn("web-a", "Do you take insurance?", NOW - 1 * DAY, {"topic": "clinic", "kind": "unanswered"})
    t.turn("web-b", "do you take  insurance", NOW - 2 * DAY, {"topic": "clinic", "kind": "unanswered"})
    t.turn("web-c", "DO YOU TAKE INSURANCE?!", NOW - 3 * DAY, {"topic": "clinic", "kind": "unanswered"})
    t.turn("web-a", "who won the world cup", NOW - 1 * DAY, {"topic": "out_of_scope", "kind": "out_of_scope"})
    t.turn("web-d", "who won the world cup?", NOW - 0.5 * DAY, {"topic": "out_of_scope"})
    t.turn("web-e", "is cupping the same", NOW - 0.2 * DAY, unsure)
    # Answered questions are not in the report.
    t.turn("web-a", "what is a trigger point", NOW - 1 * DAY, {"topic": "trigger_points", "faq_id": "tp-what"})
    t.turn("web-f", "my calf is hot and swollen", NOW - 1 * DAY, {"topic": "emergency", "kind": "emergency"})

    report = build_report(tracker_db, feedback_db, days=7, now=NOW)

    summary = [(it["normalized"], it["count"], it["unanswered"], it["unhelpful"]) for it in report["items"]]
    assert summary == [
        ("do you take insurance", 3, 3, 0),
        ("who won the world cup", 2, 2, 0),
        ("is cupping the same", 1, 1, 0),
    ]
    first = report["items"][0]
    assert first["question"] in {"Do you take insurance?", "do you take  insurance", "DO YOU TAKE INSURANCE?!"}
    assert len(first["variants"]) == 3
    assert first["last_seen"] == pytest.approx(NOW - 1 * DAY)


def test_only_the_last_days_count(dbs):
    tracker_db, feedback_db, t = dbs
    gone = {"topic": "clinic", "kind": "unanswered"}
    t.turn("web-a", "do you do hot stones", NOW - 8 * DAY, gone)  # outside 7 days
    t.turn("web-b", "do you do hot stones", NOW - 30 * DAY, gone)
    t.turn("web-c", "do you do hot stones", NOW - 6.9 * DAY, gone)  # inside
    t.turn("web-d", "parking?", NOW - 10 * DAY, gone)  # only outside

    week = build_report(tracker_db, feedback_db, days=7, now=NOW)
    assert [(it["normalized"], it["count"]) for it in week["items"]] == [("do you do hot stones", 1)]

    month = build_report(tracker_db, feedback_db, days=31, now=NOW)
    assert [(it["normalized"], it["count"]) for it in month["items"]] == [
        ("do you do hot stones", 3),
        ("parking", 1),
    ]


def test_unhelpful_votes_are_counted_and_merged_with_unanswered(dbs):
    tracker_db, feedback_db, t = dbs
    t.turn("web-a", "Will I be sore tomorrow?", NOW - 2 * DAY, {"topic": "aftercare", "kind": "clarify"})
    vote(feedback_db, "will i be sore tomorrow", helpful=False, when=NOW - 1 * DAY)
    vote(feedback_db, "Will I be sore tomorrow?", helpful=False, when=NOW - 3 * DAY, sender="web-b")
    vote(feedback_db, "How long does soreness last", helpful=False, when=NOW - 1 * DAY)
    vote(feedback_db, "How long does soreness last", helpful=True, when=NOW - 1 * DAY)  # helpful: not counted
    vote(feedback_db, "How long does soreness last", helpful=False, when=NOW - 9 * DAY)  # too old

    items = build_report(tracker_db, feedback_db, days=7, now=NOW)["items"]

    assert [(it["normalized"], it["count"], it["unanswered"], it["unhelpful"]) for it in items] == [
        ("will i be sore tomorrow", 3, 1, 2),
        ("how long does soreness last", 1, 0, 1),
    ]
    assert items[0]["unhelpful_faq_ids"] == ["aft-soreness-normal"]


def test_each_client_message_counts_once_and_front_desk_checks_are_left_out(dbs):
    tracker_db, feedback_db, t = dbs
    t.turn("web-a", "can you do my taxes", NOW - DAY, {"topic": "out_of_scope", "kind": "out_of_scope"})
    # A second bot message answering the same user message does not count it again.
    t._add("web-a", "bot", NOW - DAY + 1, {"text": "more", "data": {"custom": {"kind": "unanswered"}}})
    t.turn("frontdesk-0123", "can you do my taxes", NOW - DAY, {"topic": "out_of_scope"})
    # A clicked button payload is not a client's typed question.
    t.turn("web-b", '/faq_session{"faq_id":"x"}', NOW - DAY, {"topic": "session", "kind": "clarify"})
    t.conn.commit()

    items = build_report(tracker_db, feedback_db, days=7, now=NOW)["items"]
    assert [(it["normalized"], it["count"]) for it in items] == [("can you do my taxes", 1)]


def test_missing_files_give_an_empty_report(tmp_path: Path):
    report = build_report(tmp_path / "none.db", tmp_path / "none2.db", days=7, now=NOW)
    assert report["items"] == []
    assert report["days"] == 7


def test_contact_details_are_masked_and_masked_questions_group_together(dbs):
    tracker_db, feedback_db, t = dbs
    unanswered = {"topic": "clinic", "kind": "unanswered"}
    t.turn("web-a", "Can you ring me on 07700 900123 about parking?", NOW - DAY, unanswered)
    t.turn("web-b", "can you ring me on +44 7700 900456 about parking", NOW - DAY, unanswered)
    t.turn("web-c", "email jo.bloggs@example.com the price list, I live at 12 Mill Lane", NOW - DAY, unanswered)
    vote(feedback_db, "born 12/03/1985, postcode SW1A 1AA: can I come?", helpful=False, when=NOW - DAY)

    report = build_report(tracker_db, feedback_db, days=7, now=NOW)

    shown = json.dumps(report["items"])
    for detail in ("07700", "900123", "900456", "jo.bloggs", "example.com", "Mill Lane", "12/03/1985", "SW1A"):
        assert detail not in shown, detail
    by_key = {it["normalized"]: it for it in report["items"]}
    assert by_key["can you ring me on phone about parking"]["count"] == 2
    assert by_key["can you ring me on phone about parking"]["question"].startswith("Can you ring me on [phone]")
    assert "email [email] the price list, I live at [address]" in {it["question"] for it in report["items"]}
    assert any("[date]" in it["question"] and "[postcode]" in it["question"] for it in report["items"])


def test_the_report_names_the_conversations_it_shows_for_the_audit_log_only(dbs):
    tracker_db, feedback_db, t = dbs
    t.turn("web-a", "do you sell gift cards", NOW - DAY, {"topic": "clinic", "kind": "unanswered"})
    t.turn("web-b", "what is a trigger point", NOW - DAY, {"topic": "trigger_points", "faq_id": "tp-what"})
    t.turn("frontdesk-1", "do you sell gift cards", NOW - DAY, {"topic": "clinic", "kind": "unanswered"})
    vote(feedback_db, "will it hurt", helpful=False, when=NOW - DAY, sender="web-c")

    report = build_report(tracker_db, feedback_db, days=7, now=NOW)

    assert report["conversation_ids"] == ["web-a", "web-c"]
    assert "web-a" not in json.dumps(report["items"])
