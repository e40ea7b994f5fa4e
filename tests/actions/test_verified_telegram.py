"""The verified Telegram channel without a model: credentials, secret check, update screening,
start-up webhook registration against the local Bot API stand-in."""

from __future__ import annotations

import pytest
from aiogram import types
from rasa.shared.exceptions import RasaException

from channels.verified_telegram import (
    DEFAULT_API_BASE_URL,
    VerifiedTelegramInput,
    _handled_kind,
    secret_matches,
)
from tests.telegram_standin import TelegramStandIn

TOKEN = "123456789:AAH-test-token-for-the-local-stand-in_0"
GOOD = {
    "access_token": TOKEN,
    "verify": "clinic_bot",
    "webhook_url": "https://bot.example.org/webhooks/telegram/webhook",
    "secret_token": "s3cret_-Value",
}


@pytest.fixture
def standin():
    running = TelegramStandIn(TOKEN, "clinic_bot").start()
    yield running
    running.stop()


def test_secret_comparison():
    assert secret_matches("abc", "abc")
    assert not secret_matches(None, "abc")
    assert not secret_matches("", "abc")
    assert not secret_matches("abd", "abc")
    assert not secret_matches("abcd", "abc")
    assert not secret_matches("ábc", "abc")  # non-ASCII header values do not raise


@pytest.mark.parametrize("missing", ["access_token", "verify", "secret_token", "webhook_url"])
def test_credentials_must_be_complete(missing):
    with pytest.raises(RasaException, match=missing):
        VerifiedTelegramInput.from_credentials({k: v for k, v in GOOD.items() if k != missing})


@pytest.mark.parametrize("secret", ["has space", "ä-umlaut", "x" * 257, "semi;colon"])
def test_secret_must_be_in_telegrams_format(secret):
    with pytest.raises(RasaException, match="secret_token"):
        VerifiedTelegramInput.from_credentials({**GOOD, "secret_token": secret})


def test_defaults():
    channel = VerifiedTelegramInput.from_credentials({**GOOD, "api_base_url": ""})
    assert channel.api_base_url == DEFAULT_API_BASE_URL
    assert channel.set_webhook_on_startup is True
    assert channel.debug_mode is False
    assert channel.name() == "telegram"


def test_webhook_url_is_optional_when_not_set_on_startup(standin):
    credentials = {k: v for k, v in GOOD.items() if k != "webhook_url"}
    channel = VerifiedTelegramInput.from_credentials(
        {**credentials, "set_webhook_on_startup": "false", "api_base_url": standin.base_url}
    )
    output = channel.get_output_channel()
    assert output.server.api_url(TOKEN, "getMe") == f"{standin.base_url}/bot{TOKEN}/getMe"
    assert standin.calls() == []


def test_startup_sets_the_webhook_once_with_the_secret(standin):
    channel = VerifiedTelegramInput.from_credentials({**GOOD, "api_base_url": standin.base_url})
    channel.get_output_channel()
    channel.get_output_channel()
    [call] = standin.calls("setWebhook")
    assert call.params["url"] == GOOD["webhook_url"]
    assert call.params["secret_token"] == GOOD["secret_token"]


def test_a_refused_webhook_stops_startup(standin):
    channel = VerifiedTelegramInput.from_credentials(
        {**GOOD, "access_token": "999:wrong-token", "api_base_url": standin.base_url}
    )
    with pytest.raises(RasaException, match="Failed to set channel webhook"):
        channel.get_output_channel()


_CHAT = {"id": 42, "type": "private"}


@pytest.mark.parametrize(
    ("update", "kind"),
    [
        ({"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": _CHAT, "text": "hi"}}, "message"),
        (
            {
                "update_id": 1,
                "message": {"message_id": 1, "date": 1, "chat": _CHAT, "location": {"latitude": 1, "longitude": 2}},
            },
            "message",
        ),
        (
            {"update_id": 1, "edited_message": {"message_id": 1, "date": 1, "chat": _CHAT, "text": "hi"}},
            "edited_message",
        ),
        (
            {"update_id": 1, "callback_query": {"id": "7", "data": "no", "message": {"message_id": 1, "chat": _CHAT}}},
            "callback_query",
        ),
        ({"update_id": 1, "callback_query": {"id": "7", "data": "no"}}, None),
        ({"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": _CHAT, "photo": []}}, None),
        ({"update_id": 1, "my_chat_member": {}}, None),
    ],
)
def test_update_kinds(update, kind):
    assert _handled_kind(types.Update(**update)) == kind


@pytest.mark.parametrize(
    "update",
    [
        {"message": {"chat": _CHAT, "text": "no update_id"}},
        {"update_id": 1, "message": "text"},
        {"update_id": 1, "message": {"chat": {"id": "42"}, "text": "hi"}},
        {"update_id": 1, "message": {"chat": _CHAT, "text": ["hi"]}},
        {"update_id": 1, "message": {"chat": _CHAT, "location": {"latitude": "x"}}},
        {"update_id": 1, "callback_query": {"id": 7, "data": "no"}},
        {"update_id": 1, "callback_query": {"id": "7", "data": "no", "message": {"chat": None}}},
    ],
)
def test_malformed_updates_are_rejected(update):
    with pytest.raises(ValueError):
        _handled_kind(types.Update(**update))
