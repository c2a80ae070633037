"""Run the simulator in-process, without a socket, for synchronous code (tests, scripts).

Contract: ``InProcess(app)`` runs the ASGI app, lifespan included, in an event loop of its own
thread; ``client(**kwargs)`` returns an ``httpx.Client`` and ``async_client(**kwargs)`` an
``httpx.AsyncClient`` whose requests go straight into the app, on that loop (so the app never runs
on the caller's loop, whichever loop that is). ``transport()`` and ``async_transport()`` are the
transports themselves, for clients built elsewhere (the SDK's ``transport=``). Closing (or leaving
the ``with`` block) shuts the lifespan down and stops the thread.

    >>> from transmitsms_sim import Settings, create_app
    >>> with InProcess(create_app(Settings(rate_limit=0, time_scale=0))) as sim:
    ...     sim.client().get("/openapi.json").status_code
    200
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
from starlette.types import ASGIApp, Message

BASE_URL = "http://127.0.0.1"
_TIMEOUT = 60.0


class _Transport(httpx.BaseTransport):
    """An httpx transport that hands each request to the app on the background loop."""

    def __init__(self, owner: InProcess) -> None:
        self._owner = owner
        self._asgi = httpx.ASGITransport(app=owner.app, client=("127.0.0.1", 50000))

    async def _call(self, request: httpx.Request, body: bytes) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=body)
        response = await self._asgi.handle_async_request(forwarded)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        status, headers, content = self._owner.run(self._call(request, request.read()))
        return httpx.Response(status, headers=headers, content=content, request=request)


class _AsyncTransport(httpx.AsyncBaseTransport):
    """The same for an ``httpx.AsyncClient``: the caller's loop awaits the app's loop."""

    def __init__(self, owner: InProcess) -> None:
        self._sync = _Transport(owner)
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        future = asyncio.run_coroutine_threadsafe(self._sync._call(request, body), self._owner._loop)
        status, headers, content = await asyncio.wait_for(asyncio.wrap_future(future), _TIMEOUT)
        return httpx.Response(status, headers=headers, content=content, request=request)


class InProcess:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="transmitsms-sim", daemon=True)
        self._to_app: asyncio.Queue[Message] | None = None
        self._from_app: asyncio.Queue[Message] | None = None
        self._lifespan: asyncio.Future[Any] | None = None

    def run(self, coroutine: Any) -> Any:
        """Run a coroutine on the app's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(_TIMEOUT)

    def transport(self) -> httpx.BaseTransport:
        return _Transport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncTransport(self)

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(transport=self.transport(), base_url=kwargs.pop("base_url", BASE_URL), **kwargs)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.async_transport(), base_url=kwargs.pop("base_url", BASE_URL), **kwargs)

    async def _lifespan_event(self, kind: str) -> None:
        assert self._to_app is not None and self._from_app is not None
        await self._to_app.put({"type": f"lifespan.{kind}"})
        answer = await self._from_app.get()
        if answer["type"] != f"lifespan.{kind}.complete":
            raise RuntimeError(f"the app's lifespan {kind} failed: {answer.get('message', answer['type'])}")

    async def _start(self) -> None:
        self._to_app, self._from_app = asyncio.Queue(), asyncio.Queue()
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"}, "state": {}}
        self._lifespan = asyncio.ensure_future(self.app(scope, self._to_app.get, self._from_app.put))
        await self._lifespan_event("startup")

    async def _stop(self) -> None:
        await self._lifespan_event("shutdown")
        if self._lifespan is not None:
            await self._lifespan

    def __enter__(self) -> InProcess:
        self._thread.start()
        self.run(self._start())
        return self

    def close(self) -> None:
        try:
            self.run(self._stop())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()

    def __exit__(self, *exc: object) -> None:
        self.close()
