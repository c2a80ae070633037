"""How many generated cases the property tests ran, reported at the end of the pytest run.

Property tests call ``record("schemathesis cases")`` or ``record("hypothesis examples")`` once per
generated case they execute; ``tests/conftest.py`` prints the totals in the terminal summary, so a
CI log says how much was actually tested, not only that nothing failed.
"""

from __future__ import annotations

from collections import Counter

_COUNTS: Counter[str] = Counter()


def record(kind: str, n: int = 1) -> None:
    """Count ``n`` more executions of a generated case of ``kind``."""
    _COUNTS[kind] += n


def totals() -> dict[str, int]:
    """The counts so far, by kind, in the order they were first recorded."""
    return dict(_COUNTS)
