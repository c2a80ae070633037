"""Keep secrets out of representations and messages.

Model fields typed ``format: password`` in the spec (passwords, API secrets) are declared with
``attrs.field(repr=redacted_repr)``, so ``repr(model)`` shows that a value is set, never the value.
``redact_url`` hides the user information of a URL in a message (a ``base_url`` refused because it
carries some, or is malformed).
"""

from __future__ import annotations

import re

_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\s]*@")

REDACTED = "'********'"


def redacted_repr(value: object) -> str:
    """The repr of a secret field: ``'********'`` for a set, non-empty value; the usual repr otherwise."""
    if isinstance(value, str | bytes) and value:
        return REDACTED
    return repr(value)


def mask_key(key: str) -> str:
    """An API key shortened for display (``abc1…``): enough to tell two accounts apart."""
    return f"{key[:4]}…" if len(key) > 4 else "…"


def redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` replaced by ``***@`` (``https://***@api.example.com``)."""
    return _USERINFO.sub(lambda m: f"{m.group('scheme')}***@", url)
