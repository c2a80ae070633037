"""Mapping the API's error answers to exceptions."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

from transmitsms._runtime import exceptions
from transmitsms._runtime.exceptions import (
    ERROR_CLASSES,
    AccessDeniedError,
    APIError,
    AuthenticationError,
    ConflictError,
    InsufficientFundsError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransmitSMSError,
    UnknownAPIError,
    ValidationError,
    error_class,
    error_from_response,
)


def answer(status: int, body: object = None, text: str | None = None) -> httpx.Response:
    request = httpx.Request("POST", "https://api.transmitsms.com/add-client.json", data={"password": "hunter22"})
    if text is not None:
        return httpx.Response(status, text=text, request=request)
    return httpx.Response(status, json=body, request=request)


def test_every_documented_code_has_its_own_class(spec_document) -> None:
    known = spec_document["components"]["schemas"]["ErrorCode"]["x-known-values"]
    assert set(known) == set(ERROR_CLASSES)
    assert all(cls is not UnknownAPIError for cls in ERROR_CLASSES.values())


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("AUTH_FAILED", AuthenticationError),
        ("AUTH_FAILED_NO_DATA", AuthenticationError),
        ("OVER_LIMIT", RateLimitError),
        ("FIELD_EMPTY", ValidationError),
        ("FIELD_INVALID", ValidationError),
        ("NOT_FOUND", NotFoundError),
        ("NO_ACCESS", AccessDeniedError),
        ("KEY_EXISTS", ConflictError),
        ("LEDGER_ERROR", InsufficientFundsError),
    ],
)
def test_the_issue_s_codes_map_to_their_classes(code: str, cls: type[APIError]) -> None:
    assert error_class(code, 400) is cls


def test_an_unknown_code_keeps_the_code() -> None:
    error = error_from_response(answer(400, {"error": {"code": "BRAND_NEW", "description": "Something new"}}))
    assert type(error) is UnknownAPIError
    assert (error.code, error.description, error.status_code) == ("BRAND_NEW", "Something new", 400)
    assert str(error) == "BRAND_NEW: Something new (HTTP 400)"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthenticationError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, UnknownAPIError),
    ],
)
def test_without_an_error_block_the_status_decides(status: int, cls: type[APIError]) -> None:
    error = error_from_response(answer(status, text="<html>oops</html>"))
    assert type(error) is cls
    assert error.code is None
    assert error.description  # the reason phrase, never empty


def test_a_malformed_error_block_falls_back_on_the_status() -> None:
    error = error_from_response(answer(401, {"error": {"code": 7, "description": None}}))
    assert type(error) is AuthenticationError and error.code is None


def test_rate_limit_error_carries_retry_after() -> None:
    error = error_from_response(
        answer(429, {"error": {"code": "OVER_LIMIT", "description": "slow down"}}), retry_after=4
    )
    assert isinstance(error, RateLimitError) and error.retry_after == 4


def test_errors_carry_the_raw_response_and_the_operation_but_never_the_request_form() -> None:
    response = answer(400, {"error": {"code": "FIELD_INVALID", "description": 'Field "email" is invalid'}})
    error = error_from_response(response, operation="add_client")
    assert error.response is response and error.operation == "add_client"
    assert "hunter22" not in str(error) and "hunter22" not in repr(error)
    assert repr(error) == (
        "ValidationError(code='FIELD_INVALID', description='Field \"email\" is invalid', status_code=400, "
        "operation='add_client')"
    )
    assert isinstance(error, TransmitSMSError)


def _samples() -> dict[type[TransmitSMSError], TransmitSMSError]:
    """One instance of every exception class of the runtime, each with all its attributes set."""
    failed = answer(400, {"error": {"code": "FIELD_INVALID", "description": "bad"}})
    request = httpx.Request("POST", "https://api.transmitsms.com/get-balance.json")
    api: dict[str, Any] = {"description": "bad", "status_code": 400, "response": failed, "operation": "add_client"}
    found: list[TransmitSMSError] = [
        TransmitSMSError("base"),
        exceptions.ConfigurationError("missing credentials"),
        exceptions.MalformedResponseError("not JSON", response=failed, operation="get_balance"),
        exceptions.APIConnectionError("refused", request=request, may_have_been_sent=False),
        exceptions.APITimeoutError("timed out", request=request, may_have_been_sent=True),
        exceptions.MalformedCallbackError("no status", field="status"),
        APIError(code="X", **api),
        RateLimitError(code="OVER_LIMIT", retry_after=2.5, **api),
    ]
    found += [
        cls(code=None if cls is ServerError else "X", **api) for cls in set(ERROR_CLASSES.values()) - {RateLimitError}
    ]
    found += [ServerError(code=None, **api), UnknownAPIError(code="BRAND_NEW", **api)]
    return {type(error): error for error in found}


def _value(attribute: object) -> object:
    """What an attribute means, for comparing it across a pickle round trip (httpx objects have no ==)."""
    if isinstance(attribute, httpx.Request):
        return ("request", attribute.method, str(attribute.url), attribute.content)
    if isinstance(attribute, httpx.Response):
        return (
            "response",
            attribute.status_code,
            attribute.headers.multi_items(),
            attribute.content,
            _value(attribute.request),
        )
    return attribute


def test_every_exception_class_has_a_pickling_sample() -> None:
    classes = {obj for obj in vars(exceptions).values() if isinstance(obj, type) and issubclass(obj, TransmitSMSError)}
    assert classes == set(_samples())


@pytest.mark.parametrize("error", list(_samples().values()), ids=lambda e: type(e).__name__)
def test_exceptions_pickle_to_equal_values(error: TransmitSMSError) -> None:
    error.add_note("while sending the morning batch")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.args, str(copy), repr(copy)) == (error.args, str(error), repr(error))
    assert {k: _value(v) for k, v in vars(copy).items()} == {k: _value(v) for k, v in vars(error).items()}
    assert vars(copy)  # the attributes travelled (at least the note)
