"""The legacy API's requests and answers, as the translator sees them (no XML, no HTTP).

Contract: a ``LegacyRequest`` is one call of the legacy API, whichever transport carried it: the
method, the credentials, the parameters (``{name: text}``, lists of such dicts for nested
ones such as ``<recipients>``), and the dialect (``request`` for a v0.3 ``<request>`` envelope and
for the GET wrapper, ``beam`` for the July 2009 ``<beam>`` root, whose status forms differ). An
``Answer`` is what goes back: the method, ``total`` (None: no ``<total>``) and the body elements
that follow ``<timestamp>``, as a tree of ``(name, value)`` pairs whose values are text, None (an
empty element) or a list of pairs (an element with children). ``LegacyError`` is any failure
answered with the ``<error>`` envelope; its message is the text of ``<error>`` and never holds a
secret.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

Dialect = Literal["request", "beam"]
#: A parameter: text, or the rows of a nested parameter (``<recipients><recipient>...``).
Param = str | list[dict[str, str]]
#: An answer element's value: text, None (empty), or its children.
Value = Union[str, None, list["Element"]]  # noqa: UP007 (| cannot take the forward reference)
Element = tuple[str, Value]


@dataclass(frozen=True)
class LegacyRequest:
    method: str
    key: str
    secret: str
    params: dict[str, Param] = field(default_factory=dict)
    dialect: Dialect = "request"
    #: The HTTP peer's address (set by the HTTP front), what failed authentications are counted by.
    peer: str = ""

    def __repr__(self) -> str:  # the secret stays out of logs and tracebacks
        return f"LegacyRequest(method={self.method!r}, key={self.key!r}, secret='****', dialect={self.dialect!r})"


@dataclass(frozen=True)
class Answer:
    method: str
    total: int | None
    body: list[Element]


class LegacyError(Exception):
    """A call answered with ``<error>``; ``method`` is what ``<method>`` says (may be empty)."""

    def __init__(self, text: str, method: str = "") -> None:
        super().__init__(text)
        self.text = text
        self.method = method


def mask(secret: str) -> str:
    """What an answer shows of a secret: never any of it."""
    return "****" if secret else ""


def authentication_failed(key: str, secret: str, method: str = "") -> LegacyError:
    """The recorded authentication failure, the secret masked (the original echoed it)."""
    return LegacyError(f"Authentication failed - key: {key}, secret: {mask(secret)}", method)
