"""Exit statuses of the ``transmitsms`` command, by class of error, and the one line each error prints.

``EXIT_CODES`` is the documented table (README, ``transmitsms --help``); ``exit_code(error)``
maps an exception to its status. The line printed for an error never holds a credential: the
client's messages do not, and the command adds none.
"""

from __future__ import annotations

from typing import Final

from .._runtime.exceptions import (
    AccessDeniedError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    InsufficientFundsError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    TransmitSMSError,
    ValidationError,
)
from .._runtime.journal import JournalError
from .._runtime.recipients import BulkInputError

OK: Final = 0
INTERNAL: Final = 1
USAGE: Final = 2
CONFIGURATION: Final = 3
AUTHENTICATION: Final = 4
INVALID: Final = 5
NOT_FOUND: Final = 6
ACCESS_DENIED: Final = 7
CONFLICT: Final = 8
INSUFFICIENT_FUNDS: Final = 9
RATE_LIMITED: Final = 10
SERVICE: Final = 11
CONNECTION: Final = 12
INCOMPLETE: Final = 13
INTERRUPTED: Final = 130

#: Each exit status and what it means (the table the README and ``--help`` show).
EXIT_CODES: Final[tuple[tuple[int, str], ...]] = (
    (OK, "success"),
    (INTERNAL, "an unexpected error (a bug: run again with --debug for the traceback, and report it)"),
    (USAGE, "bad usage: unknown command or flag, a bad argument, an unreadable or malformed input file"),
    (CONFIGURATION, "configuration: no credentials, unknown profile, bad base URL, the cli extra not installed"),
    (AUTHENTICATION, "authentication failed (AUTH_FAILED, AUTH_FAILED_NO_DATA; HTTP 401)"),
    (INVALID, "the service refused the request as invalid (FIELD_EMPTY, FIELD_INVALID, BAD_CALLER_ID...)"),
    (NOT_FOUND, "not found (NOT_FOUND, NOT_IMPLEMENTED)"),
    (ACCESS_DENIED, "access denied (NO_ACCESS)"),
    (CONFLICT, "conflict with the resource's state (KEY_EXISTS, ALREADY_SENT, OPTOUT...)"),
    (INSUFFICIENT_FUNDS, "insufficient funds (LEDGER_ERROR)"),
    (RATE_LIMITED, "rate limited (OVER_LIMIT, once the retries are spent)"),
    (SERVICE, "the service failed: HTTP 5xx, an unknown error code, an unreadable answer"),
    (CONNECTION, "no answer: connection refused, timeout, unreachable base URL"),
    (INCOMPLETE, "partly done: some recipients or rows failed, are in doubt or still pending (see the summary)"),
    (INTERRUPTED, "interrupted (Ctrl-C); a bulk send resumes from its journal"),
)

_API_CODES: Final[tuple[tuple[type[APIError], int], ...]] = (
    (AuthenticationError, AUTHENTICATION),
    (RateLimitError, RATE_LIMITED),
    (ValidationError, INVALID),
    (NotFoundError, NOT_FOUND),
    (AccessDeniedError, ACCESS_DENIED),
    (ConflictError, CONFLICT),
    (InsufficientFundsError, INSUFFICIENT_FUNDS),
)


class UsageError(Exception):
    """A command-line mistake the parser cannot see (a bad ``key=value``, two sources at once...)."""


def exit_code(error: BaseException) -> int:
    """The exit status for ``error``."""
    if isinstance(error, UsageError | BulkInputError | JournalError):
        return USAGE
    if isinstance(error, ConfigurationError):
        return CONFIGURATION
    if isinstance(error, APIError):
        return next((code for cls, code in _API_CODES if isinstance(error, cls)), SERVICE)
    if isinstance(error, MalformedResponseError):
        return SERVICE
    if isinstance(error, APIConnectionError):
        return CONNECTION
    if isinstance(error, TransmitSMSError):
        return INVALID
    return INTERNAL


def describe(error: BaseException) -> str:
    """The one line printed for ``error`` (after ``transmitsms: ``)."""
    if isinstance(error, APIError):
        code = error.code or f"HTTP {error.status_code}"
        where = f" ({error.operation}, HTTP {error.status_code})" if error.operation else f" (HTTP {error.status_code})"
        return f"{code}: {error.description}{where}"
    if isinstance(error, APIConnectionError):
        return f"no answer from the service: {error}"
    text = " ".join(str(error).split())
    return text or type(error).__name__
