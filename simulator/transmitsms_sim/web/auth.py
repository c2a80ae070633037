"""HTTP Basic credentials (the API key as user name, the secret as password), the rate limit and guesses.

Contract: ``read_basic(header)`` returns ``(key, secret)``, ``MISSING`` when no Authorization
header was sent, or ``MALFORMED`` when one was sent but is not usable Basic credentials (which
the API answers like wrong credentials). ``RateLimiter(rate)`` is a token bucket per account:
``rate`` requests per second with bursts of the same size (at least 1); ``wait(key)`` is 0 when
the request may proceed, else the seconds until it could. ``FailureLimiter(limit)`` counts wrong
credentials per key (a source address, an API key) over a sliding minute: ``wait(keys)`` is 0
while every key has had fewer than ``limit`` failures in the last minute, else the seconds until
the oldest of them is a minute old; ``failed(keys)`` records one.

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
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
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


class FailureLimiter:
    """Wrong-credential counters over a sliding window, one per key; a limit of 0 disables them.

    At most ``max_keys`` keys are remembered (the least recently failing are forgotten first), so
    that guesses from many addresses cannot grow the simulator's memory without bound.
    """

    def __init__(
        self, limit: int, *, window: float = 60.0, max_keys: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._clock = clock
        self._failures: OrderedDict[object, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: object, now: float) -> deque[float] | None:
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def wait(self, keys: Iterable[object]) -> float:
        """0.0 while each key may fail again, else the seconds until all of them may."""
        if self.limit <= 0:
            return 0.0
        with self._lock:
            now = self._clock()
            longest = 0.0
            for key in keys:
                times = self._recent(key, now)
                if times is not None and len(times) >= self.limit:
                    longest = max(longest, times[0] + self.window - now)
            return longest

    def failed(self, keys: Iterable[object]) -> None:
        """Record one failure of each key."""
        if self.limit <= 0:
            return
        with self._lock:
            now = self._clock()
            for key in keys:
                times = self._recent(key, now) or deque(maxlen=self.limit)
                times.append(now)
                self._failures[key] = times
                self._failures.move_to_end(key)
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
