"""Resellers over HTTP: clients, their credentials, and ledgers."""

from __future__ import annotations

from typing import Any

from tests.simulator.support import MOBILE, Api, Control


def test_clients_and_their_own_credentials(control: Control, make_api: Any, api: Api) -> None:
    reseller = make_api(control.account(name="Reseller", reseller=True))
    rival = make_api(control.account(name="Rival", reseller=True))
    api.error("get-clients", "NO_ACCESS")
    api.error("add-client", "NO_ACCESS", name="X", email="x@x.io", password="pw1234", msisdn=MOBILE)
    client = reseller.ok(
        "add-client",
        name="Acme Pty Ltd",
        email="jane@acme.example",
        password="s3cret-pw",
        msisdn=MOBILE,
        contact="Jane Citizen",
        sms_margin=0.5,
        api_secret="correct-horse-battery",
    )
    assert (client["apisecret"], client["currency"], client["balance"], client["trial_expiry_date"]) == (
        "correct-horse-battery",
        "AUD",
        0,
        "2026-02-05",
    )
    taken = {"password": "p4ssword", "msisdn": MOBILE}
    reseller.error("add-client", "KEY_EXISTS", name="Other", email="JANE@acme.example", **taken)
    reseller.error("add-client", "KEY_EXISTS", name="Acme Pty Ltd", email="j2@acme.example", **taken)
    fetched = reseller.ok("get-client", client_id=client["id"])
    assert fetched["apisecret"] == "" and fetched["apikey"] == client["apikey"]
    rival.error("get-client", "NO_ACCESS", client_id=client["id"])
    reseller.error("get-client", "NOT_FOUND", client_id=999_999)
    assert reseller.ok("get-clients")["clients_total"] == 1
    edited = reseller.ok("edit-client", client_id=client["id"], client_pays="false", timezone="Australia/Perth")
    assert (edited["client_pays"], edited["timezone"]) == (False, "Australia/Perth")
    as_client = make_api({"api_key": client["apikey"], "api_secret": "correct-horse-battery"})
    sent = as_client.ok("send-sms", message="Hi", to=MOBILE)
    assert sent["cost"] == 0.092, "the reseller's price plus half a cent"
    assert as_client.ok("get-balance")["balance"] == 0, "the reseller pays for this client"
    totals = reseller.ok("get-client", client_id=client["id"])
    assert (totals["total_sms"], totals["total_spend"], totals["total_revenue"]) == (1, 0.092, 0.005)


def test_ledgers(control: Control, make_api: Any, account: dict[str, Any], api: Api, other_api: Api) -> None:
    api.ok("send-sms", message="Hi", to=MOBILE)
    ledger = api.ok("get-transactions", client_id=account["id"])
    assert ledger["transactions_total"] == 2
    newest, oldest = ledger["transactions"]
    assert (newest["type_id"], newest["amount"], newest["balance_standing"]) == (3, -0.087, "$99.913")
    assert (oldest["description"], oldest["balance_standing"]) == ("Credit Top Up - $100.00", "$100.000")
    entry = api.ok("get-transaction", id=newest["id"])
    assert (entry["balance_standing"], entry["message_id"] > 0) == (99.913, True)
    other_api.error("get-transaction", "NO_ACCESS", id=newest["id"])
    other_api.error("get-transactions", "NO_ACCESS", client_id=account["id"])
    api.error("get-transactions", "NOT_FOUND", client_id=10**12)
    api.error("get-transaction", "NOT_FOUND", id=10**12)
    empty = make_api(control.account(balance=0))
    body = empty.ok("get-transactions", client_id=control.client.get("/_sim/accounts").json()["accounts"][-1]["id"])
    assert body["page"] == {"count": 0, "number": 1} and "transactions" not in body
    assert api.ok("get-transactions", client_id=account["id"], start="2026-01-06")["transactions_total"] == 0


def test_amounts_beyond_the_documented_maximum_are_refused(control: Control, make_api: Any) -> None:
    # Found by schemathesis (tests/contract): sms_margin=1e308 passed validation and the simulator
    # failed internally converting it to micro-units. The spec now bounds the amounts (2.0.0).
    reseller = make_api(control.account(name="Reseller", reseller=True))
    new = {"name": "Acme", "email": "jane@acme.example", "password": "p4ssword", "msisdn": MOBILE}
    for field, value in (("sms_margin", "1e308"), ("number_margin", "1000000.5"), ("fixed_top_up_amount", "2e9")):
        description = reseller.error("add-client", "FIELD_INVALID", **new, **{field: value})
        assert description.startswith(f'Field "{field}" has invalid value, expected 0 to ')
    client = reseller.ok("add-client", **new, sms_margin=1_000_000, number_margin=0, fixed_top_up_amount=1e9)
    reseller.error("edit-client", "FIELD_INVALID", client_id=client["id"], sms_margin="1e308")
    assert control.errors() == []


def test_a_client_password_has_at_least_six_characters(control: Control, make_api: Any) -> None:
    # spec: Password (x-assumption: the first-generation API's clients.add takes 6 or more).
    reseller = make_api(control.account(name="Reseller", reseller=True))
    new = {"name": "Acme", "email": "jane@acme.example", "msisdn": MOBILE}
    for short in ("x", "12345", "abcd"):
        description = reseller.error("add-client", "FIELD_INVALID", **new, password=short)
        assert description == 'Field "password" is too short, expected at least 6 characters', description
    client = reseller.ok("add-client", **new, password="123456")
    for short in ("y", "abcde"):
        description = reseller.error("edit-client", "FIELD_INVALID", client_id=client["id"], password=short)
        assert "too short" in description and short not in description.replace("password", "")
    assert reseller.ok("edit-client", client_id=client["id"], password="s1x-chars-or-more")["id"] == client["id"]
