"""A conversation belongs to whoever started it (issue #11, items 1 and 4), end to end.

The web front end (the public chat routes) in front of the real Rasa and action servers: only
conversation ids it issued are accepted; ids are namespaced per channel; a JSON number is not a
sender; feedback is tied to an answer of the client's own conversation, capped and masked; Host
values are allow-listed; metadata is limited to small known keys; rate limits answer 429 with
Retry-After; a client can erase their conversation. Each test uses its own client address
(127.0.1.N), so the per-address limit of one test does not spill into another.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from bot.knowledge_base import current
from tests.e2e.servers import post, topic_of
from tests.e2e.web import call, chat, conversation_key, new_conversation, start_webapp
from tests.webapp.test_server import Signed, sign_in, stop
from webapp.conversation_ids import ConversationIds

SECRET = "e2e-conversation-secret-0123456789abcdefghijklmnop"
OTHER_SECRET = "another-servers-secret-0123456789abcdefghijklmnop"
PER_CONVERSATION = 5  # messages and votes of one conversation per minute (burst)
PER_ADDRESS = 40  # requests of one client address per minute (burst)
ISSUED = re.compile(r"^web-[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$")
SORE = "will I be sore after a session?"


@pytest.fixture(scope="module")
def staff(web) -> Signed:
    """A member of staff signed in to the front desk (its report and test questions)."""
    return sign_in(web[0])


@pytest.fixture(scope="module")
def web(servers, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("web")
    env = {
        "CONVERSATION_SECRET": SECRET,
        "WEB_RATE_PER_CONVERSATION": f"{PER_CONVERSATION}/60",
        "WEB_RATE_PER_IP": f"{PER_ADDRESS}/60",
        "WEB_ALLOWED_HOSTS": "chat.clinic.example",
    }
    proc, base = start_webapp(servers, workdir, env)
    try:
        yield base, workdir
    finally:
        stop(proc)


def stored_events(servers, sender: str) -> list[tuple[str, dict]]:
    with sqlite3.connect(servers.db) as db:
        rows = db.execute("SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)).fetchall()
    return [(t, json.loads(d)) for t, d in rows]


def feedback_rows(workdir, sender: str) -> list[tuple]:
    with sqlite3.connect(workdir / "feedback.db") as db:
        return db.execute("SELECT faq_id, helpful, question FROM feedback WHERE sender_id = ?", (sender,)).fetchall()


def faq_id_of(reply) -> str:
    ids = [m["custom"]["faq_id"] for m in reply.body if isinstance(m.get("custom"), dict) and "faq_id" in m["custom"]]
    assert ids, reply.body
    return ids[-1]


# --- item 1: ids the server issued, per channel --------------------------------------------------


def test_an_issued_id_chats_and_the_store_never_sees_its_signature(servers, web):
    base, _ = web
    source = "127.0.1.1"
    issued = new_conversation(base, source)
    assert ISSUED.match(issued), issued
    assert new_conversation(base, source) != issued
    reply = chat(base, issued, "what is a trigger point?", source)
    assert reply.status == 200 and topic_of(reply.body) == "trigger_points", reply
    key = conversation_key(issued)
    assert [t for t, _ in stored_events(servers, key) if t == "user"] == ["user"]
    assert stored_events(servers, issued) == []  # the signature is a credential: stored nowhere


def test_made_up_and_forged_ids_are_refused_and_reach_nothing(servers, web):
    base, _ = web
    source = "127.0.1.2"
    alice = new_conversation(base, source)
    assert chat(base, alice, "am I OK to book?", source).status == 200  # a pre-visit check in progress
    key, signature = alice.split(".")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    foreign = ConversationIds(OTHER_SECRET).issue()  # signed, but not by this server
    for forged in (
        "visitor-1",
        "web-abc",
        key,  # what a reply's recipient_id shows and the database holds
        f"{key}.{flipped}",
        foreign,
        f"frontdesk-{key[4:]}",
        "tg-700000001",
        "700000001",
        alice + " ",
        alice.upper(),
    ):
        before = len(stored_events(servers, key))
        reply = chat(base, forged, "/restart", source)
        assert reply.status == 403 and reply.body["code"] == "conversation_not_issued", (forged, reply)
        vote = {"sender": forged, "faq_id": "tp-referred-pain", "helpful": False}
        assert call(base, "POST", "/api/feedback", vote, source=source).status == 403
        assert call(base, "POST", "/api/conversation/delete", {"sender": forged}, source=source).status == 403
        assert len(stored_events(servers, key)) == before
        if forged != key:
            assert stored_events(servers, forged) == [] and stored_events(servers, forged.strip()) == []
    # Alice's check is untouched and continues.
    assert "(2 of 12)" in " ".join(m.get("text") or "" for m in chat(base, alice, "no", source).body)


@pytest.mark.parametrize("sender", [12345, 700000001, -1, 1.5, True, None, ["web-x"], {"id": "x"}])
def test_a_sender_that_is_not_a_string_gets_a_clear_400(servers, web, sender):
    base, _ = web
    reply = chat(base, sender, "hello", "127.0.1.3")
    assert reply.status == 400 and "'sender' must be a string" in reply.error, reply
    # Rasa's own channel (the internal port) refuses it too, instead of turning 12345 into "12345".
    status, body = post(servers.url, json.dumps({"sender": sender, "message": "hello"}).encode())
    assert status == 400 and "'sender'" in body["error"], (status, body)


@pytest.mark.parametrize("sender", ["tg-700000001", "700000001", "-100123456"])
def test_rasas_internal_rest_port_cannot_address_a_telegram_conversation(servers, sender):
    status, body = post(servers.url, json.dumps({"sender": sender, "message": "/restart"}).encode())
    assert status == 400 and "another channel" in body["error"], body
    assert stored_events(servers, sender) == []


def test_front_desk_test_questions_stay_out_of_the_report_and_clients_cannot_hide_theirs(servers, web, staff):
    base, _ = web
    source = "127.0.1.4"
    question = "is there a piano in the lobby?"
    asked = call(base, "POST", "/frontdesk/api/ask", {"question": question}, staff.headers(post=True), source)
    assert asked.status == 200 and asked.body["sender"].startswith("frontdesk-")
    assert asked.body["kind"] in ("clarify", "unanswered"), asked.body  # what the report would list
    report = call(base, "GET", "/frontdesk/api/report?days=1", headers=staff.headers(), source=source).body
    assert "piano" not in json.dumps(report)
    # A client asking the same thing is counted; no id a client can hold is in the front desk's namespace.
    client = new_conversation(base, source)
    assert not conversation_key(client).startswith("frontdesk-")
    assert chat(base, client, question, source).status == 200
    report = call(base, "GET", "/frontdesk/api/report?days=1", headers=staff.headers(), source=source).body
    [item] = [it for it in report["items"] if "piano" in it["normalized"]]
    assert item["unanswered"] == 1, item


# --- item 4: feedback ------------------------------------------------------------------------------


def test_feedback_is_tied_to_an_answer_of_ones_own_conversation_and_masked(servers, web, staff):
    base, workdir = web
    source = "127.0.1.5"
    issued = new_conversation(base, source)
    key = conversation_key(issued)
    asked = f"my number is 07700 900123 and email jo@example.com, {SORE}"
    faq_id = faq_id_of(chat(base, issued, asked, source))
    vote = {"sender": issued, "faq_id": faq_id, "helpful": False, "question": "BUY CHEAP PILLS at spam.example"}

    # JSON only: a form on another site could post text/plain without a preflight.
    as_text = call(base, "POST", "/api/feedback", json.dumps(vote).encode(), {"Content-Type": "text/plain"}, source)
    assert as_text.status == 415, as_text
    # Only answers the assistant gave in this conversation.
    other = next(e.id for e in current().faq.entries if e.id != faq_id)
    assert call(base, "POST", "/api/feedback", {**vote, "faq_id": other}, source=source).status == 422
    someone_else = new_conversation(base, source)
    refused = call(base, "POST", "/api/feedback", {**vote, "sender": someone_else}, source=source)
    assert refused.status == 422 and faq_id in refused.error, refused

    assert call(base, "POST", "/api/feedback", vote, source=source).status == 201
    again = call(base, "POST", "/api/feedback", {**vote, "helpful": True}, source=source)
    assert again.status == 409, again  # one vote per answer
    [(stored_faq, helpful, question)] = feedback_rows(workdir, key)
    assert (stored_faq, helpful) == (faq_id, 0)
    # The question is the client's own message from the conversation, masked; never the request's text.
    assert "07700" not in question and "jo@example.com" not in question and "[phone]" in question
    assert SORE.rstrip("?") in question and "PILLS" not in question
    report = json.dumps(call(base, "GET", "/frontdesk/api/report?days=1", headers=staff.headers(), source=source).body)
    assert "07700" not in report and "jo@example.com" not in report and "PILLS" not in report


def test_feedback_counts_against_the_conversations_rate_limit(web):
    base, _ = web
    source = "127.0.1.6"
    issued = new_conversation(base, source)
    vote = {"sender": issued, "faq_id": "tp-what-is-a-trigger-point", "helpful": True}  # never answered here
    statuses = [call(base, "POST", "/api/feedback", vote, source=source).status for _ in range(PER_CONVERSATION + 2)]
    assert statuses[:PER_CONVERSATION] == [422] * PER_CONVERSATION and statuses[-1] == 429, statuses


# --- item 4: Host, metadata, rate limits ------------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil", ""])
def test_an_unknown_host_header_is_refused_everywhere(web, host):
    base, _ = web
    for method, path, body in (
        ("GET", "/", None),
        ("GET", "/widget/widget.js", None),
        ("POST", "/api/conversation", {}),
        ("GET", "/frontdesk/api/faq?q=sore", None),
    ):
        reply = call(base, method, path, body, {"Host": host}, "127.0.1.7")
        assert reply.status == 400 and "host" in reply.error, (host, path, reply)


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost:8080", "[::1]:80", "chat.clinic.example", "CHAT.clinic.example"]
)
def test_loopback_and_configured_hosts_are_served(web, host):
    base, _ = web
    assert call(base, "GET", "/healthz", headers={"Host": host}, source="127.0.1.8").status == 200
    assert call(base, "POST", "/api/conversation", {}, {"Host": host}, "127.0.1.8").status == 201


def test_metadata_is_limited_to_small_known_keys(servers, web):
    base, _ = web
    source = "127.0.1.9"
    issued = new_conversation(base, source)
    ok = chat(base, issued, "hello", source, metadata={"client": "widget/2"})
    assert ok.status == 200, ok
    [user] = [d for t, d in stored_events(servers, conversation_key(issued)) if t == "user"]
    client_metadata = {k: v for k, v in user["metadata"].items() if k not in ("assistant_id", "model_id")}
    assert client_metadata == {"client": "widget/2"}  # Rasa adds its own two
    for metadata, named in (
        ({"client": "widget/2", "email": "jo@example.com", "notes": "x" * 5000}, "email, notes"),
        ({"client": "x" * 200}, "metadata.client"),
        ({"client": {"nested": 1}}, "metadata.client"),
        ([1, 2], "JSON object"),
    ):
        reply = chat(base, issued, "hello again", source, metadata=metadata)
        assert reply.status == 400 and named in reply.error, (metadata, reply)
    assert len([t for t, _ in stored_events(servers, conversation_key(issued)) if t == "user"]) == 1
    # The same rule at Rasa's own channel.
    status, body = post(servers.url, json.dumps({"sender": "e2e-meta", "message": "hi", "metadata": {"a": 1}}).encode())
    assert status == 400 and "not accepted: a" in body["error"]


def test_one_conversation_is_rate_limited_politely_and_others_are_not(web):
    base, _ = web
    source = "127.0.1.10"
    fast = new_conversation(base, source)
    statuses = [chat(base, fast, f"hello {n}", source).status for n in range(PER_CONVERSATION)]
    assert statuses == [200] * PER_CONVERSATION
    limited = chat(base, fast, "hello again", source)
    assert limited.status == 429, limited
    assert 1 <= int(limited.headers["retry-after"]) <= 60 and "wait" in limited.error
    assert chat(base, new_conversation(base, source), "hello", source).status == 200


def test_one_address_is_rate_limited_and_another_is_not(web):
    base, _ = web
    statuses = [call(base, "POST", "/api/conversation", {}, source="127.0.1.11").status for _ in range(PER_ADDRESS + 5)]
    assert statuses[:PER_ADDRESS] == [201] * PER_ADDRESS and statuses[-1] == 429, statuses
    limited = call(base, "POST", "/api/conversation", {}, source="127.0.1.11")
    assert limited.status == 429 and int(limited.headers["retry-after"]) >= 1
    assert call(base, "POST", "/api/conversation", {}, source="127.0.1.12").status == 201


# --- item 5: "Delete my conversation" ---------------------------------------------------------------


def test_deleting_a_conversation_erases_it_and_its_feedback_and_nothing_else(servers, web):
    base, workdir = web
    source = "127.0.1.13"
    mine, theirs = new_conversation(base, source), new_conversation(base, source)
    faq_id = faq_id_of(chat(base, mine, SORE, source))
    assert (
        call(base, "POST", "/api/feedback", {"sender": mine, "faq_id": faq_id, "helpful": False}, source=source).status
        == 201
    )
    assert chat(base, theirs, SORE, source).status == 200
    assert stored_events(servers, conversation_key(mine)) and feedback_rows(workdir, conversation_key(mine))

    deleted = call(base, "POST", "/api/conversation/delete", {"sender": mine}, source=source)
    assert deleted.status == 200 and deleted.body == {"deleted": True}, deleted
    assert stored_events(servers, conversation_key(mine)) == []
    assert feedback_rows(workdir, conversation_key(mine)) == []
    assert stored_events(servers, conversation_key(theirs))  # another conversation is untouched
    # Deleting again is harmless; a message with the old id starts from nothing.
    assert call(base, "POST", "/api/conversation/delete", {"sender": mine}, source=source).status == 200
    assert chat(base, mine, "hello", source).status == 200
    assert [d["text"] for t, d in stored_events(servers, conversation_key(mine)) if t == "user"] == ["hello"]
