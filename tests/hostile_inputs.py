"""Generated hostile request bodies for the REST channel, shared by the fuzz tests.

Random Unicode (astral planes, combining marks), control characters, very long
strings, markup and injection-looking text, lone surrogates, malformed JSON,
wrong content types, deeply nested and wrong-typed payloads.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterator

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


def hostile_bodies(count: int, seed: int = SEED) -> Iterator[tuple[bytes, str]]:
    """`count` (body, content type) pairs, the same ones for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield _random_body(rng)
