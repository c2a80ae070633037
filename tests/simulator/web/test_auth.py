"""Basic credentials, the token bucket and the wrong-credential counters."""

from __future__ import annotations

import pytest

from transmitsms_sim.web.auth import MALFORMED, MISSING, FailureLimiter, RateLimiter, read_basic


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, MISSING),
        ("", MISSING),
        ("Basic YWJjOnNlY3JldA==", ("abc", "secret")),
        ("basic YWJjOnNlOmNyZXQ=", ("abc", "se:cret")),
        ("Bearer abc", MALFORMED),
        ("Basic", MALFORMED),
        ("Basic !!!", MALFORMED),
        ("Basic YWJj", MALFORMED),
        ("Basic OnNlY3JldA==", MALFORMED),
        ("Basic //79", MALFORMED),
    ],
)
def test_read_basic(header: str | None, expected: object) -> None:
    assert read_basic(header) == expected


def test_the_bucket_refills_at_the_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert [limiter.wait("a") for _ in range(3)] == [0.0, 0.0, 0.5]
    assert limiter.wait("b") == 0.0, "buckets are per key"
    now[0] = 0.5
    assert limiter.wait("a") == 0.0
    assert limiter.wait("a") == 0.5
    limiter.reset()
    assert limiter.wait("a") == 0.0


def test_a_rate_below_one_allows_one_at_a_time() -> None:
    now = [0.0]
    limiter = RateLimiter(0.5, clock=lambda: now[0])
    assert limiter.wait("a") == 0.0
    assert limiter.wait("a") == 2.0


def test_zero_turns_limiting_off() -> None:
    limiter = RateLimiter(0)
    assert all(limiter.wait("a") == 0.0 for _ in range(1000))


def test_failures_are_counted_per_key_over_a_sliding_minute() -> None:
    now = [0.0]
    limiter = FailureLimiter(3, clock=lambda: now[0])
    for second in (0, 10, 20):
        now[0] = second
        assert limiter.wait(["addr"]) == 0.0
        limiter.failed(["addr"])
    now[0] = 30
    assert limiter.wait(["addr"]) == 30.0, "until the failure at 0 s is a minute old"
    assert limiter.wait(["other"]) == 0.0 and limiter.wait(["other", "addr"]) == 30.0
    now[0] = 60
    assert limiter.wait(["addr"]) == 0.0, "the failure at 0 s has left the window"
    limiter.failed(["addr"])
    assert limiter.wait(["addr"]) == 10.0, "failures at 10, 20 and 60 s: free at 70 s"
    limiter.reset()
    assert limiter.wait(["addr"]) == 0.0


def test_failure_counters_are_bounded_and_zero_turns_them_off() -> None:
    limiter = FailureLimiter(1, max_keys=100, clock=lambda: 0.0)
    for i in range(1000):
        limiter.failed([f"guesser-{i}"])
    assert len(limiter._failures) == 100
    assert limiter.wait(["guesser-999"]) == 60.0 and limiter.wait(["guesser-0"]) == 0.0, "the oldest forgotten"
    off = FailureLimiter(0)
    for _ in range(100):
        off.failed(["a"])
    assert off.wait(["a"]) == 0.0
