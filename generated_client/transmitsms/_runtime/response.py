"""Reading an answer: success bodies into models, raw access, transport failures into exceptions.

Success bodies are read tolerantly, or held to the spec's schema in strict mode (``reading.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from .exceptions import APIConnectionError, APITimeoutError, MalformedResponseError, error_from_response, outcome_note
from .reading import PARSE_ERRORS, StrictSchema, problem
from .retries import may_have_been_sent

T = TypeVar("T")


def read_json(response: httpx.Response, operation: str) -> Any:
    """The decoded JSON body of a success answer.

    Raises:
        MalformedResponseError: the body is not JSON.
    """
    try:
        return response.json()
    except ValueError as exc:
        raise MalformedResponseError(
            f"{operation} answered HTTP {response.status_code} with a body that is not JSON",
            response=response,
            operation=operation,
        ) from exc


def parse_success(
    response: httpx.Response, parse: Callable[[Any], T], operation: str, strict: StrictSchema | None = None
) -> T:
    """The model of a 2xx answer.

    A body whose ``error.code`` is not ``SUCCESS`` raises the mapped ``APIError`` even with HTTP 200.
    Any other JSON object is read tolerantly (missing fields ``UNSET``, others kept as received),
    unless ``strict`` gives the spec's schema of the answer: then the first field that deviates
    from it raises.

    Raises:
        APIError: the body carries an error code.
        MalformedResponseError: the body is not JSON, not an object, or (strict) does not match the
            spec, naming the operation and the field.
    """
    body = read_json(response, operation)
    if not isinstance(body, dict):
        raise MalformedResponseError(
            f"{operation} answered with JSON that is not an object", response=response, operation=operation
        )
    block = body.get("error")
    if isinstance(block, dict) and block.get("code") not in (None, "SUCCESS"):
        raise error_from_response(response, operation=operation, body=body)
    if strict is not None:
        schemas, name = strict
        found = problem(schemas, name, body)
        if found is not None:
            field, what = found
            raise MalformedResponseError(
                f"{operation} answered with a body that does not match the spec: field {field}: {what}",
                response=response,
                operation=operation,
                field=field,
            )
    try:
        return parse(body)
    except PARSE_ERRORS as exc:  # the generated models read tolerantly; a bug there still has a clear error
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise MalformedResponseError(
            f"{operation} answered with a body that does not match the spec: {detail}",
            response=response,
            operation=operation,
        ) from exc


def transport_error(error: httpx.TransportError, operation: str, *, write: bool = False) -> APIConnectionError:
    """The exception raised for a transport failure that is not (or no longer) retried.

    ``write``: the operation changes something, so a failure after the request left says it may have.
    """
    try:
        request: httpx.Request | None = error.request
    except RuntimeError:  # httpx raises when the error was created without a request
        request = None
    sent = may_have_been_sent(error)
    detail = (str(error) or type(error).__name__) + outcome_note(operation, sent, write)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{operation} timed out: {detail}", request=request, may_have_been_sent=sent)
    return APIConnectionError(f"{operation} failed: {detail}", request=request, may_have_been_sent=sent)


class RawResponse(Generic[T]):
    """A success answer as received, with its model on demand.

    Returned by the ``with_raw_response`` view of each resource
    (``client.sms.with_raw_response.send(...)``) for access to the headers and the body as sent.
    Errors still raise, as with the plain methods.
    """

    def __init__(
        self, response: httpx.Response, parse: Callable[[Any], T], operation: str, strict: StrictSchema | None = None
    ) -> None:
        self.http_response = response
        self.operation = operation
        self._parse = parse
        self._strict = strict
        self._parsed: list[T] = []

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation} [{self.status_code}]>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def request(self) -> httpx.Request:
        return self.http_response.request

    def json(self) -> Any:
        """The decoded JSON body."""
        return read_json(self.http_response, self.operation)

    def parse(self) -> T:
        """The model of the body (read once, then cached)."""
        if not self._parsed:
            self._parsed.append(parse_success(self.http_response, self._parse, self.operation, self._strict))
        return self._parsed[0]
