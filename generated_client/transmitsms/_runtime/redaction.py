"""Keep secrets out of representations.

Model fields typed ``format: password`` in the spec (passwords, API secrets) are declared with
``attrs.field(repr=redacted_repr)``, so ``repr(model)`` shows that a value is set, never the value.
"""

from __future__ import annotations

REDACTED = "'********'"


def redacted_repr(value: object) -> str:
    """The repr of a secret field: ``'********'`` for a set, non-empty value; the usual repr otherwise."""
    if isinstance(value, str | bytes) and value:
        return REDACTED
    return repr(value)


def mask_key(key: str) -> str:
    """An API key shortened for display (``abc1…``): enough to tell two accounts apart."""
    return f"{key[:4]}…" if len(key) > 4 else "…"
