"""The import fetcher: downloads the CSV file of add-contacts-bulk and hands it to the domain.

Contract: ``start(import_id, url)`` fetches the file in the background. Only ``http`` and
``https`` URLs are fetched (``file://`` and every other scheme are refused); redirects are not
followed (the vendor requires a direct link); the download must finish within
``import_timeout`` seconds and stay under ``import_max_bytes``. Basic credentials in the URL
(``https://user:password@host/file.csv``) are sent. A failure marks the import ``failed`` with
the reason; success imports the rows. ``wait_idle()`` waits for every fetch under way.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from ..domain import imports
from ..domain.service import Simulator
from ..settings import Settings
from ..store.db import Effect
from .tls import tls_context


class FetchError(Exception):
    pass


class ImportFetcher:
    def __init__(
        self,
        sim: Simulator,
        settings: Settings,
        on_effects: Callable[[list[Effect]], None],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.sim = sim
        self.settings = settings
        self.on_effects = on_effects
        self.transport = transport
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, import_id: int, url: str) -> None:
        task = asyncio.get_running_loop().create_task(self._run(import_id, url))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def resume(self) -> None:
        """Fetch again the imports a restart interrupted."""
        with self.sim.transaction() as tx:
            pending = imports.unfinished(tx)
        for import_id, url in pending:
            self.start(import_id, url)

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _run(self, import_id: int, url: str) -> None:
        try:
            text = await self.fetch(url)
        except FetchError as exc:
            with self.sim.transaction() as tx:
                imports.fail(tx, import_id, str(exc))
            return
        try:
            with self.sim.transaction() as tx:
                imports.complete(tx, import_id, text)
                effects = tx.effects
        except Exception as exc:  # the import fails, visibly, rather than the worker
            with self.sim.transaction() as tx:
                imports.fail(tx, import_id, f"the file could not be imported: {type(exc).__name__}")
            return
        self.on_effects(effects)

    async def fetch(self, url: str) -> str:
        """The text of the file at ``url``; FetchError saying why it cannot be had."""
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}") from exc
        if parsed.scheme not in ("http", "https"):
            raise FetchError(f"only http and https URLs are fetched, not {parsed.scheme or 'this'}")
        limit = self.settings.import_max_bytes
        try:
            async with (
                httpx.AsyncClient(
                    timeout=self.settings.import_timeout,
                    follow_redirects=False,
                    transport=self.transport,
                    verify=tls_context(),
                ) as client,
                client.stream("GET", parsed) as response,
            ):
                if response.is_redirect:
                    raise FetchError("the URL redirects; give the direct URL of the file")
                if not response.is_success:
                    raise FetchError(f"the server answered HTTP {response.status_code}")
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(f"the file is larger than {limit} bytes")
        except httpx.TimeoutException as exc:
            raise FetchError("the download timed out") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"the download failed: {type(exc).__name__}: {exc}") from exc
        return bytes(body).decode("utf-8-sig", errors="replace")
