"""A minimal local Transmit SMS endpoint for the benchmarks: canned answers, optional rate limit.

Not the simulator: it answers ``send-sms`` and ``get-balance`` with the spec's examples and every
other method with ``NOT_IMPLEMENTED``, so that the benchmarks measure the client, not a server.
With ``--rate R`` it enforces R calls per second with a token bucket of R tokens (the usual
reading of "R calls per second") and answers ``OVER_LIMIT`` (HTTP 429, ``Retry-After: 1``) beyond.

``start_server(rate)`` runs it with uvicorn in a child process on 127.0.0.1, on a free port, and
returns ``(base_url, process)``; the child exits when the parent does (its stdin closes).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

SUCCESS = {"code": "SUCCESS", "description": "OK"}
ANSWERS: dict[str, dict[str, Any]] = {
    "/send-sms.json": {
        "message_id": 339031121,
        "send_at": "2020-06-15 23:06:03",
        "recipients": 1,
        "cost": 0.087,
        "sms": 1,
        "delivery_stats": {"delivered": 0, "pending": 0, "bounced": 0, "responses": 0, "optouts": 0},
        "error": SUCCESS,
    },
    "/get-balance.json": {"balance": 73.954, "currency": "AUD", "error": SUCCESS},
}
NOT_IMPLEMENTED = {"error": {"code": "NOT_IMPLEMENTED", "description": "The method you are requesting is unsupported."}}
OVER_LIMIT = {"error": {"code": "OVER_LIMIT", "description": "You have exceeded the request limit."}}


class TokenBucket:
    """``rate`` tokens per second, at most ``rate`` stored (at least one)."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self.tokens = self.capacity
        self.updated = time.monotonic()
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1.0:
                self.tokens -= 1.0
                return True
            return False


def make_app(rate: float | None) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """The ASGI app; ``rate`` None means no limit."""
    bucket = TokenBucket(rate) if rate else None
    encoded = {path: json.dumps(body).encode() for path, body in ANSWERS.items()}

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        more = True
        while more:  # drain the request body
            message = await receive()
            more = message.get("more_body", False)
        headers = [(b"content-type", b"application/json")]
        if bucket is not None and not bucket.take():
            status, body = 429, json.dumps(OVER_LIMIT).encode()
            headers.append((b"retry-after", b"1"))
        elif scope["path"] in encoded:
            status, body = 200, encoded[scope["path"]]
        else:
            status, body = 404, json.dumps(NOT_IMPLEMENTED).encode()
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def serve(rate: float | None) -> None:
    """Run the server on a free loopback port; print the port; stop when stdin closes."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Answers go out as two writes (head, body): without TCP_NODELAY, Nagle holds the second
    # until the client's delayed ACK, adding ~40 ms to every call. Accepted sockets inherit it.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(make_app(rate), log_level="error", access_log=False, lifespan="off")
    server = uvicorn.Server(config)

    def watch_parent() -> None:
        sys.stdin.read()  # returns when the parent closes the pipe or exits
        server.should_exit = True

    threading.Thread(target=watch_parent, daemon=True).start()
    print(sock.getsockname()[1], flush=True)
    server.run(sockets=[sock])


def start_server(rate: float | None = None) -> tuple[str, subprocess.Popen[str]]:
    """Start the server in a child process; return its base URL and the process."""
    command = [sys.executable, os.path.abspath(__file__)]
    if rate:
        command += ["--rate", str(rate)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    port = process.stdout.readline().strip()
    if not port.isdigit():
        process.kill()
        raise RuntimeError("the benchmark server did not start")
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(100):  # wait until it accepts connections
        try:
            socket.create_connection(("127.0.0.1", int(port)), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return base_url, process


def stop_server(process: subprocess.Popen[str]) -> None:
    """Stop a server started by ``start_server``."""
    if process.stdin is not None:
        process.stdin.close()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=None, help="calls per second to allow (default: no limit)")
    serve(parser.parse_args().rate)
