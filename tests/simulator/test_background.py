from __future__ import annotations

import socket

import httpx
import pytest

from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread


def test_serves_the_app_on_loopback_and_stops_on_exit() -> None:
    app = create_app(settings(create_demo_account=True, demo_api_key="bg", demo_api_secret="bg-secret"))
    try:
        with ServerThread(app) as server:
            assert server.base_url.startswith("http://127.0.0.1:")
            answer = httpx.post(f"{server.base_url}/get-balance.json", auth=("bg", "bg-secret"), timeout=10)
            assert answer.status_code == 200 and answer.json()["error"]["code"] == "SUCCESS"
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", server.port), timeout=1):
            pass
        assert not server.thread.is_alive()
    finally:
        app.state.runtime.close()


def test_keep_alive_connections_are_served_without_nagle() -> None:
    # Read back from the connection uvicorn accepted: without TCP_NODELAY every keep-alive
    # answer but the first waits some 40 ms for the client's delayed ACK.
    app = create_app(settings(create_demo_account=True, demo_api_key="bg", demo_api_secret="bg-secret"))
    try:
        with ServerThread(app) as server, httpx.Client(auth=("bg", "bg-secret"), timeout=10) as client:
            for _ in range(2):
                assert client.post(f"{server.base_url}/get-balance.json").status_code == 200
            connections = list(server.server.server_state.connections)
            assert len(connections) == 1
            sock = connections[0].transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        app.state.runtime.close()


def test_an_app_that_cannot_start_is_reported() -> None:
    async def broken(scope: dict, receive: object, send: object) -> None:
        raise RuntimeError("no lifespan")

    with pytest.raises(RuntimeError, match="did not start"):
        ServerThread(broken, start_timeout=2).__enter__()
