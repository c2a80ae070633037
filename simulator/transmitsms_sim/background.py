"""Serve a simulator app over real HTTP from a background thread.

Contract: ``ServerThread(app)`` binds 127.0.0.1 on an ephemeral port at once (``base_url`` is
known before it starts); as a context manager it starts uvicorn in a daemon thread, returns once
the app's lifespan has started (``RuntimeError`` if it does not within 10 s), and on exit stops the
server and closes the socket. The app's own resources (its database) stay the caller's to close.
Used by the pytest plugin, the end-to-end demo and the other-language smoke runs::

    app = create_app(Settings(db_path=None, rate_limit=0))
    with ServerThread(app) as server:
        httpx.get(f"{server.base_url}/openapi.json")
    app.state.runtime.close()
"""

from __future__ import annotations

import threading
import time
from typing import Any

import uvicorn

from .server_options import uvicorn_options
from .sockets import listen


class ServerThread:
    """A uvicorn server on 127.0.0.1 and an ephemeral port, in a daemon thread."""

    def __init__(self, app: Any, *, start_timeout: float = 10.0) -> None:
        self.socket = listen("127.0.0.1", 0)
        self.port: int = self.socket.getsockname()[1]
        self.start_timeout = start_timeout
        config = uvicorn.Config(app, log_level="warning", lifespan="on", **uvicorn_options())
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.failure: BaseException | None = None

    def _run(self) -> None:
        try:
            self.server.run(sockets=[self.socket])
        except BaseException as exc:  # uvicorn exits the thread with SystemExit when startup fails
            self.failure = exc

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"the simulator did not start ({self.failure!r})") from self.failure
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(timeout=10)
        self.socket.close()
