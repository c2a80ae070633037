"""What the bulk-send tests share: a simulator, clients behind injected faults, and what was really sent.

``BulkSim`` wraps one in-process simulator (``tests.properties.harness``): ``account()`` makes a
fresh account, ``client(account, faults)`` a blocking client of it behind a ``FaultyTransport``
(no rate limit, no retries unless asked), ``async_client`` the same for asyncio, and
``deliveries(account, text)`` counts what the simulator really sent to each number, the truth
the journal's claims are held to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import httpx

from tests.properties.harness import Credentials, Sim, fresh_simulator
from tests.support.faults import AsyncFaultyTransport, FaultyTransport
from transmitsms import AsyncTransmitSMS, TransmitSMS
from transmitsms_sim.inprocess import BASE_URL

SEND = "/send-sms.json"
REPORT = "/get-user-sms-sent.json"


def numbers(count: int, start: int = 0) -> list[str]:
    """``count`` distinct valid Australian mobile numbers."""
    return [f"6141234{n:04d}" for n in range(start, start + count)]


class BulkSim:
    def __init__(self, sim: Sim) -> None:
        self.sim = sim
        self.transports: list[FaultyTransport] = []

    def account(self, **options: Any) -> Credentials:
        return self.sim.account(**options)

    def client(
        self, account: Credentials, faults: Mapping[str, Sequence[str]] | None = None, **options: Any
    ) -> TransmitSMS:
        transport = FaultyTransport(self.sim.runner.transport(), faults or {})
        self.transports.append(transport)
        options.setdefault("max_retries", 0)
        return TransmitSMS(
            api_key=account.api_key,
            api_secret=account.api_secret,
            base_url=BASE_URL,
            transport=transport,
            rate_limit=None,
            **options,
        )

    def async_client(
        self, account: Credentials, faults: Mapping[str, Sequence[str]] | None = None, **options: Any
    ) -> AsyncTransmitSMS:
        inner = httpx.ASGITransport(app=self.sim.app, client=("127.0.0.1", 50000))
        options.setdefault("max_retries", 0)
        return AsyncTransmitSMS(
            api_key=account.api_key,
            api_secret=account.api_secret,
            base_url=BASE_URL,
            transport=AsyncFaultyTransport(inner, faults or {}),
            rate_limit=None,
            **options,
        )

    def deliveries(self, account: Credentials, text: str | None = None) -> Counter[str]:
        """How many messages (of ``text``, when given) the simulator sent to each number."""
        counts: Counter[str] = Counter()
        for message in self.sim.messages(account.id):
            if text is None or message["text"] == text:
                counts.update(r["msisdn"] for r in message["recipients_detail"])
        return counts

    def opt_out(self, account: Credentials, number: str) -> None:
        """Put ``number`` on the account's Global Opt-Out list (through a list, as a user would)."""
        with self.client(account) as client:
            created = client.lists.add_list(name=f"optout {number}")
            client.lists.add_to_list(list_id=created.id, msisdn=number)
            client.lists.optout_list_member(list_id=created.id, msisdn=number)


@contextmanager
def bulk_simulator() -> Iterator[BulkSim]:
    with fresh_simulator() as sim:
        yield BulkSim(sim)
