# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Resellers: Client accounts managed by a reseller account, and their ledgers."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .. import operations
from .._runtime.constants import DEFAULT_PAGE_SIZE
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.add_client_request import AddClientRequest
from ..models.client import Client
from ..models.client_id_request import ClientIdRequest
from ..models.client_response import ClientResponse
from ..models.edit_client_request import EditClientRequest
from ..models.get_clients_response import GetClientsResponse
from ..models.get_transactions_request import GetTransactionsRequest
from ..models.get_transactions_response import GetTransactionsResponse
from ..models.page_request import PageRequest
from ..models.payment_method import PaymentMethod
from ..models.transaction import Transaction
from ..models.transaction_id_request import TransactionIdRequest
from ..models.transaction_response import TransactionResponse
from ..types import UNSET, Unset

__all__ = [
    "ResellersResource",
    "ResellersResourceWithRawResponse",
    "AsyncResellersResource",
    "AsyncResellersResourceWithRawResponse",
]


class ResellersResource(SyncResource):
    """Client accounts managed by a reseller account, and their ledgers."""

    @cached_property
    def with_raw_response(self) -> ResellersResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return ResellersResourceWithRawResponse(self._client)

    def get_client(
        self,
        *,
        client_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ClientResponse:
        """Get a client account.

        Returns a client account of the calling reseller, with its totals and balance.

        Args:
            client_id: The ID of a client account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ClientResponse: The client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_CLIENT,
            ClientIdRequest(
                client_id=client_id,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_clients(
        self,
        *,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetClientsResponse:
        """Get the client accounts.

        Returns one page of the calling reseller's client accounts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetClientsResponse: One page of clients.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_CLIENTS,
            PageRequest(
                page=page,
                max_=max,
            ).to_dict(),
            GetClientsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_clients(
        self,
        *,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetClientsResponse, Client]:
        """Iterate over the ``clients`` of every page of ``get_clients``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``clients`` counts
        as an empty page.

        Args:
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``Client``; its ``pages()`` yields each ``GetClientsResponse``.
        """
        return SyncPager[GetClientsResponse, Client](
            lambda page: self.get_clients(
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.clients, Unset) else answer.clients,
            lambda answer: answer.page.count,
        )

    def add_client(
        self,
        *,
        name: str,
        email: str,
        password: str,
        msisdn: str,
        contact: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool = True,
        sms_margin: float | Unset = UNSET,
        number_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        api_secret: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ClientResponse:
        """Create a client account.

        Creates a client account of the calling reseller, with its own API key and secret. Prices for the client are
        the reseller's base prices plus `sms_margin` and `number_margin`. `client_pays` (the default) makes the
        client top up its own balance; otherwise the reseller pays. The secret is `api_secret` when given, else
        generated; it is returned once, in this response.

        Args:
            name: The client's company name, unique among the reseller's clients.
            email: The client's login email, unique across the service.
            password: The client's password for the web application.
            msisdn: The client's phone number.
            contact: The name of the client's contact person.
            timezone: The client's time zone; the reseller's when absent.
            client_pays: `true`: the client pays for its messages; `false`: the reseller pays. Default: ``True``.
            sms_margin: Cents added to the base price of an SMS part.
            number_margin: Cents added to the base monthly price of a virtual number.
            fixed_top_up_amount: The amount of each top-up with `payment_method=fixed`.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            api_secret: The client's API secret; generated when absent.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ClientResponse: The new client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_CLIENT,
            AddClientRequest(
                name=name,
                email=email,
                password=password,
                msisdn=msisdn,
                contact=contact,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                number_margin=number_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
                api_secret=api_secret,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_client(
        self,
        *,
        client_id: int,
        name: str | Unset = UNSET,
        contact: str | Unset = UNSET,
        password: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool | Unset = UNSET,
        sms_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ClientResponse:
        """Change a client account.

        Changes a client account of the calling reseller; absent fields are left unchanged.

        Args:
            client_id: The ID of a client account.
            name: The client's company name, unique among the reseller's clients.
            contact: See the API reference.
            password: A password for the web application, 6 to 100 characters.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            timezone: An IANA time zone name.
            client_pays: See the API reference.
            sms_margin: Cents added to the reseller's base price.
            fixed_top_up_amount: An amount the client's balance is topped up by, in the account's currency.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ClientResponse: The updated client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.EDIT_CLIENT,
            EditClientRequest(
                client_id=client_id,
                name=name,
                contact=contact,
                password=password,
                msisdn=msisdn,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_transactions(
        self,
        *,
        client_id: int,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetTransactionsResponse:
        """Get the ledger entries of an account.

        Returns one page of the ledger of a client account of the calling reseller, or of the caller's own account
        when `client_id` is its own ID: top-ups, message and number charges, refunds. With no entries, `page.count`
        is 0 and `transactions` is absent.

        Args:
            client_id: A client account of the caller, or the caller's own account ID.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetTransactionsResponse: One page of ledger entries.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_TRANSACTIONS,
            GetTransactionsRequest(
                client_id=client_id,
                start=start,
                end=end,
                page=page,
                max_=max,
            ).to_dict(),
            GetTransactionsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_transactions(
        self,
        *,
        client_id: int,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetTransactionsResponse, Transaction]:
        """Iterate over the ``transactions`` of every page of ``get_transactions``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``transactions``
        counts as an empty page.

        Args:
            client_id: A client account of the caller, or the caller's own account ID.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``Transaction``; its ``pages()`` yields each ``GetTransactionsResponse``.
        """
        return SyncPager[GetTransactionsResponse, Transaction](
            lambda page: self.get_transactions(
                client_id=client_id,
                start=start,
                end=end,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.transactions, Unset) else answer.transactions,
            lambda answer: answer.page.count,
        )

    def get_transaction(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionResponse:
        """Get one ledger entry.

        Returns one ledger entry of the caller's account or of one of its clients, with the message it paid for
        (`message_id`, 0 when none).

        Args:
            id: The ID of a ledger entry.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            TransactionResponse: The ledger entry.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_TRANSACTION,
            TransactionIdRequest(
                id=id,
            ).to_dict(),
            TransactionResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class ResellersResourceWithRawResponse(SyncResource):
    """Client accounts managed by a reseller account, and their ledgers.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def get_client(
        self,
        *,
        client_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ClientResponse]:
        """Get a client account.

        Returns a client account of the calling reseller, with its totals and balance.

        Args:
            client_id: The ID of a client account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ClientResponse]: The client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_CLIENT,
            ClientIdRequest(
                client_id=client_id,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_clients(
        self,
        *,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetClientsResponse]:
        """Get the client accounts.

        Returns one page of the calling reseller's client accounts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetClientsResponse]: One page of clients.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_CLIENTS,
            PageRequest(
                page=page,
                max_=max,
            ).to_dict(),
            GetClientsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_client(
        self,
        *,
        name: str,
        email: str,
        password: str,
        msisdn: str,
        contact: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool = True,
        sms_margin: float | Unset = UNSET,
        number_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        api_secret: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ClientResponse]:
        """Create a client account.

        Creates a client account of the calling reseller, with its own API key and secret. Prices for the client are
        the reseller's base prices plus `sms_margin` and `number_margin`. `client_pays` (the default) makes the
        client top up its own balance; otherwise the reseller pays. The secret is `api_secret` when given, else
        generated; it is returned once, in this response.

        Args:
            name: The client's company name, unique among the reseller's clients.
            email: The client's login email, unique across the service.
            password: The client's password for the web application.
            msisdn: The client's phone number.
            contact: The name of the client's contact person.
            timezone: The client's time zone; the reseller's when absent.
            client_pays: `true`: the client pays for its messages; `false`: the reseller pays. Default: ``True``.
            sms_margin: Cents added to the base price of an SMS part.
            number_margin: Cents added to the base monthly price of a virtual number.
            fixed_top_up_amount: The amount of each top-up with `payment_method=fixed`.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            api_secret: The client's API secret; generated when absent.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ClientResponse]: The new client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_CLIENT,
            AddClientRequest(
                name=name,
                email=email,
                password=password,
                msisdn=msisdn,
                contact=contact,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                number_margin=number_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
                api_secret=api_secret,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_client(
        self,
        *,
        client_id: int,
        name: str | Unset = UNSET,
        contact: str | Unset = UNSET,
        password: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool | Unset = UNSET,
        sms_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ClientResponse]:
        """Change a client account.

        Changes a client account of the calling reseller; absent fields are left unchanged.

        Args:
            client_id: The ID of a client account.
            name: The client's company name, unique among the reseller's clients.
            contact: See the API reference.
            password: A password for the web application, 6 to 100 characters.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            timezone: An IANA time zone name.
            client_pays: See the API reference.
            sms_margin: Cents added to the reseller's base price.
            fixed_top_up_amount: An amount the client's balance is topped up by, in the account's currency.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ClientResponse]: The updated client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.EDIT_CLIENT,
            EditClientRequest(
                client_id=client_id,
                name=name,
                contact=contact,
                password=password,
                msisdn=msisdn,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_transactions(
        self,
        *,
        client_id: int,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetTransactionsResponse]:
        """Get the ledger entries of an account.

        Returns one page of the ledger of a client account of the calling reseller, or of the caller's own account
        when `client_id` is its own ID: top-ups, message and number charges, refunds. With no entries, `page.count`
        is 0 and `transactions` is absent.

        Args:
            client_id: A client account of the caller, or the caller's own account ID.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetTransactionsResponse]: One page of ledger entries.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_TRANSACTIONS,
            GetTransactionsRequest(
                client_id=client_id,
                start=start,
                end=end,
                page=page,
                max_=max,
            ).to_dict(),
            GetTransactionsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_transaction(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionResponse]:
        """Get one ledger entry.

        Returns one ledger entry of the caller's account or of one of its clients, with the message it paid for
        (`message_id`, 0 when none).

        Args:
            id: The ID of a ledger entry.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[TransactionResponse]: The ledger entry.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_TRANSACTION,
            TransactionIdRequest(
                id=id,
            ).to_dict(),
            TransactionResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncResellersResource(AsyncResource):
    """Client accounts managed by a reseller account, and their ledgers."""

    @cached_property
    def with_raw_response(self) -> AsyncResellersResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncResellersResourceWithRawResponse(self._client)

    async def get_client(
        self,
        *,
        client_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ClientResponse:
        """Get a client account.

        Returns a client account of the calling reseller, with its totals and balance.

        Args:
            client_id: The ID of a client account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ClientResponse: The client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_CLIENT,
            ClientIdRequest(
                client_id=client_id,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_clients(
        self,
        *,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetClientsResponse:
        """Get the client accounts.

        Returns one page of the calling reseller's client accounts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetClientsResponse: One page of clients.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_CLIENTS,
            PageRequest(
                page=page,
                max_=max,
            ).to_dict(),
            GetClientsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_clients(
        self,
        *,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetClientsResponse, Client]:
        """Iterate over the ``clients`` of every page of ``get_clients``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``clients`` counts
        as an empty page.

        Args:
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``Client``; its ``pages()`` yields each ``GetClientsResponse``.
        """
        return AsyncPager[GetClientsResponse, Client](
            lambda page: self.get_clients(
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.clients, Unset) else answer.clients,
            lambda answer: answer.page.count,
        )

    async def add_client(
        self,
        *,
        name: str,
        email: str,
        password: str,
        msisdn: str,
        contact: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool = True,
        sms_margin: float | Unset = UNSET,
        number_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        api_secret: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ClientResponse:
        """Create a client account.

        Creates a client account of the calling reseller, with its own API key and secret. Prices for the client are
        the reseller's base prices plus `sms_margin` and `number_margin`. `client_pays` (the default) makes the
        client top up its own balance; otherwise the reseller pays. The secret is `api_secret` when given, else
        generated; it is returned once, in this response.

        Args:
            name: The client's company name, unique among the reseller's clients.
            email: The client's login email, unique across the service.
            password: The client's password for the web application.
            msisdn: The client's phone number.
            contact: The name of the client's contact person.
            timezone: The client's time zone; the reseller's when absent.
            client_pays: `true`: the client pays for its messages; `false`: the reseller pays. Default: ``True``.
            sms_margin: Cents added to the base price of an SMS part.
            number_margin: Cents added to the base monthly price of a virtual number.
            fixed_top_up_amount: The amount of each top-up with `payment_method=fixed`.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            api_secret: The client's API secret; generated when absent.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ClientResponse: The new client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_CLIENT,
            AddClientRequest(
                name=name,
                email=email,
                password=password,
                msisdn=msisdn,
                contact=contact,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                number_margin=number_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
                api_secret=api_secret,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_client(
        self,
        *,
        client_id: int,
        name: str | Unset = UNSET,
        contact: str | Unset = UNSET,
        password: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool | Unset = UNSET,
        sms_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ClientResponse:
        """Change a client account.

        Changes a client account of the calling reseller; absent fields are left unchanged.

        Args:
            client_id: The ID of a client account.
            name: The client's company name, unique among the reseller's clients.
            contact: See the API reference.
            password: A password for the web application, 6 to 100 characters.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            timezone: An IANA time zone name.
            client_pays: See the API reference.
            sms_margin: Cents added to the reseller's base price.
            fixed_top_up_amount: An amount the client's balance is topped up by, in the account's currency.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ClientResponse: The updated client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.EDIT_CLIENT,
            EditClientRequest(
                client_id=client_id,
                name=name,
                contact=contact,
                password=password,
                msisdn=msisdn,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_transactions(
        self,
        *,
        client_id: int,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetTransactionsResponse:
        """Get the ledger entries of an account.

        Returns one page of the ledger of a client account of the calling reseller, or of the caller's own account
        when `client_id` is its own ID: top-ups, message and number charges, refunds. With no entries, `page.count`
        is 0 and `transactions` is absent.

        Args:
            client_id: A client account of the caller, or the caller's own account ID.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetTransactionsResponse: One page of ledger entries.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_TRANSACTIONS,
            GetTransactionsRequest(
                client_id=client_id,
                start=start,
                end=end,
                page=page,
                max_=max,
            ).to_dict(),
            GetTransactionsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_transactions(
        self,
        *,
        client_id: int,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetTransactionsResponse, Transaction]:
        """Iterate over the ``transactions`` of every page of ``get_transactions``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``transactions``
        counts as an empty page.

        Args:
            client_id: A client account of the caller, or the caller's own account ID.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``Transaction``; its ``pages()`` yields each
                ``GetTransactionsResponse``.
        """
        return AsyncPager[GetTransactionsResponse, Transaction](
            lambda page: self.get_transactions(
                client_id=client_id,
                start=start,
                end=end,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.transactions, Unset) else answer.transactions,
            lambda answer: answer.page.count,
        )

    async def get_transaction(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TransactionResponse:
        """Get one ledger entry.

        Returns one ledger entry of the caller's account or of one of its clients, with the message it paid for
        (`message_id`, 0 when none).

        Args:
            id: The ID of a ledger entry.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            TransactionResponse: The ledger entry.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_TRANSACTION,
            TransactionIdRequest(
                id=id,
            ).to_dict(),
            TransactionResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncResellersResourceWithRawResponse(AsyncResource):
    """Client accounts managed by a reseller account, and their ledgers.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def get_client(
        self,
        *,
        client_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ClientResponse]:
        """Get a client account.

        Returns a client account of the calling reseller, with its totals and balance.

        Args:
            client_id: The ID of a client account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ClientResponse]: The client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_CLIENT,
            ClientIdRequest(
                client_id=client_id,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_clients(
        self,
        *,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetClientsResponse]:
        """Get the client accounts.

        Returns one page of the calling reseller's client accounts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetClientsResponse]: One page of clients.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_CLIENTS,
            PageRequest(
                page=page,
                max_=max,
            ).to_dict(),
            GetClientsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_client(
        self,
        *,
        name: str,
        email: str,
        password: str,
        msisdn: str,
        contact: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool = True,
        sms_margin: float | Unset = UNSET,
        number_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        api_secret: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ClientResponse]:
        """Create a client account.

        Creates a client account of the calling reseller, with its own API key and secret. Prices for the client are
        the reseller's base prices plus `sms_margin` and `number_margin`. `client_pays` (the default) makes the
        client top up its own balance; otherwise the reseller pays. The secret is `api_secret` when given, else
        generated; it is returned once, in this response.

        Args:
            name: The client's company name, unique among the reseller's clients.
            email: The client's login email, unique across the service.
            password: The client's password for the web application.
            msisdn: The client's phone number.
            contact: The name of the client's contact person.
            timezone: The client's time zone; the reseller's when absent.
            client_pays: `true`: the client pays for its messages; `false`: the reseller pays. Default: ``True``.
            sms_margin: Cents added to the base price of an SMS part.
            number_margin: Cents added to the base monthly price of a virtual number.
            fixed_top_up_amount: The amount of each top-up with `payment_method=fixed`.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            api_secret: The client's API secret; generated when absent.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ClientResponse]: The new client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_CLIENT,
            AddClientRequest(
                name=name,
                email=email,
                password=password,
                msisdn=msisdn,
                contact=contact,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                number_margin=number_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
                api_secret=api_secret,
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_client(
        self,
        *,
        client_id: int,
        name: str | Unset = UNSET,
        contact: str | Unset = UNSET,
        password: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        client_pays: bool | Unset = UNSET,
        sms_margin: float | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
        payment_method: Literal["variable", "fixed"] | PaymentMethod | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ClientResponse]:
        """Change a client account.

        Changes a client account of the calling reseller; absent fields are left unchanged.

        Args:
            client_id: The ID of a client account.
            name: The client's company name, unique among the reseller's clients.
            contact: See the API reference.
            password: A password for the web application, 6 to 100 characters.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            timezone: An IANA time zone name.
            client_pays: See the API reference.
            sms_margin: Cents added to the reseller's base price.
            fixed_top_up_amount: An amount the client's balance is topped up by, in the account's currency.
            payment_method: `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ClientResponse]: The updated client.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.EDIT_CLIENT,
            EditClientRequest(
                client_id=client_id,
                name=name,
                contact=contact,
                password=password,
                msisdn=msisdn,
                timezone=timezone,
                client_pays=client_pays,
                sms_margin=sms_margin,
                fixed_top_up_amount=fixed_top_up_amount,
                payment_method=payment_method if isinstance(payment_method, Unset) else PaymentMethod(payment_method),
            ).to_dict(),
            ClientResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_transactions(
        self,
        *,
        client_id: int,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetTransactionsResponse]:
        """Get the ledger entries of an account.

        Returns one page of the ledger of a client account of the calling reseller, or of the caller's own account
        when `client_id` is its own ID: top-ups, message and number charges, refunds. With no entries, `page.count`
        is 0 and `transactions` is absent.

        Args:
            client_id: A client account of the caller, or the caller's own account ID.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetTransactionsResponse]: One page of ledger entries.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_TRANSACTIONS,
            GetTransactionsRequest(
                client_id=client_id,
                start=start,
                end=end,
                page=page,
                max_=max,
            ).to_dict(),
            GetTransactionsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_transaction(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionResponse]:
        """Get one ledger entry.

        Returns one ledger entry of the caller's account or of one of its clients, with the message it paid for
        (`message_id`, 0 when none).

        Args:
            id: The ID of a ledger entry.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[TransactionResponse]: The ledger entry.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_TRANSACTION,
            TransactionIdRequest(
                id=id,
            ).to_dict(),
            TransactionResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
