"""Conversation ids: issued with a signature, checked in constant time, the secret kept owner-only."""

from __future__ import annotations

import stat

import pytest

from webapp.conversation_ids import ConversationIds, load_or_create_secret

SECRET = "unit-test-secret-0123456789abcdefghijklmnopqrstuv"


def test_an_issued_id_verifies_to_its_conversation_key():
    ids = ConversationIds(SECRET)
    issued = ids.issue()
    key, _, signature = issued.partition(".")
    assert key.startswith("web-") and len(key) == 26 and len(signature) == 43
    assert ids.verify(issued) == key
    assert ConversationIds(SECRET).verify(issued) == key  # survives a restart with the same secret
    assert len({ids.issue() for _ in range(1000)}) == 1000


def test_anything_not_signed_by_this_secret_is_refused():
    ids = ConversationIds(SECRET)
    issued = ids.issue()
    key, _, signature = issued.partition(".")
    other = ConversationIds("another-secret-0123456789abcdefghijklmnopqrstu").issue()
    for forged in (
        key,
        key + ".",
        f"{key}.{signature[::-1]}",
        f"{key[:-1]}A.{signature}" if not key.endswith("A") else f"{key[:-1]}B.{signature}",
        other,
        issued + "x",
        " " + issued,
        "tg-12345",
        "frontdesk-" + key[4:] + "." + signature,
        12345,
        None,
        ["x"],
    ):
        assert ids.verify(forged) is None, forged


def test_a_short_secret_is_refused():
    with pytest.raises(ValueError, match="at least 32"):
        ConversationIds("short")
    with pytest.raises(ValueError, match="CONVERSATION_SECRET"):
        load_or_create_secret(__import__("pathlib").Path("/nonexistent"), {"CONVERSATION_SECRET": "short"})


def test_the_secret_is_generated_once_into_an_owner_only_file(tmp_path):
    path = tmp_path / "var" / "conversation_secret"
    secret = load_or_create_secret(path, {})
    assert len(secret) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret(path, {}) == secret
    assert load_or_create_secret(path, {"CONVERSATION_SECRET": SECRET}) == SECRET
