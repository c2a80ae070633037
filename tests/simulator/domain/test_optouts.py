"""The Global Opt-Out list and optout-list-member."""

from __future__ import annotations

import pytest

from tests.simulator.support import MOBILE
from transmitsms_sim.domain import accounts, lists, optouts
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import NotFound
from transmitsms_sim.domain.service import Simulator


@pytest.mark.parametrize("text", ["STOP", "stop", " Stop ", "STOPALL", "unsubscribe", "Cancel", "END", "quit"])
def test_stop_words(text: str) -> None:
    assert optouts.is_stop(text)


@pytest.mark.parametrize("text", ["STOP please", "don't stop", "", "stopp"])
def test_not_stop_words(text: str) -> None:
    assert not optouts.is_stop(text)


def test_with_goo_opting_out_of_one_list_opts_out_of_all(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        first = lists.create(tx, acct, "A", {})
        second = lists.create(tx, acct, "B", {})
        lists.add(tx, first, MOBILE, None, None, {})
        lists.add(tx, second, MOBILE, None, None, {})
        assert optouts.opt_out_member(tx, acct, first.id, MOBILE) == [first.id, second.id]
        assert optouts.is_opted_out(tx, acct.id, MOBILE)
        with pytest.raises(NotFound):
            optouts.opt_out_member(tx, acct, first.id, MOBILE)


def test_without_goo_only_the_given_list(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        account = accounts.update_settings(tx, acct.id, {"goo_enabled": False})
        first = lists.create(tx, account, "A", {})
        second = lists.create(tx, account, "B", {})
        lists.add(tx, first, MOBILE, None, None, {})
        lists.add(tx, second, MOBILE, None, None, {})
        assert optouts.opt_out_member(tx, account, first.id, MOBILE) == [first.id]
        assert not optouts.is_opted_out(tx, account.id, MOBILE)
        assert optouts.opt_out_member(tx, account, 0, MOBILE) == [second.id]
        with pytest.raises(NotFound):
            optouts.opt_out_member(tx, account, first.id + 999, MOBILE)
