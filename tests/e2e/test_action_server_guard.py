"""The action server trusts only Rasa: the shared secret, no compressed bodies, a body cap, clipped text.

Calls go straight to the real action server (as anything on the machine could), with action
calls shaped as Rasa sends them; the Rasa server of the session shows the secret reaches it.
"""

from __future__ import annotations

import gzip
import http.client
import json
import time
import uuid
import zlib

import pytest

from tests.e2e.servers import post, say, text_of, topic_of

# Words joined by "but" make a clause every few words, and the FAQ matcher scores every clause
# against every entry: about 0.6 s per 10,000 characters before the actions clipped their text.
# A direct action call can carry far more than a chat message, so this one is 300,000 long.
SPLITTER_WORST_CASE = "sore but tired " * 20_000


def _action_call(action: str, text: str, triage: dict | None = None) -> dict:
    latest = {
        "text": text,
        "intent": {"name": "faq_aftercare", "confidence": 0.9},
        "intent_ranking": [{"name": "faq_aftercare", "confidence": 0.9}],
        "entities": [],
        "triage": triage or {"level": None, "kind": None, "sources": [], "screening": "ok", "symptom": False},
    }
    sender = f"guard-{uuid.uuid4().hex[:8]}"
    return {
        "next_action": action,
        "sender_id": sender,
        "version": "3.6.2",
        "domain": {},
        "tracker": {
            "sender_id": sender,
            "slots": {},
            "latest_message": latest,
            "events": [{"event": "user", "text": text, "parse_data": latest}],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


def _post(servers, body: bytes | None, headers: dict[str, str], path: str = "/webhook", timeout: float = 30):
    return post(f"http://127.0.0.1:{servers.action_port}", body, timeout=timeout, path=path, headers=headers)


def _auth(servers) -> dict[str, str]:
    return {"Authorization": f"Bearer {servers.action_token}"}


def _faq_call() -> bytes:
    return json.dumps(_action_call("action_answer_faq", "will I be sore tomorrow?")).encode()


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-secret-0123456789abcdef", "Basic x", "Bearer ", "Bearer caf\u00e9-0123456789abcdef"],
)
def test_an_action_call_without_the_secret_is_refused_and_runs_nothing(servers, authorization):
    headers = {"Authorization": authorization.encode("utf-8").decode("latin-1")} if authorization else {}
    status, body = _post(servers, _faq_call(), headers)
    assert status == 401, body
    assert isinstance(body, dict) and "responses" not in body and "events" not in body
    # Nor may it list the actions; the health check stays open for the launchers.
    assert _post(servers, None, headers, "/actions")[0] == 401
    assert _post(servers, None, {}, "/health")[0] == 200


def test_with_the_secret_the_action_runs(servers):
    status, body = _post(servers, _faq_call(), _auth(servers))
    assert status == 200 and body["responses"][0]["custom"]["topic"] == "aftercare", body


def test_rasa_shows_the_secret_so_clients_get_real_answers(servers):
    # A curated FAQ answer (with its faq_id) comes from the action server; the fallback would not have one.
    messages = say(servers.url, f"guard-{uuid.uuid4().hex[:8]}", "what should I wear to my session?")
    assert topic_of(messages) == "session" and any((m.get("custom") or {}).get("faq_id") for m in messages)


@pytest.mark.parametrize(
    "encoding,pack",
    [("deflate", zlib.compress), ("gzip", gzip.compress), ("br", lambda b: b), ("GZIP, identity", gzip.compress)],
)
def test_compressed_bodies_are_refused_with_415(servers, encoding, pack):
    status, body = _post(servers, pack(_faq_call()), {**_auth(servers), "Content-Encoding": encoding})
    assert status == 415, body
    assert "compressed" in body["error"]


def test_a_small_compressed_body_cannot_unpack_past_the_body_cap(servers):
    # 9 MB of JSON packs into a few KB; unpacked on the server it would pass the 8 MB cap.
    call = _action_call("action_answer_faq", "will I be sore tomorrow?")
    call["tracker"]["events"] += [{"event": "bot", "text": "x" * 1000}] * 9000
    packed = zlib.compress(json.dumps(call).encode())
    assert len(packed) < 100_000
    status, _ = _post(servers, packed, {**_auth(servers), "Content-Encoding": "deflate"})
    assert status == 415


def test_a_body_over_the_cap_gets_413_and_the_server_carries_on(servers):
    # The server answers from the Content-Length alone, before any of the body is sent.
    conn = http.client.HTTPConnection("127.0.0.1", servers.action_port, timeout=30)
    try:
        conn.putrequest("POST", "/webhook")
        for name, value in {**_auth(servers), "Content-Type": "application/json"}.items():
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(8 * 1024 * 1024 + 1))
        conn.endheaders()
        assert conn.getresponse().status == 413
    finally:
        conn.close()
    assert _post(servers, _faq_call(), _auth(servers))[0] == 200


@pytest.mark.parametrize("action", ["action_answer_faq", "action_refer_to_doctor"])
def test_a_huge_message_in_an_action_call_is_clipped_not_split_for_a_minute(servers, action):
    call = json.dumps(_action_call(action, SPLITTER_WORST_CASE)).encode()
    started = time.monotonic()
    status, body = _post(servers, call, _auth(servers), timeout=60)
    elapsed = time.monotonic() - started
    assert status == 200, body
    assert elapsed < 3, f"{action} took {elapsed:.1f} s on a {len(SPLITTER_WORST_CASE)}-character message"


def test_clipping_keeps_a_red_flag_seen_past_the_clip(servers):
    # The decision made on the whole message travels in the parse data; the action does not redo it.
    emergency = {"level": "emergency", "kind": "chest_pain", "sources": ["rules"], "screening": "ok", "symptom": True}
    text = SPLITTER_WORST_CASE + "and now crushing chest pain and I'm sweating"
    status, body = _post(
        servers, json.dumps(_action_call("action_emergency", text, emergency)).encode(), _auth(servers)
    )
    assert status == 200
    reply = body["responses"][0]
    assert reply["custom"]["topic"] == "emergency" and "999" in reply["text"]
    same_day = {"level": "same_day", "kind": "clot_signs", "sources": ["rules"], "screening": "ok", "symptom": True}
    text = SPLITTER_WORST_CASE + "and my calf is swollen, red and warm"
    status, body = _post(
        servers, json.dumps(_action_call("action_refer_to_doctor", text, same_day)).encode(), _auth(servers)
    )
    assert status == 200 and "today" in body["responses"][0]["text"]


def test_through_rasa_a_long_story_with_a_late_red_flag_still_gets_999_quickly(servers):
    story = "My shoulder is sore but I am fine but I wonder about it " * 40
    assert len(story) > 2000
    started = time.monotonic()
    messages = say(
        servers.url, f"guard-{uuid.uuid4().hex[:8]}", story + ". Now I have crushing chest pain and I'm sweating"
    )
    assert topic_of(messages) == "emergency" and "999" in text_of(messages)
    assert time.monotonic() - started < 10


def test_an_action_that_fails_does_not_echo_the_conversation_back(servers):
    # The tracker carries health information; rasa_sdk's own error handler returned the whole
    # request body with the error, and Rasa logs what it gets back.
    call = _action_call("action_answer_faq", "my private health note 7c1e")
    call["tracker"]["events"] = "not a list of events"
    status, body = _post(servers, json.dumps(call).encode(), _auth(servers))
    assert status == 500
    assert "7c1e" not in json.dumps(body) and "request_body" not in json.dumps(body)
