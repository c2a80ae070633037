"""What the sync and async clients share: settings, headers, per-call options, the retry loop's decisions.

The two loops (``sync_client``, ``async_client``) only wait, send and sleep; every decision
between those steps is made here, once.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx

from .config import Credentials, check_max_retries, resolve_base_url, resolve_credentials, resolve_strict_responses
from .constants import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT, USER_AGENT
from .exceptions import ConfigurationError, error_code, error_from_response
from .operation import Operation
from .options import NOT_GIVEN, NotGiven, TimeoutTypes, to_timeout
from .rate_limit import RateLimiter, make_limiter
from .reading import StrictSchema
from .redaction import mask_key
from .response import transport_error
from .retries import RetryDecision, decide_after_error, decide_after_response, parse_retry_after

logger = logging.getLogger("transmitsms")


class BaseClient:
    """Settings and helpers common to ``SyncClient`` and ``AsyncClient``; not used directly.

    The subclasses set ``_http`` (their pool), ``_owns_http``, ``_pool_is_configured`` (the pool
    was built here, so it carries the base URL and credentials) and ``_sleep``.

    Args:
        api_key: The account's API key; default ``TRANSMITSMS_API_KEY``.
        api_secret: The account's API secret; default ``TRANSMITSMS_API_SECRET``.
        base_url: Default ``TRANSMITSMS_BASE_URL``, else ``https://api.transmitsms.com``. Plain
            ``http://`` is refused except to a loopback address (the local simulator), unless
            ``allow_insecure_http``.
        timeout: Seconds, an ``httpx.Timeout``, or None for none; default 30 s (5 s to connect).
        max_retries: Retries of the failures that are safe to repeat (see ``retries``); default 3.
        rate_limit: Calls per second of the client-side limiter (default 2.0), a ``RateLimiter``
            to share between clients, or None to turn it off.
        allow_insecure_http: Accept plain ``http://`` to any host (a simulator service on a
            docker-compose or CI network); default ``TRANSMITSMS_ALLOW_INSECURE_HTTP=1``, else False.
        strict_responses: Hold every success answer to the spec's schema and raise
            ``MalformedResponseError`` naming the operation and the field that deviates; default
            ``TRANSMITSMS_STRICT_RESPONSES``, else False: answers are read tolerantly, as the
            service sends them (``reading.py``).
    """

    _http: httpx.Client | httpx.AsyncClient
    _owns_http: bool
    _pool_is_configured: bool
    _sleep: Callable[[float], object]

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
    ) -> None:
        self._credentials: Credentials = resolve_credentials(api_key, api_secret)
        self._strict_responses = resolve_strict_responses(strict_responses)
        self._base_url = resolve_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self._timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else to_timeout(timeout)
        self._max_retries = check_max_retries(max_retries)
        try:
            self._limiter = make_limiter(rate_limit)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from exc
        # httpx.Headers, not a dict: its repr masks the Authorization value.
        self._headers = httpx.Headers(
            {"Authorization": self._credentials.authorization, "Accept": "application/json", "User-Agent": USER_AGENT}
        )
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
    def strict_responses(self) -> bool:
        """Whether success answers are held to the spec's schemas (see ``strict_responses=``)."""
        return self._strict_responses

    def _strict_schema(self, operation: Operation) -> StrictSchema | None:
        """What strict mode checks an answer of ``operation`` against; None when reading tolerantly."""
        if not self._strict_responses or operation.schemas is None or operation.response_schema is None:
            return None
        return operation.schemas(), operation.response_schema

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
        self._strict_responses = other._strict_responses
        self._limiter = other._limiter
        self._headers = other._headers
        self._random = other._random
        self._http = other._http
        self._owns_http = False
        self._pool_is_configured = other._pool_is_configured
        self._sleep = other._sleep

    def _request(
        self, operation: Operation, data: Mapping[str, Any] | None, timeout: TimeoutTypes | NotGiven
    ) -> httpx.Request:
        """The request of one call, built once and re-sent as is by each retry."""
        return self._http.build_request(
            operation.method,
            self._base_url + operation.path,
            data=data,
            # A pool built here already carries the headers: merging them again costs on every call.
            headers=None if self._pool_is_configured else self._headers,
            timeout=self._timeout_for(timeout),
        )

    def _delay_after_transport_error(
        self, operation: Operation, error: httpx.TransportError, retries_done: int, retries_allowed: int
    ) -> float:
        """The wait before retrying after ``error``; raises ``APIConnectionError`` when it is not retried."""
        decision = decide_after_error(
            error=error,
            safe_to_retry=operation.safe_to_retry,
            retries_done=retries_done,
            max_retries=retries_allowed,
            random=self._random,
        )
        if not decision.retry:
            raise transport_error(error, operation.name, write=not operation.safe_to_retry) from error
        self._log_retry(operation, decision, retries_done, retries_allowed)
        return decision.delay

    def _delay_after_error_answer(
        self, operation: Operation, response: httpx.Response, retries_done: int, retries_allowed: int
    ) -> float | None:
        """The wait before retrying after a non-2xx answer; raises its ``APIError`` when it is not retried.

        None when the answer says the account is over its limit and the client has a limiter: the
        limiter then holds every caller of this client until the delay is over, so the loop must not
        sleep as well.
        """
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        code = error_code(body)
        retry_after = parse_retry_after(response.headers)
        decision = decide_after_response(
            status_code=response.status_code,
            code=code,
            retry_after=retry_after,
            safe_to_retry=operation.safe_to_retry,
            retries_done=retries_done,
            max_retries=retries_allowed,
            random=self._random,
        )
        if not decision.retry:
            raise error_from_response(
                response,
                operation=operation.name,
                body=body,
                retry_after=retry_after,
                write=not operation.safe_to_retry,
            )
        self._log_retry(operation, decision, retries_done, retries_allowed)
        if self._limiter is not None and (response.status_code == 429 or code == "OVER_LIMIT"):
            self._limiter.hold_until(decision.delay)
            return None
        return decision.delay

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
