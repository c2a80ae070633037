"""Reading answers: tolerant by default, strict on demand (``_runtime/reading.py`` and its use by the client).

The answers here are of the kinds the real service sends (issue 10, the supplement's recorded
oddities): arrays left out when empty, nulls where the examples show values, a number where a
string was expected. A user's client reads them all; strict mode names what deviates.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.client.conftest import SUCCESS, Recorder
from transmitsms import UNSET, ConfigurationError, MalformedResponseError, TransmitSMS
from transmitsms._runtime.config import resolve_strict_responses
from transmitsms._runtime.reading import SUPPORTED, problem
from transmitsms.response_schemas import SCHEMAS

#: get-transactions of a client without entries, as recorded: page.count 0, no `transactions`.
NO_TRANSACTIONS = {"page": {"count": 0, "number": 1}, "transactions_total": 0, "error": SUCCESS}
#: get-sms-sent of a message whose recipients are all filtered out: no `recipients`, a null date.
NO_RECIPIENTS: dict[str, Any] = {
    "page": {"count": 0, "number": 1},
    "total": 0,
    "message": {
        "message_id": 7,
        "send_at": None,
        "recipients": 1,
        "cost": 0.087,
        "sms": 1,
        "delivery_stats": {"delivered": 0, "pending": 0, "bounced": 1, "responses": 0, "optouts": 0},
    },
    "error": SUCCESS,
}


def test_the_generated_schemas_use_only_the_keywords_the_checker_checks() -> None:
    used: set[str] = set()

    def walk(schema: Any) -> None:
        used.update(schema)
        for key, value in schema.items():
            if key in ("properties", "patternProperties"):
                for sub in value.values():
                    walk(sub)
            elif key in ("anyOf", "allOf"):
                for sub in value:
                    walk(sub)
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                walk(value)

    for schema in SCHEMAS.values():
        walk(schema)
    assert used <= SUPPORTED and "anyOf" in used and "pattern" in used


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ({"balance": 1, "currency": "AUD", "error": SUCCESS}, None),
        ({"balance": "1", "currency": "AUD", "error": SUCCESS}, ("balance", "expected a number, got '1'")),
        ({"balance": True, "currency": "AUD", "error": SUCCESS}, ("balance", "expected a number, got True")),
        ({"currency": "AUD", "error": SUCCESS}, ("balance", "missing")),
        ({"balance": 1, "currency": "", "error": SUCCESS}, ("currency", "expected at least 1 characters, got ''")),
        ({"balance": 1, "currency": "AUD"}, ("error", "missing")),
        (
            {"balance": 1, "currency": "AUD", "error": {"code": "OK", "description": ""}},
            ("error.code", "expected 'SUCCESS', got 'OK'"),
        ),
        ([], ("(root)", "expected an object, got []")),
    ],
)
def test_problem_names_the_first_field_that_deviates(body: Any, found: tuple[str, str] | None) -> None:
    assert problem(SCHEMAS, "GetBalanceResponse", body) == found


def test_problem_reaches_into_arrays_refs_and_alternatives() -> None:
    reply = {
        "id": 1,
        "message_id": 0,
        "list_id": 0,
        "received_at": None,
        "msisdn": 614,
        "response": "Hi",
        "longcode": 1,
    }
    page = {"page": {"count": 1, "number": 1}, "total": 1, "responses": [reply], "error": SUCCESS}
    assert problem(SCHEMAS, "ReplyPage", page) is None
    page["responses"] = [reply, {**reply, "msisdn": "61491570156"}]
    assert problem(SCHEMAS, "ReplyPage", page) == ("responses[1].msisdn", "expected an integer, got '61491570156'")
    page["responses"] = [{**reply, "received_at": "2020-06-23 10:03:44\n"}]
    assert problem(SCHEMAS, "ReplyPage", page) is not None  # $ ends the text, as in JSON Schema
    stats: dict[str, Any] = {"message_id": 1, "sender_id": 6142, "mobile": 614, "send_at": None, "datetime": None}
    stats |= {"status": "delivered", "message": "x"}
    assert problem(SCHEMAS, "GetSmsDeliveryStatusResponse", {"stats": stats, "error": SUCCESS}) is None
    stats["sender_id"] = [1]
    found = problem(SCHEMAS, "GetSmsDeliveryStatusResponse", {"stats": stats, "error": SUCCESS})
    assert found is not None and found[0] == "stats.sender_id"


def _client(make_client: Any, answer: Any, *, strict: bool) -> TransmitSMS:
    client: TransmitSMS = make_client(Recorder(httpx.Response(200, json=answer)), strict_responses=strict)
    return client


def test_an_answer_without_its_array_is_read_and_iterated(make_client: Any) -> None:
    client = _client(make_client, NO_TRANSACTIONS, strict=True)
    answer = client.resellers.get_transactions(client_id=3)
    assert answer.transactions is UNSET and answer.page.count == 0
    assert list(client.resellers.iter_transactions(client_id=3)) == []
    sent = _client(make_client, NO_RECIPIENTS, strict=True).reporting.get_sms_sent(message_id=7)
    assert sent.recipients is UNSET and sent.message.send_at is None


def test_deviating_answers_are_read_as_received_by_default(make_client: Any) -> None:
    body = {**NO_RECIPIENTS, "total": "0", "recipients": None, "message": {"message_id": "7"}, "extra": [1]}
    del body["page"]
    client = _client(make_client, body, strict=False)
    sent: Any = client.reporting.get_sms_sent(message_id=7)  # tolerant: the annotations do not hold
    assert sent.page is UNSET and sent.total == "0" and sent.recipients is None
    assert sent.message.message_id == "7" and sent.message.cost is UNSET
    assert sent.additional_properties == {"extra": [1]}
    # A page without a count or items is the last one.
    assert list(client.reporting.iter_sms_sent(message_id=7)) == []


def test_strict_mode_names_the_operation_and_the_field(make_client: Any) -> None:
    message: dict[str, Any] = {**NO_RECIPIENTS["message"], "message_id": "7"}
    body = {**NO_RECIPIENTS, "message": message}
    client = _client(make_client, body, strict=True)
    with pytest.raises(MalformedResponseError) as raised:
        client.reporting.get_sms_sent(message_id=7)
    assert raised.value.operation == "get_sms_sent" and raised.value.field == "message.message_id"
    assert str(raised.value) == (
        "get_sms_sent answered with a body that does not match the spec: field message.message_id: "
        "expected an integer, got '7'"
    )
    raw = client.reporting.with_raw_response.get_sms_sent(message_id=7)
    with pytest.raises(MalformedResponseError):
        raw.parse()


def test_an_answer_without_an_error_block_is_read_by_default_and_refused_in_strict_mode(make_client: Any) -> None:
    body = {"balance": 1.5, "currency": "AUD"}
    assert _client(make_client, body, strict=False).account.get_balance().balance == 1.5
    with pytest.raises(MalformedResponseError, match="field error: missing"):
        _client(make_client, body, strict=True).account.get_balance()


def test_what_is_not_an_object_still_raises_in_both_modes(make_client: Any) -> None:
    for strict in (False, True):
        client = make_client(Recorder(httpx.Response(200, text="<html>")), strict_responses=strict)
        with pytest.raises(MalformedResponseError, match="not JSON"):
            client.account.get_balance()


@pytest.mark.parametrize(("text", "expected"), [("1", True), ("TRUE", True), ("on", True), ("0", False), ("", False)])
def test_the_environment_variable(text: str, expected: bool) -> None:
    assert resolve_strict_responses(None, {"TRANSMITSMS_STRICT_RESPONSES": text}) is expected
    assert resolve_strict_responses(None, {}) is False
    assert resolve_strict_responses(not expected, {"TRANSMITSMS_STRICT_RESPONSES": text}) is (not expected)


def test_a_bad_environment_variable_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSMITSMS_STRICT_RESPONSES", "sometimes")
    with pytest.raises(ConfigurationError, match="TRANSMITSMS_STRICT_RESPONSES"):
        TransmitSMS(api_key="k", api_secret="s")


def test_with_options_keeps_the_mode(make_client: Any) -> None:
    client = _client(make_client, NO_TRANSACTIONS, strict=True)
    assert client.strict_responses and client.with_options(max_retries=0).strict_responses
    assert not make_client(Recorder(httpx.Response(200, json={})), strict_responses=False).strict_responses
