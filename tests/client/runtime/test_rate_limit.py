"""The token bucket's timing, with an injected clock, and its sharing between threads and tasks."""

from __future__ import annotations

import asyncio
import threading

import pytest

from transmitsms._runtime.rate_limit import RateLimiter, make_limiter


class FakeClock:
    """A monotonic clock that only moves when told to (or when the limiter sleeps)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.now += seconds


def limiter(rate: float, burst: int = 1) -> tuple[RateLimiter, FakeClock]:
    clock = FakeClock()
    return RateLimiter(rate, burst=burst, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep), clock


def test_calls_are_spaced_by_the_interval() -> None:
    bucket, _ = limiter(2.0)
    assert [bucket.reserve() for _ in range(4)] == [0.0, 0.5, 1.0, 1.5]


def test_an_idle_bucket_does_not_save_up_more_than_the_burst() -> None:
    bucket, clock = limiter(2.0, burst=3)
    clock.now += 60  # idle for a minute
    assert [bucket.reserve() for _ in range(5)] == [0.0, 0.0, 0.0, 0.5, 1.0]


def test_a_call_after_the_interval_does_not_wait() -> None:
    bucket, clock = limiter(4.0)
    bucket.reserve()
    clock.now += 0.25
    assert bucket.reserve() == 0.0
    clock.now += 0.1
    assert bucket.reserve() == pytest.approx(0.15)


def test_acquire_sleeps_until_the_slot() -> None:
    bucket, clock = limiter(2.0)
    start = clock.now
    for _ in range(5):
        bucket.acquire()
    assert clock.now - start == pytest.approx(2.0)  # the 5th call starts 4 intervals after the 1st


def test_hold_until_delays_every_caller_then_resumes_at_the_rate() -> None:
    bucket, _ = limiter(2.0, burst=2)
    bucket.reserve()
    bucket.hold_until(3.0)
    # No burst right after the server said to wait: calls resume one interval apart.
    assert [bucket.reserve() for _ in range(3)] == pytest.approx([3.0, 3.5, 4.0])


def test_hold_until_never_brings_slots_forward() -> None:
    bucket, _ = limiter(1.0)
    assert [bucket.reserve() for _ in range(4)] == [0.0, 1.0, 2.0, 3.0]
    bucket.hold_until(0.5)
    assert bucket.reserve() == pytest.approx(4.0)


def test_async_acquire_waits_like_acquire() -> None:
    bucket, clock = limiter(2.0)
    start = clock.now

    async def main() -> None:
        await asyncio.gather(*(bucket.acquire_async() for _ in range(5)))

    asyncio.run(main())
    # The fake sleep moves the shared clock: five calls span four intervals, as with threads.
    assert clock.now - start == pytest.approx(2.0)


def test_async_acquire_defaults_to_asyncio_sleep() -> None:
    bucket = RateLimiter(1000.0)

    async def main() -> None:
        for _ in range(3):
            await bucket.acquire_async()

    asyncio.run(main())


def test_threads_sharing_a_limiter_get_distinct_slots() -> None:
    bucket, _ = limiter(10.0)
    delays: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            delay = bucket.reserve()
            with lock:
                delays.append(delay)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(delays) == pytest.approx([n * 0.1 for n in range(200)])


@pytest.mark.parametrize("rate", [0, -1, float("inf"), float("nan")])
def test_a_rate_must_be_positive_and_finite(rate: float) -> None:
    with pytest.raises(ValueError, match="rate must be"):
        RateLimiter(rate)


def test_a_burst_must_be_at_least_one() -> None:
    with pytest.raises(ValueError, match="burst"):
        RateLimiter(2, burst=0)


def test_make_limiter() -> None:
    shared = RateLimiter(5)
    assert make_limiter(None) is None
    assert make_limiter(shared) is shared
    made = make_limiter(3)
    assert made is not None and made.rate == 3.0 and made.burst == 1
    with pytest.raises(ValueError, match="not a bool"):
        make_limiter(True)
    assert repr(made) == "RateLimiter(rate=3, burst=1)"
