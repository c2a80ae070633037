"""The callback payloads our template renders, built from the real spec."""

from __future__ import annotations

import pytest

from generator.callback_context import callback_payloads
from generator.context import ContextError
from tests.support.spec import bundled


def test_callback_payloads() -> None:
    payloads = {p.event: p for p in callback_payloads(bundled())}
    assert list(payloads) == ["dlr", "reply", "link-hit", "list-action"]
    assert payloads["link-hit"].function == "parse_link_hit"
    kinds = {f.name: f.kind for f in payloads["reply"].fields}
    assert kinds == {
        "user_id": "INTEGER", "message_id": "INTEGER", "mobile": "INTEGER", "longcode": "INTEGER",
        "datetime_entry": "DATETIME", "response": "TEXT", "response_id": "INTEGER", "is_optout": "YES_NO",
    }  # fmt: skip
    status = next(f for f in payloads["dlr"].fields if f.name == "status")
    assert status.enum is not None and status.enum.members[2] == ("SOFT_BOUNCE", "soft-bounce")
    assert payloads["dlr"].required_names == ("message_id", "mobile", "datetime", "status")


def test_an_unknown_field_type_fails_the_generation() -> None:
    doc = bundled()
    doc["components"]["schemas"]["DlrCallback"]["properties"]["mobile"] = {"type": "integer"}
    with pytest.raises(ContextError, match=r"DlrCallback\.mobile"):
        callback_payloads(doc)


def test_a_value_type_is_recognised_by_reference_or_by_shape() -> None:
    doc = bundled()
    payload = doc["components"]["schemas"]["DlrCallback"]["properties"]
    payload["message_id"] = {"$ref": "#/components/schemas/CallbackDigits"}
    payload["mobile"] = {**doc["components"]["schemas"]["CallbackDigits"], "description": "inlined"}
    kinds = {f.name: f.kind for f in next(p for p in callback_payloads(doc) if p.event == "dlr").fields}
    assert kinds["message_id"] == kinds["mobile"] == "INTEGER"
    payload["mobile"] = {"type": "string", "pattern": "^[A-Z]+$"}
    with pytest.raises(ContextError, match=r"DlrCallback\.mobile"):
        callback_payloads(doc)


def test_each_payload_s_event_key_comes_from_the_spec() -> None:
    payloads = {p.event: p for p in callback_payloads(bundled())}
    assert {event: p.event_key for event, p in payloads.items()} == {
        "dlr": ("message_id", "mobile", "status", "datetime"),
        "reply": ("mobile", "longcode", "datetime_entry", "response", "response_id"),
        "link-hit": ("message_id", "mobile", "link_hits", "datetime"),
        "list-action": ("list_id", "mobile", "type", "datetime_entry"),
    }


@pytest.mark.parametrize("key", [None, [], ["message_id", "recipient"], "message_id"])
def test_a_payload_without_a_usable_event_key_fails_the_generation(key: object) -> None:
    doc = bundled()
    schema = doc["components"]["schemas"]["DlrCallback"]
    if key is None:
        del schema["x-event-key"]
    else:
        schema["x-event-key"] = key
    with pytest.raises(ContextError, match=r"DlrCallback: x-event-key"):
        callback_payloads(doc)
