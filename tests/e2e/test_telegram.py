"""Telegram end to end: the real Rasa and action servers, the verified Telegram channel
pointed at a local stand-in of the Bot API (never api.telegram.org).

The credentials file is the block proposed in docs/telegram.md, with its values
taken from environment variables as in production.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import urllib.request
from unittest import mock

import pytest

from channels.verified_telegram import MAX_BODY_BYTES
from tests.e2e.servers import MODEL, Servers, post
from tests.telegram_standin import TelegramStandIn

TOKEN = "123456789:AAH-test-token-for-the-local-stand-in_0"
USERNAME = "willowbank_test_bot"
SECRET = secrets.token_urlsafe(32)

# As in credentials.yml once a clinic enables Telegram: the REST channel (the web chat) beside it.
CREDENTIALS = """\
channels.guarded_rest.GuardedRestInput:
channels.verified_telegram.VerifiedTelegramInput:
  access_token: ${TELEGRAM_TOKEN}
  verify: ${TELEGRAM_BOT_USERNAME}
  webhook_url: ${TELEGRAM_WEBHOOK_URL}
  secret_token: ${TELEGRAM_SECRET_TOKEN}
  api_base_url: ${TELEGRAM_API_BASE_URL}
"""


@pytest.fixture(scope="module")
def telegram(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train` first (make test does this).")
    standin = TelegramStandIn(TOKEN, USERNAME).start()
    workdir = tmp_path_factory.mktemp("telegram")
    servers = Servers(workdir)
    credentials = workdir / "credentials.yml"
    credentials.write_text(CREDENTIALS)
    env = {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_BOT_USERNAME": USERNAME,
        "TELEGRAM_WEBHOOK_URL": f"{servers.url}/webhooks/telegram/webhook",
        "TELEGRAM_SECRET_TOKEN": SECRET,
        "TELEGRAM_API_BASE_URL": standin.base_url,
    }
    try:
        with mock.patch.dict(os.environ, env):
            servers.start_actions()
            servers.start_rasa(credentials=credentials)
        yield standin, servers
    finally:
        servers.stop()
        standin.stop()


_chat_ids = iter(range(700_000_001, 800_000_000))


def _chat() -> int:
    return next(_chat_ids)


def _say(standin: TelegramStandIn, chat_id: int, text: str) -> str:
    status, body = standin.deliver(standin.text_update(chat_id, text))
    assert status == 200, (status, body)
    texts = standin.sent_texts(chat_id)
    assert texts, f"no sendMessage for {text!r}"
    return "\n\n".join(texts)


def _keyboards(standin: TelegramStandIn, chat_id: int) -> list[dict]:
    return [c.params["reply_markup"] for c in standin.calls("sendMessage", chat_id) if "reply_markup" in c.params]


def test_startup_sets_the_webhook_with_the_secret(telegram):
    standin, servers = telegram
    [call] = standin.calls("setWebhook")
    assert call.params["url"] == f"{servers.url}/webhooks/telegram/webhook"
    assert call.params["secret_token"] == SECRET
    assert set(call.params["allowed_updates"]) == {"message", "edited_message", "callback_query"}


def test_trigger_point_question_is_answered(telegram):
    standin, _ = telegram
    chat = _chat()
    answer = _say(standin, chat, "what is a trigger point?")
    assert "muscle" in answer.lower()
    # Every call that reached the stand-in was accepted (no 4xx from "Telegram").
    assert all(c.status == 200 for c in standin.calls(chat_id=chat))


def test_buttons_are_sent_as_an_inline_keyboard_and_a_press_is_understood(telegram):
    standin, _ = telegram
    chat = _chat()
    first = _say(standin, chat, "am I OK to book?")
    assert "(1 of 12)" in first
    [keyboard] = _keyboards(standin, chat)
    buttons = [b for row in keyboard["inline_keyboard"] for b in row]
    assert [(b["text"], b["callback_data"]) for b in buttons] == [
        ("Yes", "yes"),
        ("No", "no"),
        ("Not sure", "not sure"),
    ]

    press = standin.callback_update(chat, "no", message_text=first)
    status, _ = standin.deliver(press)
    assert status == 200
    assert "(2 of 12)" in standin.sent_texts(chat)[-1]
    answered = standin.wait_for("answerCallbackQuery")
    assert press["callback_query"]["id"] in [c.params["callback_query_id"] for c in answered]


def test_faq_suggestion_buttons_fit_telegram_and_work_when_pressed(telegram):
    standin, _ = telegram
    chat = _chat()
    _say(standin, chat, "will I be sore after a session?")
    keyboards = _keyboards(standin, chat)
    assert keyboards, "an FAQ answer offers related questions as buttons"
    # The stand-in refuses callback_data over 64 bytes, as Telegram does.
    assert all(c.status == 200 for c in standin.calls("sendMessage", chat))
    button = keyboards[-1]["inline_keyboard"][0][0]
    assert button["callback_data"].startswith("/faq_")
    before = len(standin.sent_texts(chat))
    status, _ = standin.deliver(standin.callback_update(chat, button["callback_data"]))
    assert status == 200
    assert len(standin.sent_texts(chat)) > before


def test_red_flag_gets_the_emergency_answer(telegram):
    standin, _ = telegram
    answer = _say(standin, _chat(), "I have crushing chest pain")
    assert "999" in answer


def test_a_failed_turn_still_points_to_the_front_desk(telegram):
    standin, _ = telegram
    chat = _chat()
    standin.fail_next("sendMessage", 500, "Internal Server Error")
    status, _ = standin.deliver(standin.text_update(chat, "what is a trigger point?"))
    assert status == 200  # not a 5xx, which would make Telegram deliver the update again
    sent = standin.calls("sendMessage", chat)
    assert sent[0].status == 500
    assert "front desk" in sent[-1].params["text"] and sent[-1].status == 200


@pytest.mark.parametrize(
    "secret",
    [None, "", "wrong-secret", SECRET[:-1], SECRET + "x", SECRET.upper()],
    ids=["missing", "empty", "wrong", "prefix", "longer", "case"],
)
def test_missing_or_forged_secret_is_refused_before_processing(telegram, secret):
    standin, _ = telegram
    chat = _chat()
    calls_before = len(standin.calls())
    status, _ = standin.deliver(standin.text_update(chat, "what is a trigger point?"), secret=secret)
    assert status == 403
    status, _ = standin.deliver(standin.callback_update(chat, "/start_previsit_check"), secret=secret)
    assert status == 403
    assert standin.calls("sendMessage", chat) == []
    assert len(standin.calls()) == calls_before  # not even getMe


def test_set_webhook_route_needs_the_secret_too(telegram):
    standin, servers = telegram
    url = f"{servers.url}/webhooks/telegram/set_webhook"
    for forged in (None, "wrong-secret"):
        status, _ = standin.deliver(b"", secret=forged, url=url)
        assert status == 403
    assert len(standin.calls("setWebhook")) == 1
    # With the secret it re-registers the webhook, secret included (from Sanic's loop).
    status, body = standin.deliver(b"", url=url)
    assert (status, body) == (200, "Webhook setup successful")
    again = standin.calls("setWebhook")[-1]
    assert again.params["secret_token"] == SECRET
    assert again.params["url"] == f"{servers.url}/webhooks/telegram/webhook"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"this is not json", 400),
        (b"\xff\xfe binary", 400),
        (b"[1, 2, 3]", 400),
        (b'{"update_id": 1, "message": "hello"}', 400),
        (b'{"update_id": 1, "message": {"message_id": 1, "chat": "x", "text": "hi"}}', 400),
        (b'{"update_id": 1, "callback_query": 3}', 400),
        (b'{"message": {"message_id": 1, "chat": {"id": 5}, "text": "no update id"}}', 400),
        # Well-formed updates Rasa does not handle are acknowledged and ignored.
        (b'{"update_id": 2, "my_chat_member": {"chat": {"id": 5}}}', 200),
        (b'{"update_id": 3, "message": {"message_id": 1, "date": 1, "chat": {"id": 5}, "sticker": {}}}', 200),
        (b'{"update_id": 4, "callback_query": {"id": "9", "from": {"id": 5}, "data": "x"}}', 200),
    ],
)
def test_malformed_or_unhandled_updates_never_get_a_5xx(telegram, body, status):
    standin, _ = telegram
    sent_before = len(standin.calls("sendMessage"))
    got, _ = standin.deliver(body)
    assert got == status
    assert len(standin.calls("sendMessage")) == sent_before


def test_oversized_body_gets_413(telegram):
    standin, _ = telegram
    update = standin.text_update(_chat(), "a" * (MAX_BODY_BYTES * 2))
    status, _ = standin.deliver(update)
    assert status == 413


def test_get_on_the_webhook_is_not_allowed_and_health_is_open(telegram):
    standin, servers = telegram
    status, _ = standin.deliver(b"", method="GET")
    assert status == 405
    with urllib.request.urlopen(f"{servers.url}/webhooks/telegram/", timeout=5) as resp:
        assert json.loads(resp.read()) == {"status": "ok"}


def test_a_telegram_chat_is_its_own_namespace_that_rest_cannot_reach(telegram):
    standin, servers = telegram
    chat = _chat()
    _say(standin, chat, "am I OK to book?")
    with sqlite3.connect(servers.db) as db:
        stored = {
            s for (s,) in db.execute("SELECT DISTINCT sender_id FROM events WHERE sender_id LIKE ?", (f"%{chat}",))
        }
    assert stored == {f"tg-{chat}"}, stored
    for sender in (f"tg-{chat}", str(chat), chat):
        status, body = post(servers.url, json.dumps({"sender": sender, "message": "/restart"}).encode())
        assert status == 400, (sender, status, body)
    # The check goes on in Telegram, answered in the right chat.
    status, _ = standin.deliver(standin.text_update(chat, "no"))
    assert status == 200 and "(2 of 12)" in standin.sent_texts(chat)[-1]
