"""The client-side rate limiter: a token bucket shared by every thread or task using one client.

The service answers a call over the account's limit with ``OVER_LIMIT`` and drops it. Rather than
sending a burst and retrying the rejected part, the client spaces its calls: each call reserves
the next free slot of the bucket and waits for it. The bucket is kept as a GCRA ("theoretical
arrival time"), which is a token bucket of ``burst`` tokens refilled at ``rate`` per second stored
as one number.

Reserving is done under a ``threading.Lock`` and never awaits, so one limiter serves threads (the
sync client) and tasks (the async client, on any number of loops) alike; only the wait differs.
The clock and the sleeps are injectable so that tests control time.

    >>> limiter = RateLimiter(2.0, clock=lambda: 0.0)
    >>> [limiter.reserve() for _ in range(3)]  # seconds each call waits from t=0
    [0.0, 0.5, 1.0]
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable


class RateLimiter:
    """At most ``rate`` calls per second on average, with bursts of at most ``burst`` calls.

    The default burst of 1 spaces calls evenly, ``1/rate`` seconds apart: a server that enforces
    the same rate with any bucket of at least one token never sees the client over its limit.

    Args:
        rate: Calls per second, > 0.
        burst: Calls that may go back to back after an idle period, >= 1.
        clock: Monotonic seconds (``time.monotonic``).
        sleep: Blocking sleep used by ``acquire``.
        async_sleep: Sleep used by ``acquire_async`` (``asyncio.sleep``).
    """

    def __init__(
        self,
        rate: float,
        *,
        burst: int = 1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if not (isinstance(rate, int | float) and math.isfinite(rate) and rate > 0):
            raise ValueError(f"rate must be a positive number of calls per second, got {rate!r}")
        if not (isinstance(burst, int) and burst >= 1):
            raise ValueError(f"burst must be an integer >= 1, got {burst!r}")
        self.rate = float(rate)
        self.burst = burst
        self._interval = 1.0 / self.rate
        self._tolerance = (burst - 1) * self._interval
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._tat = -math.inf  # when the bucket will next be full again, in clock seconds

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate:g}, burst={self.burst})"

    def reserve(self) -> float:
        """Take the next free slot; return how many seconds the caller must wait for it."""
        with self._lock:
            now = self._clock()
            start = max(now, self._tat - self._tolerance)
            self._tat = max(self._tat, start) + self._interval
            return start - now

    def hold_until(self, seconds_from_now: float) -> None:
        """Let no call start for ``seconds_from_now`` seconds (the server asked to wait, ``Retry-After``)."""
        with self._lock:
            self._tat = max(self._tat, self._clock() + seconds_from_now + self._tolerance)

    def acquire(self) -> None:
        """Block the calling thread until its slot comes."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)

    async def acquire_async(self) -> None:
        """Suspend the calling task until its slot comes."""
        delay = self.reserve()
        if delay > 0:
            if self._async_sleep is None:
                import asyncio  # here, so that the blocking client never imports asyncio

                self._async_sleep = asyncio.sleep
            await self._async_sleep(delay)


def make_limiter(rate_limit: float | RateLimiter | None) -> RateLimiter | None:
    """The limiter for a client's ``rate_limit`` option: calls per second, a shared limiter, or None (off)."""
    if rate_limit is None or isinstance(rate_limit, RateLimiter):
        return rate_limit
    if isinstance(rate_limit, bool):
        raise ValueError("rate_limit must be calls per second, a RateLimiter or None, not a bool")
    return RateLimiter(rate_limit)
