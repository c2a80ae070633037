"""What the sync and async clients share: settings, headers, per-call options, the retry loop's bookkeeping."""

from __future__ import annotations

import logging
import random
from typing import Any, Self

import httpx

from .config import Credentials, check_max_retries, resolve_base_url, resolve_credentials
from .constants import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT, USER_AGENT
from .exceptions import ConfigurationError
from .operation import Operation
from .options import NOT_GIVEN, NotGiven, TimeoutTypes, to_timeout
from .rate_limit import RateLimiter, make_limiter
from .redaction import mask_key
from .retries import RetryDecision

logger = logging.getLogger("transmitsms")


class BaseClient:
    """Settings and helpers common to ``SyncClient`` and ``AsyncClient``; not used directly.

    Args:
        api_key: The account's API key; default ``TRANSMITSMS_API_KEY``.
        api_secret: The account's API secret; default ``TRANSMITSMS_API_SECRET``.
        base_url: Default ``TRANSMITSMS_BASE_URL``, else ``https://api.transmitsms.com``. Plain
            ``http://`` is refused except to a loopback address (the local simulator).
        timeout: Seconds, an ``httpx.Timeout``, or None for none; default 30 s (5 s to connect).
        max_retries: Retries of the failures that are safe to repeat (see ``retries``); default 3.
        rate_limit: Calls per second of the client-side limiter (default 2.0), a ``RateLimiter``
            to share between clients, or None to turn it off.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | RateLimiter | None = DEFAULT_RATE_LIMIT,
    ) -> None:
        self._credentials: Credentials = resolve_credentials(api_key, api_secret)
        self._base_url = resolve_base_url(base_url)
        self._timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else to_timeout(timeout)
        self._max_retries = check_max_retries(max_retries)
        try:
            self._limiter = make_limiter(rate_limit)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from exc
        self._headers = {
            "Authorization": self._credentials.authorization,
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        self._urls: dict[str, str] = {}
        self._random = random.random

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, api_key={mask_key(self._credentials.api_key)!r}, "
            f"max_retries={self._max_retries}, rate_limit={self._limiter!r})"
        )

    @property
    def base_url(self) -> str:
        """The URL every method is appended to (``https://api.transmitsms.com``)."""
        return self._base_url

    @property
    def api_key(self) -> str:
        """The account's API key (the secret is not readable back)."""
        return self._credentials.api_key

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of each request."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries of a failure that is safe to repeat."""
        return self._max_retries

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The client-side limiter shared by all calls of this client (and its ``with_options`` copies)."""
        return self._limiter

    def with_options(
        self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Self:
        """A client with other defaults that shares this one's connections, credentials and rate limiter.

        Closing the copy does nothing; close the original.

            >>> patient = client.with_options(timeout=120, max_retries=0)  # doctest: +SKIP
        """
        copy = object.__new__(type(self))
        copy._copy_shared_state(self)
        if not isinstance(timeout, NotGiven):
            copy._timeout = to_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            copy._max_retries = check_max_retries(max_retries)
        return copy

    def _copy_shared_state(self, other: BaseClient) -> None:
        self._credentials = other._credentials
        self._base_url = other._base_url
        self._timeout = other._timeout
        self._max_retries = other._max_retries
        self._limiter = other._limiter
        self._headers = other._headers
        self._urls = other._urls
        self._random = other._random

    def _url(self, operation: Operation) -> str:
        url = self._urls.get(operation.name)
        if url is None:
            url = self._urls[operation.name] = self._base_url + operation.path
        return url

    def _timeout_for(self, timeout: TimeoutTypes | NotGiven) -> httpx.Timeout:
        return self._timeout if isinstance(timeout, NotGiven) else to_timeout(timeout)

    def _retries(self, max_retries: int | NotGiven) -> int:
        return self._max_retries if isinstance(max_retries, NotGiven) else check_max_retries(max_retries)

    @staticmethod
    def _log_retry(operation: Operation, decision: RetryDecision, retries_done: int, max_retries: int) -> None:
        logger.info(
            "retrying %s in %.2fs (%s), retry %d of %d",
            operation.name,
            decision.delay,
            decision.reason,
            retries_done + 1,
            max_retries,
        )

    @staticmethod
    def _error_code(response: httpx.Response) -> tuple[Any, str | None]:
        try:
            body = response.json()
        except ValueError:
            return None, None
        block = body.get("error") if isinstance(body, dict) else None
        code = block.get("code") if isinstance(block, dict) else None
        return body, code if isinstance(code, str) else None
