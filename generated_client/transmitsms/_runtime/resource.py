"""Base classes of the generated resource groups (``client.sms``, ``client.lists``...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the blocking client must not import asyncio
    from .async_client import AsyncClient
    from .sync_client import SyncClient


class SyncResource:
    """A group of API methods (one tag of the spec) bound to a ``SyncClient``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource:
    """A group of API methods (one tag of the spec) bound to an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
