"""Listening sockets: accepted connections have TCP_NODELAY, on IPv4 and IPv6, with asyncio too."""

from __future__ import annotations

import asyncio
import socket

import pytest

from transmitsms_sim.sockets import listen


def _nodelay(sock: socket.socket) -> bool:
    return bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_an_accepted_connection_has_nodelay(host: str) -> None:
    try:
        server = listen(host, 0)
    except OSError:
        pytest.skip(f"{host} is not available here")
    with server, socket.create_connection(server.getsockname()[:2], timeout=5):
        accepted, _ = server.accept()
        with accepted:
            assert accepted.proto == socket.IPPROTO_TCP and _nodelay(accepted)


def test_asyncio_sets_nodelay_on_what_it_accepts() -> None:
    # asyncio's own rule (proto must be IPPROTO_TCP) is what create_server's sockets fail.
    async def main() -> bool:
        seen: list[bool] = []

        def accepted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            seen.append(_nodelay(writer.get_extra_info("socket")))
            writer.close()

        sock = listen("127.0.0.1", 0)
        server = await asyncio.start_server(accepted, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
            while not seen:
                await asyncio.sleep(0.01)
            writer.close()
        return seen[0]

    assert asyncio.run(main())


def test_a_taken_port_raises_oserror() -> None:
    with listen("127.0.0.1", 0) as taken, pytest.raises(OSError):
        listen("127.0.0.1", taken.getsockname()[1])
