"""Accounts: credentials, creation, settings, sender IDs."""

from __future__ import annotations

from datetime import datetime

import pytest

from transmitsms_sim.domain import accounts
from transmitsms_sim.domain.accounts import NewAccount, months_later
from transmitsms_sim.domain.errors import KeyExists
from transmitsms_sim.domain.service import Simulator


def test_authenticate_needs_the_right_key_and_secret(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = accounts.create(tx, NewAccount(api_key="key", api_secret="secret"))
        assert accounts.authenticate(tx, "key", "secret") == account
        assert accounts.authenticate(tx, "key", "wrong") is None
        assert accounts.authenticate(tx, "nokey", "secret") is None


def test_the_secret_stays_out_of_reprs(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = accounts.create(tx, NewAccount(api_secret="hunter2-secret", password="pw-secret"))
    assert "hunter2-secret" not in repr(account)
    assert "pw-secret" not in repr(NewAccount(password="pw-secret"))


def test_keys_and_emails_are_unique(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        accounts.create(tx, NewAccount(api_key="key", email="a@example.com"))
        with pytest.raises(KeyExists):
            accounts.create(tx, NewAccount(api_key="key"))
        with pytest.raises(KeyExists, match="User already exists"):
            accounts.create(tx, NewAccount(email="A@example.com"))


def test_a_client_gets_its_resellers_currency_and_prices_plus_margins(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        reseller = accounts.create(tx, NewAccount(reseller=True, currency="NZD", sms_price=0.05, number_price=20))
        client = accounts.create(tx, NewAccount(sms_margin=0.5, number_margin=100, currency="AUD"), parent=reseller)
    assert client.currency == "NZD"
    assert client.sms_price == 55_000
    assert client.number_price == 21_000_000
    assert client.parent_id == reseller.id


def test_settings_and_sender_ids(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        account = accounts.create(tx, NewAccount(business_names=("Brand",), mobile_numbers=("61491570156",)))
        updated = accounts.update_settings(tx, account.id, {"goo_enabled": False, "dlr_callback": "http://x/y"})
        assert not updated.goo_enabled and updated.dlr_callback == "http://x/y"
        with pytest.raises(ValueError, match="unknown settings"):
            accounts.update_settings(tx, account.id, {"api_secret": "x"})
        assert accounts.sender_ids(tx, account.id) == {
            "business_name": ["Brand"],
            "mobile_number": ["61491570156"],
        }
        with pytest.raises(ValueError):
            accounts.add_sender_id(tx, account.id, "pigeon", "x")
        assert accounts.get(tx, 10**30) is None


def test_months_later_keeps_the_day_where_it_can() -> None:
    assert months_later(datetime(2026, 1, 31)) == datetime(2026, 2, 28)
    assert months_later(datetime(2026, 12, 15)) == datetime(2027, 1, 15)
    assert months_later(datetime(9999, 12, 1)) == datetime.max.replace(microsecond=0)
