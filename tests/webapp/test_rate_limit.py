"""Token buckets for the public routes' rate limits, on a clock the test moves."""

from __future__ import annotations

import pytest

from webapp.rate_limit import Rate, RateLimiter, retry_after


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_requests_wait_for_the_refill():
    clock = Clock()
    limiter = RateLimiter(Rate.parse("3/30"), clock=clock)  # 3 at once, then one every 10 s
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(10.0)
    assert limiter.take("b") == 0.0  # another key has its own bucket
    clock.now += 10
    assert limiter.take("a") == 0.0
    assert limiter.take("a") > 0
    clock.now += 1000
    assert [limiter.take("a") for _ in range(4)][:3] == [0.0, 0.0, 0.0]  # never more than the burst


def test_memory_is_bounded():
    limiter = RateLimiter(Rate(1, 60), max_keys=100)
    for n in range(1000):
        limiter.take(f"k{n}")
    assert len(limiter._buckets) == 100


@pytest.mark.parametrize("spec", ["", "20", "0/60", "20/0", "a/b", "-1/60", "20/60/1"])
def test_a_malformed_rate_names_the_setting(spec):
    with pytest.raises(ValueError, match="WEB_RATE_PER_IP"):
        Rate.parse(spec, "WEB_RATE_PER_IP")


def test_retry_after_is_whole_seconds_and_at_least_one():
    assert (retry_after(0.2), retry_after(2.1), retry_after(10.0)) == ("1", "3", "10")
