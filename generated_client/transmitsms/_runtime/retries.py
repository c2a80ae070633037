"""When a failed call is sent again, and after how long.

The API has no idempotency keys: a write that reached the service must never be sent twice (one
``send`` call, at most one SMS). The policy therefore retries, up to ``max_retries`` times:

* always, an ``OVER_LIMIT`` answer (HTTP 429): the service dropped the request without acting on it;
* always, a failure to connect (or to get a pooled connection): the request never left;
* only for operations marked ``x-safe-to-retry`` (the reads), a timeout, a broken connection or an
  HTTP 5xx: the service may have acted on the request, which is harmless only for a read.

Everything else (4xx errors, any failure of a write that may have been sent) is raised at once.
The delay is an exponential backoff with jitter, or the server's ``Retry-After`` when it sends one.
These functions are pure (randomness is passed in) so that the decisions are unit-tested directly.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from .constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER

#: Failures where the request certainly did not reach the service.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Failures that the same request would meet again: never retried.
PERMANENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """Whether to send the request again, after ``delay`` seconds, and why (for the debug log)."""

    retry: bool
    delay: float = 0.0
    reason: str = ""


def may_have_been_sent(error: httpx.TransportError) -> bool:
    """False only when the failure certainly happened before the request reached the service."""
    return not isinstance(error, NOT_SENT_ERRORS)


def backoff_delay(retry_number: int, random: Callable[[], float]) -> float:
    """Seconds to wait before retry ``retry_number`` (0 for the first retry).

    ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)``, of which the fraction ``RETRY_JITTER`` is
    drawn at random (``random()`` in [0, 1)): 0.25-0.5 s, 0.5-1 s, 1-2 s... with the defaults.
    """
    ceiling = min(INITIAL_RETRY_DELAY * 2.0**retry_number, MAX_RETRY_DELAY)
    return ceiling * (1.0 - RETRY_JITTER * random())


def parse_retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """The ``Retry-After`` header in seconds (delta-seconds or an HTTP date), or None if absent or unreadable."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - now()
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def decide_after_response(
    *,
    status_code: int,
    code: str | None,
    retry_after: float | None,
    safe_to_retry: bool,
    retries_done: int,
    max_retries: int,
    random: Callable[[], float],
) -> RetryDecision:
    """The decision after an error answer (any status but 2xx)."""
    if status_code == 429 or code == "OVER_LIMIT":
        reason = "OVER_LIMIT: the request was dropped"
    elif status_code >= 500 and safe_to_retry:
        reason = f"HTTP {status_code} on a read"
    else:
        return RetryDecision(False, reason=f"HTTP {status_code} is not retried")
    if retries_done >= max_retries:
        return RetryDecision(False, reason=f"{reason}; no retries left")
    if retry_after is not None:
        if retry_after > MAX_RETRY_AFTER:
            return RetryDecision(False, reason=f"{reason}; Retry-After {retry_after:g}s is too long to wait")
        return RetryDecision(True, retry_after, f"{reason}; Retry-After {retry_after:g}s")
    return RetryDecision(True, backoff_delay(retries_done, random), reason)


def decide_after_error(
    *,
    error: httpx.TransportError,
    safe_to_retry: bool,
    retries_done: int,
    max_retries: int,
    random: Callable[[], float],
) -> RetryDecision:
    """The decision after a transport failure (no answer)."""
    name = type(error).__name__
    if isinstance(error, PERMANENT_ERRORS):
        return RetryDecision(False, reason=f"{name} would happen again")
    if may_have_been_sent(error) and not safe_to_retry:
        return RetryDecision(False, reason=f"{name} on a write that may have reached the service")
    if retries_done >= max_retries:
        return RetryDecision(False, reason=f"{name}; no retries left")
    return RetryDecision(True, backoff_delay(retries_done, random), name)
