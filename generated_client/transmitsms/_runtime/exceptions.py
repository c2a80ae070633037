"""Every exception the client raises, and the mapping from the API's error codes to them.

Exception hierarchy::

    TransmitSMSError                  base of everything this package raises
    ├── ConfigurationError            missing credentials, insecure base URL, bad option (also ValueError)
    ├── APIError                      the service answered with an error: code, description, status_code, response
    │   ├── AuthenticationError       AUTH_FAILED, AUTH_FAILED_NO_DATA (HTTP 401)
    │   ├── RateLimitError            OVER_LIMIT (HTTP 429), with retry_after
    │   ├── ValidationError           FIELD_EMPTY, FIELD_INVALID and the other input errors
    │   ├── NotFoundError             NOT_FOUND, NOT_IMPLEMENTED (HTTP 404: no such method)
    │   ├── AccessDeniedError         NO_ACCESS
    │   ├── ConflictError             KEY_EXISTS and the other "not in this state" errors
    │   ├── InsufficientFundsError    LEDGER_ERROR
    │   ├── ServerError               HTTP 5xx without an error code
    │   └── UnknownAPIError           a code this version does not know, or an error without a code
    ├── MalformedResponseError        a success answer that cannot be read into its model
    ├── APIConnectionError            no answer: the connection failed or broke
    │   └── APITimeoutError           no answer in time
    └── MalformedCallbackError        a callback payload that cannot be read (also ValueError)

``ERROR_CLASSES`` maps each documented code to its class; the set of codes is open, so a code that
is not in it raises ``UnknownAPIError``, which still carries the code. Messages never contain the
request (its form may hold a password) nor the credentials.

**Did it happen?** ``APIError.may_have_been_sent`` and ``APIConnectionError.may_have_been_sent``
say whether the service may have acted on the request although the call failed: True for an
HTTP 5xx answer (the service, or a proxy before it, failed, perhaps after acting) and for a
connection that broke or timed out once the request was on its way; False for every other error
answer (the service refused the request) and for a connection never made. For a write
(``send_sms`` and every method not marked ``x-safe-to-retry``, which the client never retries
then), the message says so too: the SMS may have been sent, so look (``get_sms_sent``,
``get_sms``) before sending it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx

#: Added to the message of a failed write the service may have carried out.
MAY_HAVE_BEEN_SENT = (
    "the service may have acted on it (an SMS may have been sent): check before sending it again, "
    "since the API has no idempotency keys"
)


def outcome_note(operation: str | None, may_have_been_sent: bool, write: bool) -> str:
    """``"; send_sms may have been carried out..."``, for a write that may have happened; else ``""``."""
    if not (may_have_been_sent and write):
        return ""
    return f"; {operation or 'the call'} failed but {MAY_HAVE_BEEN_SENT}"


def _restore(cls: type[TransmitSMSError], args: tuple[Any, ...], state: dict[str, Any]) -> TransmitSMSError:
    """Rebuild a pickled exception from its ``args`` and attributes, without calling ``__init__``."""
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    return error


class TransmitSMSError(Exception):
    """Base class of every exception raised by ``transmitsms``.

    Every subclass pickles and unpickles to an exception of the same class with the same message
    and attributes (``ProcessPoolExecutor``, task queues): the default protocol would call
    ``__init__`` with the message as a positional argument, which the keyword-only constructors
    refuse. An ``httpx`` response or request attribute travels as httpx pickles it (its content,
    not its connection).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(TransmitSMSError, ValueError):
    """The client cannot be built as asked: missing credentials, plain ``http://`` to a remote host..."""


class APIError(TransmitSMSError):
    """The service answered with an error block (or an error status without one).

    Attributes:
        code: The API's error code (``FIELD_INVALID``), or None when the answer carried none.
        description: The service's explanation, naming the field or resource concerned.
        status_code: The HTTP status of the answer.
        response: The raw ``httpx.Response``.
        operation: The API method called (``send_sms``), when known.
        may_have_been_sent: Whether the service may have acted on the request anyway: True for an
            HTTP 5xx answer, False otherwise (see the module's docstring). For a write, the
            message then says so.
    """

    def __init__(
        self,
        *,
        code: str | None,
        description: str,
        status_code: int,
        response: httpx.Response | None = None,
        operation: str | None = None,
        write: bool = False,
    ) -> None:
        self.code = code
        self.description = description
        self.status_code = status_code
        self.response = response
        self.operation = operation
        self.may_have_been_sent = status_code >= 500
        where = f" from {operation}" if operation else ""
        label = code or "error"
        note = outcome_note(operation, self.may_have_been_sent, write)
        super().__init__(f"{label}: {description} (HTTP {status_code}{where}){note}")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, description={self.description!r}, "
            f"status_code={self.status_code}, operation={self.operation!r})"
        )


class AuthenticationError(APIError):
    """The API key or secret is missing or wrong (``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``)."""


class RateLimitError(APIError):
    """The account's rate limit was exceeded (``OVER_LIMIT``); the request was dropped, not queued.

    Raised once the client's retries are spent (or when ``Retry-After`` asks for a longer wait than
    the client sleeps through). ``retry_after`` is the server's ``Retry-After``, in seconds, if sent.
    """

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after = retry_after


class ValidationError(APIError):
    """A parameter is missing, malformed or out of range (``FIELD_EMPTY``, ``FIELD_INVALID``...)."""


class NotFoundError(APIError):
    """No resource with this key (``NOT_FOUND``), or the method does not exist (``NOT_IMPLEMENTED``)."""


class AccessDeniedError(APIError):
    """The account has no access to this feature or resource (``NO_ACCESS``)."""


class ConflictError(APIError):
    """The resource's state forbids the call (``KEY_EXISTS``, ``ALREADY_SENT``...)."""


class InsufficientFundsError(APIError):
    """The balance does not cover the cost (``LEDGER_ERROR``); nothing was charged or sent."""


class ServerError(APIError):
    """The service failed (HTTP 5xx) without an error code."""


class UnknownAPIError(APIError):
    """An error code this version of the client does not know (the set is open), or no code at all."""


class MalformedResponseError(TransmitSMSError):
    """A success answer that is not the JSON the spec describes.

    Raised for a body that is not a JSON object, and, in strict mode only (``strict_responses``),
    for one that deviates from the spec's schema; by default answers are read tolerantly.

    Attributes:
        response: The raw ``httpx.Response``.
        operation: The API method called.
        field: The field that deviates (``responses[0].msisdn``, ``(root)``), when one does.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, operation: str | None = None, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.operation = operation
        self.field = field


class APIConnectionError(TransmitSMSError):
    """No answer: the connection could not be made or broke before the answer was read.

    Attributes:
        request: The ``httpx.Request`` that failed.
        may_have_been_sent: False when the failure happened before the request left (connecting),
            True when the service may have received and acted on it (for a write, the message
            then says so).
    """

    def __init__(self, message: str, *, request: httpx.Request | None, may_have_been_sent: bool) -> None:
        super().__init__(message)
        self.request = request
        self.may_have_been_sent = may_have_been_sent


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""


class MalformedCallbackError(TransmitSMSError, ValueError):
    """A callback's parameters do not match its payload: a field is missing or malformed.

    Attributes:
        field: The parameter at fault, when there is one.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


#: The class raised for each documented error code. Every code of the spec's ``ErrorCode`` is here
#: (a test holds them together); any other code raises ``UnknownAPIError``.
ERROR_CLASSES: Final[Mapping[str, type[APIError]]] = {
    "AUTH_FAILED_NO_DATA": AuthenticationError,
    "AUTH_FAILED": AuthenticationError,
    "OVER_LIMIT": RateLimitError,
    "FIELD_EMPTY": ValidationError,
    "FIELD_INVALID": ValidationError,
    "MISSING_PARAM": ValidationError,
    "BAD_MOBILE": ValidationError,
    "BAD_MOBILE_COUNTRY": ValidationError,
    "BAD_CALLER_ID": ValidationError,
    "RECIPIENTS_ERROR": ValidationError,
    "LIST_EMPTY": ValidationError,
    "NOT_FOUND": NotFoundError,
    "NOT_IMPLEMENTED": NotFoundError,
    "NO_ACCESS": AccessDeniedError,
    "KEY_EXISTS": ConflictError,
    "ALREADY_SENT": ConflictError,
    "DUPLICATE_DELETED": ConflictError,
    "OPTOUT": ConflictError,
    "LEDGER_ERROR": InsufficientFundsError,
}

# Without an error block, the HTTP status is all there is to go on.
_STATUS_CLASSES: Final[Mapping[int, type[APIError]]] = {
    401: AuthenticationError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class(code: str | None, status_code: int) -> type[APIError]:
    """The exception class for an error answer with this code (or None) and HTTP status."""
    if code is not None:
        return ERROR_CLASSES.get(code, UnknownAPIError)
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, UnknownAPIError)


def _error_field(body: Any, name: str) -> str | None:
    block = body.get("error") if isinstance(body, dict) else None
    value = block.get(name) if isinstance(block, dict) else None
    return value if isinstance(value, str) and value else None


def error_code(body: Any) -> str | None:
    """The ``error.code`` of a decoded answer, or None when it has no readable (non-empty) code."""
    return _error_field(body, "code")


def error_from_response(
    response: httpx.Response,
    *,
    operation: str | None = None,
    body: Any = None,
    retry_after: float | None = None,
    write: bool = False,
) -> APIError:
    """Build the exception for an error answer.

    ``body`` is the decoded JSON when the caller already has it; otherwise the response is decoded
    here. A body without a readable error block falls back on the HTTP status. ``write``: the
    operation changes something (not ``x-safe-to-retry``), so a 5xx's message says it may have.
    """
    if body is None:
        try:
            body = response.json()
        except ValueError:
            body = None
    code = error_code(body)
    description = _error_field(body, "description") or response.reason_phrase or "error"
    cls = error_class(code, response.status_code)
    kwargs: dict[str, Any] = {
        "code": code,
        "description": description,
        "status_code": response.status_code,
        "response": response,
        "operation": operation,
        "write": write,
    }
    if cls is RateLimitError:
        return RateLimitError(retry_after=retry_after, **kwargs)
    return cls(**kwargs)
