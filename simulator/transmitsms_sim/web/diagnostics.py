"""Leniencies: what the simulator accepted that a canonical request would not have sent, as warnings.

The real service is a lenient PHP application, and the simulator reads requests as it does (spec,
*Requests*): placeholders, booleans as ``1``, enum values in any case, unknown parameters... Each
such reading is a ``Leniency``, noted on the request's ``Diagnostics`` by the step that applies it.

Contract:

* ``Diagnostics(strict)`` collects the leniencies of one request: ``note(code, message,
  parameter)`` records one (the codes are ``CODES``). ``strict`` tells the steps that read the
  request whether to apply a leniency at all: in strict mode they do not, and read the request as
  its canonical form only, so that what the canonical forms refuse is refused, with the error it
  always had. The leniencies strict mode keeps (an empty optional parameter read as absent, a GET
  request's body not read) are still noted.
* ``header_values(leniencies)`` are the values of the ``X-Sim-Warning`` response header, one per
  leniency: ``<code>: <message>``, printable ASCII only (anything else escaped), so that a value a
  client sent can never break or inject a header.
* ``WarningLog(capacity)`` keeps the last ``capacity`` warnings of a running simulator, each with
  an increasing ``id``, the account, the method and the request; ``listing(...)`` filters them
  (``GET /_sim/warnings``).

Messages name parameters and quote only values of known, non-secret parameters (truncated), never
an unknown parameter's value: a client may send its credentials as form fields (the first API
took them so), and an unknown parameter's value is unknown.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

#: Every warning code, with what it means (README, *Warnings*).
CODES: dict[str, str] = {
    "unknown_parameter": "a parameter the method does not have was ignored",
    "placeholder": "a placeholder ('' or 0) was read as an absent parameter",
    "boolean": "a boolean written otherwise than true or false (1, yes, on, '' ...) was read",
    "enum_case": "an enumerated value in another letter case was read as the documented value",
    "enum_alias": "a value the reference does not list was read with its most plausible meaning",
    "number_format": "a number or list was cleaned: separators or spaces removed, leading zeros dropped",
    "invalid_number": "an entry of a number list that is not a phone number was skipped",
    "duplicate_parameter": "a parameter given more than once: the last value (the body's) was used",
    "parameter_name": "a parameter name with '.' or ' ' was read as PHP reads it, with '_'",
    "body_ignored": "a request body was not read (a GET's, a body of another type, or the literal null)",
}


@dataclass(frozen=True)
class Leniency:
    """One leniency applied to one request."""

    code: str
    message: str
    parameter: str | None = None


class Diagnostics:
    """The leniencies of one request; see the module's contract."""

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        self.leniencies: list[Leniency] = []

    @property
    def lenient(self) -> bool:
        return not self.strict

    def note(self, code: str, message: str, parameter: str | None = None) -> None:
        """Record a leniency applied to the request."""
        if code not in CODES:
            raise ValueError(f"unknown warning code {code!r}")
        self.leniencies.append(Leniency(code, message, parameter))


def shown(value: str, limit: int = 40) -> str:
    """A value as quoted in a message: truncated, so that a long text never fills a header."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


def _ascii(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0x20 <= code < 0x7F:
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


#: The most ``X-Sim-Warning`` headers one answer carries (the rest are in ``/_sim/warnings``).
MAX_HEADERS = 20


def header_values(leniencies: list[Leniency]) -> list[str]:
    """The ``X-Sim-Warning`` header values of an answer: see the module's contract."""
    values = [_ascii(f"{item.code}: {item.message}")[:300] for item in leniencies[:MAX_HEADERS]]
    if len(leniencies) > MAX_HEADERS:
        values.append(f"more: {len(leniencies) - MAX_HEADERS} further warnings in GET /_sim/warnings")
    return values


@dataclass(frozen=True)
class WarningRecord:
    id: int
    at: str
    account_id: int | None
    method: str
    request: str
    status: int
    code: str
    message: str
    parameter: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class WarningLog:
    """The last warnings of a simulator, oldest first, each with an increasing id (thread-safe)."""

    def __init__(self, capacity: int = 1000) -> None:
        self._records: deque[WarningRecord] = deque(maxlen=capacity)
        self._next_id = 1
        self._lock = threading.Lock()

    def record(
        self,
        *,
        at: str,
        account_id: int | None,
        method: str,
        request: str,
        status: int,
        leniencies: list[Leniency],
    ) -> None:
        with self._lock:
            for item in leniencies:
                self._records.append(
                    WarningRecord(
                        self._next_id, at, account_id, method, request, status, item.code, item.message, item.parameter
                    )
                )
                self._next_id += 1

    @property
    def last_id(self) -> int:
        """The id of the newest warning ever recorded (0 before the first); a cursor for ``after``."""
        with self._lock:
            return self._next_id - 1

    def listing(
        self, *, account_id: int | None = None, after: int = 0, code: str | None = None, limit: int = 1000
    ) -> list[WarningRecord]:
        with self._lock:
            found = [
                r
                for r in self._records
                if r.id > after
                and (account_id is None or r.account_id == account_id)
                and (code is None or r.code == code)
            ]
        return found[:limit]

    def clear(self) -> None:
        """Forget every warning; ids keep increasing, so a cursor taken before stays valid."""
        with self._lock:
            self._records.clear()
