# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Numbers: Dedicated virtual numbers and sender IDs."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal

from .. import operations
from .._runtime.constants import DEFAULT_PAGE_SIZE
from .._runtime.forms import join_comma_separated
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.edit_number_options_request import EditNumberOptionsRequest
from ..models.get_numbers_request import GetNumbersRequest
from ..models.get_numbers_request_filter import GetNumbersRequestFilter
from ..models.get_numbers_response import GetNumbersResponse
from ..models.get_sender_ids_response import GetSenderIdsResponse
from ..models.lease_number_request import LeaseNumberRequest
from ..models.number_request import NumberRequest
from ..models.ok_response import OkResponse
from ..models.virtual_number import VirtualNumber
from ..models.virtual_number_response import VirtualNumberResponse
from ..types import UNSET, Unset

__all__ = [
    "NumbersResource",
    "NumbersResourceWithRawResponse",
    "AsyncNumbersResource",
    "AsyncNumbersResourceWithRawResponse",
]


class NumbersResource(SyncResource):
    """Dedicated virtual numbers and sender IDs."""

    @cached_property
    def with_raw_response(self) -> NumbersResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return NumbersResourceWithRawResponse(self._client)

    def lease_number(
        self,
        *,
        number: str | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VirtualNumberResponse:
        """Lease a dedicated virtual number.

        Leases a dedicated virtual number: the given one (see get-numbers with `filter=available`) or any available
        one. The first month is charged now; the lease renews monthly. Inbound messages to the number are notified
        to `forward_url` if given, else to the account default.

        Args:
            number: The number to lease; any available number when absent.
            forward_url: Notify inbound messages to this number to this URL (a reply callback).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            VirtualNumberResponse: The leased number.

        Raises:
            ValidationError: ``FIELD_INVALID``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.LEASE_NUMBER,
            LeaseNumberRequest(
                number=number,
                forward_url=forward_url,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_numbers(
        self,
        *,
        filter: Literal["owned", "available"] | GetNumbersRequestFilter = GetNumbersRequestFilter.OWNED,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetNumbersResponse:
        """Get the numbers leased, or available to lease.

        Returns one page of the account's dedicated virtual numbers (`filter=owned`, the default) or of the numbers
        available to lease (`filter=available`).

        Args:
            filter: `owned`: the account's numbers; `available`: numbers that can be leased. Default:
                ``GetNumbersRequestFilter.OWNED``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetNumbersResponse: One page of numbers.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_NUMBERS,
            GetNumbersRequest(
                filter_=GetNumbersRequestFilter(filter),
                page=page,
                max_=max,
            ).to_dict(),
            GetNumbersResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_numbers(
        self,
        *,
        filter: Literal["owned", "available"] | GetNumbersRequestFilter = GetNumbersRequestFilter.OWNED,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetNumbersResponse, VirtualNumber]:
        """Iterate over the ``numbers`` of every page of ``get_numbers``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``numbers`` counts
        as an empty page.

        Args:
            filter: `owned`: the account's numbers; `available`: numbers that can be leased. Default:
                ``GetNumbersRequestFilter.OWNED``.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``VirtualNumber``; its ``pages()`` yields each ``GetNumbersResponse``.
        """
        return SyncPager[GetNumbersResponse, VirtualNumber](
            lambda page: self.get_numbers(
                filter=filter,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.numbers, Unset) else answer.numbers,
            lambda answer: answer.page.count,
        )

    def get_number(
        self,
        *,
        number: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VirtualNumberResponse:
        """Get a leased number.

        Returns a dedicated virtual number leased by the account.

        Args:
            number: A dedicated virtual number of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            VirtualNumberResponse: The number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_NUMBER,
            NumberRequest(
                number=number,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_number_options(
        self,
        *,
        number: str,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OkResponse:
        """Set the inbound options of a leased number.

        Sets what happens to messages received on a leased number: forward them to email addresses, phone numbers or
        a URL (a reply callback), add their senders to a list, and answer new and existing members of that list with
        an automatic message. Options that are absent are left unchanged.

        Args:
            number: A dedicated virtual number of the account.
            forward_email: Forward inbound messages to these email addresses. A list is joined with commas.
            forward_sms: Forward inbound messages to these phone numbers. A list is joined with commas.
            forward_url: Notify inbound messages to this URL (a reply callback).
            list_id: Add the senders of inbound messages to this list. `0` means none.
            welcome_message: Answer a sender newly added to the list with this message.
            members_message: Answer a sender already on the list with this message.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            OkResponse: The options were saved.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.EDIT_NUMBER_OPTIONS,
            EditNumberOptionsRequest(
                number=number,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
                forward_url=forward_url,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sender_ids(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSenderIdsResponse:
        """Get the sender IDs the account may use.

        Returns the values the account may send from, grouped by kind: its virtual numbers, its approved
        alphanumeric senders ("Business Name") and its verified mobile numbers.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSenderIdsResponse: The sender IDs.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SENDER_IDS,
            None,
            GetSenderIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class NumbersResourceWithRawResponse(SyncResource):
    """Dedicated virtual numbers and sender IDs.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def lease_number(
        self,
        *,
        number: str | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VirtualNumberResponse]:
        """Lease a dedicated virtual number.

        Leases a dedicated virtual number: the given one (see get-numbers with `filter=available`) or any available
        one. The first month is charged now; the lease renews monthly. Inbound messages to the number are notified
        to `forward_url` if given, else to the account default.

        Args:
            number: The number to lease; any available number when absent.
            forward_url: Notify inbound messages to this number to this URL (a reply callback).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[VirtualNumberResponse]: The leased number.

        Raises:
            ValidationError: ``FIELD_INVALID``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.LEASE_NUMBER,
            LeaseNumberRequest(
                number=number,
                forward_url=forward_url,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_numbers(
        self,
        *,
        filter: Literal["owned", "available"] | GetNumbersRequestFilter = GetNumbersRequestFilter.OWNED,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetNumbersResponse]:
        """Get the numbers leased, or available to lease.

        Returns one page of the account's dedicated virtual numbers (`filter=owned`, the default) or of the numbers
        available to lease (`filter=available`).

        Args:
            filter: `owned`: the account's numbers; `available`: numbers that can be leased. Default:
                ``GetNumbersRequestFilter.OWNED``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetNumbersResponse]: One page of numbers.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_NUMBERS,
            GetNumbersRequest(
                filter_=GetNumbersRequestFilter(filter),
                page=page,
                max_=max,
            ).to_dict(),
            GetNumbersResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_number(
        self,
        *,
        number: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VirtualNumberResponse]:
        """Get a leased number.

        Returns a dedicated virtual number leased by the account.

        Args:
            number: A dedicated virtual number of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[VirtualNumberResponse]: The number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_NUMBER,
            NumberRequest(
                number=number,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_number_options(
        self,
        *,
        number: str,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OkResponse]:
        """Set the inbound options of a leased number.

        Sets what happens to messages received on a leased number: forward them to email addresses, phone numbers or
        a URL (a reply callback), add their senders to a list, and answer new and existing members of that list with
        an automatic message. Options that are absent are left unchanged.

        Args:
            number: A dedicated virtual number of the account.
            forward_email: Forward inbound messages to these email addresses. A list is joined with commas.
            forward_sms: Forward inbound messages to these phone numbers. A list is joined with commas.
            forward_url: Notify inbound messages to this URL (a reply callback).
            list_id: Add the senders of inbound messages to this list. `0` means none.
            welcome_message: Answer a sender newly added to the list with this message.
            members_message: Answer a sender already on the list with this message.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[OkResponse]: The options were saved.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.EDIT_NUMBER_OPTIONS,
            EditNumberOptionsRequest(
                number=number,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
                forward_url=forward_url,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sender_ids(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSenderIdsResponse]:
        """Get the sender IDs the account may use.

        Returns the values the account may send from, grouped by kind: its virtual numbers, its approved
        alphanumeric senders ("Business Name") and its verified mobile numbers.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSenderIdsResponse]: The sender IDs.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SENDER_IDS,
            None,
            GetSenderIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncNumbersResource(AsyncResource):
    """Dedicated virtual numbers and sender IDs."""

    @cached_property
    def with_raw_response(self) -> AsyncNumbersResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncNumbersResourceWithRawResponse(self._client)

    async def lease_number(
        self,
        *,
        number: str | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VirtualNumberResponse:
        """Lease a dedicated virtual number.

        Leases a dedicated virtual number: the given one (see get-numbers with `filter=available`) or any available
        one. The first month is charged now; the lease renews monthly. Inbound messages to the number are notified
        to `forward_url` if given, else to the account default.

        Args:
            number: The number to lease; any available number when absent.
            forward_url: Notify inbound messages to this number to this URL (a reply callback).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            VirtualNumberResponse: The leased number.

        Raises:
            ValidationError: ``FIELD_INVALID``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.LEASE_NUMBER,
            LeaseNumberRequest(
                number=number,
                forward_url=forward_url,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_numbers(
        self,
        *,
        filter: Literal["owned", "available"] | GetNumbersRequestFilter = GetNumbersRequestFilter.OWNED,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetNumbersResponse:
        """Get the numbers leased, or available to lease.

        Returns one page of the account's dedicated virtual numbers (`filter=owned`, the default) or of the numbers
        available to lease (`filter=available`).

        Args:
            filter: `owned`: the account's numbers; `available`: numbers that can be leased. Default:
                ``GetNumbersRequestFilter.OWNED``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetNumbersResponse: One page of numbers.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_NUMBERS,
            GetNumbersRequest(
                filter_=GetNumbersRequestFilter(filter),
                page=page,
                max_=max,
            ).to_dict(),
            GetNumbersResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_numbers(
        self,
        *,
        filter: Literal["owned", "available"] | GetNumbersRequestFilter = GetNumbersRequestFilter.OWNED,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetNumbersResponse, VirtualNumber]:
        """Iterate over the ``numbers`` of every page of ``get_numbers``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``numbers`` counts
        as an empty page.

        Args:
            filter: `owned`: the account's numbers; `available`: numbers that can be leased. Default:
                ``GetNumbersRequestFilter.OWNED``.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``VirtualNumber``; its ``pages()`` yields each ``GetNumbersResponse``.
        """
        return AsyncPager[GetNumbersResponse, VirtualNumber](
            lambda page: self.get_numbers(
                filter=filter,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.numbers, Unset) else answer.numbers,
            lambda answer: answer.page.count,
        )

    async def get_number(
        self,
        *,
        number: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VirtualNumberResponse:
        """Get a leased number.

        Returns a dedicated virtual number leased by the account.

        Args:
            number: A dedicated virtual number of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            VirtualNumberResponse: The number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_NUMBER,
            NumberRequest(
                number=number,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_number_options(
        self,
        *,
        number: str,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OkResponse:
        """Set the inbound options of a leased number.

        Sets what happens to messages received on a leased number: forward them to email addresses, phone numbers or
        a URL (a reply callback), add their senders to a list, and answer new and existing members of that list with
        an automatic message. Options that are absent are left unchanged.

        Args:
            number: A dedicated virtual number of the account.
            forward_email: Forward inbound messages to these email addresses. A list is joined with commas.
            forward_sms: Forward inbound messages to these phone numbers. A list is joined with commas.
            forward_url: Notify inbound messages to this URL (a reply callback).
            list_id: Add the senders of inbound messages to this list. `0` means none.
            welcome_message: Answer a sender newly added to the list with this message.
            members_message: Answer a sender already on the list with this message.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            OkResponse: The options were saved.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.EDIT_NUMBER_OPTIONS,
            EditNumberOptionsRequest(
                number=number,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
                forward_url=forward_url,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sender_ids(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSenderIdsResponse:
        """Get the sender IDs the account may use.

        Returns the values the account may send from, grouped by kind: its virtual numbers, its approved
        alphanumeric senders ("Business Name") and its verified mobile numbers.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSenderIdsResponse: The sender IDs.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SENDER_IDS,
            None,
            GetSenderIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncNumbersResourceWithRawResponse(AsyncResource):
    """Dedicated virtual numbers and sender IDs.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def lease_number(
        self,
        *,
        number: str | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VirtualNumberResponse]:
        """Lease a dedicated virtual number.

        Leases a dedicated virtual number: the given one (see get-numbers with `filter=available`) or any available
        one. The first month is charged now; the lease renews monthly. Inbound messages to the number are notified
        to `forward_url` if given, else to the account default.

        Args:
            number: The number to lease; any available number when absent.
            forward_url: Notify inbound messages to this number to this URL (a reply callback).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[VirtualNumberResponse]: The leased number.

        Raises:
            ValidationError: ``FIELD_INVALID``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.LEASE_NUMBER,
            LeaseNumberRequest(
                number=number,
                forward_url=forward_url,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_numbers(
        self,
        *,
        filter: Literal["owned", "available"] | GetNumbersRequestFilter = GetNumbersRequestFilter.OWNED,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetNumbersResponse]:
        """Get the numbers leased, or available to lease.

        Returns one page of the account's dedicated virtual numbers (`filter=owned`, the default) or of the numbers
        available to lease (`filter=available`).

        Args:
            filter: `owned`: the account's numbers; `available`: numbers that can be leased. Default:
                ``GetNumbersRequestFilter.OWNED``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetNumbersResponse]: One page of numbers.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_NUMBERS,
            GetNumbersRequest(
                filter_=GetNumbersRequestFilter(filter),
                page=page,
                max_=max,
            ).to_dict(),
            GetNumbersResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_number(
        self,
        *,
        number: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VirtualNumberResponse]:
        """Get a leased number.

        Returns a dedicated virtual number leased by the account.

        Args:
            number: A dedicated virtual number of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[VirtualNumberResponse]: The number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_NUMBER,
            NumberRequest(
                number=number,
            ).to_dict(),
            VirtualNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_number_options(
        self,
        *,
        number: str,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OkResponse]:
        """Set the inbound options of a leased number.

        Sets what happens to messages received on a leased number: forward them to email addresses, phone numbers or
        a URL (a reply callback), add their senders to a list, and answer new and existing members of that list with
        an automatic message. Options that are absent are left unchanged.

        Args:
            number: A dedicated virtual number of the account.
            forward_email: Forward inbound messages to these email addresses. A list is joined with commas.
            forward_sms: Forward inbound messages to these phone numbers. A list is joined with commas.
            forward_url: Notify inbound messages to this URL (a reply callback).
            list_id: Add the senders of inbound messages to this list. `0` means none.
            welcome_message: Answer a sender newly added to the list with this message.
            members_message: Answer a sender already on the list with this message.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[OkResponse]: The options were saved.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.EDIT_NUMBER_OPTIONS,
            EditNumberOptionsRequest(
                number=number,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
                forward_url=forward_url,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sender_ids(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSenderIdsResponse]:
        """Get the sender IDs the account may use.

        Returns the values the account may send from, grouped by kind: its virtual numbers, its approved
        alphanumeric senders ("Business Name") and its verified mobile numbers.

        Args:
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSenderIdsResponse]: The sender IDs.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SENDER_IDS,
            None,
            GetSenderIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
