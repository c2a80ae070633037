"""The callback worker: delivers the outbox's callbacks with GET requests, and retries failures.

Contract: ``deliver_due()`` makes one pass: it takes the callbacks due at the current simulated
time, calls each URL (up to ``callback_concurrency`` at once, each within ``callback_timeout``
seconds) and records every attempt. A 2xx answer delivers the callback; anything else (another
status, a redirect, a timeout, a refused connection) is a failed attempt, retried after the
settings' delays and given up after the last. ``flush()`` repeats passes until nothing due is
left. ``run()`` is the background loop of the app's lifespan; ``kick()`` wakes it when new
callbacks were written. Passes never overlap, so no callback is sent twice at once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import AsyncExitStack

import httpx

from ..domain import callbacks
from ..domain.service import Simulator
from ..settings import Settings
from .tls import tls_context

USER_AGENT = "transmitsms-sim callback worker"


class CallbackWorker:
    def __init__(self, sim: Simulator, settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.sim = sim
        self.settings = settings
        self.transport = transport
        self._busy = False
        self._kicked = False
        self._stopping = False

    def kick(self) -> None:
        self._kicked = True

    def stop(self) -> None:
        self._stopping = True

    def resume(self) -> None:
        """Allow ``run()`` again after ``stop()`` (a new lifespan)."""
        self._stopping = False

    async def deliver_due(self) -> int:
        """One delivery pass; return the number of attempts made."""
        while self._busy:
            await asyncio.sleep(0.002)
        self._busy = True
        try:
            with self.sim.transaction() as tx:
                batch = callbacks.due(tx, limit=self.settings.callback_concurrency * 8)
            if not batch:
                return 0
            # ``callback_concurrency`` senders share the batch, each sending one request at a time
            # with a client of its own. Not one client for all: httpcore's pool checks every
            # connection it holds each time a request starts or ends, which at 16 connections cost
            # more than the requests themselves (issue 11). A transport given by the caller is
            # shared by one client, as before: each client closes its transport when done.
            queue = iter(batch)
            senders = min(self.settings.callback_concurrency, len(batch))
            async with AsyncExitStack() as clients:
                if self.transport is None:
                    own = [await clients.enter_async_context(self._client()) for _ in range(senders)]
                else:
                    own = [await clients.enter_async_context(self._client())] * senders
                await asyncio.gather(*(self._send_from(client, queue) for client in own))
            return len(batch)
        finally:
            self._busy = False

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            timeout=self.settings.callback_timeout,
            follow_redirects=False,
            transport=self.transport,
            verify=tls_context(),
            headers={"User-Agent": USER_AGENT},
        )

    async def _send_from(self, client: httpx.AsyncClient, queue: Iterator[callbacks.DueCallback]) -> None:
        """Attempt callbacks taken from ``queue`` (shared with the other senders) until it is empty."""
        for item in queue:
            await self._attempt(client, item)

    async def _attempt(self, client: httpx.AsyncClient, item: callbacks.DueCallback) -> None:
        started = time.perf_counter()
        status_code: int | None = None
        error: str | None = None
        try:
            response = await client.get(item.url)
            status_code = response.status_code
            if not 200 <= status_code < 300:
                error = f"HTTP {status_code}"
        except httpx.TimeoutException:
            error = "timeout"
        except (httpx.HTTPError, ValueError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        duration_ms = round((time.perf_counter() - started) * 1000)
        with self.sim.transaction() as tx:
            callbacks.record_attempt(
                tx,
                item.id,
                ok=error is None,
                status_code=status_code,
                error=error,
                duration_ms=duration_ms,
                retry_delays=self.settings.callback_retry_delays,
            )

    async def flush(self) -> int:
        """Deliver until nothing is due now; return the number of attempts made."""
        total = 0
        while made := await self.deliver_due():
            total += made
        return total

    async def run(self) -> None:
        """Deliver due callbacks until ``stop()``; wake early on ``kick()``."""
        while not self._stopping:
            self._kicked = False
            try:
                made = await self.deliver_due()
            except Exception:  # a database error must not kill the loop; the next pass retries
                made = 0
            if made:
                continue
            deadline = time.monotonic() + self.settings.tick_interval
            while not (self._kicked or self._stopping) and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
