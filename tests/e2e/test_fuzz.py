"""1,000 generated hostile inputs through the REST channel: never a 5xx, and the server stays up."""

import json
import random
import string

from tests.e2e.servers import post, say, topic_of

SEED = 20261123


def _random_text(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:  # random Unicode, including astral planes and combining marks
        return "".join(
            chr(rng.choice([rng.randrange(32, 0x2FFF), rng.randrange(0x1F300, 0x1FAFF)]))
            for _ in range(rng.randrange(1, 200))
        )
    if kind == 1:  # control characters
        return "".join(chr(rng.randrange(0, 32)) for _ in range(rng.randrange(1, 50)))
    if kind == 2:  # very long
        return rng.choice(string.ascii_letters) * rng.randrange(2_000, 40_000)
    if kind == 3:  # markup and injection-looking text
        return rng.choice(
            [
                "<script>alert(1)</script>",
                "{{7*7}}",
                "${jndi:ldap://x}",
                "'; DROP TABLE x;--",
                "/restart",
                '/greet{"a":',
            ]
        ) * rng.randrange(1, 5)
    if kind == 4:  # lone surrogates are not valid UTF-8; send escaped in JSON
        return "\\ud800 text \\udfff"
    return " ".join(
        rng.choice(["pain", "chest", "massage", "??", "🙂", "0", "-1", "null"]) for _ in range(rng.randrange(1, 30))
    )


def _random_body(rng: random.Random) -> tuple[bytes, str]:
    kind = rng.randrange(8)
    if kind < 4:
        return json.dumps(
            {"sender": f"fuzz-{rng.randrange(50)}", "message": _random_text(rng)}
        ).encode(), "application/json"
    if kind == 4:  # malformed JSON
        return rng.choice(
            [b"{", b'{"sender": "x", "message": }', b"\xff\xfe", b"[]", b"null", b'"text"']
        ), "application/json"
    if kind == 5:  # wrong content type
        return b"sender=x&message=hello", rng.choice(
            ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data"]
        )
    if kind == 6:  # nested and wrong-typed payloads
        nested: object = "x"
        for _ in range(rng.randrange(1, 60)):
            nested = {"message": nested}
        return json.dumps(
            {"sender": rng.choice(["x", 5, None, [], {}]), "message": nested}
        ).encode(), "application/json"
    return json.dumps(
        {"sender": "fuzz", "message": _random_text(rng), "metadata": rng.choice([1, "x", [], {"a": 1}])}
    ).encode(), "application/json"


def test_hostile_inputs_never_get_a_5xx(servers):
    rng = random.Random(SEED)
    statuses = {}
    for _ in range(1000):
        body, content_type = _random_body(rng)
        status, _ = post(servers.url, body, content_type)
        statuses[status] = statuses.get(status, 0) + 1
        assert status < 500, (status, body[:200])
    assert statuses.get(200, 0) > 300 and statuses.get(400, 0) > 100, statuses
    assert topic_of(say(servers.url, "fuzz-after", "what is a trigger point?")) == "trigger_points"
