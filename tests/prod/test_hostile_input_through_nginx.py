"""The same 1,000 generated hostile inputs as tests/e2e/test_fuzz.py, through nginx to both instances.

Never a 5xx from nginx or either Rasa instance; both instances still answer afterwards.
Requests come from 50 loopback addresses in turn, like separate visitors, so the per-IP
rate limit (tested on its own in test_scale_out.py) does not turn the run into 429s.
"""

from __future__ import annotations

from collections import Counter

from tests.hostile_inputs import hostile_bodies
from tests.prod.test_scale_out import NGINX_PORT, RASA_PORTS, exchange, new_sender, pytestmark, say

__all__ = ["pytestmark"]


def _post(body: bytes, content_type: str, source_ip: str) -> int:
    return exchange(NGINX_PORT, "POST", "/webhooks/rest/webhook", body, source_ip, {"Content-Type": content_type})[0]


def test_hostile_inputs_through_nginx_never_get_a_5xx() -> None:
    statuses: Counter = Counter()
    for n, (body, content_type) in enumerate(hostile_bodies(1000)):
        status = _post(body, content_type, f"127.0.2.{n % 50 + 10}")
        statuses[status] += 1
        assert status < 500, (status, body[:200])
    assert statuses[200] > 300 and statuses[400] > 100, statuses
    for port in (NGINX_PORT, *RASA_PORTS):
        say(port, new_sender("after-fuzz"), "what is a trigger point?")
