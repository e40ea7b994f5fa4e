"""In-process rate limits for the public routes: token buckets per client address and per conversation.

One web front end process serves the public routes in both profiles (in production nginx forwards
to it), so its memory is the right place for the counts. A limit is written "N/S": up to N requests
at once, refilled at N per S seconds (e.g. "20/60": a burst of 20, then one every 3 s).
"""

from __future__ import annotations

import math
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

_SPEC = re.compile(r"^\s*(\d{1,6})\s*/\s*(\d{1,6}(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Rate:
    burst: int
    per_seconds: float

    @property
    def refill_per_second(self) -> float:
        return self.burst / self.per_seconds

    @classmethod
    def parse(cls, spec: str, name: str = "rate") -> Rate:
        match = _SPEC.match(spec or "")
        if not match or int(match.group(1)) < 1 or float(match.group(2)) <= 0:
            raise ValueError(f"{name}: {spec!r} is not a rate; write REQUESTS/SECONDS, e.g. 20/60")
        return cls(int(match.group(1)), float(match.group(2)))

    def __str__(self) -> str:
        return f"{self.burst}/{self.per_seconds:g}"


class RateLimiter:
    """Token buckets by key. `take(key)` spends one token: 0.0 if allowed, else seconds until one is back.

    Memory is bounded: at most `max_keys` buckets; the least recently used are dropped first
    (a dropped bucket starts full again, which only ever favours the client)."""

    def __init__(self, rate: Rate, max_keys: int = 50_000, clock: Callable[[], float] = time.monotonic):
        self.rate = rate
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, when)

    def take(self, key: str) -> float:
        now = self._clock()
        tokens, when = self._buckets.pop(key, (float(self.rate.burst), now))
        tokens = min(float(self.rate.burst), tokens + (now - when) * self.rate.refill_per_second)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self.rate.refill_per_second
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return wait


def retry_after(wait_seconds: float) -> str:
    """The Retry-After header value: whole seconds, at least 1."""
    return str(max(1, math.ceil(wait_seconds)))
