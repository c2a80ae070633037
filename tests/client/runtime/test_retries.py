"""The retry policy's decisions, as pure functions."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from transmitsms._runtime.constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER
from transmitsms._runtime.retries import (
    backoff_delay,
    decide_after_error,
    decide_after_response,
    may_have_been_sent,
    parse_retry_after,
)

REQUEST = httpx.Request("POST", "https://api.transmitsms.com/send-sms.json")


def after_response(
    status: int, code: str | None = None, *, safe: bool, done: int = 0, retry_after: float | None = None
):
    return decide_after_response(
        status_code=status,
        code=code,
        retry_after=retry_after,
        safe_to_retry=safe,
        retries_done=done,
        max_retries=3,
        random=lambda: 0.0,
    )


def after_error(error: httpx.TransportError, *, safe: bool, done: int = 0):
    return decide_after_error(error=error, safe_to_retry=safe, retries_done=done, max_retries=3, random=lambda: 0.0)


@pytest.mark.parametrize("safe", [True, False])
def test_over_limit_is_retried_for_reads_and_writes_alike(safe: bool) -> None:
    assert after_response(429, "OVER_LIMIT", safe=safe).retry
    assert after_response(429, None, safe=safe).retry  # a 429 without a body is still a dropped request
    assert after_response(400, "OVER_LIMIT", safe=safe).retry


def test_server_errors_are_retried_only_for_reads() -> None:
    assert after_response(503, safe=True).retry
    assert after_response(500, safe=True).retry
    assert not after_response(503, safe=False).retry
    assert not after_response(500, safe=False).retry


@pytest.mark.parametrize("status", [400, 401, 404])
@pytest.mark.parametrize("safe", [True, False])
def test_client_errors_are_never_retried(status: int, safe: bool) -> None:
    assert not after_response(status, "FIELD_INVALID", safe=safe).retry


def test_retries_stop_when_the_budget_is_spent() -> None:
    assert after_response(429, "OVER_LIMIT", safe=True, done=2).retry
    decision = after_response(429, "OVER_LIMIT", safe=True, done=3)
    assert not decision.retry
    assert "no retries left" in decision.reason


def test_retry_after_is_honoured_and_a_long_one_is_not_slept_through() -> None:
    assert after_response(429, "OVER_LIMIT", safe=False, retry_after=2.5).delay == 2.5
    too_long = after_response(429, "OVER_LIMIT", safe=False, retry_after=MAX_RETRY_AFTER + 1)
    assert not too_long.retry


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused", request=REQUEST),
        httpx.ConnectTimeout("slow", request=REQUEST),
        httpx.PoolTimeout("busy"),
    ],
)
@pytest.mark.parametrize("safe", [True, False])
def test_failures_before_sending_are_retried_for_every_operation(error: httpx.TransportError, safe: bool) -> None:
    assert not may_have_been_sent(error)
    assert after_error(error, safe=safe).retry


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("slow", request=REQUEST),
        httpx.WriteTimeout("slow", request=REQUEST),
        httpx.ReadError("reset", request=REQUEST),
        httpx.WriteError("broken pipe", request=REQUEST),
        httpx.RemoteProtocolError("server disconnected", request=REQUEST),
    ],
)
def test_failures_after_the_request_may_have_left_are_retried_only_for_reads(error: httpx.TransportError) -> None:
    assert may_have_been_sent(error)
    assert after_error(error, safe=True).retry
    decision = after_error(error, safe=False)
    assert not decision.retry
    assert "may have reached" in decision.reason


@pytest.mark.parametrize("error", [httpx.UnsupportedProtocol("ftp"), httpx.LocalProtocolError("bad header")])
def test_failures_that_would_happen_again_are_not_retried(error: httpx.TransportError) -> None:
    assert not after_error(error, safe=True).retry


@given(retry_number=st.integers(min_value=0, max_value=40), draw=st.floats(min_value=0.0, max_value=0.999999))
def test_backoff_grows_exponentially_up_to_the_cap_with_bounded_jitter(retry_number: int, draw: float) -> None:
    ceiling = min(INITIAL_RETRY_DELAY * 2**retry_number, MAX_RETRY_DELAY)
    delay = backoff_delay(retry_number, lambda: draw)
    assert ceiling * (1 - RETRY_JITTER) <= delay <= ceiling


def test_backoff_doubles() -> None:
    assert [backoff_delay(n, lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), ("0.5", 0.5), (" 2 ", 2.0), ("-4", 0.0), ("soon", None), ("nan", None), ("inf", None)],
)
def test_retry_after_in_seconds(header: str, expected: float | None) -> None:
    assert parse_retry_after({"retry-after": header}) == expected


def test_retry_after_as_an_http_date() -> None:
    now = 1_700_000_000.0  # Tue, 14 Nov 2023 22:13:20 GMT
    assert parse_retry_after({"retry-after": "Tue, 14 Nov 2023 22:13:30 GMT"}, now=lambda: now) == 10.0
    assert parse_retry_after({"retry-after": "Tue, 14 Nov 2023 22:13:00 GMT"}, now=lambda: now) == 0.0


def test_no_retry_after() -> None:
    assert parse_retry_after({}) is None
