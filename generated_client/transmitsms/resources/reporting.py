# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Reporting: Information and delivery reports about sent messages."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .. import operations
from .._runtime.constants import DEFAULT_PAGE_SIZE
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.contact_sms_record import ContactSmsRecord
from ..models.get_contact_sms_stats_request import GetContactSmsStatsRequest
from ..models.get_contact_sms_stats_request_order import GetContactSmsStatsRequestOrder
from ..models.get_contact_sms_stats_request_sort_field import GetContactSmsStatsRequestSortField
from ..models.get_contact_sms_stats_response import GetContactSmsStatsResponse
from ..models.get_message_log_request import GetMessageLogRequest
from ..models.get_message_log_response import GetMessageLogResponse
from ..models.get_message_report_request import GetMessageReportRequest
from ..models.get_message_report_request_type import GetMessageReportRequestType
from ..models.get_message_report_response import GetMessageReportResponse
from ..models.get_sms_delivery_status_request import GetSmsDeliveryStatusRequest
from ..models.get_sms_delivery_status_response import GetSmsDeliveryStatusResponse
from ..models.get_sms_response import GetSmsResponse
from ..models.get_sms_sent_count_request import GetSmsSentCountRequest
from ..models.get_sms_sent_count_response import GetSmsSentCountResponse
from ..models.get_sms_sent_request import GetSmsSentRequest
from ..models.get_sms_sent_request_delivery import GetSmsSentRequestDelivery
from ..models.get_sms_sent_request_optouts import GetSmsSentRequestOptouts
from ..models.get_sms_sent_response import GetSmsSentResponse
from ..models.get_sms_stats_response import GetSmsStatsResponse
from ..models.get_user_sms_sent_request import GetUserSmsSentRequest
from ..models.get_user_sms_sent_response import GetUserSmsSentResponse
from ..models.message_id_request import MessageIdRequest
from ..models.report_message import ReportMessage
from ..models.response_style import ResponseStyle
from ..models.sent_message import SentMessage
from ..models.sent_recipient import SentRecipient
from ..types import UNSET, Unset

__all__ = [
    "ReportingResource",
    "ReportingResourceWithRawResponse",
    "AsyncReportingResource",
    "AsyncReportingResourceWithRawResponse",
]


class ReportingResource(SyncResource):
    """Information and delivery reports about sent messages."""

    @cached_property
    def with_raw_response(self) -> ReportingResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return ReportingResourceWithRawResponse(self._client)

    def get_sms(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsResponse:
        """Get information about a message or campaign.

        Returns a sent (or scheduled) message: its template text, list, cost, parts and delivery counters.
        Individual messages with personalisation and tracked links filled in are returned by
        get-sms-delivery-status.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsResponse: The message.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SMS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_delivery_status(
        self,
        *,
        message_id: int,
        msisdn: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsDeliveryStatusResponse:
        """Get the delivery status of a message to one recipient.

        Returns the message as sent to one recipient, with personalisation and tracked links filled in, its sender,
        and its generic delivery status (`delivered`, `pending` or `failed`; the specific bounce is in
        get-sms-sent).

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            msisdn: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsDeliveryStatusResponse: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SMS_DELIVERY_STATUS,
            GetSmsDeliveryStatusRequest(
                message_id=message_id,
                msisdn=msisdn,
            ).to_dict(),
            GetSmsDeliveryStatusResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_sent_count(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsSentCountResponse:
        """Count the messages sent in a time frame.

        Counts the messages sent between `start` and `end`, which must be at most 7 days apart. Without both, the
        last 24 hours are counted.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsSentCountResponse: The count.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SMS_SENT_COUNT,
            GetSmsSentCountRequest(
                start=start,
                end=end,
            ).to_dict(),
            GetSmsSentCountResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_user_sms_sent(
        self,
        *,
        start: str,
        end: str,
        msisdn: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetUserSmsSentResponse:
        """Get the messages sent in a time frame (activity report).

        Returns one row per message sent to one recipient between `start` and `end`, newest first, optionally only
        those to one number.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            msisdn: Only messages to this number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetUserSmsSentResponse: One page of sent messages.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_USER_SMS_SENT,
            GetUserSmsSentRequest(
                start=start,
                end=end,
                msisdn=msisdn,
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetUserSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_user_sms_sent(
        self,
        *,
        start: str,
        end: str,
        msisdn: str | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetUserSmsSentResponse, SentMessage]:
        """Iterate over the ``messages`` of every page of ``get_user_sms_sent``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``messages`` counts
        as an empty page.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            msisdn: Only messages to this number.
            max: The page size used to fetch the items (the API's maximum by default).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``SentMessage``; its ``pages()`` yields each ``GetUserSmsSentResponse``.
        """
        return SyncPager[GetUserSmsSentResponse, SentMessage](
            lambda page: self.get_user_sms_sent(
                start=start,
                end=end,
                msisdn=msisdn,
                max=max,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.messages, Unset) else answer.messages,
            lambda answer: answer.page.count,
        )

    def get_contact_sms_stats(
        self,
        *,
        mobile: str,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: Literal["delivery_status", "message_id", "datetime_send"]
        | GetContactSmsStatsRequestSortField
        | Unset = UNSET,
        order: Literal["asc", "desc"] | GetContactSmsStatsRequestOrder | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetContactSmsStatsResponse:
        """Get the messages sent to one number.

        Returns the messages sent to `mobile`, with their delivery status. Without `start` and `end`, every message
        since the account was created.

        Args:
            mobile: The recipient, in international format unless `countrycode` is given.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            sort_field: Sort by this field (by `datetime_send` when absent).
            order: Sort order (`asc` when absent).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetContactSmsStatsResponse: One page of messages to the number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_CONTACT_SMS_STATS,
            GetContactSmsStatsRequest(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field
                if isinstance(sort_field, Unset)
                else GetContactSmsStatsRequestSortField(sort_field),
                order=order if isinstance(order, Unset) else GetContactSmsStatsRequestOrder(order),
                page=page,
                max_=max,
            ).to_dict(),
            GetContactSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_contact_sms_stats(
        self,
        *,
        mobile: str,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: Literal["delivery_status", "message_id", "datetime_send"]
        | GetContactSmsStatsRequestSortField
        | Unset = UNSET,
        order: Literal["asc", "desc"] | GetContactSmsStatsRequestOrder | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetContactSmsStatsResponse, ContactSmsRecord]:
        """Iterate over the ``records`` of every page of ``get_contact_sms_stats``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``records`` counts
        as an empty page.

        Args:
            mobile: The recipient, in international format unless `countrycode` is given.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            sort_field: Sort by this field (by `datetime_send` when absent).
            order: Sort order (`asc` when absent).
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``ContactSmsRecord``; its ``pages()`` yields each
                ``GetContactSmsStatsResponse``.
        """
        return SyncPager[GetContactSmsStatsResponse, ContactSmsRecord](
            lambda page: self.get_contact_sms_stats(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field,
                order=order,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.records, Unset) else answer.records,
            lambda answer: answer.page.count,
        )

    def get_sms_stats(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsStatsResponse:
        """Get the delivery counters of a message or campaign.

        Returns how many recipients of the message are delivered, pending, soft- and hard-bounced, how many replied
        or opted out, and how many link hits were recorded.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsStatsResponse: The counters.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SMS_STATS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_sent(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        delivery: Literal["delivered", "failed", "pending"] | GetSmsSentRequestDelivery | Unset = UNSET,
        optouts: Literal["only", "omit"] | GetSmsSentRequestOptouts | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsSentResponse:
        """Get the recipients of a message or campaign.

        Returns the message and one page of its recipients, each with its specific delivery status (`delivered`,
        `pending`, `soft-bounce`, `hard-bounce`) and whether it opted out. With `list_id`, each recipient's custom
        fields on that list are included.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            list_id: Include each recipient's custom fields from this list. `0` means none.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            delivery: Only recipients with this status (`failed` is soft- and hard-bounced); absent (or `all`)
                returns every recipient.
            optouts: `only` returns only recipients who opted out, `omit` only the others; absent (or `include`)
                returns both.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsSentResponse: The message and one page of its recipients.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SMS_SENT,
            GetSmsSentRequest(
                message_id=message_id,
                list_id=list_id,
                page=page,
                max_=max,
                delivery=delivery if isinstance(delivery, Unset) else GetSmsSentRequestDelivery(delivery),
                optouts=optouts if isinstance(optouts, Unset) else GetSmsSentRequestOptouts(optouts),
            ).to_dict(),
            GetSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_sms_sent(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        delivery: Literal["delivered", "failed", "pending"] | GetSmsSentRequestDelivery | Unset = UNSET,
        optouts: Literal["only", "omit"] | GetSmsSentRequestOptouts | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetSmsSentResponse, SentRecipient]:
        """Iterate over the ``recipients`` of every page of ``get_sms_sent``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``recipients``
        counts as an empty page.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            list_id: Include each recipient's custom fields from this list. `0` means none.
            max: The page size used to fetch the items (the API's maximum by default).
            delivery: Only recipients with this status (`failed` is soft- and hard-bounced); absent (or `all`)
                returns every recipient.
            optouts: `only` returns only recipients who opted out, `omit` only the others; absent (or `include`)
                returns both.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``SentRecipient``; its ``pages()`` yields each ``GetSmsSentResponse``.
        """
        return SyncPager[GetSmsSentResponse, SentRecipient](
            lambda page: self.get_sms_sent(
                message_id=message_id,
                list_id=list_id,
                max=max,
                delivery=delivery,
                optouts=optouts,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.recipients, Unset) else answer.recipients,
            lambda answer: answer.page.count,
        )

    def get_message_report(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["all", "api", "campaign", "quick_sms", "email_sms", "keyword", "test_sms"]
        | GetMessageReportRequestType = GetMessageReportRequestType.ALL,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetMessageReportResponse:
        """Get a report of the messages sent in a time frame.

        Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last 24 hours
        without both), with their counters, optionally filtered by kind and sender number. With `list_id`, rows of
        single-recipient messages carry the contact's data from that list.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            list_id: Include the contact data of single-recipient messages from this list. `0` means none.
            number: Only messages sent from this virtual number.
            type: Only messages of this kind. Default: ``GetMessageReportRequestType.ALL``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetMessageReportResponse: One page of the report.

        Raises:
            ValidationError: ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_MESSAGE_REPORT,
            GetMessageReportRequest(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type_=GetMessageReportRequestType(type),
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetMessageReportResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_message_report(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["all", "api", "campaign", "quick_sms", "email_sms", "keyword", "test_sms"]
        | GetMessageReportRequestType = GetMessageReportRequestType.ALL,
        max: int = DEFAULT_PAGE_SIZE,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetMessageReportResponse, ReportMessage]:
        """Iterate over the ``messages`` of every page of ``get_message_report``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``messages`` counts
        as an empty page.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            list_id: Include the contact data of single-recipient messages from this list. `0` means none.
            number: Only messages sent from this virtual number.
            type: Only messages of this kind. Default: ``GetMessageReportRequestType.ALL``.
            max: The page size used to fetch the items (the API's maximum by default).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``ReportMessage``; its ``pages()`` yields each ``GetMessageReportResponse``.
        """
        return SyncPager[GetMessageReportResponse, ReportMessage](
            lambda page: self.get_message_report(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type=type,
                max=max,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.messages, Unset) else answer.messages,
            lambda answer: answer.page.count,
        )

    def get_message_log(
        self,
        *,
        message_id: int,
        mobile: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetMessageLogResponse:
        """Get one outbound message to one recipient.

        Returns the text, sender and send time of a message as sent to one recipient.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            mobile: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetMessageLogResponse: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_MESSAGE_LOG,
            GetMessageLogRequest(
                message_id=message_id,
                mobile=mobile,
            ).to_dict(),
            GetMessageLogResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class ReportingResourceWithRawResponse(SyncResource):
    """Information and delivery reports about sent messages.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def get_sms(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsResponse]:
        """Get information about a message or campaign.

        Returns a sent (or scheduled) message: its template text, list, cost, parts and delivery counters.
        Individual messages with personalisation and tracked links filled in are returned by
        get-sms-delivery-status.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsResponse]: The message.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SMS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_delivery_status(
        self,
        *,
        message_id: int,
        msisdn: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsDeliveryStatusResponse]:
        """Get the delivery status of a message to one recipient.

        Returns the message as sent to one recipient, with personalisation and tracked links filled in, its sender,
        and its generic delivery status (`delivered`, `pending` or `failed`; the specific bounce is in
        get-sms-sent).

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            msisdn: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsDeliveryStatusResponse]: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SMS_DELIVERY_STATUS,
            GetSmsDeliveryStatusRequest(
                message_id=message_id,
                msisdn=msisdn,
            ).to_dict(),
            GetSmsDeliveryStatusResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_sent_count(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsSentCountResponse]:
        """Count the messages sent in a time frame.

        Counts the messages sent between `start` and `end`, which must be at most 7 days apart. Without both, the
        last 24 hours are counted.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsSentCountResponse]: The count.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SMS_SENT_COUNT,
            GetSmsSentCountRequest(
                start=start,
                end=end,
            ).to_dict(),
            GetSmsSentCountResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_user_sms_sent(
        self,
        *,
        start: str,
        end: str,
        msisdn: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetUserSmsSentResponse]:
        """Get the messages sent in a time frame (activity report).

        Returns one row per message sent to one recipient between `start` and `end`, newest first, optionally only
        those to one number.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            msisdn: Only messages to this number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetUserSmsSentResponse]: One page of sent messages.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_USER_SMS_SENT,
            GetUserSmsSentRequest(
                start=start,
                end=end,
                msisdn=msisdn,
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetUserSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_contact_sms_stats(
        self,
        *,
        mobile: str,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: Literal["delivery_status", "message_id", "datetime_send"]
        | GetContactSmsStatsRequestSortField
        | Unset = UNSET,
        order: Literal["asc", "desc"] | GetContactSmsStatsRequestOrder | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetContactSmsStatsResponse]:
        """Get the messages sent to one number.

        Returns the messages sent to `mobile`, with their delivery status. Without `start` and `end`, every message
        since the account was created.

        Args:
            mobile: The recipient, in international format unless `countrycode` is given.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            sort_field: Sort by this field (by `datetime_send` when absent).
            order: Sort order (`asc` when absent).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetContactSmsStatsResponse]: One page of messages to the number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_CONTACT_SMS_STATS,
            GetContactSmsStatsRequest(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field
                if isinstance(sort_field, Unset)
                else GetContactSmsStatsRequestSortField(sort_field),
                order=order if isinstance(order, Unset) else GetContactSmsStatsRequestOrder(order),
                page=page,
                max_=max,
            ).to_dict(),
            GetContactSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_stats(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsStatsResponse]:
        """Get the delivery counters of a message or campaign.

        Returns how many recipients of the message are delivered, pending, soft- and hard-bounced, how many replied
        or opted out, and how many link hits were recorded.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsStatsResponse]: The counters.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SMS_STATS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_sent(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        delivery: Literal["delivered", "failed", "pending"] | GetSmsSentRequestDelivery | Unset = UNSET,
        optouts: Literal["only", "omit"] | GetSmsSentRequestOptouts | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsSentResponse]:
        """Get the recipients of a message or campaign.

        Returns the message and one page of its recipients, each with its specific delivery status (`delivered`,
        `pending`, `soft-bounce`, `hard-bounce`) and whether it opted out. With `list_id`, each recipient's custom
        fields on that list are included.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            list_id: Include each recipient's custom fields from this list. `0` means none.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            delivery: Only recipients with this status (`failed` is soft- and hard-bounced); absent (or `all`)
                returns every recipient.
            optouts: `only` returns only recipients who opted out, `omit` only the others; absent (or `include`)
                returns both.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsSentResponse]: The message and one page of its recipients.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SMS_SENT,
            GetSmsSentRequest(
                message_id=message_id,
                list_id=list_id,
                page=page,
                max_=max,
                delivery=delivery if isinstance(delivery, Unset) else GetSmsSentRequestDelivery(delivery),
                optouts=optouts if isinstance(optouts, Unset) else GetSmsSentRequestOptouts(optouts),
            ).to_dict(),
            GetSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_message_report(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["all", "api", "campaign", "quick_sms", "email_sms", "keyword", "test_sms"]
        | GetMessageReportRequestType = GetMessageReportRequestType.ALL,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetMessageReportResponse]:
        """Get a report of the messages sent in a time frame.

        Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last 24 hours
        without both), with their counters, optionally filtered by kind and sender number. With `list_id`, rows of
        single-recipient messages carry the contact's data from that list.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            list_id: Include the contact data of single-recipient messages from this list. `0` means none.
            number: Only messages sent from this virtual number.
            type: Only messages of this kind. Default: ``GetMessageReportRequestType.ALL``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetMessageReportResponse]: One page of the report.

        Raises:
            ValidationError: ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_MESSAGE_REPORT,
            GetMessageReportRequest(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type_=GetMessageReportRequestType(type),
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetMessageReportResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_message_log(
        self,
        *,
        message_id: int,
        mobile: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetMessageLogResponse]:
        """Get one outbound message to one recipient.

        Returns the text, sender and send time of a message as sent to one recipient.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            mobile: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetMessageLogResponse]: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_MESSAGE_LOG,
            GetMessageLogRequest(
                message_id=message_id,
                mobile=mobile,
            ).to_dict(),
            GetMessageLogResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncReportingResource(AsyncResource):
    """Information and delivery reports about sent messages."""

    @cached_property
    def with_raw_response(self) -> AsyncReportingResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncReportingResourceWithRawResponse(self._client)

    async def get_sms(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsResponse:
        """Get information about a message or campaign.

        Returns a sent (or scheduled) message: its template text, list, cost, parts and delivery counters.
        Individual messages with personalisation and tracked links filled in are returned by
        get-sms-delivery-status.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsResponse: The message.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SMS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_delivery_status(
        self,
        *,
        message_id: int,
        msisdn: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsDeliveryStatusResponse:
        """Get the delivery status of a message to one recipient.

        Returns the message as sent to one recipient, with personalisation and tracked links filled in, its sender,
        and its generic delivery status (`delivered`, `pending` or `failed`; the specific bounce is in
        get-sms-sent).

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            msisdn: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsDeliveryStatusResponse: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SMS_DELIVERY_STATUS,
            GetSmsDeliveryStatusRequest(
                message_id=message_id,
                msisdn=msisdn,
            ).to_dict(),
            GetSmsDeliveryStatusResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_sent_count(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsSentCountResponse:
        """Count the messages sent in a time frame.

        Counts the messages sent between `start` and `end`, which must be at most 7 days apart. Without both, the
        last 24 hours are counted.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsSentCountResponse: The count.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SMS_SENT_COUNT,
            GetSmsSentCountRequest(
                start=start,
                end=end,
            ).to_dict(),
            GetSmsSentCountResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_user_sms_sent(
        self,
        *,
        start: str,
        end: str,
        msisdn: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetUserSmsSentResponse:
        """Get the messages sent in a time frame (activity report).

        Returns one row per message sent to one recipient between `start` and `end`, newest first, optionally only
        those to one number.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            msisdn: Only messages to this number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetUserSmsSentResponse: One page of sent messages.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_USER_SMS_SENT,
            GetUserSmsSentRequest(
                start=start,
                end=end,
                msisdn=msisdn,
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetUserSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_user_sms_sent(
        self,
        *,
        start: str,
        end: str,
        msisdn: str | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetUserSmsSentResponse, SentMessage]:
        """Iterate over the ``messages`` of every page of ``get_user_sms_sent``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``messages`` counts
        as an empty page.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            msisdn: Only messages to this number.
            max: The page size used to fetch the items (the API's maximum by default).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``SentMessage``; its ``pages()`` yields each
                ``GetUserSmsSentResponse``.
        """
        return AsyncPager[GetUserSmsSentResponse, SentMessage](
            lambda page: self.get_user_sms_sent(
                start=start,
                end=end,
                msisdn=msisdn,
                max=max,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.messages, Unset) else answer.messages,
            lambda answer: answer.page.count,
        )

    async def get_contact_sms_stats(
        self,
        *,
        mobile: str,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: Literal["delivery_status", "message_id", "datetime_send"]
        | GetContactSmsStatsRequestSortField
        | Unset = UNSET,
        order: Literal["asc", "desc"] | GetContactSmsStatsRequestOrder | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetContactSmsStatsResponse:
        """Get the messages sent to one number.

        Returns the messages sent to `mobile`, with their delivery status. Without `start` and `end`, every message
        since the account was created.

        Args:
            mobile: The recipient, in international format unless `countrycode` is given.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            sort_field: Sort by this field (by `datetime_send` when absent).
            order: Sort order (`asc` when absent).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetContactSmsStatsResponse: One page of messages to the number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_CONTACT_SMS_STATS,
            GetContactSmsStatsRequest(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field
                if isinstance(sort_field, Unset)
                else GetContactSmsStatsRequestSortField(sort_field),
                order=order if isinstance(order, Unset) else GetContactSmsStatsRequestOrder(order),
                page=page,
                max_=max,
            ).to_dict(),
            GetContactSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_contact_sms_stats(
        self,
        *,
        mobile: str,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: Literal["delivery_status", "message_id", "datetime_send"]
        | GetContactSmsStatsRequestSortField
        | Unset = UNSET,
        order: Literal["asc", "desc"] | GetContactSmsStatsRequestOrder | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetContactSmsStatsResponse, ContactSmsRecord]:
        """Iterate over the ``records`` of every page of ``get_contact_sms_stats``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``records`` counts
        as an empty page.

        Args:
            mobile: The recipient, in international format unless `countrycode` is given.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            sort_field: Sort by this field (by `datetime_send` when absent).
            order: Sort order (`asc` when absent).
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``ContactSmsRecord``; its ``pages()`` yields each
                ``GetContactSmsStatsResponse``.
        """
        return AsyncPager[GetContactSmsStatsResponse, ContactSmsRecord](
            lambda page: self.get_contact_sms_stats(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field,
                order=order,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.records, Unset) else answer.records,
            lambda answer: answer.page.count,
        )

    async def get_sms_stats(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsStatsResponse:
        """Get the delivery counters of a message or campaign.

        Returns how many recipients of the message are delivered, pending, soft- and hard-bounced, how many replied
        or opted out, and how many link hits were recorded.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsStatsResponse: The counters.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SMS_STATS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_sent(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        delivery: Literal["delivered", "failed", "pending"] | GetSmsSentRequestDelivery | Unset = UNSET,
        optouts: Literal["only", "omit"] | GetSmsSentRequestOptouts | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSmsSentResponse:
        """Get the recipients of a message or campaign.

        Returns the message and one page of its recipients, each with its specific delivery status (`delivered`,
        `pending`, `soft-bounce`, `hard-bounce`) and whether it opted out. With `list_id`, each recipient's custom
        fields on that list are included.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            list_id: Include each recipient's custom fields from this list. `0` means none.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            delivery: Only recipients with this status (`failed` is soft- and hard-bounced); absent (or `all`)
                returns every recipient.
            optouts: `only` returns only recipients who opted out, `omit` only the others; absent (or `include`)
                returns both.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetSmsSentResponse: The message and one page of its recipients.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SMS_SENT,
            GetSmsSentRequest(
                message_id=message_id,
                list_id=list_id,
                page=page,
                max_=max,
                delivery=delivery if isinstance(delivery, Unset) else GetSmsSentRequestDelivery(delivery),
                optouts=optouts if isinstance(optouts, Unset) else GetSmsSentRequestOptouts(optouts),
            ).to_dict(),
            GetSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_sms_sent(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        delivery: Literal["delivered", "failed", "pending"] | GetSmsSentRequestDelivery | Unset = UNSET,
        optouts: Literal["only", "omit"] | GetSmsSentRequestOptouts | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetSmsSentResponse, SentRecipient]:
        """Iterate over the ``recipients`` of every page of ``get_sms_sent``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``recipients``
        counts as an empty page.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            list_id: Include each recipient's custom fields from this list. `0` means none.
            max: The page size used to fetch the items (the API's maximum by default).
            delivery: Only recipients with this status (`failed` is soft- and hard-bounced); absent (or `all`)
                returns every recipient.
            optouts: `only` returns only recipients who opted out, `omit` only the others; absent (or `include`)
                returns both.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``SentRecipient``; its ``pages()`` yields each ``GetSmsSentResponse``.
        """
        return AsyncPager[GetSmsSentResponse, SentRecipient](
            lambda page: self.get_sms_sent(
                message_id=message_id,
                list_id=list_id,
                max=max,
                delivery=delivery,
                optouts=optouts,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.recipients, Unset) else answer.recipients,
            lambda answer: answer.page.count,
        )

    async def get_message_report(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["all", "api", "campaign", "quick_sms", "email_sms", "keyword", "test_sms"]
        | GetMessageReportRequestType = GetMessageReportRequestType.ALL,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetMessageReportResponse:
        """Get a report of the messages sent in a time frame.

        Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last 24 hours
        without both), with their counters, optionally filtered by kind and sender number. With `list_id`, rows of
        single-recipient messages carry the contact's data from that list.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            list_id: Include the contact data of single-recipient messages from this list. `0` means none.
            number: Only messages sent from this virtual number.
            type: Only messages of this kind. Default: ``GetMessageReportRequestType.ALL``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetMessageReportResponse: One page of the report.

        Raises:
            ValidationError: ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_MESSAGE_REPORT,
            GetMessageReportRequest(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type_=GetMessageReportRequestType(type),
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetMessageReportResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_message_report(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["all", "api", "campaign", "quick_sms", "email_sms", "keyword", "test_sms"]
        | GetMessageReportRequestType = GetMessageReportRequestType.ALL,
        max: int = DEFAULT_PAGE_SIZE,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetMessageReportResponse, ReportMessage]:
        """Iterate over the ``messages`` of every page of ``get_message_report``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``messages`` counts
        as an empty page.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            list_id: Include the contact data of single-recipient messages from this list. `0` means none.
            number: Only messages sent from this virtual number.
            type: Only messages of this kind. Default: ``GetMessageReportRequestType.ALL``.
            max: The page size used to fetch the items (the API's maximum by default).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``ReportMessage``; its ``pages()`` yields each
                ``GetMessageReportResponse``.
        """
        return AsyncPager[GetMessageReportResponse, ReportMessage](
            lambda page: self.get_message_report(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type=type,
                max=max,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.messages, Unset) else answer.messages,
            lambda answer: answer.page.count,
        )

    async def get_message_log(
        self,
        *,
        message_id: int,
        mobile: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetMessageLogResponse:
        """Get one outbound message to one recipient.

        Returns the text, sender and send time of a message as sent to one recipient.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            mobile: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetMessageLogResponse: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_MESSAGE_LOG,
            GetMessageLogRequest(
                message_id=message_id,
                mobile=mobile,
            ).to_dict(),
            GetMessageLogResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncReportingResourceWithRawResponse(AsyncResource):
    """Information and delivery reports about sent messages.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def get_sms(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsResponse]:
        """Get information about a message or campaign.

        Returns a sent (or scheduled) message: its template text, list, cost, parts and delivery counters.
        Individual messages with personalisation and tracked links filled in are returned by
        get-sms-delivery-status.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsResponse]: The message.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SMS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_delivery_status(
        self,
        *,
        message_id: int,
        msisdn: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsDeliveryStatusResponse]:
        """Get the delivery status of a message to one recipient.

        Returns the message as sent to one recipient, with personalisation and tracked links filled in, its sender,
        and its generic delivery status (`delivered`, `pending` or `failed`; the specific bounce is in
        get-sms-sent).

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            msisdn: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsDeliveryStatusResponse]: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SMS_DELIVERY_STATUS,
            GetSmsDeliveryStatusRequest(
                message_id=message_id,
                msisdn=msisdn,
            ).to_dict(),
            GetSmsDeliveryStatusResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_sent_count(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsSentCountResponse]:
        """Count the messages sent in a time frame.

        Counts the messages sent between `start` and `end`, which must be at most 7 days apart. Without both, the
        last 24 hours are counted.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsSentCountResponse]: The count.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SMS_SENT_COUNT,
            GetSmsSentCountRequest(
                start=start,
                end=end,
            ).to_dict(),
            GetSmsSentCountResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_user_sms_sent(
        self,
        *,
        start: str,
        end: str,
        msisdn: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetUserSmsSentResponse]:
        """Get the messages sent in a time frame (activity report).

        Returns one row per message sent to one recipient between `start` and `end`, newest first, optionally only
        those to one number.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            msisdn: Only messages to this number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetUserSmsSentResponse]: One page of sent messages.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_USER_SMS_SENT,
            GetUserSmsSentRequest(
                start=start,
                end=end,
                msisdn=msisdn,
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetUserSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_contact_sms_stats(
        self,
        *,
        mobile: str,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: Literal["delivery_status", "message_id", "datetime_send"]
        | GetContactSmsStatsRequestSortField
        | Unset = UNSET,
        order: Literal["asc", "desc"] | GetContactSmsStatsRequestOrder | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetContactSmsStatsResponse]:
        """Get the messages sent to one number.

        Returns the messages sent to `mobile`, with their delivery status. Without `start` and `end`, every message
        since the account was created.

        Args:
            mobile: The recipient, in international format unless `countrycode` is given.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            sort_field: Sort by this field (by `datetime_send` when absent).
            order: Sort order (`asc` when absent).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetContactSmsStatsResponse]: One page of messages to the number.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_CONTACT_SMS_STATS,
            GetContactSmsStatsRequest(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field
                if isinstance(sort_field, Unset)
                else GetContactSmsStatsRequestSortField(sort_field),
                order=order if isinstance(order, Unset) else GetContactSmsStatsRequestOrder(order),
                page=page,
                max_=max,
            ).to_dict(),
            GetContactSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_stats(
        self,
        *,
        message_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsStatsResponse]:
        """Get the delivery counters of a message or campaign.

        Returns how many recipients of the message are delivered, pending, soft- and hard-bounced, how many replied
        or opted out, and how many link hits were recorded.

        Args:
            message_id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsStatsResponse]: The counters.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SMS_STATS,
            MessageIdRequest(
                message_id=message_id,
            ).to_dict(),
            GetSmsStatsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_sent(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        delivery: Literal["delivered", "failed", "pending"] | GetSmsSentRequestDelivery | Unset = UNSET,
        optouts: Literal["only", "omit"] | GetSmsSentRequestOptouts | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetSmsSentResponse]:
        """Get the recipients of a message or campaign.

        Returns the message and one page of its recipients, each with its specific delivery status (`delivered`,
        `pending`, `soft-bounce`, `hard-bounce`) and whether it opted out. With `list_id`, each recipient's custom
        fields on that list are included.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            list_id: Include each recipient's custom fields from this list. `0` means none.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            delivery: Only recipients with this status (`failed` is soft- and hard-bounced); absent (or `all`)
                returns every recipient.
            optouts: `only` returns only recipients who opted out, `omit` only the others; absent (or `include`)
                returns both.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetSmsSentResponse]: The message and one page of its recipients.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SMS_SENT,
            GetSmsSentRequest(
                message_id=message_id,
                list_id=list_id,
                page=page,
                max_=max,
                delivery=delivery if isinstance(delivery, Unset) else GetSmsSentRequestDelivery(delivery),
                optouts=optouts if isinstance(optouts, Unset) else GetSmsSentRequestOptouts(optouts),
            ).to_dict(),
            GetSmsSentResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_message_report(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["all", "api", "campaign", "quick_sms", "email_sms", "keyword", "test_sms"]
        | GetMessageReportRequestType = GetMessageReportRequestType.ALL,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetMessageReportResponse]:
        """Get a report of the messages sent in a time frame.

        Returns the messages and campaigns sent between `start` and `end` (at most 30 days apart; the last 24 hours
        without both), with their counters, optionally filtered by kind and sender number. With `list_id`, rows of
        single-recipient messages carry the contact's data from that list.

        Args:
            start: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            end: A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
                00:00:00 UTC of that day.
            list_id: Include the contact data of single-recipient messages from this list. `0` means none.
            number: Only messages sent from this virtual number.
            type: Only messages of this kind. Default: ``GetMessageReportRequestType.ALL``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetMessageReportResponse]: One page of the report.

        Raises:
            ValidationError: ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_MESSAGE_REPORT,
            GetMessageReportRequest(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type_=GetMessageReportRequestType(type),
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetMessageReportResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_message_log(
        self,
        *,
        message_id: int,
        mobile: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetMessageLogResponse]:
        """Get one outbound message to one recipient.

        Returns the text, sender and send time of a message as sent to one recipient.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            mobile: The recipient.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetMessageLogResponse]: The message to this recipient.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_MESSAGE_LOG,
            GetMessageLogRequest(
                message_id=message_id,
                mobile=mobile,
            ).to_dict(),
            GetMessageLogResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
