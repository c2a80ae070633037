# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Account: The account's balance."""

from __future__ import annotations

from functools import cached_property

from .. import operations
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.get_balance_response import GetBalanceResponse

__all__ = [
    "AccountResource",
    "AccountResourceWithRawResponse",
    "AsyncAccountResource",
    "AsyncAccountResourceWithRawResponse",
]


class AccountResource(SyncResource):
    """The account's balance."""

    @cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AccountResourceWithRawResponse(self._client)

    def get_balance(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetBalanceResponse:
        """Get the account's balance.

        Returns the account's balance and its currency.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetBalanceResponse: The balance.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_BALANCE,
            None,
            GetBalanceResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AccountResourceWithRawResponse(SyncResource):
    """The account's balance.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def get_balance(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetBalanceResponse]:
        """Get the account's balance.

        Returns the account's balance and its currency.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetBalanceResponse]: The balance.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_BALANCE,
            None,
            GetBalanceResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAccountResource(AsyncResource):
    """The account's balance."""

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncAccountResourceWithRawResponse(self._client)

    async def get_balance(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetBalanceResponse:
        """Get the account's balance.

        Returns the account's balance and its currency.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetBalanceResponse: The balance.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_BALANCE,
            None,
            GetBalanceResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAccountResourceWithRawResponse(AsyncResource):
    """The account's balance.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def get_balance(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetBalanceResponse]:
        """Get the account's balance.

        Returns the account's balance and its currency.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetBalanceResponse]: The balance.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_BALANCE,
            None,
            GetBalanceResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
