# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""The blocking client, ``TransmitSMS``.

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

from ._runtime.sync_client import SyncClient

if TYPE_CHECKING:
    from .resources.account import AccountResource
    from .resources.email_sms import EmailSmsResource
    from .resources.keywords import KeywordsResource
    from .resources.lists import ListsResource
    from .resources.numbers import NumbersResource
    from .resources.reporting import ReportingResource
    from .resources.resellers import ResellersResource
    from .resources.sms import SmsResource

__all__ = ["TransmitSMS"]


class TransmitSMS(SyncClient):
    """The blocking Transmit SMS client.

        >>> with TransmitSMS(api_key="...", api_secret="...") as client:  # doctest: +SKIP
        ...     client.sms.send(message="Hello", to=["61491570156"])

    Args:
        api_key: The account's API key; default ``TRANSMITSMS_API_KEY``.
        api_secret: The account's API secret; default ``TRANSMITSMS_API_SECRET``.
        base_url: Default ``TRANSMITSMS_BASE_URL``, else ``https://api.transmitsms.com``. Plain
            ``http://`` is refused except to a loopback address (the local simulator), unless
            ``allow_insecure_http``.
        timeout: Seconds, an ``httpx.Timeout``, or None for none; default 30 s (5 s to connect).
        max_retries: Retries of the failures that are safe to repeat; default 3.
        rate_limit: Calls per second of the client-side limiter (default 2.0), a ``RateLimiter``
            to share, or None to turn it off.
        allow_insecure_http: Accept plain ``http://`` to any host, e.g. a simulator service in
            docker-compose or CI (``http://sim:8080``); default ``TRANSMITSMS_ALLOW_INSECURE_HTTP=1``,
            else False.
        strict_responses: Raise ``MalformedResponseError`` (naming the operation and the field)
            for a success answer that deviates from the spec; default ``TRANSMITSMS_STRICT_RESPONSES``,
            else False: answers are read as the service sends them (missing fields ``UNSET``,
            unexpected values kept as received).
        transport: An httpx transport to build the connection pool on (``httpx.MockTransport``,
            ``httpx.ASGITransport``...).
        http_client: A ready ``httpx.Client`` to use instead (not closed by the client).

    Raises:
        ConfigurationError: missing credentials, or an insecure or invalid base URL.
    """

    @cached_property
    def sms(self) -> SmsResource:
        """SMS: Send and cancel messages, format numbers, read and answer replies, read link hits."""
        from .resources.sms import SmsResource

        return SmsResource(self)

    @cached_property
    def reporting(self) -> ReportingResource:
        """Reporting: Information and delivery reports about sent messages."""
        from .resources.reporting import ReportingResource

        return ReportingResource(self)

    @cached_property
    def lists(self) -> ListsResource:
        """Lists: Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files
        get-list, get-lists and get-contact under its Reporting section; they read lists, so this document
        tags them Lists."""
        from .resources.lists import ListsResource

        return ListsResource(self)

    @cached_property
    def numbers(self) -> NumbersResource:
        """Numbers: Dedicated virtual numbers and sender IDs."""
        from .resources.numbers import NumbersResource

        return NumbersResource(self)

    @cached_property
    def email_sms(self) -> EmailSmsResource:
        """Email SMS: Email addresses authorised to send SMS by email."""
        from .resources.email_sms import EmailSmsResource

        return EmailSmsResource(self)

    @cached_property
    def keywords(self) -> KeywordsResource:
        """Keywords: Keywords on dedicated virtual numbers."""
        from .resources.keywords import KeywordsResource

        return KeywordsResource(self)

    @cached_property
    def account(self) -> AccountResource:
        """Account: The account's balance."""
        from .resources.account import AccountResource

        return AccountResource(self)

    @cached_property
    def resellers(self) -> ResellersResource:
        """Resellers: Client accounts managed by a reseller account, and their ledgers."""
        from .resources.resellers import ResellersResource

        return ResellersResource(self)
