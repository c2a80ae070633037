"""Open enums, comma-separated values, redaction, options, raw responses."""

from __future__ import annotations

import pickle

import httpx
import pytest

from transmitsms._runtime.enums import OpenStrEnum
from transmitsms._runtime.exceptions import MalformedResponseError, ValidationError
from transmitsms._runtime.forms import join_comma_separated
from transmitsms._runtime.options import NOT_GIVEN, NotGiven, to_timeout
from transmitsms._runtime.redaction import REDACTED, mask_key, redacted_repr
from transmitsms._runtime.response import RawResponse, parse_success


class Status(OpenStrEnum):
    DELIVERED = "delivered"
    SOFT_BOUNCE = "soft-bounce"


def test_known_values_are_the_members() -> None:
    assert Status("delivered") is Status.DELIVERED
    assert Status.DELIVERED.is_known and str(Status.DELIVERED) == "delivered"
    assert pickle.loads(pickle.dumps(Status.SOFT_BOUNCE)) is Status.SOFT_BOUNCE


def test_unknown_values_are_kept_as_pseudo_members() -> None:
    status = Status("expired-carrier")
    assert isinstance(status, Status) and status == "expired-carrier"
    assert not status.is_known
    assert status.name == "EXPIRED_CARRIER" and str(status) == "expired-carrier"
    assert list(Status) == [Status.DELIVERED, Status.SOFT_BOUNCE]  # nothing registered


def test_non_strings_are_still_refused() -> None:
    with pytest.raises(ValueError):
        Status(5)  # type: ignore[arg-type]


def test_join_comma_separated() -> None:
    assert join_comma_separated("61491570156,61491570157") == "61491570156,61491570157"
    assert join_comma_separated(["61491570156", 61491570157]) == "61491570156,61491570157"
    assert join_comma_separated((" a@b.co ",)) == "a@b.co"
    assert join_comma_separated([]) == ""
    with pytest.raises(ValueError, match="comma"):
        join_comma_separated(["a,b"])
    with pytest.raises(TypeError):
        join_comma_separated([True])
    with pytest.raises(TypeError):
        join_comma_separated([1.5])  # type: ignore[list-item]


def test_redaction() -> None:
    assert redacted_repr("hunter22") == REDACTED
    assert redacted_repr("") == "''" and redacted_repr(None) == "None"
    assert mask_key("abcdef") == "abcd…" and mask_key("ab") == "…"


def test_not_given() -> None:
    assert NotGiven() is NOT_GIVEN and not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert to_timeout(3).read == 3 and to_timeout(None).read is None
    timeout = httpx.Timeout(1, read=9)
    assert to_timeout(timeout) is timeout


def test_parse_success_and_raw_response() -> None:
    response = httpx.Response(200, json={"a": 1, "error": {"code": "SUCCESS", "description": "OK"}})
    raw = RawResponse(response, lambda body: body["a"], "op")
    assert raw.parse() == 1 and raw.parse() == 1
    assert raw.json()["a"] == 1 and raw.content.startswith(b"{") and raw.status_code == 200
    assert repr(raw) == "<RawResponse op [200]>"
    with pytest.raises(ValidationError):
        parse_success(httpx.Response(200, json={"error": {"code": "FIELD_EMPTY", "description": "x"}}), dict, "op")
    with pytest.raises(MalformedResponseError, match="missing field 'b'"):
        parse_success(httpx.Response(200, json={"a": 1}), lambda body: body["b"], "op")
