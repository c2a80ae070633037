"""A callback receiver on 127.0.0.1 whose availability the test controls.

Contract: ``Receiver()`` (a context manager) serves HTTP on 127.0.0.1 and an ephemeral port in a
daemon thread, and stops when the ``with`` block ends. It answers every GET according to
``mode``: ``"up"`` answers 200, ``"error"`` answers 503, ``"drop"`` closes the connection without
answering (as a crashed server would). It records each request it gets (``attempts``: the
request's path and query, and the mode it met) whatever the mode, so a test can compare every
attempt, not only the successful ones, with its model.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

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


class Receiver:
    def __init__(self) -> None:
        self.mode: Mode = "up"
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
                    receiver.attempts.append(Attempt(self.path, mode))
                if mode == "drop":
                    self.close_connection = True
                    return
                body = b"ok" if mode == "up" else b"unavailable"
                self.send_response(200 if mode == "up" else 503)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, name="callback-receiver", daemon=True
        )

    def url(self, path: str = "/callback") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

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
