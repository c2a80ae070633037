"""Lists, custom fields and contacts."""

from __future__ import annotations

import pytest

from tests.simulator.support import MOBILE, MOBILE_2
from transmitsms_sim.domain import lists
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import (
    BadMobile,
    BadMobileCountry,
    DuplicateDeleted,
    FieldInvalid,
    KeyExists,
    NotFound,
    OptOut,
)
from transmitsms_sim.domain.pages import Page
from transmitsms_sim.domain.service import Simulator


def test_names_are_unique_per_account_in_any_case(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        lists.create(tx, acct, "Customers", {})
        with pytest.raises(KeyExists):
            lists.create(tx, acct, "customers", {})
        lists.create(tx, acct, "Ärzte", {})
        for other_case in ("ärzte", "ÄRZTE"):  # beyond ASCII too
            with pytest.raises(KeyExists):
                lists.create(tx, acct, other_case, {})


def test_field_names_cannot_repeat(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        with pytest.raises(FieldInvalid, match="field_2"):
            lists.create(tx, acct, "L", {1: "Email", 2: "email"})
        contact_list = lists.create(tx, acct, "L", {1: "Email"})
        renamed = lists.name_fields(tx, contact_list, {1: "Mail", 4: "Handset"})
        assert renamed.fields == {1: "Mail", 4: "Handset"}
        assert renamed.slot_named("handset") == 4
        with pytest.raises(FieldInvalid):
            lists.name_fields(tx, renamed, {2: "MAIL"})


@pytest.mark.parametrize("name", ["mobile", " type ", "list_id", "datetime_entry", "firstname", "lastname"])
def test_field_names_the_list_callback_uses_are_refused(simulator: Simulator, acct: Account, name: str) -> None:
    with simulator.transaction() as tx:
        with pytest.raises(FieldInvalid, match="field_3"):
            lists.create(tx, acct, "L", {1: "Email", 3: name})
        contact_list = lists.create(tx, acct, "L", {1: "Email", 2: "Mobile phone"})
        with pytest.raises(FieldInvalid, match="field_2"):
            lists.name_fields(tx, contact_list, {2: name})


@pytest.mark.parametrize("name", ["Mobile", "DATETIME_ENTRY", "FirstName", "LastName"])
def test_those_names_in_another_case_are_names_of_their_own(simulator: Simulator, acct: Account, name: str) -> None:
    # The reference's add-list example names custom fields FirstName and LastName, and is answered.
    with simulator.transaction() as tx:
        assert lists.create(tx, acct, "L", {1: "Email", 3: name}).fields == {1: "Email", 3: name}


def test_contacts_add_edit_and_count(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {1: "Email", 2: "Postcode"})
        added = lists.add(tx, contact_list, MOBILE, "Ella", None, {1: "ella@example.com"})
        assert added.named_values(contact_list) == [("Email", "ella@example.com"), ("Postcode", "")]
        assert added.last_name == ""
        with pytest.raises(KeyExists):
            lists.add(tx, contact_list, MOBILE, None, None, {})
        edited = lists.edit(tx, contact_list, MOBILE, None, "B", {2: "2000"})
        assert (edited.first_name, edited.last_name, edited.fields) == ("Ella", "B", {1: "ella@example.com", 2: "2000"})
        lists.add(tx, contact_list, MOBILE_2, None, None, {})
        lists.deactivate(tx, acct.id, contact_list.id, MOBILE_2, "deleted")
        counts = lists.counts(tx, contact_list.id)
        assert (counts.total, counts.active) == (2, 1)
        total, members = lists.members(tx, contact_list.id, "inactive", Page())
        assert total == 1 and members[0].msisdn == MOBILE_2


def test_readding_removed_and_opted_out_contacts(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {})
        lists.add(tx, contact_list, MOBILE, None, None, {})
        lists.add(tx, contact_list, MOBILE_2, None, None, {})
        lists.deactivate(tx, acct.id, contact_list.id, MOBILE, "deleted")
        lists.deactivate(tx, acct.id, contact_list.id, MOBILE_2, "optout")
        with pytest.raises(DuplicateDeleted):
            lists.add(tx, contact_list, MOBILE, None, None, {})
        with pytest.raises(OptOut):
            lists.add(tx, contact_list, MOBILE_2, None, None, {})
        with pytest.raises(DuplicateDeleted):
            lists.edit(tx, contact_list, MOBILE, "x", None, {})
        with pytest.raises(NotFound):
            lists.edit(tx, contact_list, "61491570158", "x", None, {})


def test_valid_mobile(simulator: Simulator) -> None:
    assert lists.valid_mobile("0491570156", "AU") == MOBILE
    with pytest.raises(BadMobile):
        lists.valid_mobile("61298765432", None)
    with pytest.raises(BadMobile):
        lists.valid_mobile("abc", None)
    with pytest.raises(BadMobileCountry):
        lists.valid_mobile("8816123456", None)


def test_list_actions_are_called_back(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.set_callback(tx, lists.create(tx, acct, "L", {1: "Email"}), "http://x.io/list?k=v")
        first_id, secret = contact_list.callback_id, contact_list.callback_secret
        lists.add(tx, contact_list, MOBILE, "Ella", "B", {1: "e@x.io"})
        lists.deactivate(tx, acct.id, 0, MOBILE, "deleted")
        urls = [r[0] for r in tx.all("SELECT url FROM callbacks WHERE kind = 'list_action' ORDER BY id")]
        cleared = lists.set_callback(tx, contact_list, None)
    assert (cleared.callback_id, cleared.callback_secret, cleared.callback_url) == (first_id, secret, None)
    assert urls[0] == (
        f"http://x.io/list?k=v&type=add&datetime_entry=2026-01-05%2009%3A00%3A00&list_id={contact_list.id}"
        f"&mobile={MOBILE}&firstname=Ella&lastname=B&Email=e%40x.io"
    )
    assert "type=delete" in urls[1]


def test_remove_deletes_the_list_and_its_contacts(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {})
        lists.add(tx, contact_list, MOBILE, None, None, {})
        lists.remove(tx, acct.id, contact_list.id)
        assert lists.find(tx, acct.id, contact_list.id) is None
        assert tx.scalar("SELECT COUNT(*) FROM contacts") == 0
        with pytest.raises(NotFound):
            lists.remove(tx, acct.id, contact_list.id)


def test_join_on_inbound(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {})
        assert lists.join(tx, contact_list, MOBILE) == "new"
        assert lists.join(tx, contact_list, MOBILE) == "existing"
        lists.deactivate(tx, acct.id, contact_list.id, MOBILE, "deleted")
        assert lists.join(tx, contact_list, MOBILE) == "new"
        lists.deactivate(tx, acct.id, contact_list.id, MOBILE, "optout")
        assert lists.join(tx, contact_list, MOBILE) == "optout"
