"""The Host allow-list (DNS rebinding): loopback always, configured names, nothing else."""

from __future__ import annotations

import pytest

from webapp.hosts import HostError, HostPolicy, parse_hosts

POLICY = HostPolicy(parse_hosts("chat.clinic.example, www.clinic.example:8443"))


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.0.0.1:8080", "localhost", "LOCALHOST:8088", "[::1]", "[::1]:8080", "chat.clinic.example",
     "chat.clinic.example:443", "Chat.Clinic.Example.", "www.clinic.example:8443"],
)  # fmt: skip
def test_loopback_and_configured_hosts_are_permitted(host):
    assert POLICY.permits(host)


@pytest.mark.parametrize(
    "host",
    ["", None, "evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "clinic.example",
     "www.clinic.example", "www.clinic.example:8080", "127.0.0.2", "chat.clinic.example:x", "[::2]"],
)  # fmt: skip
def test_other_hosts_are_refused(host):
    assert not POLICY.permits(host)


@pytest.mark.parametrize("value", ["https://chat.clinic.example", "chat.clinic.example:port", "bad_host!"])
def test_a_malformed_setting_names_the_entry(value):
    with pytest.raises(HostError, match="WEB_ALLOWED_HOSTS"):
        parse_hosts(value)
