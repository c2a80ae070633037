"""The number pool, leases, renewals and inbound options."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain import billing, numbers
from transmitsms_sim.domain.accounts import Account, NewAccount
from transmitsms_sim.domain.errors import FieldInvalid, LedgerError
from transmitsms_sim.domain.pages import Page
from transmitsms_sim.domain.service import Simulator


def test_the_pool_is_deterministic_australian_mobiles() -> None:
    from transmitsms_sim.domain.phones import is_mobile

    assert len(numbers.POOL) == 1000 and numbers.POOL[0] == "61480000000"
    assert all(is_mobile(n) for n in numbers.POOL[:50] + numbers.SHARED_POOL)


def test_lease_charges_the_first_month(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        leased = numbers.lease(tx, acct, None, "http://x.io/in")
        assert (leased.number, leased.price, leased.next_charge, leased.forward_url) == (
            "61480000000",
            25_000_000,
            "2026-02-05",
            "http://x.io/in",
        )
        assert billing.balance(tx, acct.id) == 75_000_000
        assert numbers.lease(tx, acct, None, None).number == "61480000001"


def test_a_number_is_leased_once(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        other = billing.open_account(tx, NewAccount())
        numbers.lease(tx, acct, "61480000500", None)
        with pytest.raises(FieldInvalid, match="not available"):
            numbers.lease(tx, other, "61480000500", None)
        with pytest.raises(FieldInvalid, match="not available"):
            numbers.lease(tx, other, "61491570156", None)
        with pytest.raises(FieldInvalid, match="not leased to you"):
            numbers.owned_by(tx, other.id, "61480000500")
        total, free = numbers.available(tx, Page(1, 3))
        assert total == 999 and free == ["61480000000", "61480000001", "61480000002"]


def test_lease_needs_the_money(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        poor = billing.open_account(tx, NewAccount(balance=10))
        with pytest.raises(LedgerError):
            numbers.lease(tx, poor, None, None)


def test_leases_renew_monthly_and_lapse_when_unpaid(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = billing.open_account(tx, NewAccount(balance=60))
        numbers.lease(tx, account, None, None)
    simulator.advance(31 * 86400)
    with simulator.transaction() as tx:
        assert billing.balance(tx, account.id) == 10_000_000
        assert numbers.owned(tx, account.id, Page())[1][0].next_charge == "2026-03-05"
    simulator.advance(28 * 86400)
    with simulator.transaction() as tx:
        assert numbers.owned(tx, account.id, Page())[0] == 0, "the account could not pay: the number lapsed"


def test_options_change_only_what_is_given(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, "61480000003", "http://a.io")
        updated = numbers.edit_options(tx, acct, "61480000003", {"forward_email": "a@b.co", "forward_url": None})
        assert (updated.forward_url, updated.forward_email) == ("http://a.io", "a@b.co")
        with pytest.raises(ValueError):
            numbers.edit_options(tx, acct, "61480000003", {"price": 1})
