"""The asyncio client: one pooled ``httpx.AsyncClient``, the rate limiter, the retry loop.

The twin of ``sync_client``: the decisions of the loop are made in ``client_base``."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from .client_base import BaseClient
from .constants import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT
from .exceptions import ConfigurationError
from .operation import Operation
from .options import NOT_GIVEN, NotGiven, TimeoutTypes
from .rate_limit import RateLimiter
from .response import RawResponse, parse_success

T = TypeVar("T")


class AsyncClient(BaseClient):
    """Base of ``AsyncTransmitSMS``: sends each call through the rate limiter and the retry policy.

    Takes the arguments of ``BaseClient`` and, for tests and special set-ups, either an httpx
    ``transport`` (``httpx.MockTransport(handler)``, ``httpx.ASGITransport(app=...)``) for the
    client to build its pool on, or a ready ``http_client`` (which it then does not close).
    Task-safe: one client may serve many tasks, which then share its pool and limiter.
    """

    _http: httpx.AsyncClient
    _sleep: Callable[[float], Awaitable[None]]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = DEFAULT_RATE_LIMIT,
        allow_insecure_http: bool | None = None,
        strict_responses: bool | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            allow_insecure_http=allow_insecure_http,
            strict_responses=strict_responses,
        )
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass a transport or an http_client, not both")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        self._owns_http = http_client is None
        # A pool built here already carries the base URL and the credentials (see _request).
        self._pool_is_configured = http_client is None
        self._http = http_client or httpx.AsyncClient(
            base_url=self._base_url, headers=self._headers, timeout=self._timeout, transport=transport
        )
        self._sleep = asyncio.sleep

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (for inspection, or calls of your own with its pool)."""
        return self._http

    async def close(self) -> None:
        """Close the connection pool (unless it was given to the client ready-made)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _send(
        self,
        operation: Operation,
        data: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
    ) -> httpx.Response:
        """Send one call, retrying as the policy allows; return its 2xx answer or raise."""
        request = self._request(operation, data, timeout)
        retries_allowed = self._retries(max_retries)
        retries_done = 0
        while True:
            if self._limiter is not None:
                await self._limiter.acquire_async()
            delay: float | None
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                delay = self._delay_after_transport_error(operation, exc, retries_done, retries_allowed)
            else:
                if response.is_success:
                    return response
                delay = self._delay_after_error_answer(operation, response, retries_done, retries_allowed)
            if delay is not None:
                await self._sleep(delay)
            retries_done += 1

    async def _call(
        self,
        operation: Operation,
        data: Mapping[str, Any] | None,
        parse: Callable[[Any], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """Send a call and return its model (the generated resource methods call this)."""
        response = await self._send(operation, data, timeout, max_retries)
        return parse_success(response, parse, operation.name, self._strict_schema(operation))

    async def _call_raw(
        self,
        operation: Operation,
        data: Mapping[str, Any] | None,
        parse: Callable[[Any], T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[T]:
        """Send a call and return its raw answer (the ``with_raw_response`` views call this)."""
        response = await self._send(operation, data, timeout, max_retries)
        return RawResponse(response, parse, operation.name, self._strict_schema(operation))
