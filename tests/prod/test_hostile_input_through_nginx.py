"""The same 1,000 generated hostile inputs as tests/e2e/test_fuzz.py, through nginx to both instances.

Never a 5xx from nginx or either Rasa instance; both instances still answer afterwards.
Requests come from 50 loopback addresses in turn, like separate visitors, so the per-IP
rate limit (tested on its own in test_scale_out.py) does not turn the run into 429s.
"""

from __future__ import annotations

import http.client
from collections import Counter

from tests.hostile_inputs import hostile_bodies
from tests.prod.test_scale_out import NGINX_PORT, RASA_PORTS, new_sender, pytestmark, say

__all__ = ["pytestmark"]


def _post(body: bytes, content_type: str, source_ip: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", NGINX_PORT, timeout=60, source_address=(source_ip, 0))
    try:
        conn.request("POST", "/webhooks/rest/webhook", body=body, headers={"Content-Type": content_type})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def test_hostile_inputs_through_nginx_never_get_a_5xx() -> None:
    statuses: Counter = Counter()
    for n, (body, content_type) in enumerate(hostile_bodies(1000)):
        status = _post(body, content_type, f"127.0.2.{n % 50 + 10}")
        statuses[status] += 1
        assert status < 500, (status, body[:200])
    assert statuses[200] > 300 and statuses[400] > 100, statuses
    for port in (NGINX_PORT, *RASA_PORTS):
        say(port, new_sender("after-fuzz"), "what is a trigger point?")
