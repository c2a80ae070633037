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
