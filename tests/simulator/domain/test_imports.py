"""CSV imports into lists."""

from __future__ import annotations

import pytest

from tests.simulator.support import MOBILE, MOBILE_2
from transmitsms_sim.domain import imports, lists
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import NotFound
from transmitsms_sim.domain.service import Simulator

CSV = """Firstname,Lastname,Mobile,Email
Ella,B,0491570156,ella@example.com
Brad,Down,+61491570157,brad@example.com

No,Number,,x@example.com
Bad,Number,12345,y@example.com
Ella,Again,61491570156,dupe@example.com
Opted,Out,0491570159,o@example.com
"""


def test_counts_like_the_api_reports_them(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "Imported", {1: "email"})
        lists.add(tx, contact_list, MOBILE_2, "Old", "Name", {})
        tx.exec(
            "INSERT INTO optouts (account_id, msisdn, created, source) VALUES (?, '61491570159', ?, 'x')",
            (acct.id, tx.now_text),
        )
        import_id = imports.start(tx, acct, contact_list, "https://files.example/list.csv", "AU")
        assert tx.effects[-1].payload == {"import_id": import_id, "url": "https://files.example/list.csv"}
        assert imports.latest(tx, acct, contact_list.id).status == "in progress"
        progress = imports.complete(tx, import_id, CSV)
        ella = lists.contact(tx, contact_list.id, MOBILE)
        brad = lists.contact(tx, contact_list.id, MOBILE_2)
    assert (progress.status, progress.importlength, progress.completed) == ("completed", 7, 7)
    assert (progress.imported, progress.skipped, progress.duplicates, progress.optout) == (2, 3, 1, 1)
    assert ella is not None and (ella.first_name, ella.fields) == ("Ella", {1: "ella@example.com"})
    assert brad is not None and brad.first_name == "Brad", "existing contacts are updated"


def test_a_file_without_a_mobile_column_fails(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {})
        import_id = imports.start(tx, acct, contact_list, "https://x.io/f.csv", None)
        progress = imports.complete(tx, import_id, "Name,Phone number\nA,1\n")
        assert (progress.status, progress.error) == ("failed", "The file has no Mobile column.")
        with pytest.raises(NotFound):
            imports.complete(tx, import_id, "Mobile\n61491570156\n")


def test_failures_and_missing_imports(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {})
        with pytest.raises(NotFound, match="No import"):
            imports.latest(tx, acct, contact_list.id)
        import_id = imports.start(tx, acct, contact_list, "https://x.io/f.csv", None)
        assert imports.unfinished(tx) == [(import_id, "https://x.io/f.csv")]
        imports.fail(tx, import_id, "the server answered HTTP 404")
        assert imports.latest(tx, acct, contact_list.id).error == "the server answered HTTP 404"
        assert imports.unfinished(tx) == []
