"""Email SMS authorisations."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain import email_sms, numbers
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import FieldInvalid, KeyExists, NotFound
from transmitsms_sim.domain.service import Simulator


def test_add_and_delete(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        email_sms.add(tx, acct, "a@example.com", 2, None)
        with pytest.raises(KeyExists):
            email_sms.add(tx, acct, "A@example.com", 1, None)
        assert email_sms.delete(tx, acct, "a@example.com") == 1
        with pytest.raises(NotFound):
            email_sms.delete(tx, acct, "a@example.com")


def test_a_wildcard_removes_the_whole_domain(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        for address in ("a@example.com", "b@example.com", "*@example.com", "c@example.org", "d@xexample.com"):
            email_sms.add(tx, acct, address, 1, None)
        assert email_sms.delete(tx, acct, "*@example.com") == 3
        assert email_sms.authorised(tx, acct.id) == ["c@example.org", "d@xexample.com"]


def test_the_number_must_be_leased(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        with pytest.raises(FieldInvalid):
            email_sms.add(tx, acct, "a@example.com", 1, "61480000009")
        numbers.lease(tx, acct, "61480000009", None)
        email_sms.add(tx, acct, "a@example.com", 1, "61480000009")
