"""The public REST contract, against the real Rasa server and action server."""

import json
import sqlite3
import urllib.request
import uuid

import pytest

from channels.guarded_rest import MAX_BODY_BYTES
from tests.e2e.servers import post, say, text_of, topic_of


def _sender():
    return f"e2e-{uuid.uuid4().hex[:12]}"


def test_health_endpoint_answers(servers):
    with urllib.request.urlopen(f"{servers.url}/", timeout=5) as resp:
        assert resp.status == 200


def test_faq_answer_carries_topic_and_faq_id(servers):
    messages = say(servers.url, _sender(), "what exactly is a trigger point?")
    custom = [m["custom"] for m in messages if "custom" in m]
    assert custom and custom[-1]["topic"] == "trigger_points"
    assert custom[-1]["faq_id"].startswith("tp-")


def test_http_api_is_not_enabled(servers):
    request = urllib.request.Request(f"{servers.url}/conversations/someone/tracker")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=5)
    assert err.value.code == 404


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   \n\t  ",
        "🤔💆‍♀️🙏",
        "<script>alert('hi')</script>",
        "<img src=x onerror=alert(1)>",
        "'; DROP TABLE appointments; --",
        "\x00\x01\x02\ufffd\ufffd binary \x7f",
        "안녕하세요, 한국어로 대답해 주실 수 있나요?",
        "Hola, ¿hablas español? No entiendo bien el inglés.",
        "sore " * 2000,
    ],
)
def test_bad_input_gets_a_polite_reply(servers, message):
    messages = say(servers.url, _sender(), message)
    assert text_of(messages).strip(), messages
    assert topic_of(messages) is not None
    assert "<script" not in text_of(messages)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"this is not json", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b'{"sender": "x", "message": 12345}', "application/json"),
        (b'{"message": "hi"}', "application/json"),
        (b"sender=x&message=hi", "application/x-www-form-urlencoded"),
        (b'{"sender": "x", "message": ["a"]}', "application/json"),
        (b"[" * 3000, "application/json"),  # nested too deeply for the JSON decoder
        (b'{"sender": "x", "message": "hi", "metadata": ' + b'{"a":' * 3000 + b"1" + b"}" * 3001, "application/json"),
        ('{"sender": "x", "message": "caf\u00e9"}'.encode("latin-1"), "application/json"),  # not UTF-8
    ],
)
def test_malformed_bodies_get_a_clear_4xx(servers, body, content_type):
    status, payload = post(servers.url, body, content_type)
    assert status == 400
    assert "error" in payload


def test_oversized_body_gets_413(servers):
    huge = json.dumps({"sender": "x", "message": "a" * (MAX_BODY_BYTES * 4)}).encode()
    status, _ = post(servers.url, huge)
    assert status == 413
    # and the server is still answering afterwards
    assert topic_of(say(servers.url, _sender(), "hello")) == "smalltalk"


def test_every_turn_is_stored_under_its_own_conversation(servers):
    alice, bob = _sender(), _sender()
    say(servers.url, alice, "I'm really sore after my massage yesterday, is that normal?")
    say(servers.url, bob, "what should I wear to my appointment?")
    say(servers.url, alice, "how long does that last?")
    with sqlite3.connect(servers.db) as db:
        rows = db.execute(
            "SELECT sender_id, data FROM events WHERE type_name = 'user' AND sender_id IN (?, ?)", (alice, bob)
        ).fetchall()
    texts = {sender: [json.loads(data)["text"] for s, data in rows if s == sender] for sender in (alice, bob)}
    assert texts[alice] == ["I'm really sore after my massage yesterday, is that normal?", "how long does that last?"]
    assert texts[bob] == ["what should I wear to my appointment?"]


def test_a_long_conversation_keeps_getting_real_answers(servers):
    # Rasa posts the whole conversation to the action server with every action call; the
    # action server's body cap (scripts/run_actions.sh) must not end a long chat.
    sender = _sender()
    questions = [
        "what is a trigger point?",
        "will I be sore tomorrow?",
        "what should I wear?",
        "can I have a massage if I'm pregnant?",
        "how many sessions will I need?",
    ]
    for n in range(60):
        say(servers.url, sender, f"{questions[n % len(questions)]} (question {n}, with some extra words to pad it out)")
    last = say(servers.url, sender, "what should I wear to my appointment?")
    assert topic_of(last) == "session", text_of(last)


def test_the_conversation_store_is_readable_by_its_owner_only(servers):
    import os
    import stat

    say(servers.url, _sender(), "hello")
    mode = stat.S_IMODE(os.stat(servers.db).st_mode)
    assert mode & 0o077 == 0, oct(mode)
