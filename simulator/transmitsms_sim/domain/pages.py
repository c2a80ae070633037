"""Pagination as the API documents it: ``page`` from 1, ``max`` 1 to 100 (default 10).

>>> window = Page(number=2, size=10)
>>> window.offset, window.count_for(25)
(10, 3)
>>> Page(number=1, size=10).count_for(0)
0
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

DEFAULT_SIZE = 10
MAX_SIZE = 100
#: Offsets past this are certainly past the end: the query is skipped (SQLite integers are 64-bit).
_MAX_OFFSET = 2**62


@dataclass(frozen=True)
class Page:
    number: int = 1
    size: int = DEFAULT_SIZE

    @classmethod
    def of(cls, number: int | None, size: int | None) -> Page:
        return cls(number or 1, size or DEFAULT_SIZE)

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def beyond_any_data(self) -> bool:
        return self.offset > _MAX_OFFSET

    @property
    def sql_offset(self) -> int:
        return min(self.offset, _MAX_OFFSET)

    def count_for(self, total: int) -> int:
        """The number of pages ``total`` results make."""
        return ceil(total / self.size) if total else 0
