"""Every sample of the legacy reference replayed against the simulator's legacy front-end.

Each method's ``<params>`` samples (``tests/data/legacy_examples.json``, extracted from the
reference) are sent as they are, in an envelope of an account whose state makes them succeed (the
lists, messages, clients and ledger entries the sample's ids name, created through the current
API, the sample's ids replaced by theirs). The answer must validate against the method's answer
schema in the legacy spec, and have the structure of the reference's answer sample: the same
elements, with the same kinds of values, and the same status texts. Elements the spec says have no
twin in the current API (``x-no-twin``) are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.support.legacy import LegacyAccount, examples, legacy_document, problems, structure
from tests.support.simulator import running
from transmitsms_spec import object_properties, resolve

Setup = Callable[[LegacyAccount], dict[str, str]]
CLIENT_SECRET = "client-secret-1"


@pytest.fixture(scope="module")
def sim() -> Iterator[Any]:
    with running() as sim:
        yield sim


_accounts = iter(range(10_000))


@pytest.fixture
def account(sim: Any) -> LegacyAccount:
    return LegacyAccount.create(sim.client(), name=f"replay{next(_accounts)}")


def _list(account: LegacyAccount, name: str, *members: str) -> int:
    list_id = int(account.current("add-list", name=name)["id"])
    for number in members:
        added = account.current("add-to-list", list_id=list_id, msisdn=number, first_name="Jane", last_name="Citizen")
        assert added["error"]["code"] == "SUCCESS", added
    return list_id


def _client(account: LegacyAccount) -> int:
    added = account.current(
        "add-client", name="Client Co", contact="Client Name", email=f"client@{account.key}.example", password="secret1",
        msisdn="61400000003", api_secret=CLIENT_SECRET,
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


def _no_twin(method: str) -> set[str]:
    """The answer elements of ``method`` the spec says have no twin (not compared)."""
    doc = legacy_document()
    names: set[str] = set()
    stack = [resolve(doc, {"$ref": "#/components/schemas/AnyAnswer"})]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        for branch in node.get("anyOf", []) + node.get("allOf", []):
            stack.append(resolve(doc, branch))
        for name, prop in object_properties(doc, node).items():
            merged = resolve(doc, prop, merge_siblings=True) or {}
            if "x-no-twin" in merged:
                names.add(name)
            stack.append(merged)
            stack.append(resolve(doc, merged.get("items")))
    return names


def _cases() -> list[tuple[str, str | None, str | None]]:
    cases = []
    for entry in examples()["methods"]:
        requests = entry["requests"] or [None]
        answers = entry["responses"] or [None]
        cases += [(entry["method"], request, answers[0]) for request in requests]
    return cases


def test_every_method_of_the_reference_is_replayed() -> None:
    methods = {method for method, _, _ in _cases()}
    assert len(methods) == 24
    assert methods == set(legacy_document()["components"]["schemas"]["MethodName"]["enum"])


def _substitute(params: str, ids: dict[str, str]) -> str:
    for old, new in ids.items():
        params = re.sub(rf">{old}<", f">{new}<", params)
    return params


@pytest.mark.parametrize(("method", "request_sample", "answer_sample"), _cases(), ids=lambda v: str(v)[:40])
def test_sample_replayed(account: LegacyAccount, method: str, request_sample: str | None, answer_sample: str | None) -> None:
    ids = SETUPS[method](account) if method in SETUPS else {}
    params = _substitute(request_sample or "<params></params>", ids)
    inner = re.fullmatch(r"<params>(.*)</params>", params, re.DOTALL)
    assert inner is not None
    answer = account.post(method, inner.group(1))
    assert "<error>" not in answer, answer
    assert problems(answer, method) == [], answer
    if answer_sample is None:
        return
    ours = structure(answer)
    skipped = _no_twin(method)
    for path, kinds in structure(answer_sample).items():
        if path.rsplit("/", 1)[-1] in skipped:
            continue
        assert path in ours, f"{path} missing from the answer:\n{answer}"
        assert kinds <= ours[path], f"{path}: {sorted(kinds)} in the sample, {sorted(ours[path])} here:\n{answer}"
