"""The translator (``transmitsms_legacy.translator``) against a scripted backend: which current
operations it calls, with which arguments (from the mapping), and what it answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from transmitsms_legacy import Call, CurrentError, LegacyError, LegacyRequest, drive, translate
from transmitsms_legacy.translator import OWN_ACCOUNT_ID, drive_async

NOW = datetime(2026, 1, 5, 9, 0, 0)


class Backend:
    """Answers each operation from a script; records every call."""

    def __init__(self, **answers: Any) -> None:
        self.answers = answers
        self.calls: list[Call] = []

    def __call__(self, call: Call) -> Any:
        self.calls.append(call)
        answer = self.answers.get(call.operation)
        if callable(answer):
            answer = answer(call)
        if isinstance(answer, CurrentError):
            raise answer
        return answer


def run(method: str, backend: Backend, dialect: str = "request", **params: Any) -> Any:
    request = LegacyRequest(method=method, key="k", secret="s", params=params, dialect=dialect)  # type: ignore[arg-type]
    return drive(translate(request, NOW), backend)


def test_messages_single_calls_send_sms_with_the_mapped_arguments() -> None:
    backend = Backend(send_sms={"message_id": 7, "recipients": 1})
    answer = run(
        "messages.single",
        backend,
        mobile="+61 491 570 156",
        message="Hi",
        caller_id="Acme",
        sendtime="1767700000",
        validity="60",
    )
    assert backend.calls == [
        Call(
            "send_sms",
            {"to": "61491570156", "message": "Hi", "from": "Acme", "send_at": "2026-01-06 11:46:40", "validity": 60},
        )
    ]
    assert answer.total == 1 and answer.body == [
        ("data", [("result", "queued"), ("contact_list_addition", "no list provided"), ("message_id", "7")])
    ]


def test_a_list_named_by_its_name_is_looked_up_and_a_missing_one_is_no_access() -> None:
    lists = {"lists_total": 2, "lists": [{"id": 5, "name": "Other"}, {"id": 9, "name": "VIP"}]}
    backend = Backend(
        get_lists=lists,
        send_sms={"message_id": 1, "list": {"id": 9}, "cost": 0.087, "send_at": "x"},
        get_balance={"balance": 1.5},
    )
    answer = run("messages.add", backend, list_id="VIP", message="Hi [opt-out-info]", caller_id="Acme", optout="yes")
    assert [c.operation for c in backend.calls] == ["get_lists", "send_sms", "get_balance"]
    assert backend.calls[1].arguments["list_id"] == 9
    assert backend.calls[1].arguments["message"] == "Hi [unsub-reply-link]"
    assert ("balance", "1.500") in answer.body[0][1]
    missing = run(
        "messages.add", Backend(get_lists={"lists_total": 0, "lists": []}), list_id="Nope", message="Hi", caller_id="A"
    )
    assert missing.body == [("response", "NO ACCESS TO LIST")]


def test_a_numeric_list_reference_is_checked_with_get_list() -> None:
    backend = Backend(get_list={"id": 5}, remove_list={})
    assert run("contact-lists.delete", backend, id="5").body == [("response", "DELETED")]
    assert backend.calls[0] == Call("get_list", {"list_id": 5, "members": "none"})
    # Not ASCII digits (found by schemathesis): a name to look for, never a number.
    named = Backend(get_lists={"lists_total": 1, "lists": [{"id": 6, "name": "³"}]}, remove_list={})
    assert run("contact-lists.delete", named, id="³").body == [("response", "DELETED")]
    assert [c.operation for c in named.calls] == ["get_lists", "remove_list"]


@pytest.mark.parametrize(
    ("offset", "limit", "pages"),
    [
        ("0", "10", [(1, 10)]),
        ("20", "10", [(3, 10)]),
        ("5", "10", [(1, 100)]),
        ("", "", [(1, 100), (2, 100), (3, 100)]),
    ],
)
def test_offset_and_limit_become_pages(offset: str, limit: str, pages: list[tuple[int, int]]) -> None:
    def page(call: Call) -> dict[str, Any]:
        size = call.arguments["max"]
        return {"total": 250, "responses": [{"response": "x"}] * min(size, 250 - (call.arguments["page"] - 1) * size)}

    backend = Backend(get_sms_responses=page)
    params = {k: v for k, v in {"offset": offset, "limit": limit}.items() if v}
    answer = run("messages.responses", backend, message_id="3", **params)
    assert [(c.arguments["page"], c.arguments["max"]) for c in backend.calls] == pages
    assert backend.calls[0].arguments["start"] == "2009-01-01 00:00:00"
    assert answer.total == 250


def test_failures_map_to_statuses_or_errors() -> None:
    poor = Backend(send_sms=CurrentError("LEDGER_ERROR", "Insufficient funds"))
    assert run("messages.single", poor, mobile="614", message="Hi", caller_id="A").body == [
        ("response", "failed - INSUFFICIENT_CREDIT")
    ]
    with pytest.raises(LegacyError, match=r'^Field "message" is too long$'):
        run(
            "messages.single",
            Backend(send_sms=CurrentError("FIELD_INVALID", 'Field "message" is too long')),
            mobile="614",
            message="Hi",
            caller_id="A",
        )
    with pytest.raises(LegacyError, match=r"Authentication failed - key: k, secret: \*\*\*\*"):
        run("api.version", Backend(get_balance=CurrentError("AUTH_FAILED", "no")))
    with pytest.raises(LegacyError, match="Missing parameter: mobile"):
        run("messages.single", Backend(), message="Hi", caller_id="A")
    with pytest.raises(LegacyError, match="Unknown method: nope"):
        run("nope", Backend())


def test_add_recipient_updates_an_existing_recipient_in_either_dialect() -> None:
    def existing() -> Backend:
        return Backend(
            get_list={"id": 4},
            add_to_list=CurrentError("KEY_EXISTS", "exists"),
            format_number={"number": {"international": 61491570156}},
            edit_list_member={},
        )

    backend = existing()
    answer = run(
        "contact-lists.add-recipient",
        backend,
        list_id="4",
        mobile="0491570156",
        mobile_dest_country="AU",
        custom_2_value="gold",
        firstname="J",
    )
    assert [c.operation for c in backend.calls] == ["get_list", "add_to_list", "format_number", "edit_list_member"]
    assert backend.calls[1].arguments == {
        "list_id": 4,
        "msisdn": "0491570156",
        "countrycode": "AU",
        "first_name": "J",
        "field_2": "gold",
    }
    assert backend.calls[3].arguments == {"list_id": 4, "msisdn": "61491570156", "first_name": "J", "field_2": "gold"}
    assert answer.body == [("data", [("result", "DUPLCIATE / UPDATED"), ("list_id", "4")])]
    assert run("contact-lists.add-recipient", existing(), dialect="beam", list_id="4", mobile="61491570156").body == [
        ("response", "DUPLICATE")
    ]
    opted = Backend(get_list={"id": 4}, add_to_list=CurrentError("OPTOUT", "opted out"))
    assert run("contact-lists.add-recipient", opted, list_id="4", mobile="614").body == [
        ("data", [("result", "OPTOUT"), ("list_id", "4")])
    ]


def test_transactions_ask_the_backend_for_the_own_account_id() -> None:
    ledger = {
        "transactions_total": 1,
        "transactions": [
            {
                "id": 3,
                "type_id": 3,
                "type_description": "Message Send",
                "amount": -0.087,
                "balance_standing": "$1.000",
                "created": "2026-01-05 08:00:00",
            }
        ],
    }
    backend = Backend(**{OWN_ACCOUNT_ID: 77, "get_transactions": ledger, "get_transaction": {"message_id": 12}})
    answer = run("transactions.get", backend)
    assert backend.calls[1].operation == "get_transactions" and backend.calls[1].arguments["client_id"] == 77
    assert (
        backend.calls[1].arguments["start"] == "2025-12-06 00:00:00"
        and backend.calls[1].arguments["end"] == "2026-01-05 09:00:00"
    )
    row = answer.body[1][1][0][1]
    assert ("message_id", "12") in row and ("message_cost", "0.087") in row and ("message_status", "Sent") in row


def test_clients_add_creates_the_default_list_as_the_new_client() -> None:
    backend = Backend(add_client={"id": 817, "apikey": "ck", "apisecret": "cs"}, add_list={"id": 1221})
    answer = run(
        "clients.add",
        backend,
        name="Jo",
        email="jo@x",
        password="secret1",
        phone="614",
        reseller_pays="yes",
        reseller_markup="1.5",
    )
    assert backend.calls[0].arguments == {
        "name": "Jo",
        "contact": "Jo",
        "email": "jo@x",
        "password": "secret1",
        "msisdn": "614",
        "client_pays": False,
        "sms_margin": 1.5,
    }
    assert backend.calls[1] == Call("add_list", {"name": "Default list"}, ("ck", "cs"))
    assert answer.body == [("data", [("result", "CLIENT ADDED"), ("user_id", "817"), ("default_list_id", "1221")])]


def test_the_async_driver_is_the_same_translation() -> None:
    import asyncio

    backend = Backend(get_balance={"balance": 1})

    async def run_async(call: Call) -> Any:
        return backend(call)

    request = LegacyRequest(method="api.version", key="k", secret="s")
    answer = asyncio.run(drive_async(translate(request, NOW), run_async))
    assert answer.body == [("data", [("version", "0.4")])]
