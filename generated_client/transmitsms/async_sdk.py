# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""The asyncio client, ``AsyncTransmitSMS``.

Each tag of the spec is a resource group, created on first access:

* ``client.sms``: Send and cancel messages, format numbers, read and answer replies, read link hits.
* ``client.reporting``: Information and delivery reports about sent messages.
* ``client.lists``: Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files
  get-list, get-lists and get-contact under its Reporting section; they read lists, so this document
  tags them Lists.
* ``client.numbers``: Dedicated virtual numbers and sender IDs.
* ``client.email_sms``: Email addresses authorised to send SMS by email.
* ``client.keywords``: Keywords on dedicated virtual numbers.
* ``client.account``: The account's balance.
* ``client.resellers``: Client accounts managed by a reseller account, and their ledgers.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.async_client import AsyncClient

if TYPE_CHECKING:
    from .resources.account import AsyncAccountResource
    from .resources.email_sms import AsyncEmailSmsResource
    from .resources.keywords import AsyncKeywordsResource
    from .resources.lists import AsyncListsResource
    from .resources.numbers import AsyncNumbersResource
    from .resources.reporting import AsyncReportingResource
    from .resources.resellers import AsyncResellersResource
    from .resources.sms import AsyncSmsResource

__all__ = ["AsyncTransmitSMS"]


class AsyncTransmitSMS(AsyncClient):
    """The asyncio Transmit SMS client; the same surface as ``TransmitSMS``, with ``await``.

        >>> async with AsyncTransmitSMS() as client:  # doctest: +SKIP
        ...     await client.sms.send(message="Hello", to=["61491570156"])

    Takes the arguments of ``TransmitSMS`` (with an ``httpx.AsyncBaseTransport`` or an
    ``httpx.AsyncClient``).

    Raises:
        ConfigurationError: missing credentials, or an insecure or invalid base URL.
    """

    @cached_property
    def sms(self) -> AsyncSmsResource:
        """SMS: Send and cancel messages, format numbers, read and answer replies, read link hits."""
        from .resources.sms import AsyncSmsResource

        return AsyncSmsResource(self)

    @cached_property
    def reporting(self) -> AsyncReportingResource:
        """Reporting: Information and delivery reports about sent messages."""
        from .resources.reporting import AsyncReportingResource

        return AsyncReportingResource(self)

    @cached_property
    def lists(self) -> AsyncListsResource:
        """Lists: Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files
        get-list, get-lists and get-contact under its Reporting section; they read lists, so this document
        tags them Lists."""
        from .resources.lists import AsyncListsResource

        return AsyncListsResource(self)

    @cached_property
    def numbers(self) -> AsyncNumbersResource:
        """Numbers: Dedicated virtual numbers and sender IDs."""
        from .resources.numbers import AsyncNumbersResource

        return AsyncNumbersResource(self)

    @cached_property
    def email_sms(self) -> AsyncEmailSmsResource:
        """Email SMS: Email addresses authorised to send SMS by email."""
        from .resources.email_sms import AsyncEmailSmsResource

        return AsyncEmailSmsResource(self)

    @cached_property
    def keywords(self) -> AsyncKeywordsResource:
        """Keywords: Keywords on dedicated virtual numbers."""
        from .resources.keywords import AsyncKeywordsResource

        return AsyncKeywordsResource(self)

    @cached_property
    def account(self) -> AsyncAccountResource:
        """Account: The account's balance."""
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def resellers(self) -> AsyncResellersResource:
        """Resellers: Client accounts managed by a reseller account, and their ledgers."""
        from .resources.resellers import AsyncResellersResource

        return AsyncResellersResource(self)
