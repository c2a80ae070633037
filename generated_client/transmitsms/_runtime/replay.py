"""Remembering the callbacks already accepted, to refuse a replay: the store interface and one in memory.

``CallbackSigner.verified(url, replay_guard=...)`` asks its guard ``seen(key, expires_at)`` with
the verified request's ``replay_key`` (a digest of its path and whole query, token included):
True means the key was recorded before and is still remembered, and the request is refused as a
replay; False records it (until ``expires_at``, seconds since the epoch) and lets it through.

``MemoryReplayGuard`` keeps keys in this process, in memory: at most ``capacity`` of them (the
least recently recorded go first) and none past its expiry or ``max_age``. For several processes,
or to survive a restart, implement ``ReplayGuard`` on a shared store (Redis ``SET key 1 NX EXAT``,
a database table with a unique key): ``seen`` must record and answer in one atomic step.

What it guarantees, and what not: see ``CallbackSigner.verified``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class ReplayGuard(Protocol):
    """A store of the replay keys of accepted callbacks."""

    def seen(self, key: str, expires_at: float) -> bool:
        """Atomically: True if ``key`` is remembered; else remember it until ``expires_at`` and return False."""
        ...

    def forget(self, key: str) -> None:
        """Drop ``key``: a callback you could not process, so that the service's retry of it is accepted."""
        ...


class MemoryReplayGuard:
    """``ReplayGuard`` in this process's memory, thread-safe, bounded.

    Args:
        capacity: The most keys kept; the least recently recorded are forgotten first (a replay
            of one of those is then accepted again).
        max_age: Seconds a key is kept at most, even for a token that never expires.
        clock: Seconds since the epoch (``time.time``), for tests.
    """

    def __init__(
        self, capacity: int = 100_000, *, max_age: float = 7 * 86400, clock: Callable[[], float] = time.time
    ) -> None:
        if capacity < 1 or max_age <= 0:
            raise ValueError("capacity must be at least 1 and max_age positive")
        self.capacity = capacity
        self.max_age = max_age
        self._clock = clock
        self._keys: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryReplayGuard(capacity={self.capacity}, max_age={self.max_age:g}, keys={len(self._keys)})"

    def __len__(self) -> int:
        return len(self._keys)

    def seen(self, key: str, expires_at: float) -> bool:
        with self._lock:
            now = self._clock()
            until = self._keys.get(key)
            if until is not None and until > now:
                return True
            self._keys[key] = min(expires_at, now + self.max_age)
            self._keys.move_to_end(key)
            while self._keys and (len(self._keys) > self.capacity or next(iter(self._keys.values())) <= now):
                self._keys.popitem(last=False)  # the oldest: over capacity, or expired
            return False

    def forget(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)
