"""Which Host header values the web front end answers (DNS rebinding).

A page on an attacker's site can point its own host name at 127.0.0.1 (or at the clinic's
address) and then read this server's answers as "same origin". Browsers always send the host
name they resolved in the Host header, so answering only the names this server is known by stops
that. Loopback names (localhost, 127.0.0.1, [::1]) on any port are always accepted; the clinic
lists its public host names in WEB_ALLOWED_HOSTS (space- or comma-separated, e.g.
"chat.clinic.example www.clinic.example"), optionally with a port.
"""

from __future__ import annotations

import os
import re

ENV_VAR = "WEB_ALLOWED_HOSTS"
LOOPBACK = frozenset({"localhost", "127.0.0.1", "[::1]"})
_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$"
)
_PORT = re.compile(r"^\d{1,5}$")


class HostError(ValueError):
    pass


def _split(value: str) -> tuple[str, str | None]:
    """'Example.org:8080' -> ('example.org', '8080'); '[::1]:80' -> ('[::1]', '80')."""
    value = value.strip().lower().rstrip(".")
    if value.startswith("["):
        host, _, rest = value.partition("]")
        host += "]"
        port = rest[1:] if rest.startswith(":") else (None if not rest else "")
        return host, port
    host, sep, port = value.partition(":")
    return host, (port if sep else None)


def parse_hosts(value: str) -> frozenset[str]:
    """'chat.clinic.example, www.clinic.example:8443' -> the set; raises HostError naming a bad entry."""
    hosts = set()
    for item in re.split(r"[\s,]+", value.strip()):
        if not item:
            continue
        host, port = _split(item)
        if not _HOST.match(host) or (port is not None and not _PORT.match(port)):
            raise HostError(f"{ENV_VAR}: {item!r} is not a host name; write e.g. chat.clinic.example or host:8443")
        hosts.add(host if port is None else f"{host}:{port}")
    return frozenset(hosts)


def hosts_from_env() -> frozenset[str]:
    return parse_hosts(os.environ.get(ENV_VAR, ""))


class HostPolicy:
    def __init__(self, allowed: frozenset[str]):
        self.allowed = allowed

    def permits(self, host_header: str | None) -> bool:
        if not host_header:
            return False
        host, port = _split(host_header)
        if port is not None and not _PORT.match(port):
            return False
        if host in LOOPBACK or host in self.allowed:
            return True
        return port is not None and f"{host}:{port}" in self.allowed


if __name__ == "__main__":
    # `python -m webapp.hosts`: the configured host names, one line; a bad entry exits 1 naming it.
    import sys

    try:
        print(*sorted(hosts_from_env()))
    except HostError as exc:
        sys.exit(f"{exc}")
