"""The clients against an ASGI app: how they will be tested against the simulator.

The async client runs the app in-process (``httpx.ASGITransport``, which is async-only); the
blocking client reaches it served by uvicorn on a loopback port.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import uvicorn

from transmitsms import AsyncTransmitSMS, TransmitSMS, ValidationError
from transmitsms_sim.sockets import listen

CANCELS: list[dict[str, str]] = []


async def app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
    """A two-method fake: get-balance answers, send-sms checks its form."""
    assert scope["type"] == "http"
    body = b""
    more = True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    headers = dict(scope["headers"])
    answer: dict[str, Any]
    if not headers.get(b"authorization", b"").startswith(b"Basic "):
        status, answer = 401, {"error": {"code": "AUTH_FAILED_NO_DATA", "description": "No auth data."}}
    elif scope["path"] == "/get-balance.json":
        status, answer = 200, {"balance": 10.5, "currency": "AUD", "error": {"code": "SUCCESS", "description": "OK"}}
    elif scope["path"] == "/cancel-sms.json":
        # Over the limit on every other call, so that each cancel is retried once.
        CANCELS.append(dict(parse_qsl(body.decode())))
        if len(CANCELS) % 2:
            status, answer = 429, {"error": {"code": "OVER_LIMIT", "description": "slow down"}}
        else:
            status, answer = 200, {"success": "OK", "error": {"code": "SUCCESS", "description": "OK"}}
    elif scope["path"] == "/send-sms.json" and "to" not in dict(parse_qsl(body.decode())):
        status, answer = 400, {"error": {"code": "FIELD_EMPTY", "description": 'Field "to" is empty'}}
    else:
        status, answer = 404, {"error": {"code": "NOT_IMPLEMENTED", "description": "unsupported"}}
    payload = json.dumps(answer).encode()
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": payload})


def test_async_client_on_asgi_transport() -> None:
    async def main() -> float:
        async with AsyncTransmitSMS(api_key="k", api_secret="s", transport=httpx.ASGITransport(app=app)) as client:
            with pytest.raises(ValidationError) as raised:
                await client.sms.send(message="Hi")
            assert raised.value.code == "FIELD_EMPTY"
            return (await client.account.get_balance()).balance

    assert asyncio.run(main()) == 10.5


@pytest.fixture
def loopback_server() -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, on a free port, in a daemon thread stopped at teardown."""
    sock = listen("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.01)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=5)
    sock.close()


def test_sync_client_over_loopback_http(loopback_server: str) -> None:
    with TransmitSMS(api_key="k", api_secret="s", base_url=loopback_server) as client:
        assert client.account.get_balance().balance == 10.5
        with pytest.raises(ValidationError, match="FIELD_EMPTY"):
            client.sms.send(message="Hi")


def test_a_retried_request_arrives_whole_over_real_http(loopback_server: str) -> None:
    CANCELS.clear()
    with TransmitSMS(api_key="k", api_secret="s", base_url=loopback_server, rate_limit=None) as client:
        client._sleep = lambda _: None
        assert client.sms.cancel(id=339031121).success == "OK"
    assert CANCELS == [{"id": "339031121"}, {"id": "339031121"}]
