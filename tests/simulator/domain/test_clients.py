"""Resellers and clients."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain import billing, clients, lists
from transmitsms_sim.domain.accounts import NewAccount
from transmitsms_sim.domain.errors import KeyExists, NoAccess, NotFound
from transmitsms_sim.domain.pages import Page
from transmitsms_sim.domain.service import Simulator


def test_only_resellers_have_clients(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        plain = billing.open_account(tx, NewAccount())
        with pytest.raises(NoAccess):
            clients.add(tx, plain, NewAccount())
        with pytest.raises(NoAccess):
            clients.page_of(tx, plain, Page())


def test_a_reseller_sees_its_clients_only(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        reseller = billing.open_account(tx, NewAccount(reseller=True))
        rival = billing.open_account(tx, NewAccount(reseller=True))
        client = clients.add(tx, reseller, NewAccount(name="Acme", email="jane@acme.example"))
        with pytest.raises(KeyExists, match="name"):
            clients.add(tx, reseller, NewAccount(name="Acme"))
        with pytest.raises(KeyExists, match="User already exists"):
            clients.add(tx, rival, NewAccount(name="Other", email="jane@acme.example"))
        assert clients.client_of(tx, reseller, client.id).id == client.id
        with pytest.raises(NoAccess):
            clients.client_of(tx, rival, client.id)
        with pytest.raises(NotFound):
            clients.client_of(tx, reseller, 999_999)
        assert clients.ledger_owner(tx, client, client.id).id == client.id
        assert clients.ledger_owner(tx, reseller, client.id).id == client.id
        with pytest.raises(NoAccess):
            clients.ledger_owner(tx, client, reseller.id)
        assert clients.page_of(tx, reseller, Page())[0] == 1
        assert clients.page_of(tx, rival, Page())[0] == 0


def test_edit_and_totals(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        reseller = billing.open_account(tx, NewAccount(reseller=True))
        client = clients.add(tx, reseller, NewAccount(name="Acme", sms_margin=0.5))
        edited = clients.edit(
            tx, reseller, client.id, clients.ClientChanges(sms_margin=1.0, client_pays=False, password="pw")
        )
        assert (edited.sms_margin, edited.sms_price, edited.client_pays) == (1.0, 97_000, False)
        lists.create(tx, edited, "L", {})
        totals = clients.totals(tx, edited)
        assert (totals.lists, totals.sms, totals.spend) == (1, 0, 0)
