"""Simulated time: real, accelerated or manual.

Contract: ``Clock(scale, start)`` tells the simulated UTC time (naive ``datetime``). With
``scale=1`` it follows the wall clock; with ``scale=60`` one real second is a simulated minute;
with ``scale=0`` it stands still until ``advance`` or ``set`` moves it (the manual clock tests use).
Whatever the scale, ``advance`` jumps ahead, so the control API can fast-forward any clock. Time
never goes backwards: ``set`` to the past is refused, and a clock restored with ``resume_from``
starts no earlier than the time it had reached.

    >>> clock = Clock(scale=0, start=datetime(2026, 1, 1))
    >>> clock.advance(90)
    >>> clock.now()
    datetime.datetime(2026, 1, 1, 0, 1, 30)
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


def wall_now() -> datetime:
    """The real UTC time, naive, to the second."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Clock:
    """The simulator's clock. Thread-safe."""

    def __init__(self, scale: float = 1.0, start: datetime | None = None) -> None:
        if scale < 0:
            raise ValueError("the time scale cannot be negative")
        self.scale = scale
        self._lock = threading.Lock()
        self._anchor = start if start is not None else wall_now()
        self._anchor_real = time.monotonic()

    @property
    def manual(self) -> bool:
        return self.scale == 0

    @property
    def mode(self) -> str:
        return "manual" if self.manual else ("real" if self.scale == 1 else "accelerated")

    def now(self) -> datetime:
        with self._lock:
            if not self.scale:  # a manual clock (the tests' and benchmarks'): nothing elapses
                return self._anchor.replace(microsecond=0)
            elapsed = (time.monotonic() - self._anchor_real) * self.scale
            try:
                return (self._anchor + timedelta(seconds=elapsed)).replace(microsecond=0)
            except OverflowError:
                return datetime.max.replace(microsecond=0)

    def advance(self, seconds: float) -> None:
        """Jump ahead by ``seconds`` of simulated time."""
        if seconds < 0:
            raise ValueError("time cannot go backwards")
        with self._lock:
            try:
                self._anchor += timedelta(seconds=seconds)
            except OverflowError as exc:
                raise ValueError("that is beyond the year 9999") from exc

    def set(self, moment: datetime) -> None:
        """Jump to ``moment``, which must not be in the simulated past."""
        current = self.now()
        if moment < current:
            raise ValueError(f"time cannot go backwards (now {current:%Y-%m-%d %H:%M:%S})")
        self.advance((moment - current).total_seconds())

    def resume_from(self, reached: datetime) -> None:
        """Make sure the clock is not earlier than a time it reached before a restart."""
        current = self.now()
        if reached > current:
            self.advance((reached - current).total_seconds())
