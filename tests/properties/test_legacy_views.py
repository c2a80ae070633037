"""The legacy XML API and the current API are two views of one state, whatever either side does.

A state machine makes calls on either side at random, each through its own API: lists created,
recipients added and removed, lists deleted, messages sent to numbers (``messages.single`` or
``send-sms``) and to lists (``messages.add`` or ``send-sms`` with ``list_id``), and time moving on.
The current side goes through the generated client, the legacy side through ``POST /api`` with
XML envelopes. After every step both views must agree: the lists and their active recipients
(``contact-lists.get`` and ``contact-lists.get-recipients`` against ``get-lists`` and
``get-list``), the messages (``messages.get`` against ``get-sms``: ids, list, recipient counts,
status), the balance (the newest ``transactions.get`` row against ``get-balance``) and the ledger
(``transactions.get`` against ``get-transactions``). Every legacy answer also validates against
the legacy spec.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import httpx
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, multiple, rule

from tests.properties.profile import examples
from tests.support.counts import record
from tests.support.legacy import SENDER, envelope, problems
from tests.support.simulator import settings
from transmitsms import APIError, TransmitSMS
from transmitsms_sim import create_app
from transmitsms_sim.inprocess import InProcess

NUMBERS = ["61491570156", "61491570157", "61491570158", "61491570159"]
SIDES = st.sampled_from(["legacy", "current"])
NAMES = st.text(alphabet="abcdefghij XYZ", min_size=1, max_size=8).map(str.strip).filter(bool)


class Views(RuleBasedStateMachine):
    lists = Bundle("lists")

    def __init__(self) -> None:
        super().__init__()
        self.app = create_app(settings())
        self.runner = InProcess(self.app).__enter__()
        self.http = self.runner.client()
        created = self.http.post(
            "/_sim/accounts",
            json={
                "name": "views",
                "api_key": "views",
                "api_secret": "views-secret",
                "balance": 50,
                "mobile_numbers": [SENDER],
            },
        ).json()
        self.account_id = int(created["id"])
        self.client = TransmitSMS(
            api_key="views",
            api_secret="views-secret",
            base_url="http://127.0.0.1",
            transport=self.runner.transport(),
            rate_limit=None,
        )

    def teardown(self) -> None:
        self.client.close()
        self.runner.close()
        self.app.state.runtime.close()

    # ------------------------------------------------------------ the two sides
    def legacy(self, method: str, params: str = "") -> ET.Element:
        text = self.http.post(
            "/api", data={"request": envelope(method, params, key="views", secret="views-secret")}
        ).text
        assert problems(text, method) == [], text
        record("legacy calls")
        return ET.fromstring(text)

    def current(self, call: Any, **arguments: Any) -> Any:
        try:
            return call(**arguments)
        except APIError as exc:
            return exc

    # ------------------------------------------------------------ rules
    @rule(target=lists, name=NAMES, side=SIDES)
    def add_list(self, name: str, side: str) -> Any:
        """A new list; a name already taken is refused by either side (no list then)."""
        if side == "legacy":
            answer = self.legacy("contact-lists.add", f"<name>{name}</name>")
            if answer.find("error") is not None:
                assert "already exists" in (answer.findtext("error") or "")
                return multiple()
            return int(answer.findtext("data/id") or 0)
        created = self.current(self.client.lists.add_list, name=name)
        if isinstance(created, APIError):
            assert created.code == "KEY_EXISTS"
            return multiple()
        return int(created.id)

    @rule(list_id=lists, number=st.sampled_from(NUMBERS), side=SIDES)
    def add_recipient(self, list_id: int, number: str, side: str) -> None:
        if side == "legacy":
            self.legacy(
                "contact-lists.add-recipient",
                f"<list_id>{list_id}</list_id><mobile>{number}</mobile><firstname>J</firstname>",
            )
        else:
            self.current(self.client.lists.add_to_list, list_id=list_id, msisdn=number, first_name="J")

    @rule(list_id=lists, number=st.sampled_from(NUMBERS), side=SIDES)
    def delete_recipient(self, list_id: int, number: str, side: str) -> None:
        if side == "legacy":
            self.legacy("contact-lists.delete-recipient", f"<list_id>{list_id}</list_id><mobile>{number}</mobile>")
        else:
            self.current(self.client.lists.delete_from_list, list_id=list_id, msisdn=number)

    @rule(list_id=lists, side=SIDES)
    def delete_list(self, list_id: int, side: str) -> None:
        if side == "legacy":
            self.legacy("contact-lists.delete", f"<id>{list_id}</id>")
        else:
            self.current(self.client.lists.remove_list, list_id=list_id)

    @rule(numbers=st.lists(st.sampled_from(NUMBERS), min_size=1, max_size=3, unique=True), side=SIDES)
    def send_to_numbers(self, numbers: list[str], side: str) -> None:
        if side == "legacy":
            method = "messages.single" if len(numbers) == 1 else "messages.multiple"
            self.legacy(
                method, f"<mobile>{','.join(numbers)}</mobile><message>Hi</message><caller_id>{SENDER}</caller_id>"
            )
        else:
            self.current(self.client.sms.send, message="Hi", to=numbers, from_=SENDER)

    @rule(list_id=lists, later=st.booleans(), side=SIDES)
    def send_to_list(self, list_id: int, later: bool, side: str) -> None:
        send_at = "2026-01-06 09:00:00" if later else None
        if side == "legacy":
            when = "<sendtime>1767690000</sendtime>" if later else ""
            self.legacy(
                "messages.add",
                f"<list_id>{list_id}</list_id><message>Hi [firstname]</message><caller_id>{SENDER}</caller_id>{when}",
            )
        else:
            extra = {"send_at": send_at} if send_at else {}
            self.current(self.client.sms.send, message="Hi [firstname]", list_id=list_id, from_=SENDER, **extra)

    @rule(seconds=st.sampled_from([10, 3600, 90_000]))
    def advance(self, seconds: int) -> None:
        self.http.post("/_sim/clock/advance", json={"seconds": seconds})

    # ------------------------------------------------------------ one state, two views
    @invariant()
    def lists_and_recipients_agree(self) -> None:
        legacy = self.legacy("contact-lists.get")
        rows = {
            int(d.findtext("id") or 0): (d.findtext("name"), int(d.findtext("recipient_count") or 0))
            for d in legacy.iter("data")
            if d.find("id") is not None
        }
        current = {item.id: (item.name, item.members_active) for item in self.client.lists.iter_lists()}
        assert rows == current
        assert int(legacy.findtext("total") or 0) == len(current)
        for list_id in current:
            recipients = self.legacy("contact-lists.get-recipients", f"<id>{list_id}</id>")
            mobiles = sorted(
                d.findtext("mobile") or "" for d in recipients.iter("data") if d.find("mobile") is not None
            )
            active = sorted(str(m.msisdn) for m in self.client.lists.iter_list(list_id=list_id, members="active"))
            assert mobiles == active

    @invariant()
    def messages_agree(self) -> None:
        legacy = self.legacy("messages.get")
        for row in legacy.iter("data"):
            if row.find("id") is None:
                continue
            message = self.client.reporting.get_sms(message_id=int(row.findtext("id") or 0))
            assert int(row.findtext("recipient_count") or 0) == message.recipients
            assert int(row.findtext("list_id") or 0) == (message.list_.id if message.list_ else 0)
            expected = "active" if message.delivery_stats.pending else "completed"
            assert row.findtext("status") in ("queued", expected)
        sent = {
            m.message_id
            for m in self.client.reporting.iter_user_sms_sent(start="2009-01-01 00:00:00", end="2100-01-01 00:00:00")
        }
        listed = {int(d.findtext("id") or 0) for d in legacy.iter("data") if d.find("id") is not None}
        assert sent <= listed

    @invariant()
    def balance_and_ledger_agree(self) -> None:
        legacy = self.legacy("transactions.get", "<dateStart>2009-01-01</dateStart>")
        rows = [d for d in legacy.iter("data") if d.find("id") is not None]
        entries = list(self.client.resellers.iter_transactions(client_id=self.account_id))
        assert [int(d.findtext("id") or 0) for d in rows] == [e.id for e in entries]
        balance = self.client.account.get_balance().balance
        assert rows[0].findtext("balance_standing") == f"${balance:.3f}"


TestLegacyViews = Views.TestCase
TestLegacyViews.settings = examples(12, stateful_step_count=12)


def test_the_views_are_compared_on_a_real_state() -> None:
    """The machine's invariants see real data: one short run with each kind of step."""
    machine = Views()
    try:
        first = machine.add_list(name="a", side="legacy")
        second = machine.add_list(name="b", side="current")
        machine.add_recipient(list_id=first, number=NUMBERS[0], side="legacy")
        machine.add_recipient(list_id=second, number=NUMBERS[1], side="current")
        machine.send_to_list(list_id=first, later=False, side="legacy")
        machine.send_to_numbers(numbers=NUMBERS[:2], side="current")
        machine.lists_and_recipients_agree()
        machine.messages_agree()
        machine.balance_and_ledger_agree()
        assert len(list(machine.client.resellers.iter_transactions(client_id=machine.account_id))) == 3
        assert isinstance(machine.http, httpx.Client)
    finally:
        machine.teardown()
