"""The asyncio request pipeline: the same policy as the blocking one, with await."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.client.conftest import BALANCE, Recorder, error_answer
from transmitsms._runtime.async_client import AsyncClient
from transmitsms._runtime.exceptions import APITimeoutError, ConfigurationError, RateLimitError, ValidationError
from transmitsms._runtime.operation import Operation
from transmitsms._runtime.rate_limit import RateLimiter

READ = Operation("get_balance", "POST", "/get-balance.json", safe_to_retry=True)
WRITE = Operation("send_sms", "POST", "/send-sms.json", safe_to_retry=False)


def identity(body: Any) -> Any:
    return body


def make(handler: Any, sleeps: list[float], **options: Any) -> AsyncClient:
    options.setdefault("rate_limit", None)
    client = AsyncClient(api_key="key", api_secret="s3cr3t", transport=httpx.MockTransport(handler), **options)

    async def record(delay: float) -> None:
        sleeps.append(delay)

    client._sleep = record
    client._random = lambda: 0.5
    return client


def test_a_call_posts_the_form_with_basic_auth(sleeps) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))

    async def main() -> Any:
        async with make(recorder, sleeps) as client:
            return await client._call(WRITE, {"message": "hi"}, identity)

    assert asyncio.run(main()) == BALANCE
    assert recorder.requests[0].headers["authorization"] == "Basic a2V5OnMzY3IzdA=="
    assert recorder.requests[0].content == b"message=hi"


def test_over_limit_and_connection_failures_are_retried_for_a_write(sleeps) -> None:
    recorder = Recorder(
        error_answer("OVER_LIMIT", 429, **{"Retry-After": "1"}),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=BALANCE),
    )
    assert asyncio.run(make(recorder, sleeps)._call(WRITE, {}, identity)) == BALANCE
    assert len(recorder.requests) == 3
    assert sleeps == [1.0, 0.75]


def test_a_timeout_on_a_write_is_never_resent(sleeps) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        asyncio.run(make(recorder, sleeps)._call(WRITE, {}, identity))
    assert len(recorder.requests) == 1


def test_a_timeout_on_a_read_is_retried(sleeps) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"), httpx.Response(200, json=BALANCE))
    assert asyncio.run(make(recorder, sleeps)._call(READ, None, identity)) == BALANCE


def test_errors_raise_their_class_and_retries_stop(sleeps) -> None:
    with pytest.raises(ValidationError):
        asyncio.run(make(Recorder(error_answer("FIELD_EMPTY")), sleeps)._call(WRITE, {}, identity))
    recorder = Recorder(error_answer("OVER_LIMIT", 429))
    with pytest.raises(RateLimitError):
        asyncio.run(make(recorder, sleeps, max_retries=1)._call(WRITE, {}, identity))
    assert len(recorder.requests) == 2


def test_tasks_share_the_limiter(sleeps) -> None:
    clock = [0.0]
    waited: list[float] = []

    async def fake_sleep(delay: float) -> None:
        waited.append(delay)

    limiter = RateLimiter(4.0, clock=lambda: clock[0], async_sleep=fake_sleep)
    recorder = Recorder(httpx.Response(200, json=BALANCE))

    async def main() -> None:
        client = make(recorder, sleeps, rate_limit=limiter)
        await asyncio.gather(*(client._call(READ, None, identity) for _ in range(4)))
        await client.close()

    asyncio.run(main())
    assert sorted(waited) == [0.25, 0.5, 0.75]


def test_raw_response(sleeps) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE, headers={"X-Request": "7"}))
    raw = asyncio.run(make(recorder, sleeps)._call_raw(READ, None, identity))
    assert raw.status_code == 200 and raw.headers["x-request"] == "7" and raw.parse() == BALANCE


def test_only_an_async_http_client_is_accepted() -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        AsyncClient(api_key="k", api_secret="s", http_client=httpx.Client())  # type: ignore[arg-type]


def test_an_injected_async_client_is_not_closed(sleeps) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))

    async def main() -> None:
        async with AsyncClient(api_key="k", api_secret="s", http_client=http, rate_limit=None) as client:
            await client._call(READ, None, identity)
        assert not http.is_closed
        copy = client.with_options(max_retries=0)
        assert copy.http_client is http
        await http.aclose()

    asyncio.run(main())
    assert recorder.requests[0].headers["authorization"].startswith("Basic ")
