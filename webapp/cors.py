"""Which web origins may call the chat and feedback endpoints from a browser.

The demo page and widget are served from this server itself (same origin: no CORS
needed). A clinic that embeds the widget on its own website lists that site in
CHAT_ALLOWED_ORIGINS (space- or comma-separated, e.g. "https://www.clinic.example").
Every other origin is refused: a page elsewhere cannot make visitors' browsers chat
or post feedback in the clinic's name. Clients that send no Origin (curl, servers,
the messaging channels) are not browsers and are not affected.
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

ENV_VAR = "CHAT_ALLOWED_ORIGINS"
_ORIGIN = re.compile(r"^https?://[a-z0-9.-]+(:\d{1,5})?$")


class OriginError(ValueError):
    pass


def parse_origins(value: str) -> frozenset[str]:
    """'https://a.example, http://b.example:8000' -> the set; raises OriginError naming a bad entry."""
    origins = set()
    for item in re.split(r"[\s,]+", value.strip()):
        if not item:
            continue
        origin = item.rstrip("/").lower()
        if not _ORIGIN.match(origin):
            raise OriginError(
                f"{ENV_VAR}: {item!r} is not an origin; write scheme://host[:port], e.g. https://www.clinic.example"
            )
        origins.add(origin)
    return frozenset(origins)


def origins_from_env() -> frozenset[str]:
    return parse_origins(os.environ.get(ENV_VAR, ""))


class OriginPolicy:
    def __init__(self, allowed: frozenset[str]):
        self.allowed = allowed

    def permits(self, origin: str | None, host: str) -> bool:
        """No Origin (not a browser), the server's own origin, or a configured one."""
        if not origin:
            return True
        origin = origin.lower()
        return origin in self.allowed or urlsplit(origin).netloc == host.lower()

    def headers(self, origin: str | None, host: str) -> dict[str, str]:
        """CORS headers for a permitted cross-origin caller; only Vary otherwise."""
        headers = {"Vary": "Origin"}
        if origin and self.permits(origin, host):
            headers.update(
                {
                    "Access-Control-Allow-Origin": origin,
                    "Access-Control-Allow-Methods": "POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type",
                    "Access-Control-Max-Age": "600",
                    # The widget on the clinic's site reads it to wait politely after a 429.
                    "Access-Control-Expose-Headers": "Retry-After",
                }
            )
        return headers


if __name__ == "__main__":
    # `python -m webapp.cors`: the configured origins, one line; a bad entry exits 1 naming it.
    import sys

    try:
        print(*sorted(origins_from_env()))
    except OriginError as exc:
        sys.exit(f"{exc}")
