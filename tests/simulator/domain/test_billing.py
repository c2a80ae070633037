"""Balances, charges and the ledger."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain import accounts, billing
from transmitsms_sim.domain.accounts import NewAccount
from transmitsms_sim.domain.errors import LedgerError
from transmitsms_sim.domain.service import Simulator


def test_opening_balance_is_a_top_up_in_the_ledger(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = billing.open_account(tx, NewAccount(balance=5))
        total, entries = billing.entries(tx, account.id, None, None, 0, 10)
    assert billing_balance(simulator, account.id) == 5_000_000
    assert total == 1
    assert (entries[0].type_id, entries[0].description, entries[0].amount) == (1, "Credit Top Up - $5.00", 5_000_000)


def billing_balance(simulator: Simulator, account_id: int) -> int:
    with simulator.transaction() as tx:
        return billing.balance(tx, account_id)


def test_a_prepaid_account_cannot_go_below_zero(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = billing.open_account(tx, NewAccount(balance=1))
        billing.debit(tx, account, 600_000, billing.MESSAGE_SEND, "Message Send (API - 1)")
        with pytest.raises(LedgerError):
            billing.debit(tx, account, 500_000, billing.MESSAGE_SEND, "Message Send (API - 1)")
        assert billing.balance(tx, account.id) == 400_000


def test_a_postpaid_account_may_go_negative(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = billing.open_account(tx, NewAccount(balance=0, credit_based=False))
        entry = billing.debit(tx, account, 1_000_000, billing.MESSAGE_SEND, "x")
        found = billing.entry(tx, entry or 0)
    assert found is not None and found.balance_after == -1_000_000


def test_a_client_that_does_not_pay_is_paid_for_by_its_reseller(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        reseller = billing.open_account(tx, NewAccount(reseller=True, balance=10))
        paying = accounts.create(tx, NewAccount(), parent=reseller)
        not_paying = accounts.create(tx, NewAccount(client_pays=False), parent=reseller)
        assert billing.payer_of(tx, paying).id == paying.id
        assert billing.payer_of(tx, not_paying).id == reseller.id


def test_zero_amounts_write_nothing(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = billing.open_account(tx, NewAccount(balance=0))
        assert billing.debit(tx, account, 0, billing.MESSAGE_SEND, "nothing") is None
        assert billing.entries(tx, account.id, None, None, 0, 10)[0] == 0
        assert billing.entry(tx, 10**30) is None
