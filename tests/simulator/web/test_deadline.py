"""Half-sent and abandoned requests: answered 408 after the body deadline, never an internal error.

On raw sockets to a served simulator (a client that sends half a body and stalls, or hangs up),
and on the middleware alone with an app that never gets its body.
"""

from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread
from transmitsms_sim.web.deadline import BodyDeadline

AUTH = "Basic " + base64.b64encode(b"deadline:deadline-secret").decode()


class Served:
    def __init__(self, server: ServerThread) -> None:
        self.server = server
        self.control = httpx.Client(base_url=server.base_url, timeout=30)

    def raw(self, head: str, body: bytes, *, close: bool = False) -> bytes:
        """Send ``head`` (the request line and headers) and ``body``, then read all that comes back.

        With ``close``, hang up right after; otherwise wait (up to 30 s) for the server to answer
        and close the connection.
        """
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=30) as sock:
            sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
            if close:
                return b""
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
            return received

    def errors(self) -> list[Any]:
        found: list[Any] = self.control.get("/_sim/errors").json()["errors"]
        return found


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    app = create_app(
        settings(create_demo_account=True, demo_api_key="deadline", demo_api_secret="deadline-secret", body_timeout=0.5)
    )
    try:
        with ServerThread(app) as server:
            handle = Served(server)
            yield handle
            handle.control.close()
    finally:
        app.state.runtime.close()


def _head(path: str, length: int, content_type: str = "application/x-www-form-urlencoded") -> str:
    return (
        f"POST {path} HTTP/1.1\nHost: 127.0.0.1\nAuthorization: {AUTH}\n"
        f"Content-Type: {content_type}\nContent-Length: {length}\n"
    )


def test_half_a_body_then_silence_is_answered_408_and_the_connection_closed(served: Served) -> None:
    answer = served.raw(_head("/send-sms.json", 100), b"message=Hello&to=614")
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"connection: close" in rest.lower()
    assert b'"code":"FIELD_INVALID"' in answer.replace(b" ", b"") and b"did not arrive in time" in answer
    assert served.errors() == []
    # The control API and the inbox page's forms are held to the same deadline.
    control = served.raw(_head("/_sim/accounts", 50, "application/json").replace(f"Authorization: {AUTH}\n", ""), b"{")
    assert control.startswith(b"HTTP/1.1 408"), control[:200]
    assert served.errors() == []


def test_a_body_that_arrives_in_time_is_read(served: Served) -> None:
    body = b"msisdn=0491570156&countrycode=AU"
    answer = served.raw(_head("/format-number.json", len(body)) + "Connection: close\n", body)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:300]


def test_a_client_hanging_up_mid_body_is_no_internal_error(served: Served) -> None:
    served.raw(_head("/send-sms.json", 1000), b"message=Hel", close=True)
    boundary = "b0undary"
    part = f'--{boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\nHel'.encode()
    served.raw(_head("/send-sms.json", 1000, f"multipart/form-data; boundary={boundary}"), part, close=True)
    served.raw(_head("/_sim/accounts", 100, "application/json"), b'{"name": "Ha', close=True)
    # Each hang-up is noticed by the server at once; the errors must stay empty once it has.
    for _ in range(3):
        assert served.errors() == []
        assert served.control.get("/_sim/clock").status_code == 200


def test_waits_after_the_body_are_not_limited(served: Served) -> None:
    # The inbox page's long poll holds its request 1.5 s, three times the deadline: it is answered.
    version = served.control.get("/_sim/ui/api/changes").json()["version"]
    answer = served.control.get("/_sim/ui/api/changes", params={"since": version})
    assert answer.status_code == 200 and answer.json()["version"] == version


@pytest.mark.anyio
async def test_the_middleware_answers_408_when_the_app_never_gets_its_body() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        seen.append(message["type"])
        await send({"type": "http.response.start", "status": 400, "headers": []})  # its answer to the "disconnect"
        await send({"type": "http.response.body", "body": b"swallowed"})

    never = asyncio.Event()

    async def receive() -> Any:
        await never.wait()

    sent: list[Any] = []

    async def send(message: Any) -> None:
        sent.append(message)

    await BodyDeadline(app, 0.05)({"type": "http", "method": "POST", "headers": []}, receive, send)
    assert seen == ["http.disconnect"]
    assert [m.get("status") for m in sent] == [408, None] and b"in time" in sent[1]["body"]
    assert (b"connection", b"close") in sent[0]["headers"]


@pytest.mark.anyio
async def test_the_middleware_leaves_later_waits_and_no_deadline_alone() -> None:
    got: list[Any] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        got.extend([await receive(), await receive()])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    for seconds in (0.05, 0.0):
        body = {"type": "http.request", "body": b"x", "more_body": False}
        later = {"type": "http.disconnect", "from": "the server"}
        queue = [body, later]

        async def receive(queue: list[Any] = queue, body: Any = body) -> Any:
            message = queue.pop(0)
            if message is not body:
                await asyncio.sleep(0.2)  # after the body, a wait longer than the deadline
            return message

        sent: list[Any] = []

        async def send(message: Any, sent: list[Any] = sent) -> None:
            sent.append(message)

        got.clear()
        await BodyDeadline(app, seconds)({"type": "http", "method": "POST", "headers": []}, receive, send)
        assert got == [body, later] and got[1] is later, "the server's own message, not the deadline's"
        assert sent[0]["status"] == 200
