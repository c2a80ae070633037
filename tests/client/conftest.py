"""Fixtures of the client tests: clients wired to ``httpx.MockTransport`` handlers, and API answers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from transmitsms import AsyncTransmitSMS, TransmitSMS

Handler = Callable[[httpx.Request], httpx.Response]

SUCCESS = {"code": "SUCCESS", "description": "OK"}
BALANCE = {"balance": 73.954, "currency": "AUD", "error": SUCCESS}
SENT = {
    "message_id": 339031121,
    "send_at": "2020-06-15 23:06:03",
    "recipients": 1,
    "cost": 0.087,
    "sms": 1,
    "error": SUCCESS,
}


def error_answer(code: str, status: int = 400, description: str = "went wrong", **headers: str) -> httpx.Response:
    """An error answer as the API sends it."""
    return httpx.Response(status, json={"error": {"code": code, "description": description}}, headers=headers)


def form(request: httpx.Request) -> dict[str, str]:
    """The decoded form body of a request."""
    return dict(parse_qsl(request.content.decode(), keep_blank_values=True))


class Recorder:
    """A MockTransport handler answering from a script (a list of answers or exceptions, in turn)."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the client under test slept (it never really sleeps)."""
    return []


@pytest.fixture
def make_client(sleeps: list[float]) -> Iterator[Callable[..., TransmitSMS]]:
    """Build a ``TransmitSMS`` on a MockTransport handler; no rate limit, no real sleeping, jitter fixed."""
    clients: list[TransmitSMS] = []

    def make(handler: Handler, **options: Any) -> TransmitSMS:
        options.setdefault("rate_limit", None)
        client = TransmitSMS(api_key="key", api_secret="s3cr3t", transport=httpx.MockTransport(handler), **options)
        client._sleep = sleeps.append
        client._random = lambda: 0.5
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def make_async_client(sleeps: list[float]) -> Callable[..., AsyncTransmitSMS]:
    """Build an ``AsyncTransmitSMS`` on a MockTransport handler; no rate limit, no real sleeping."""

    def make(handler: Handler, **options: Any) -> AsyncTransmitSMS:
        options.setdefault("rate_limit", None)
        client = AsyncTransmitSMS(api_key="key", api_secret="s3cr3t", transport=httpx.MockTransport(handler), **options)

        async def record(delay: float) -> None:
            sleeps.append(delay)

        client._sleep = record
        client._random = lambda: 0.5
        return client

    return make
