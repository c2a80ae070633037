"""Open enumerations: a value the spec does not list is kept, never an error.

The API adds values over time (delivery statuses, list actions...). A closed ``enum.Enum`` would
make a client built today crash on tomorrow's answer, so every generated enum derives from
``OpenStrEnum``: a known value gives the usual member, an unknown one a pseudo-member that behaves
like a ``str`` with that value and says ``is_known == False``.

    >>> class Status(OpenStrEnum):
    ...     DELIVERED = "delivered"
    >>> Status("delivered") is Status.DELIVERED
    True
    >>> Status("expired") == "expired", Status("expired").is_known
    (True, False)
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class OpenStrEnum(StrEnum):
    """A ``StrEnum`` that accepts any string (see the module docstring)."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        # A pseudo-member: not registered in the class, so unknown values never accumulate.
        member = str.__new__(cls, value)
        member._name_ = value.upper().replace("-", "_").replace(" ", "_")
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the value is one the spec documents."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self._value_)
