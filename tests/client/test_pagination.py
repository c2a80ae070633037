"""The iter_* methods of all paginated operations, sync and async, against paged answers."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import httpx
import pytest

from generator import naming
from tests.client.conftest import form
from tests.client.test_resources import OPERATIONS, call_plan, success_example

PAGINATED = [row for row in OPERATIONS if "x-pagination" in row[2]]
PAGES = 3


def test_the_spec_has_paginated_operations() -> None:
    assert PAGINATED, "each is tested below"


class PagedServer:
    """Answers page n of PAGES with ``size`` copies of the example's first item, numbered."""

    def __init__(self, op: dict[str, Any], size: int = 2) -> None:
        self.example = success_example(op)
        self.items = op["x-pagination"]["items"]
        self.size = size
        self.forms: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        sent = form(request)
        self.forms.append(sent)
        number = int(sent["page"])
        body = copy.deepcopy(self.example)
        body["page"] = {"count": PAGES, "number": number}
        body[self.items] = [copy.deepcopy(self.example[self.items][0]) for _ in range(self.size)]
        return httpx.Response(200, json=body)


def iterator_of(client: Any, op: dict[str, Any]) -> Any:
    resource = getattr(client, naming.resource_attribute(op["tags"][0]))
    return getattr(resource, naming.iterator_name(op["operationId"]))


@pytest.mark.parametrize(("operation_id", "path", "op"), PAGINATED, ids=[row[0] for row in PAGINATED])
def test_iterating_fetches_every_page_lazily_with_max_100(make_client, operation_id, path, op) -> None:
    server = PagedServer(op)
    arguments, expected = call_plan(op)
    items = iterator_of(make_client(server), op)(**arguments)
    assert server.forms == []  # nothing before iteration
    iterator = iter(items)
    next(iterator)
    assert len(server.forms) == 1
    rest = list(iterator)
    assert len(rest) + 1 == PAGES * server.size
    assert [f["page"] for f in server.forms] == ["1", "2", "3"]
    for sent in server.forms:
        assert sent["max"] == "100"
        assert {k: v for k, v in sent.items() if k not in ("page", "max")} == {
            k: v for k, v in expected.items() if k not in ("page", "max")
        }


@pytest.mark.parametrize(("operation_id", "path", "op"), PAGINATED, ids=[row[0] for row in PAGINATED])
def test_async_iterators_and_pages(make_async_client, operation_id, path, op) -> None:
    server = PagedServer(op, size=1)
    arguments, _ = call_plan(op)

    async def main() -> tuple[int, list[int]]:
        client = make_async_client(server)
        pager = iterator_of(client, op)(max=10, **arguments)
        count = len([item async for item in pager])
        numbers = [page.page.number async for page in pager.pages()]
        await client.close()
        return count, numbers

    count, numbers = asyncio.run(main())
    assert count == PAGES and numbers == [1, 2, 3]
    assert {f["max"] for f in server.forms} == {"10"}


def test_get_transactions_without_entries_has_no_items_key(make_client) -> None:
    answers = [
        httpx.Response(
            200,
            json={
                "page": {"count": 0, "number": 1},
                "transactions_total": 0,
                "error": {"code": "SUCCESS", "description": "OK"},
            },
        )
    ]
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answers[0]

    client = make_client(handler)
    assert list(client.resellers.iter_transactions(client_id=5)) == []
    assert len(requests) == 1


def test_pages_stop_at_the_announced_count_even_if_the_server_would_go_on(make_client) -> None:
    op = next(row[2] for row in PAGINATED if row[0] == "get_lists")
    server = PagedServer(op)
    lists = list(make_client(server).lists.iter_lists(max=2))
    assert len(lists) == PAGES * 2
    assert [f["page"] for f in server.forms] == ["1", "2", "3"]
