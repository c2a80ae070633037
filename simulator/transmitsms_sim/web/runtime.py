"""Everything one running simulator holds: storage, clock, validators, limiter and workers.

Contract: ``Runtime(settings)`` opens the database, restores the clock, compiles the request
validators from the packaged spec, keeps the warnings of lenient readings (``warnings``) and
creates the demo account when asked (on an empty database; an existing one is kept).
``apply_effects`` acts on what a committed transaction asked for (wake the callback worker, start
a file fetch). ``flush()`` does all due work now and waits for it: outcomes, imports under way,
callback deliveries. It is what tests call to make time's effects happen deterministically.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx

from ..clock import Clock, wall_now
from ..domain import accounts
from ..domain.service import CLOCK_KEY, DueWork, Simulator
from ..redaction import redact
from ..settings import Settings
from ..store.db import Database, Effect, fmt_time
from ..workers.callbacks import CallbackWorker
from ..workers.imports import ImportFetcher
from .auth import FailureLimiter, RateLimiter
from .diagnostics import WarningLog
from .spec import load_spec, operations
from .validation import RequestValidator, build_validators

log = logging.getLogger("transmitsms_sim")


@cache
def compiled() -> dict[str, RequestValidator]:
    """The validators of the packaged spec's operations, compiled once per process."""
    return build_validators(operations(load_spec()))


@dataclass
class FlushReport:
    receipts: int
    callback_attempts: int

    def as_dict(self) -> dict[str, int]:
        return {"receipts": self.receipts, "callback_attempts": self.callback_attempts}


class Runtime:
    def __init__(self, settings: Settings, callback_transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.db = Database(settings.db_path)
        self.clock = Clock(scale=settings.time_scale, start=settings.start_time)
        self.sim = Simulator(self.db, self.clock)
        self.validators = compiled()
        self.limiter = RateLimiter(settings.rate_limit)
        self.auth_failures = FailureLimiter(settings.auth_failure_limit)
        self.worker = CallbackWorker(self.sim, settings, callback_transport)
        self.fetcher = ImportFetcher(self.sim, settings, self.apply_effects, callback_transport)
        self.internal_errors: deque[dict[str, Any]] = deque(maxlen=100)
        self.warnings = WarningLog(settings.max_warnings)
        self._last_due = 0.0
        self._stopping = False
        self._tasks: list[asyncio.Task[None]] = []
        self.closed = False
        self.demo: accounts.Account | None = None
        if settings.create_demo_account:
            self.demo = self.sim.ensure_demo_account(settings.demo_api_key, settings.demo_api_secret)

    def apply_effects(self, effects: list[Effect]) -> None:
        for effect in effects:
            if effect.kind == "callbacks":
                self.worker.kick()
            elif effect.kind == "import":
                self.fetcher.start(effect.payload["import_id"], effect.payload["url"])

    def run_due(self) -> DueWork:
        work = self.sim.run_due()
        self._last_due = time.monotonic()
        self.apply_effects(work.effects)
        return work

    def maybe_run_due(self) -> None:
        """Run due work if the clock moves by itself and the last run is a tick old."""
        if not self.clock.manual and time.monotonic() - self._last_due >= self.settings.tick_interval:
            self.run_due()

    async def flush(self) -> FlushReport:
        work = self.run_due()
        await self.fetcher.wait_idle()
        attempts = await self.worker.flush()
        return FlushReport(receipts=work.receipts, callback_attempts=attempts)

    def record_internal_error(self, where: str, exc: BaseException) -> None:
        """Log ``exc`` with its traceback and keep it for ``/_sim/errors``, its secrets redacted."""
        log.exception("internal error while handling %s", where, exc_info=exc)
        self.internal_errors.append(
            {"at": fmt_time(wall_now()), "where": redact(where), "error": redact(f"{type(exc).__name__}: {exc}")[:500]}
        )

    def reset(self) -> None:
        """Delete all data and warnings; recreate the demo account with the same credentials."""
        demo = self.demo
        self.db.reset()
        self.limiter.reset()
        self.auth_failures.reset()
        self.warnings.clear()
        if demo is not None:
            self.demo = self.sim.ensure_demo_account(demo.api_key, demo.api_secret)

    async def tick_loop(self) -> None:
        while not self._stopping:
            try:
                self.maybe_run_due()
            except Exception as exc:  # keep ticking; the error is visible in /_sim/errors
                self.record_internal_error("clock tick", exc)
            await asyncio.sleep(self.settings.tick_interval)

    async def start_background(self) -> None:
        """Start the clock's ticks and the callback worker (the app's lifespan startup)."""
        self._stopping = False
        self.worker.resume()
        self.fetcher.resume()
        self._tasks = [asyncio.create_task(self.worker.run()), asyncio.create_task(self.tick_loop())]

    async def stop_background(self) -> None:
        """Stop them and store the clock (the lifespan shutdown). The database stays open: a
        lifespan may run again (test clients run one per session), and an in-memory database
        would lose everything if closed."""
        self._stopping = True
        self.worker.stop()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        await self.fetcher.wait_idle()
        self.save_clock()

    def save_clock(self) -> None:
        if not self.closed:
            with self.sim.transaction() as tx:
                tx.set_meta(CLOCK_KEY, tx.now_text)

    def close(self) -> None:
        """Store the clock and close the database; the runtime cannot be used after this."""
        if self.closed:
            return
        try:
            self.save_clock()
        finally:
            self.closed = True
            self.db.close()
