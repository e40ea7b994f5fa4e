"""Body validation of the REST channel (the live HTTP behaviour is in tests/e2e)."""

import json

import pytest

from bot.input_screening import MAX_MESSAGE_CHARS
from channels.guarded_rest import MAX_BODY_BYTES, BadRequest, parse_body


def _body(value):
    return json.dumps(value).encode()


def test_valid_body_is_parsed_and_the_whole_text_passed_on():
    # The safety triage reads all of it; it clips what the rest of the pipeline sees.
    sender, text, metadata = parse_body(
        _body({"sender": "a1", "message": "x" * 5000, "metadata": {"client": "widget/2"}})
    )
    assert (sender, len(text), metadata) == ("a1", 5000, {"client": "widget/2"})
    assert len(text) > MAX_MESSAGE_CHARS


def test_missing_message_is_an_empty_message_not_an_error():
    assert parse_body(_body({"sender": "a1"}))[1] == ""


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"not json", "must be JSON"),
        (b"\xff\xfe\x00", "must be JSON"),
        (_body([1, 2]), "JSON object"),
        (_body({"message": "hi"}), "'sender'"),
        (_body({"sender": True, "message": "hi"}), "'sender'"),
        (_body({"sender": "a", "message": 42}), "'message' must be a string"),
        (_body({"sender": "a", "message": {"text": "hi"}}), "'message' must be a string"),
        (_body({"sender": "a", "message": "hi", "metadata": [1]}), "'metadata'"),
        (_body({"sender": 12345, "message": "hi"}), "'sender' must be a non-empty string"),
        (_body({"sender": "tg-12345", "message": "hi"}), "another channel"),
        (_body({"sender": "12345", "message": "hi"}), "another channel"),
        (_body({"sender": "a", "message": "hi", "metadata": {"k": 1}}), "not accepted: k"),
        (_body({"sender": "a", "message": "hi", "metadata": {"client": 2}}), "'metadata.client'"),
        (_body({"sender": "a", "message": "hi", "metadata": {f"k{n}": 1 for n in range(50)}}), "and 45 more"),
        (_body({"sender": "x" * 500, "message": "hi"}), "at most"),
    ],
)
def test_malformed_bodies_are_rejected_with_a_reason(raw, problem):
    with pytest.raises(BadRequest, match=problem):
        parse_body(raw)


def test_oversized_body_is_flagged():
    with pytest.raises(BadRequest, match="too large"):
        parse_body(b" " * (MAX_BODY_BYTES + 1))


def test_json_nested_thousands_deep_is_a_bad_request_not_a_crash():
    with pytest.raises(BadRequest, match="nested too deeply"):
        parse_body(b"[" * 3000)
    with pytest.raises(BadRequest, match="nested too deeply"):
        parse_body(b'{"sender": "x", "message": "hi", "metadata": ' + b'{"a":' * 3000 + b"1" + b"}" * 3001)
