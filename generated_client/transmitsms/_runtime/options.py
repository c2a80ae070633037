"""Per-call options, and the sentinel that tells "not given" from ``None`` (which means "no timeout")."""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

import httpx


class NotGiven:
    """The type of ``NOT_GIVEN``: an option left to the client's default."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: Seconds (a float), an ``httpx.Timeout`` for each phase, or None for no timeout at all.
TimeoutTypes: TypeAlias = float | httpx.Timeout | None


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """The ``httpx.Timeout`` for a timeout option."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)
