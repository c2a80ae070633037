# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Typed Python client for the Transmit SMS (formerly Burst SMS) API, generated from its OpenAPI spec.

    >>> from transmitsms import TransmitSMS, ValidationError
    >>> with TransmitSMS(api_key="...", api_secret="...") as client:  # or TRANSMITSMS_API_KEY/SECRET
    ...     try:
    ...         sent = client.sms.send(message="Hello", to=["61491570156"])
    ...     except ValidationError as exc:
    ...         print(exc.code, exc.description)

``AsyncTransmitSMS`` has the same surface with ``await``. Every method of the API is a typed method
of a resource group (``client.sms``, ``client.lists``...); paginated ones also have an ``iter_*``
method and a ``with_raw_response`` view; callbacks are parsed by ``transmitsms.callbacks``.

Spec version: 3.1.0.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._runtime.version import __version__ as __version__

if TYPE_CHECKING:
    from ._runtime.bulk import BulkProgress, BulkSummary, ChunkReport
    from ._runtime.constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT
    from ._runtime.enums import OpenStrEnum
    from ._runtime.exceptions import (
        AccessDeniedError,
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        ConfigurationError,
        ConflictError,
        InsufficientFundsError,
        MalformedCallbackError,
        MalformedResponseError,
        NotFoundError,
        RateLimitError,
        ServerError,
        TransmitSMSError,
        UnknownAPIError,
        ValidationError,
    )
    from ._runtime.journal import JournalBusyError, JournalError
    from ._runtime.options import NOT_GIVEN, NotGiven
    from ._runtime.pagination import AsyncPager, SyncPager
    from ._runtime.rate_limit import RateLimiter
    from ._runtime.recipients import BulkInputError
    from ._runtime.response import RawResponse
    from .async_sdk import AsyncTransmitSMS
    from .sdk import TransmitSMS
    from .types import UNSET, Unset

#: The version of the OpenAPI document this package was generated from.
__spec_version__ = "3.1.0"

_EXPORTS = {
    "TransmitSMS": ".sdk",
    "AsyncTransmitSMS": ".async_sdk",
    "APIConnectionError": "._runtime.exceptions",
    "APIError": "._runtime.exceptions",
    "APITimeoutError": "._runtime.exceptions",
    "AccessDeniedError": "._runtime.exceptions",
    "AuthenticationError": "._runtime.exceptions",
    "ConfigurationError": "._runtime.exceptions",
    "ConflictError": "._runtime.exceptions",
    "InsufficientFundsError": "._runtime.exceptions",
    "MalformedCallbackError": "._runtime.exceptions",
    "MalformedResponseError": "._runtime.exceptions",
    "NotFoundError": "._runtime.exceptions",
    "RateLimitError": "._runtime.exceptions",
    "ServerError": "._runtime.exceptions",
    "TransmitSMSError": "._runtime.exceptions",
    "UnknownAPIError": "._runtime.exceptions",
    "ValidationError": "._runtime.exceptions",
    "BulkProgress": "._runtime.bulk",
    "BulkSummary": "._runtime.bulk",
    "ChunkReport": "._runtime.bulk",
    "JournalBusyError": "._runtime.journal",
    "JournalError": "._runtime.journal",
    "BulkInputError": "._runtime.recipients",
    "DEFAULT_BASE_URL": "._runtime.constants",
    "DEFAULT_MAX_RETRIES": "._runtime.constants",
    "DEFAULT_RATE_LIMIT": "._runtime.constants",
    "DEFAULT_TIMEOUT": "._runtime.constants",
    "OpenStrEnum": "._runtime.enums",
    "NOT_GIVEN": "._runtime.options",
    "NotGiven": "._runtime.options",
    "AsyncPager": "._runtime.pagination",
    "SyncPager": "._runtime.pagination",
    "RateLimiter": "._runtime.rate_limit",
    "RawResponse": "._runtime.response",
    "UNSET": ".types",
    "Unset": ".types",
}

__all__ = (
    "TransmitSMS",
    "AsyncTransmitSMS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessDeniedError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InsufficientFundsError",
    "MalformedCallbackError",
    "MalformedResponseError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "TransmitSMSError",
    "UnknownAPIError",
    "ValidationError",
    "BulkProgress",
    "BulkSummary",
    "ChunkReport",
    "JournalBusyError",
    "JournalError",
    "BulkInputError",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "OpenStrEnum",
    "NOT_GIVEN",
    "NotGiven",
    "AsyncPager",
    "SyncPager",
    "RateLimiter",
    "RawResponse",
    "UNSET",
    "Unset",
)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__spec_version__", "__version__"])
