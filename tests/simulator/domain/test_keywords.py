"""Keywords of virtual numbers."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain import keywords, lists, numbers
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import FieldInvalid, KeyExists, NoAccess, NotFound
from transmitsms_sim.domain.keywords import KeywordOptions
from transmitsms_sim.domain.pages import Page
from transmitsms_sim.domain.service import Simulator

NUMBER = "61480000007"


def test_keywords_need_a_leased_number_and_are_unique_on_it(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        with pytest.raises(FieldInvalid, match="not leased"):
            keywords.add(tx, acct, "NEWS", NUMBER, KeywordOptions(), True)
        numbers.lease(tx, acct, NUMBER, None)
        added = keywords.add(tx, acct, "news", NUMBER, KeywordOptions(reference="Gym news"), True)
        assert (added.keyword, added.status, added.billing_date) == ("NEWS", "open", "2026-02-05")
        with pytest.raises(KeyExists):
            keywords.add(tx, acct, "NeWs", NUMBER, KeywordOptions(), True)


def test_a_given_list_must_exist(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, None)
        with pytest.raises(NotFound):
            keywords.add(tx, acct, "A", NUMBER, KeywordOptions(list_id=123), True)
        contact_list = lists.create(tx, acct, "Members", {})
        assert (
            keywords.add(tx, acct, "A", NUMBER, KeywordOptions(list_id=contact_list.id), True).list_id
            == contact_list.id
        )


def test_edit_changes_only_what_is_given(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, None)
        keywords.add(tx, acct, "NEWS", NUMBER, KeywordOptions(reference="r", welcome_message="w"), True)
        edited = keywords.edit(tx, acct, "news", NUMBER, KeywordOptions(welcome_message="w2"), "closed")
        assert (edited.reference, edited.welcome_message, edited.status) == ("r", "w2", "closed")
        with pytest.raises(NotFound):
            keywords.edit(tx, acct, "OTHER", NUMBER, KeywordOptions(), None)
        total, found = keywords.page_of(tx, acct.id, NUMBER, Page())
        assert total == 1 and found[0].id == edited.id
        assert keywords.page_of(tx, acct.id, "61480000008", Page())[0] == 0


def test_keyword_ids_are_private(simulator: Simulator, acct: Account) -> None:
    from transmitsms_sim.domain import billing
    from transmitsms_sim.domain.accounts import NewAccount

    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, None)
        mine = keywords.add(tx, acct, "NEWS", NUMBER, KeywordOptions(), True)
        other = billing.open_account(tx, NewAccount())
        with pytest.raises(NoAccess):
            keywords.by_id(tx, other, mine.id)
        with pytest.raises(NotFound):
            keywords.by_id(tx, other, 10**25)
