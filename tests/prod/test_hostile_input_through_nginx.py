"""The same 1,000 generated hostile inputs as tests/e2e/test_fuzz.py, through nginx to both instances.

Never a 5xx from nginx, the web front end or either Rasa instance; all still answer afterwards.
Requests come from 50 loopback addresses in turn, like separate visitors, so the per-IP
rate limit (tested on its own in test_scale_out.py) does not turn the run into 429s. Each
visitor holds a conversation id the web front end issued, and a body's string sender is
replaced by it, so the hostile text reaches Rasa rather than stopping at the id check.
"""

from __future__ import annotations

import json
from collections import Counter

from tests.hostile_inputs import hostile_bodies
from tests.prod.test_scale_out import NGINX_PORT, RASA_PORTS, exchange, issued_sender, new_sender, pytestmark, say

__all__ = ["pytestmark"]


def _post(body: bytes, content_type: str, source_ip: str) -> int:
    return exchange(NGINX_PORT, "POST", "/webhooks/rest/webhook", body, source_ip, {"Content-Type": content_type})[0]


def _with_sender(body: bytes, sender: str) -> bytes:
    try:
        parsed = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return body
    if isinstance(parsed, dict) and isinstance(parsed.get("sender"), str):
        return json.dumps({**parsed, "sender": sender}).encode()
    return body


def test_hostile_inputs_through_nginx_never_get_a_5xx() -> None:
    sources = [f"127.0.2.{n + 10}" for n in range(50)]
    senders = {source: issued_sender(source) for source in sources}
    statuses: Counter = Counter()
    for n, (body, content_type) in enumerate(hostile_bodies(1000)):
        source = sources[n % 50]
        body = _with_sender(body, senders[source])
        status = _post(body, content_type, source)
        statuses[status] += 1
        assert status < 500, (status, body[:200])
    assert statuses[200] > 300 and statuses[400] > 100, statuses
    for port in RASA_PORTS:
        say(port, new_sender("after-fuzz"), "what is a trigger point?")
    say(NGINX_PORT, issued_sender(), "what is a trigger point?")
