"""Sending: recipients, senders, personalisation, parts, charging, scheduling, cancelling."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.simulator.support import MOBILE, MOBILE_2
from tests.support.simulator import T0
from transmitsms_sim.domain import accounts, billing, lists, messages, numbers
from transmitsms_sim.domain.accounts import Account, NewAccount
from transmitsms_sim.domain.errors import (
    AlreadySent,
    BadCallerId,
    FieldEmpty,
    FieldInvalid,
    LedgerError,
    ListEmpty,
    NoAccess,
    NotFound,
    RecipientsError,
)
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.service import Simulator


def send(simulator: Simulator, account: Account, **kwargs: object) -> messages.Message:
    with simulator.transaction() as tx:
        return messages.send(tx, account, SendRequest(**kwargs))  # type: ignore[arg-type]


def test_invalid_numbers_are_skipped_and_duplicates_merged(simulator: Simulator, acct: Account) -> None:
    message = send(simulator, acct, text="Hello", to=(MOBILE, "123", "+" + MOBILE, MOBILE_2))
    assert (message.recipients, message.sms, message.cost) == (2, 2, 174_000)


def test_no_valid_number_is_recipients_error(simulator: Simulator, acct: Account) -> None:
    with pytest.raises(RecipientsError):
        send(simulator, acct, text="Hello", to=("123", "61298765432"))


def test_local_numbers_with_a_country(simulator: Simulator, acct: Account) -> None:
    message = send(simulator, acct, text="Hello", to=("0491570156",), region="AU")
    with simulator.transaction() as tx:
        assert tx.scalar("SELECT msisdn FROM recipients WHERE message_id = ?", (message.id,)) == MOBILE


def test_parts_are_charged_per_recipient(simulator: Simulator, acct: Account) -> None:
    message = send(simulator, acct, text="x" * 180, to=(MOBILE, MOBILE_2))
    assert message.sms == 4
    with simulator.transaction() as tx:
        assert billing.balance(tx, acct.id) == 100_000_000 - 4 * 87_000


def test_a_short_balance_sends_nothing(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        poor = billing.open_account(tx, NewAccount(balance=0.1))
    with pytest.raises(LedgerError):
        send(simulator, poor, text="Hello", to=(MOBILE, MOBILE_2))
    with simulator.transaction() as tx:
        assert tx.scalar("SELECT COUNT(*) FROM messages") == 0
        assert billing.balance(tx, poor.id) == 100_000


def test_senders_must_belong_to_the_account(simulator: Simulator, acct: Account) -> None:
    assert send(simulator, acct, text="Hi", to=(MOBILE,), sender="mybrand").sender == "MyBrand"
    with pytest.raises(BadCallerId):
        send(simulator, acct, text="Hi", to=(MOBILE,), sender="OtherBrand")
    with pytest.raises(BadCallerId):
        send(simulator, acct, text="Hi", to=(MOBILE,), sender="61480000001")
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, "61480000001", None)
        accounts.add_sender_id(tx, acct.id, "mobile_number", "61400000000")
    assert send(simulator, acct, text="Hi", to=(MOBILE,), sender="+61480000001").sender == "61480000001"
    assert send(simulator, acct, text="Hi", to=(MOBILE,), sender="61400000000").sender == "61400000000"


def test_without_a_sender_the_shared_pool_sends(simulator: Simulator, acct: Account) -> None:
    message = send(simulator, acct, text="Hi", to=(MOBILE,))
    with simulator.transaction() as tx:
        sender = tx.scalar("SELECT sender FROM recipients WHERE message_id = ?", (message.id,))
    assert message.sender is None
    assert sender == numbers.shared_sender(MOBILE) and sender in numbers.SHARED_POOL


def test_list_sends_personalise_per_recipient(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "Customers", {1: "Postcode"})
        lists.add(tx, contact_list, MOBILE, "Ella", "B", {1: "2000"})
        lists.add(tx, contact_list, MOBILE_2, "Brad", "Down", {})
    message = send(
        simulator, acct, text="Hi [firstname] [LASTNAME] of [postcode], [unknown] [mobile]", list_id=contact_list.id
    )
    with simulator.transaction() as tx:
        texts = [r[0] for r in tx.all("SELECT text FROM recipients WHERE message_id = ? ORDER BY id", (message.id,))]
    assert texts == [f"Hi Ella B of 2000, [unknown] {MOBILE}", f"Hi Brad Down of , [unknown] {MOBILE_2}"]
    assert message.list_name == "Customers"


def test_an_empty_list_and_a_missing_list(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "Empty", {})
    with pytest.raises(ListEmpty):
        send(simulator, acct, text="Hi", list_id=contact_list.id)
    with pytest.raises(NotFound):
        send(simulator, acct, text="Hi", list_id=contact_list.id + 1000)


def test_tracked_and_unsubscribe_links_are_unique_per_recipient(simulator: Simulator, acct: Account) -> None:
    message = send(
        simulator,
        acct,
        text="See [tracked-link] or stop: [unsub-reply-link]",
        to=(MOBILE, MOBILE_2),
        tracked_link_url="https://example.com/offer",
    )
    with simulator.transaction() as tx:
        rows = tx.all("SELECT text, link_code, unsub_code FROM recipients WHERE message_id = ?", (message.id,))
    codes = {row["link_code"] for row in rows} | {row["unsub_code"] for row in rows}
    assert len(codes) == 4
    for row in rows:
        assert row["text"] == f"See TapTh.is/{row['link_code']} or stop: UnsubRep.ly/{row['unsub_code']}"


def test_tracked_link_rules(simulator: Simulator, acct: Account) -> None:
    with pytest.raises(FieldEmpty, match="tracked_link_url"):
        send(simulator, acct, text="See [tracked-link]", to=(MOBILE,))
    with pytest.raises(FieldInvalid, match="only once"):
        send(simulator, acct, text="[tracked-link] [tracked-link]", to=(MOBILE,), tracked_link_url="https://x.io")


def test_opted_out_numbers_are_suppressed_and_counted(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        tx.exec(
            "INSERT INTO optouts (account_id, msisdn, created, source) VALUES (?, ?, ?, 'test')",
            (acct.id, MOBILE, tx.now_text),
        )
    message = send(simulator, acct, text="Hi", to=(MOBILE, MOBILE_2))
    assert (message.recipients, message.suppressed, message.sms) == (1, 1, 1)
    everyone_out = send(simulator, acct, text="Hi", to=(MOBILE,))
    assert (everyone_out.recipients, everyone_out.cost) == (0, 0)


def test_scheduled_messages_can_be_cancelled_and_are_refunded(simulator: Simulator, acct: Account) -> None:
    later = T0 + timedelta(hours=1)
    message = send(simulator, acct, text="Later", to=(MOBILE,), send_at=later)
    assert message.send_at == "2026-01-05 10:00:00" and message.status("2026-01-05 09:00:00") == "scheduled"
    with simulator.transaction() as tx:
        cancelled = messages.cancel(tx, acct, message.id)
        assert cancelled.status(tx.now_text) == "cancelled"
        assert billing.balance(tx, acct.id) == 100_000_000
        with pytest.raises(NotFound):
            messages.cancel(tx, acct, message.id)


def test_sent_messages_cannot_be_cancelled(simulator: Simulator, acct: Account) -> None:
    past = send(simulator, acct, text="Now", to=(MOBILE,), send_at=T0 - timedelta(days=1))
    assert past.send_at == "2026-01-05 09:00:00", "a time in the past sends at once"
    with simulator.transaction() as tx, pytest.raises(AlreadySent):
        messages.cancel(tx, acct, past.id)


def test_messages_of_other_accounts_are_not_readable(simulator: Simulator, acct: Account) -> None:
    message = send(simulator, acct, text="Mine", to=(MOBILE,))
    with simulator.transaction() as tx:
        other = billing.open_account(tx, NewAccount())
        with pytest.raises(NoAccess):
            messages.readable(tx, other, message.id)
        with pytest.raises(NotFound):
            messages.readable(tx, other, 10**20)
        with pytest.raises(NotFound):
            messages.cancel(tx, other, message.id)
