"""httpx transports that inject network faults between a client and a simulator.

Contract: ``FaultyTransport(inner, faults)`` (``AsyncFaultyTransport`` for asyncio) forwards every
request to ``inner``, except that each request to a path in ``faults`` takes the next fault of
that path's list (then behaves normally once the list is spent):

``ok``                forwarded as is
``drop_request``      never forwarded; the client sees a read timeout (the service never saw it)
``drop_answer``       forwarded and answered by the service; the client sees a read timeout
``connect_error``     never forwarded; the client sees a refused connection
``bad_gateway``       forwarded, then the client gets HTTP 502 instead of the answer
``over_limit``        never forwarded; the client gets HTTP 429 ``OVER_LIMIT``

``delivered`` counts, per path, the requests the service received; ``log`` lists each fault taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import httpx

FAULTS: Final = ("ok", "drop_request", "drop_answer", "connect_error", "bad_gateway", "over_limit")
#: Faults after which the service has acted on the request.
REACHED: Final = frozenset({"ok", "drop_answer", "bad_gateway"})

_OVER_LIMIT = {"error": {"code": "OVER_LIMIT", "description": "Rate limit exceeded"}}


class _Faults:
    def __init__(self, faults: Mapping[str, Sequence[str]]) -> None:
        unknown = {f for queue in faults.values() for f in queue} - set(FAULTS)
        assert not unknown, unknown
        self.queues = {path: list(queue) for path, queue in faults.items()}
        self.delivered: dict[str, int] = {}
        self.log: list[tuple[str, str]] = []

    def next(self, request: httpx.Request) -> str:
        queue = self.queues.get(request.url.path)
        fault = queue.pop(0) if queue else "ok"
        if fault != "ok":
            self.log.append((request.url.path, fault))
        return fault

    def before(self, fault: str, request: httpx.Request) -> httpx.Response | None:
        """What the client gets without the service seeing the request (None: forward it)."""
        if fault == "drop_request":
            raise httpx.ReadTimeout("injected: the request was lost on the way", request=request)
        if fault == "connect_error":
            raise httpx.ConnectError("injected: connection refused", request=request)
        if fault == "over_limit":
            return httpx.Response(429, json=_OVER_LIMIT, headers={"Retry-After": "0"}, request=request)
        self.delivered[request.url.path] = self.delivered.get(request.url.path, 0) + 1
        return None

    def after(self, fault: str, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """What the client gets once the service has answered."""
        if fault == "drop_answer":
            raise httpx.ReadTimeout("injected: the answer was lost on the way", request=request)
        if fault == "bad_gateway":
            return httpx.Response(502, text="Bad Gateway", request=request)
        return response


class FaultyTransport(httpx.BaseTransport):
    """A blocking transport with injected faults (see the module's contract)."""

    def __init__(self, inner: httpx.BaseTransport, faults: Mapping[str, Sequence[str]]) -> None:
        self.inner = inner
        self.faults = _Faults(faults)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.next(request)
        early = self.faults.before(fault, request)
        if early is not None:
            return early
        response = self.inner.handle_request(request)
        response.read()
        return self.faults.after(fault, request, response)

    def close(self) -> None:
        self.inner.close()


class AsyncFaultyTransport(httpx.AsyncBaseTransport):
    """An asyncio transport with injected faults (see the module's contract)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, faults: Mapping[str, Sequence[str]]) -> None:
        self.inner = inner
        self.faults = _Faults(faults)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.next(request)
        early = self.faults.before(fault, request)
        if early is not None:
            return early
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self.faults.after(fault, request, response)

    async def aclose(self) -> None:
        await self.inner.aclose()
