"""Pagers: lazy, one page at a time, stopping at page.count or at an empty page."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from transmitsms._runtime.pagination import AsyncPager, SyncPager


@dataclass
class Page:
    number: int
    count: int
    items: list[int]


class Server:
    """Pages of ``size`` items out of ``total``, recording which pages were asked for."""

    def __init__(self, total: int, size: int, count: int | None = None) -> None:
        self.total, self.size = total, size
        self.count = count if count is not None else -(-total // size)
        self.asked: list[int] = []

    def fetch(self, number: int) -> Page:
        self.asked.append(number)
        start = (number - 1) * self.size
        return Page(number, self.count, list(range(start, min(start + self.size, self.total))))

    async def fetch_async(self, number: int) -> Page:
        return self.fetch(number)


def pager(server: Server) -> SyncPager[Page, int]:
    return SyncPager(server.fetch, lambda page: page.items, lambda page: page.count)


def test_items_of_every_page_in_order() -> None:
    server = Server(total=7, size=3)
    assert list(pager(server)) == list(range(7))
    assert server.asked == [1, 2, 3]


def test_nothing_is_requested_before_iteration_and_pages_come_when_needed() -> None:
    server = Server(total=7, size=3)
    iterator = iter(pager(server))
    assert server.asked == []
    assert [next(iterator) for _ in range(3)] == [0, 1, 2]
    assert server.asked == [1]
    assert next(iterator) == 3
    assert server.asked == [1, 2]


def test_no_results_is_one_request() -> None:
    server = Server(total=0, size=10)  # page.count is 0
    assert list(pager(server)) == []
    assert server.asked == [1]


def test_an_empty_page_stops_even_if_the_count_says_more() -> None:
    server = Server(total=4, size=2, count=99)
    assert list(pager(server)) == [0, 1, 2, 3]
    assert server.asked == [1, 2, 3]


def test_the_count_stops_even_if_pages_keep_coming() -> None:
    server = Server(total=100, size=10, count=2)
    assert len(list(pager(server))) == 20
    assert server.asked == [1, 2]


def test_pages_yields_whole_answers() -> None:
    server = Server(total=5, size=2)
    assert [page.number for page in pager(server).pages()] == [1, 2, 3]


def test_a_pager_can_be_iterated_again_from_the_start() -> None:
    server = Server(total=3, size=2)
    p = pager(server)
    assert list(p) == list(p) == [0, 1, 2]


@pytest.mark.parametrize(("total", "size"), [(0, 5), (5, 5), (11, 5)])
def test_async_pager(total: int, size: int) -> None:
    server = Server(total=total, size=size)
    apager: AsyncPager[Page, int] = AsyncPager(server.fetch_async, lambda page: page.items, lambda page: page.count)

    async def main() -> tuple[list[int], list[int]]:
        items = [item async for item in apager]
        numbers = [page.number async for page in apager.pages()]
        return items, numbers

    items, numbers = asyncio.run(main())
    assert items == list(range(total))
    assert numbers == list(range(1, max(1, -(-total // size)) + 1))
