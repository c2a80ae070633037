"""Iterate over every item of a paginated method, one page request at a time.

The ``iter_*`` methods of the resources return these. Nothing is requested until iteration
starts; page n+1 is requested only once the items of page n are consumed, and iteration stops at
the page the answer's ``page.count`` says is the last (or at an empty page, so that a wrong count
can never loop forever). Answers are read tolerantly (``reading.py``): a page whose items are not a
list has none, and one whose ``page.count`` is missing or not a number ends at the first empty page.

    >>> for contact in client.lists.iter_list(list_id=123):  # doctest: +SKIP
    ...     print(contact.msisdn)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from .reading import PARSE_ERRORS

P = TypeVar("P")  # the answer of one page (a generated response model)
T = TypeVar("T")  # one item


def _items_of(items: Callable[[P], Sequence[T]], page: P) -> Sequence[T]:
    found: Any = items(page)
    return found if isinstance(found, list | tuple) else ()


def _is_last(number: int, page_count: Callable[[P], int], page: P, items: Sequence[Any]) -> bool:
    try:
        count: Any = page_count(page)
    except PARSE_ERRORS:  # no page block, or one that is not an object (tolerant reading)
        count = None
    if isinstance(count, int) and not isinstance(count, bool) and number >= count:
        return True
    return not items


class SyncPager(Generic[P, T]):
    """An iterable over the items of every page; ``pages()`` iterates over whole answers instead.

    Args:
        fetch: Requests page ``n`` (1-based) and returns its answer.
        items: The items of an answer (empty when the answer has none).
        page_count: The number of pages an answer announces (``page.count``).
    """

    def __init__(
        self,
        fetch: Callable[[int], P],
        items: Callable[[P], Sequence[T]],
        page_count: Callable[[P], int],
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._page_count = page_count

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from _items_of(self._items, page)

    def pages(self) -> Iterator[P]:
        """The answer of each page, in order, requested lazily."""
        number = 1
        while True:
            page = self._fetch(number)
            yield page
            if _is_last(number, self._page_count, page, _items_of(self._items, page)):
                return
            number += 1


class AsyncPager(Generic[P, T]):
    """An async iterable over the items of every page; ``pages()`` iterates over whole answers.

    Args:
        fetch: Requests page ``n`` (1-based) and returns its answer.
        items: The items of an answer (empty when the answer has none).
        page_count: The number of pages an answer announces (``page.count``).
    """

    def __init__(
        self,
        fetch: Callable[[int], Awaitable[P]],
        items: Callable[[P], Sequence[T]],
        page_count: Callable[[P], int],
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._page_count = page_count

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in _items_of(self._items, page):
                yield item

    async def pages(self) -> AsyncIterator[P]:
        """The answer of each page, in order, requested lazily."""
        number = 1
        while True:
            page = await self._fetch(number)
            yield page
            if _is_last(number, self._page_count, page, _items_of(self._items, page)):
                return
            number += 1
