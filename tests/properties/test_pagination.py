"""Property: the client's ``iter_*`` yields every item exactly once, for any page size and count.

Items are made in a fresh simulator: the recipients of one message (get-sms-sent), the contacts
of a list (get-list) or the lists of an account (get-lists). The same items are then iterated
with the blocking client (over the in-process runner) and with the async client (on
``httpx.ASGITransport``), at a page size from 1 to 100, and must come out exactly once each, in
as many page requests as the count needs (one when there is nothing).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from math import ceil
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st

from tests.properties.harness import Credentials, Sim, fresh_simulator
from tests.properties.profile import examples
from tests.support.counts import record
from transmitsms import AsyncTransmitSMS, TransmitSMS


def mobiles(n: int) -> list[str]:
    """``n`` distinct valid Australian mobile numbers."""
    return [f"61412{i:06d}" for i in range(n)]


@dataclass
class Source:
    """How to make ``n`` items of one paginated method, and read them back with either client."""

    name: str
    most: int  # the largest count drawn (each item but a message's recipients costs a call)
    make: Callable[[Sim, Credentials, TransmitSMS, int], tuple[list[Any], dict[str, Any]]]
    pager: Callable[[Any, dict[str, Any], int], Any]  # (client, made, size) -> SyncPager/AsyncPager
    key: Callable[[Any], Any]


def _recipients(sim: Sim, account: Credentials, client: TransmitSMS, n: int) -> tuple[list[Any], dict[str, Any]]:
    sent = client.sms.send(message="Hello", to=mobiles(n))
    return [int(m) for m in mobiles(n)], {"message_id": sent.message_id}


def _contacts(sim: Sim, account: Credentials, client: TransmitSMS, n: int) -> tuple[list[Any], dict[str, Any]]:
    list_id = client.lists.add_list(name="Everyone").id
    for msisdn in mobiles(n):
        client.lists.add_to_list(list_id=list_id, msisdn=msisdn)
    return [int(m) for m in mobiles(n)], {"list_id": list_id}


def _lists(sim: Sim, account: Credentials, client: TransmitSMS, n: int) -> tuple[list[Any], dict[str, Any]]:
    return [client.lists.add_list(name=f"List {i}").id for i in range(n)], {}


def _ledger(sim: Sim, account: Credentials, client: TransmitSMS, n: int) -> tuple[list[Any], dict[str, Any]]:
    for i in range(n):
        sim.top_up(account.id, i + 1)  # the account opened with a zero balance, so no other entry
    return list(range(1, n + 1)), {"client_id": account.id}


def _clients(sim: Sim, account: Credentials, client: TransmitSMS, n: int) -> tuple[list[Any], dict[str, Any]]:
    made = [
        client.resellers.add_client(
            name=f"Client {i}", email=f"client{i}@example.com", password="secret-1", msisdn="61491570156"
        ).id
        for i in range(n)
    ]
    return made, {}


def _numbers(sim: Sim, account: Credentials, client: TransmitSMS, n: int) -> tuple[list[Any], dict[str, Any]]:
    return [client.numbers.lease_number().number for _ in range(n)], {}


SOURCES = [
    Source(
        "message recipients",
        150,
        _recipients,
        lambda c, made, size: c.reporting.iter_sms_sent(message_id=made["message_id"], max=size),
        lambda item: item.msisdn,
    ),
    Source(
        "list contacts",
        40,
        _contacts,
        lambda c, made, size: c.lists.iter_list(list_id=made["list_id"], max=size),
        lambda item: item.msisdn,
    ),
    Source("lists", 30, _lists, lambda c, made, size: c.lists.iter_lists(max=size), lambda item: item.id),
    Source(
        "ledger entries",
        100,
        _ledger,
        lambda c, made, size: c.resellers.iter_transactions(client_id=made["client_id"], max=size),
        lambda item: item.amount,
    ),
    Source("client accounts", 20, _clients, lambda c, made, size: c.resellers.iter_clients(max=size), lambda i: i.id),
    Source("leased numbers", 20, _numbers, lambda c, made, size: c.numbers.iter_numbers(max=size), lambda i: i.number),
]


@st.composite
def layouts(draw: st.DrawFn) -> tuple[Source, int, int]:
    """A source, a page size and a count: often a multiple of the size, or one off it."""
    source = draw(st.sampled_from(SOURCES))
    size = draw(st.one_of(st.integers(1, 100), st.integers(1, 12), st.sampled_from([1, 2, 10, 99, 100])))
    near_a_page = st.tuples(st.integers(0, 3), st.integers(-1, 1)).map(lambda t: t[0] * size + t[1])
    count = min(max(draw(st.one_of(st.integers(0, source.most), near_a_page)), 0), source.most)
    if source.name == "message recipients":
        count = max(count, 1)  # a send has at least one recipient
    return source, size, count


def _iterate_async(sim: Sim, client_for: Any, source: Source, made: dict[str, Any], size: int) -> tuple[list, int]:
    async def run() -> tuple[list, int]:
        client: AsyncTransmitSMS = client_for()
        async with client:
            items = [source.key(item) async for item in source.pager(client, made, size)]
            pages = [page async for page in source.pager(client, made, size).pages()]
        return items, len(pages)

    return asyncio.run(run())


@examples(80)
@given(layouts())
def test_iterators_yield_every_item_exactly_once(layout: tuple[Source, int, int]) -> None:
    record("hypothesis examples")
    source, size, count = layout
    event(f"{source.name}: {'one page' if count <= size else 'several pages'}")
    with fresh_simulator() as sim:
        account = sim.account(balance=0, reseller=True, credit_based=False)
        client = sim.client(account)
        expected, made = source.make(sim, account, client, count)
        pages_needed = max(1, ceil(count / size))

        items = [source.key(item) for item in source.pager(client, made, size)]
        assert Counter(items) == Counter(expected) and len(items) == count
        assert len(list(source.pager(client, made, size).pages())) == pages_needed

        items, pages = _iterate_async(sim, lambda: sim.async_client(account), source, made, size)
        assert Counter(items) == Counter(expected) and len(items) == count
        assert pages == pages_needed
