"""States that make the legacy reference's samples succeed, shared by the replay and bridge tests.

Contract: ``SETUPS[method](account)`` creates, through the current API, what the method's sample
request names (lists, messages and replies, clients, ledger entries) and returns the sample's ids
mapped to the real ones; ``params_of(sample, ids)`` is the sample's ``<params>`` content with
those ids replaced; ``cases()`` are ``(method, request sample or None, answer sample or None)``
for every sample of every method.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tests.support.legacy import LegacyAccount, examples

Setup = Callable[[LegacyAccount], dict[str, str]]
CLIENT_SECRET = "client-secret-1"


def _list(account: LegacyAccount, name: str, *members: str) -> int:
    list_id = int(account.current("add-list", name=name)["id"])
    for number in members:
        added = account.current("add-to-list", list_id=list_id, msisdn=number, first_name="Jane", last_name="Citizen")
        assert added["error"]["code"] == "SUCCESS", added
    return list_id


def _client(account: LegacyAccount) -> int:
    added = account.current(
        "add-client",
        name="Client Co",
        contact="Client Name",
        email=f"client@{account.key}.example",
        password="secret1",
        msisdn="61400000003",
        api_secret=CLIENT_SECRET,
    )
    assert added["error"]["code"] == "SUCCESS", added
    return int(added["id"])


def _send(account: LegacyAccount, **params: Any) -> int:
    sent = account.current("send-sms", message="Hello", **params)
    assert sent["error"]["code"] == "SUCCESS", sent
    return int(sent["message_id"])


def lists_1075(account: LegacyAccount) -> dict[str, str]:
    return {"1075": str(_list(account, "campaign list", "61400000001", "61400000002"))}


def messages_history(account: LegacyAccount) -> dict[str, str]:
    list_id = _list(account, "scheduled list", "61400000001")
    for _ in range(3):
        _send(account, list_id=list_id, **{"from": "Acme", "send_at": "2026-02-01 00:00:00"})
    return {}


def replied_message(account: LegacyAccount) -> dict[str, str]:
    list_id = _list(account, "customers", "61400000001")
    message_id = _send(account, list_id=list_id, **{"from": "61400000009"})
    account.http.post("/_sim/inbound", json={"from": "61400000001", "to": "61400000009", "message": "Hey me"})
    return {"123": str(message_id)}


def some_lists(account: LegacyAccount) -> dict[str, str]:
    _list(account, "a list")
    _list(account, "b list", "61400000001")
    return {}


def list_176(account: LegacyAccount) -> dict[str, str]:
    return {"176": str(_list(account, "a list"))}


def list_175(account: LegacyAccount) -> dict[str, str]:
    return {"175": str(_list(account, "customers", "61400000001", "61400000002", "61400000003"))}


def list_1076(account: LegacyAccount) -> dict[str, str]:
    list_id = _list(account, "newsletter", "61400000005")
    account.current("optout-list-member", list_id=list_id, msisdn="61400000005")
    return {"1076": str(list_id)}


def on_a_list(account: LegacyAccount) -> dict[str, str]:
    _list(account, "a list", "61400000001")
    return {}


def client_1(account: LegacyAccount) -> dict[str, str]:
    return {"1": str(_client(account))}


def a_client(account: LegacyAccount) -> dict[str, str]:
    _client(account)
    return {}


def ledger(account: LegacyAccount) -> dict[str, str]:
    _send(account, to="61400000001")
    return {}


def client_ledger(account: LegacyAccount) -> dict[str, str]:
    client_id = _client(account)
    account.http.post(f"/_sim/accounts/{client_id}/top-up", json={"amount": 10})
    client = account.current("get-client", client_id=client_id)
    as_client = LegacyAccount(account.http, client["apikey"], CLIENT_SECRET, client_id)
    _send(as_client, to="61400000001")
    return {"1": str(client_id)}


def transaction_1(account: LegacyAccount) -> dict[str, str]:
    _send(account, to="61400000001")
    entries = account.current("get-transactions", client_id=account.id)["transactions"]
    return {"1": str(entries[0]["id"])}


SETUPS: dict[str, Setup] = {
    "messages.add": lists_1075,
    "messages.get": messages_history,
    "messages.responses": replied_message,
    "contact-lists.get": some_lists,
    "contact-lists.delete": list_176,
    "contact-lists.get-recipients": list_175,
    "contact-lists.get-unsubscribed": list_1076,
    "contact-lists.add-recipient": list_1076,
    "contact-lists.add-multiple-recipients": list_175,
    "contact-lists.delete-recipient": list_175,
    "contact-lists.update-custom-fields": list_175,
    "recipient.delete-global": on_a_list,
    "clients.get": a_client,
    "clients.get-full": a_client,
    "clients.get-by-id": client_1,
    "transactions.get": ledger,
    "transactions.get-users": client_ledger,
    "transactions.get-clients": client_ledger,
    "transactions.get-detail": transaction_1,
}


def params_of(sample: str | None, ids: dict[str, str]) -> str:
    params = sample or "<params></params>"
    for old, new in ids.items():
        params = re.sub(rf">{old}<", f">{new}<", params)
    inner = re.fullmatch(r"<params>(.*)</params>", params, re.DOTALL)
    assert inner is not None, params
    return inner.group(1)


def cases() -> list[tuple[str, str | None, str | None]]:
    found = []
    for entry in examples()["methods"]:
        answers = entry["responses"] or [None]
        found += [(entry["method"], request, answers[0]) for request in entry["requests"] or [None]]
    return found
