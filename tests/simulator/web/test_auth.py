"""Basic credentials and the token bucket."""

from __future__ import annotations

import pytest

from transmitsms_sim.web.auth import MALFORMED, MISSING, RateLimiter, read_basic


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
