"""HTTP Basic credentials (the API key as user name, the secret as password) and the rate limit.

Contract: ``read_basic(header)`` returns ``(key, secret)``, ``MISSING`` when no Authorization
header was sent, or ``MALFORMED`` when one was sent but is not usable Basic credentials (which
the API answers like wrong credentials). ``RateLimiter(rate)`` is a token bucket per account:
``rate`` requests per second with bursts of the same size (at least 1); ``wait(key)`` is 0 when
the request may proceed, else the seconds until it could.

    >>> read_basic("Basic YWJjOnNlY3JldA==")
    ('abc', 'secret')
    >>> limiter = RateLimiter(2, clock=lambda: 0.0)
    >>> [limiter.wait("acct") for _ in range(3)]
    [0.0, 0.0, 0.5]
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections.abc import Callable
from typing import Final

MISSING: Final = "missing"
MALFORMED: Final = "malformed"


def read_basic(header: str | None) -> tuple[str, str] | str:
    if header is None or not header.strip():
        return MISSING
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "basic" or not token.strip():
        return MALFORMED
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return MALFORMED
    key, colon, secret = decoded.partition(":")
    if not colon or not key:
        return MALFORMED
    return key, secret


class RateLimiter:
    """Token buckets, one per key. A rate of 0 disables limiting."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self._clock = clock
        self._buckets: dict[object, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def wait(self, key: object) -> float:
        """Take a token for ``key``: 0.0 if one was available, else the seconds until one is."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()
