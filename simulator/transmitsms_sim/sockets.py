"""Listening sockets whose accepted connections send without Nagle's delay.

Contract: ``listen(host, port)`` returns a bound, listening TCP socket (``SO_REUSEADDR`` on, as
``socket.create_server`` sets it) that every server of the simulator hands to uvicorn. Its
accepted connections have ``TCP_NODELAY`` set.

Why not ``socket.create_server``: it makes sockets with ``proto`` 0, and asyncio sets
``TCP_NODELAY`` only on accepted sockets whose ``proto`` is ``IPPROTO_TCP``. Without it an answer
written as a head and a body leaves in two segments, and the second waits for the client's
delayed ACK: some 40 ms on every keep-alive request but the first. The option is also set on the
listening socket, which Linux copies to accepted ones, for servers that rebuild the socket from
its file descriptor (``uvicorn --fd``) and lose ``proto`` on the way.
"""

from __future__ import annotations

import socket

BACKLOG = 2048  # uvicorn's own default


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (0 picks a free port) and listening; raises ``OSError``."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
    except BaseException:
        sock.close()
        raise
    return sock
