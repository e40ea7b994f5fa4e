"""1,000 generated hostile inputs through the REST channel: never a 5xx, and the server stays up."""

from tests.e2e.servers import post, say, topic_of
from tests.hostile_inputs import hostile_bodies


def test_hostile_inputs_never_get_a_5xx(servers):
    statuses = {}
    for body, content_type in hostile_bodies(1000):
        status, _ = post(servers.url, body, content_type)
        statuses[status] = statuses.get(status, 0) + 1
        assert status < 500, (status, body[:200])
    assert statuses.get(200, 0) > 300 and statuses.get(400, 0) > 100, statuses
    assert topic_of(say(servers.url, "fuzz-after", "what is a trigger point?")) == "trigger_points"
