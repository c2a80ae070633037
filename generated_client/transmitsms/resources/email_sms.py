# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Email SMS: Email addresses authorised to send SMS by email."""

from __future__ import annotations

from functools import cached_property

from .. import operations
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.add_email_request import AddEmailRequest
from ..models.delete_email_request import DeleteEmailRequest
from ..models.email_response import EmailResponse
from ..types import UNSET, Unset

__all__ = [
    "EmailSmsResource",
    "EmailSmsResourceWithRawResponse",
    "AsyncEmailSmsResource",
    "AsyncEmailSmsResourceWithRawResponse",
]


class EmailSmsResource(SyncResource):
    """Email addresses authorised to send SMS by email."""

    @cached_property
    def with_raw_response(self) -> EmailSmsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return EmailSmsResourceWithRawResponse(self._client)

    def add_email(
        self,
        *,
        email: str,
        max_sms: int = 1,
        number: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmailResponse:
        """Authorise an email address to send SMS.

        Authorises an address, or every address of a domain (`*@example.com`), to send SMS by email. `max_sms` caps
        the parts one email may turn into.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            max_sms: The most parts one email may become: 1 (up to 160 characters), 2 (306), 3 (459) or 4 (612).
                Default: ``1``.
            number: Send these messages from this dedicated virtual number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            EmailResponse: The address was authorised.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_EMAIL,
            AddEmailRequest(
                email=email,
                max_sms=max_sms,
                number=number,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_email(
        self,
        *,
        email: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmailResponse:
        """Remove an authorised email address.

        Removes an address from the authorised list; a wildcard (`*@example.com`) removes every address of the
        domain.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            EmailResponse: The address was removed.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.DELETE_EMAIL,
            DeleteEmailRequest(
                email=email,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class EmailSmsResourceWithRawResponse(SyncResource):
    """Email addresses authorised to send SMS by email.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def add_email(
        self,
        *,
        email: str,
        max_sms: int = 1,
        number: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmailResponse]:
        """Authorise an email address to send SMS.

        Authorises an address, or every address of a domain (`*@example.com`), to send SMS by email. `max_sms` caps
        the parts one email may turn into.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            max_sms: The most parts one email may become: 1 (up to 160 characters), 2 (306), 3 (459) or 4 (612).
                Default: ``1``.
            number: Send these messages from this dedicated virtual number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[EmailResponse]: The address was authorised.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_EMAIL,
            AddEmailRequest(
                email=email,
                max_sms=max_sms,
                number=number,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_email(
        self,
        *,
        email: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmailResponse]:
        """Remove an authorised email address.

        Removes an address from the authorised list; a wildcard (`*@example.com`) removes every address of the
        domain.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[EmailResponse]: The address was removed.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.DELETE_EMAIL,
            DeleteEmailRequest(
                email=email,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEmailSmsResource(AsyncResource):
    """Email addresses authorised to send SMS by email."""

    @cached_property
    def with_raw_response(self) -> AsyncEmailSmsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncEmailSmsResourceWithRawResponse(self._client)

    async def add_email(
        self,
        *,
        email: str,
        max_sms: int = 1,
        number: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmailResponse:
        """Authorise an email address to send SMS.

        Authorises an address, or every address of a domain (`*@example.com`), to send SMS by email. `max_sms` caps
        the parts one email may turn into.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            max_sms: The most parts one email may become: 1 (up to 160 characters), 2 (306), 3 (459) or 4 (612).
                Default: ``1``.
            number: Send these messages from this dedicated virtual number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            EmailResponse: The address was authorised.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_EMAIL,
            AddEmailRequest(
                email=email,
                max_sms=max_sms,
                number=number,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_email(
        self,
        *,
        email: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmailResponse:
        """Remove an authorised email address.

        Removes an address from the authorised list; a wildcard (`*@example.com`) removes every address of the
        domain.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            EmailResponse: The address was removed.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.DELETE_EMAIL,
            DeleteEmailRequest(
                email=email,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEmailSmsResourceWithRawResponse(AsyncResource):
    """Email addresses authorised to send SMS by email.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def add_email(
        self,
        *,
        email: str,
        max_sms: int = 1,
        number: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmailResponse]:
        """Authorise an email address to send SMS.

        Authorises an address, or every address of a domain (`*@example.com`), to send SMS by email. `max_sms` caps
        the parts one email may turn into.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            max_sms: The most parts one email may become: 1 (up to 160 characters), 2 (306), 3 (459) or 4 (612).
                Default: ``1``.
            number: Send these messages from this dedicated virtual number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[EmailResponse]: The address was authorised.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_EMAIL,
            AddEmailRequest(
                email=email,
                max_sms=max_sms,
                number=number,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_email(
        self,
        *,
        email: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmailResponse]:
        """Remove an authorised email address.

        Removes an address from the authorised list; a wildcard (`*@example.com`) removes every address of the
        domain.

        Args:
            email: The address, or `*@domain` for every address of a domain.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[EmailResponse]: The address was removed.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.DELETE_EMAIL,
            DeleteEmailRequest(
                email=email,
            ).to_dict(),
            EmailResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
