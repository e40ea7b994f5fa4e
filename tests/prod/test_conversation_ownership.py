"""The production edge accepts only conversation ids the web front end issued (issue #11, items 1, 4, 5).

Through nginx (8088): made-up, forged and Telegram-namespace ids are refused before Rasa sees
them, a number is not a sender, feedback is tied to an answer stored in PostgreSQL, a
conversation's owner can erase it from PostgreSQL and the feedback store, and the web front end's
per-conversation limit answers 429 with Retry-After.
"""

from __future__ import annotations

import json
import sqlite3

from tests.prod.test_scale_out import NGINX_PORT, ROOT, events, exchange, issued_sender, new_sender, pytestmark

__all__ = ["pytestmark"]

FEEDBACK_DB = ROOT / "var" / "prod" / "feedback.db"


def _post(path: str, body: dict, source: str) -> tuple[int, dict[str, str], object]:
    status, headers, raw = exchange(NGINX_PORT, "POST", path, json.dumps(body).encode(), source)
    try:
        return status, headers, json.loads(raw)
    except ValueError:
        return status, headers, raw.decode("utf-8", "replace")


def _votes(sender: str) -> int:
    with sqlite3.connect(FEEDBACK_DB) as db:
        return db.execute("SELECT COUNT(*) FROM feedback WHERE sender_id = ?", (sender.split(".")[0],)).fetchone()[0]


def test_only_issued_ids_reach_the_assistant_through_nginx() -> None:
    source = "127.0.0.51"
    victim = new_sender("victim")  # e.g. a conversation someone started on another channel
    issued = issued_sender(source)
    key = issued.split(".")[0]
    for sender in (victim, "tg-700000001", "700000001", key, key + ".forged-signature-0123456789012345678901234"):
        status, _, body = _post("/webhooks/rest/webhook", {"sender": sender, "message": "/restart"}, source)
        assert status == 403 and body["code"] == "conversation_not_issued", (sender, status, body)
        assert events(sender) == [] or sender == key
    status, _, body = _post("/webhooks/rest/webhook", {"sender": 700000001, "message": "hi"}, source)
    assert status == 400 and "'sender' must be a string" in body["error"]
    assert events(key) == []  # the refused requests stored nothing under the real id either
    status, _, body = _post("/webhooks/rest/webhook", {"sender": issued, "message": "what is a trigger point?"}, source)
    assert status == 200 and any((m.get("custom") or {}).get("topic") == "trigger_points" for m in body), body


def test_feedback_and_delete_my_conversation_work_on_postgresql() -> None:
    source = "127.0.0.52"
    mine, theirs = issued_sender(source), issued_sender(source)
    status, _, reply = _post(
        "/webhooks/rest/webhook", {"sender": mine, "message": "what exactly is a trigger point?"}, source
    )
    assert status == 200
    faq_id = next(m["custom"]["faq_id"] for m in reply if "faq_id" in (m.get("custom") or {}))
    assert _post("/webhooks/rest/webhook", {"sender": theirs, "message": "what should I wear?"}, source)[0] == 200

    vote = {"sender": mine, "faq_id": faq_id, "helpful": False}
    assert _post("/api/feedback", {**vote, "sender": theirs}, source)[0] == 422  # not an answer of theirs
    assert _post("/api/feedback", vote, source)[0] == 201
    assert events(mine) and _votes(mine) == 1

    status, _, body = _post("/api/conversation/delete", {"sender": mine}, source)
    assert status == 200 and body == {"deleted": True}
    assert events(mine) == [] and _votes(mine) == 0
    assert events(theirs)  # another conversation is untouched


def test_one_conversation_gets_a_polite_429_with_retry_after() -> None:
    source = "127.0.0.53"
    sender = issued_sender(source)
    statuses = []
    for n in range(25):
        status, headers, _ = _post("/webhooks/rest/webhook", {"sender": sender, "message": f"hi {n}"}, source)
        statuses.append(status)
        if status == 429:
            assert int(headers["retry-after"]) >= 1
            break
    assert statuses[-1] == 429 and set(statuses[:-1]) == {200}, statuses


def test_the_widget_files_are_served_through_nginx_for_other_sites_to_embed() -> None:
    from webapp.widget_bundle import WidgetBundle

    bundle = WidgetBundle.load()
    for path, body in (
        ("/widget/widget.js", bundle.script),
        (f"{bundle.base_path}/widget.js", bundle.script),
        (f"{bundle.base_path}/widget.css", bundle.stylesheet),
    ):
        status, headers, raw = exchange(NGINX_PORT, "GET", path, None, "127.0.0.54")
        assert status == 200 and raw == body, (path, status)
        assert headers["cross-origin-resource-policy"] == "cross-origin", (path, headers)
    assert exchange(NGINX_PORT, "POST", "/widget/widget.js", b"{}", "127.0.0.54")[0] == 404
    assert exchange(NGINX_PORT, "GET", "/widget/0000000000000000/widget.js", None, "127.0.0.54")[0] == 404
