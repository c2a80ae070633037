"""A callback receiver on 127.0.0.1 that records every request and answers as the test says.

Contract: ``Receiver()`` (a context manager) serves HTTP on 127.0.0.1 and an ephemeral port in a
daemon thread, and stops when the ``with`` block ends. Each GET is recorded (``requests``: path
and query as sent; ``request_headers``; ``attempts``: with the mode it met, a queued status
counting as ``"up"`` when 2xx and ``"error"`` otherwise) and answered by, in
order of precedence: the next status queued in ``statuses``; else the ``mode``: ``"up"`` answers
200, ``"error"`` 503, ``"drop"`` closes the connection without answering (as a crashed server
would). ``body``, ``headers`` and ``delay`` (seconds before answering) shape the answer. The
simulator's tests and the property tests both use it.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

Mode = Literal["up", "error", "drop"]
MODES: tuple[Mode, ...] = ("up", "error", "drop")


@dataclass(frozen=True)
class Attempt:
    target: str  # the path and query string, as sent
    mode: Mode

    @property
    def delivered(self) -> bool:
        return self.mode == "up"


class _Server(ThreadingHTTPServer):
    # The simulator makes up to 16 callback requests at once; the default backlog of 5 drops the
    # rest of the connections, which the client's TCP stack retries only a second later.
    request_queue_size = 64
    daemon_threads = True


class Receiver:
    def __init__(self) -> None:
        self.mode: Mode = "up"
        self.statuses: deque[int] = deque()
        self.body = b"ok"
        self.headers: dict[str, str] = {}
        self.delay = 0.0
        self.requests: list[str] = []
        self.request_headers: list[dict[str, str]] = []
        self.attempts: list[Attempt] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without this, Nagle and delayed ACKs hold
            # the body back some 40 ms.
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                with receiver._lock:
                    mode = receiver.mode
                    queued = receiver.statuses.popleft() if receiver.statuses else None
                    receiver.requests.append(self.path)
                    receiver.request_headers.append({k.lower(): v for k, v in self.headers.items()})
                    met: Mode = mode if queued is None else ("up" if 200 <= queued < 300 else "error")
                    receiver.attempts.append(Attempt(self.path, met))
                if queued is None and mode == "drop":
                    self.close_connection = True
                    return
                if receiver.delay:
                    threading.Event().wait(receiver.delay)
                status = queued if queued is not None else (200 if mode == "up" else 503)
                body = receiver.body if status < 400 or queued is not None else b"unavailable"
                self.send_response(status)
                for name, value in receiver.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, name="callback-receiver", daemon=True
        )

    def url(self, path: str = "/callback") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def params(self, index: int = -1) -> dict[str, str]:
        """The query parameters of a recorded request (the last by default)."""
        return dict(parse_qsl(urlsplit(self.requests[index]).query, keep_blank_values=True))

    def paths(self) -> list[str]:
        return [urlsplit(r).path for r in self.requests]

    def delivered(self) -> list[str]:
        """The targets of the requests answered 200, in order."""
        with self._lock:
            return [a.target for a in self.attempts if a.delivered]

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
