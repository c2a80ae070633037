# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""SMS: Send and cancel messages, format numbers, read and answer replies, read link hits."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal

from .. import operations
from .._runtime.bulk import AsyncSmsBulkMixin, SmsBulkMixin
from .._runtime.constants import DEFAULT_PAGE_SIZE
from .._runtime.forms import join_comma_separated
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.cancel_sms_request import CancelSmsRequest
from ..models.cancel_sms_response import CancelSmsResponse
from ..models.format_number_request import FormatNumberRequest
from ..models.format_number_response import FormatNumberResponse
from ..models.get_link_hits_request import GetLinkHitsRequest
from ..models.get_link_hits_response import GetLinkHitsResponse
from ..models.get_sms_responses_request import GetSmsResponsesRequest
from ..models.get_user_sms_responses_request import GetUserSmsResponsesRequest
from ..models.get_user_sms_responses_request_keywords import GetUserSmsResponsesRequestKeywords
from ..models.link_hit import LinkHit
from ..models.message_reply_request import MessageReplyRequest
from ..models.message_reply_response import MessageReplyResponse
from ..models.reply import Reply
from ..models.reply_page import ReplyPage
from ..models.send_sms_request import SendSmsRequest
from ..models.send_sms_response import SendSmsResponse
from ..types import UNSET, Unset

__all__ = [
    "SmsResource",
    "SmsResourceWithRawResponse",
    "AsyncSmsResource",
    "AsyncSmsResourceWithRawResponse",
]


class SmsResource(SyncResource, SmsBulkMixin):
    """Send and cancel messages, format numbers, read and answer replies, read link hits."""

    @cached_property
    def with_raw_response(self) -> SmsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return SmsResourceWithRawResponse(self._client)

    def send(
        self,
        *,
        message: str,
        to: str | Sequence[str | int] | Unset = UNSET,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        send_at: str | Unset = UNSET,
        validity: int | Unset = UNSET,
        replies_to_email: str | Unset = UNSET,
        tracked_link_url: str | Unset = UNSET,
        link_hits_callback: str | Unset = UNSET,
        dlr_callback: str | Unset = UNSET,
        reply_callback: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendSmsResponse:
        """Send an SMS to numbers or to a list.

        Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
        (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
        the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
        suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

        The message is charged per part and per recipient (see *Messages* in the introduction): a
        180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
        cost, the call fails with `LEDGER_ERROR` and nothing is sent.

        Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
        of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
        `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
        (at most one per message), and `[unsub-reply-link]` by an opt-out link.

        A message with `send_at` in the future is held until then and can be cancelled with
        cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
        notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            to: One number, or up to 500 separated by commas, in E.164 international format unless `countrycode` is
                given. Numbers that are not valid mobile numbers are skipped. A list is joined with commas.
            list_id: Send to the active contacts of this list instead of to `to`. `0` means none.
            countrycode: Convert local-format numbers in `to` to international format for this country.
            from_: The sender: a dedicated virtual number of the account in international format, or an alphanumeric
                sender ID of up to 11 letters and digits that the account may use (such a message cannot be replied
                to). When omitted, the shared number pool of the destination country is used. Anything else fails
                with `BAD_CALLER_ID`.
            send_at: Send at this UTC time instead of now (`YYYY-MM-DD HH:MM:SS`).
            validity: Minutes to keep trying to deliver. A message not delivered by then expires with a
                `soft-bounce` receipt. 0 or absent means the maximum, 72 hours.
            replies_to_email: Also forward replies to this message to this email address.
            tracked_link_url: The URL behind `[tracked-link]`: each recipient gets a unique short link to it, and
                clicks are reported by get-link-hits and the link-hits callback. A message with `[tracked-link]`
                needs it (`FIELD_EMPTY`), and may use the tag only once (`FIELD_INVALID`).
            link_hits_callback: Notify clicks on this message's tracked link to this URL (overrides the account
                default).
            dlr_callback: Notify delivery receipts of this message to this URL (overrides the account default).
            reply_callback: Notify replies to this message to this URL (overrides the account default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SendSmsResponse: The message was accepted for sending (or scheduled).

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_CALLER_ID``, ``LIST_EMPTY``,
                ``RECIPIENTS_ERROR``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.SEND_SMS,
            SendSmsRequest(
                message=message,
                to=to if isinstance(to, Unset) else join_comma_separated(to),
                list_id=list_id,
                countrycode=countrycode,
                from_=from_,
                send_at=send_at,
                validity=validity,
                replies_to_email=replies_to_email,
                tracked_link_url=tracked_link_url,
                link_hits_callback=link_hits_callback,
                dlr_callback=dlr_callback,
                reply_callback=reply_callback,
            ).to_dict(),
            SendSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def cancel(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CancelSmsResponse:
        """Cancel a scheduled SMS.

        Cancels a message scheduled with `send_at` that has not been sent yet. Its cost is refunded.

        Args:
            id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            CancelSmsResponse: The message was cancelled.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            ConflictError: ``ALREADY_SENT``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.CANCEL_SMS,
            CancelSmsRequest(
                id=id,
            ).to_dict(),
            CancelSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def format_number(
        self,
        *,
        msisdn: str,
        countrycode: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FormatNumberResponse:
        """Format a number for SMS delivery.

        Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164 international
        format for the given country, and says whether it is a valid mobile or landline number. For example `0438
        333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the USA `12818691226`.

        Args:
            msisdn: The number as stored, e.g. `0438 333 061` or `(281) 869-1226`.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            FormatNumberResponse: The number, formatted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.FORMAT_NUMBER,
            FormatNumberRequest(
                msisdn=msisdn,
                countrycode=countrycode,
            ).to_dict(),
            FormatNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_responses(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReplyPage:
        """Get the replies to a message, a keyword or from a number.

        Returns the replies received for a message (`message_id`) or a keyword (`keyword_id`, or `keyword` with its
        `number`), optionally filtered by time and by the replying number. Without `start` and `end`, replies of the
        last 30 days are returned.

        Args:
            message_id: Replies to this message. `0` means none (replies to a keyword are asked for).
            keyword_id: Replies matching this keyword (see get-keywords). `0` means none.
            keyword: Replies matching this keyword on `number`.
            number: The virtual number of `keyword`; required with `keyword`.
            msisdn: Only replies from this number.
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ReplyPage: One page of replies.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_SMS_RESPONSES,
            GetSmsResponsesRequest(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_sms_responses(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool = False,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ReplyPage, Reply]:
        """Iterate over the ``responses`` of every page of ``get_sms_responses``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``responses`` counts
        as an empty page.

        Args:
            message_id: Replies to this message. `0` means none (replies to a keyword are asked for).
            keyword_id: Replies matching this keyword (see get-keywords). `0` means none.
            keyword: Replies matching this keyword on `number`.
            number: The virtual number of `keyword`; required with `keyword`.
            msisdn: Only replies from this number.
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``Reply``; its ``pages()`` yields each ``ReplyPage``.
        """
        return SyncPager[ReplyPage, Reply](
            lambda page: self.get_sms_responses(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.responses, Unset) else answer.responses,
            lambda answer: answer.page.count,
        )

    def get_user_sms_responses(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: Literal["only", "omit"] | GetUserSmsResponsesRequestKeywords | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReplyPage:
        """Get all replies received in a time frame.

        Returns every reply and inbound message the account received between `start` and `end` (the last 30 days
        when both are omitted), newest first.

        Args:
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            keywords: `only` returns only replies matching a keyword, `omit` only the others; absent (or `both`)
                returns all.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ReplyPage: One page of replies.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_USER_SMS_RESPONSES,
            GetUserSmsResponsesRequest(
                start=start,
                end=end,
                keywords=keywords if isinstance(keywords, Unset) else GetUserSmsResponsesRequestKeywords(keywords),
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_user_sms_responses(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: Literal["only", "omit"] | GetUserSmsResponsesRequestKeywords | Unset = UNSET,
        include_original: bool = False,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ReplyPage, Reply]:
        """Iterate over the ``responses`` of every page of ``get_user_sms_responses``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``responses`` counts
        as an empty page.

        Args:
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            keywords: `only` returns only replies matching a keyword, `omit` only the others; absent (or `both`)
                returns all.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``Reply``; its ``pages()`` yields each ``ReplyPage``.
        """
        return SyncPager[ReplyPage, Reply](
            lambda page: self.get_user_sms_responses(
                start=start,
                end=end,
                keywords=keywords,
                include_original=include_original,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.responses, Unset) else answer.responses,
            lambda answer: answer.page.count,
        )

    def message_reply(
        self,
        *,
        message: str,
        from_: str,
        to: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessageReplyResponse:
        """Reply to an inbound message.

        Sends `message` back to the handset `from` that wrote to the account, on the number (or for the message)
        `to` it wrote to, including replies received on the shared number pool. The reply is a new outbound message,
        charged like send-sms.

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            from_: The handset that wrote to the account, which receives the reply.
            to: The virtual number the message came in on, or the ID of the message it replied to.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            MessageReplyResponse: The reply was sent.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            InsufficientFundsError: ``LEDGER_ERROR``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.MESSAGE_REPLY,
            MessageReplyRequest(
                message=message,
                from_=from_,
                to=to,
            ).to_dict(),
            MessageReplyResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_link_hits(
        self,
        *,
        message_id: int,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetLinkHitsResponse:
        """Get the recipients who clicked the tracked link of a message.

        Returns one row per recipient of the message who opened its `[tracked-link]`, with the number of clicks and
        the time of the last one.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetLinkHitsResponse: One page of recipients who clicked.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_LINK_HITS,
            GetLinkHitsRequest(
                message_id=message_id,
                page=page,
                max_=max,
            ).to_dict(),
            GetLinkHitsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_link_hits(
        self,
        *,
        message_id: int,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetLinkHitsResponse, LinkHit]:
        """Iterate over the ``hits`` of every page of ``get_link_hits``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``hits`` counts as
        an empty page.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``LinkHit``; its ``pages()`` yields each ``GetLinkHitsResponse``.
        """
        return SyncPager[GetLinkHitsResponse, LinkHit](
            lambda page: self.get_link_hits(
                message_id=message_id,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.hits, Unset) else answer.hits,
            lambda answer: answer.page.count,
        )


class SmsResourceWithRawResponse(SyncResource):
    """Send and cancel messages, format numbers, read and answer replies, read link hits.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def send(
        self,
        *,
        message: str,
        to: str | Sequence[str | int] | Unset = UNSET,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        send_at: str | Unset = UNSET,
        validity: int | Unset = UNSET,
        replies_to_email: str | Unset = UNSET,
        tracked_link_url: str | Unset = UNSET,
        link_hits_callback: str | Unset = UNSET,
        dlr_callback: str | Unset = UNSET,
        reply_callback: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SendSmsResponse]:
        """Send an SMS to numbers or to a list.

        Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
        (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
        the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
        suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

        The message is charged per part and per recipient (see *Messages* in the introduction): a
        180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
        cost, the call fails with `LEDGER_ERROR` and nothing is sent.

        Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
        of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
        `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
        (at most one per message), and `[unsub-reply-link]` by an opt-out link.

        A message with `send_at` in the future is held until then and can be cancelled with
        cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
        notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            to: One number, or up to 500 separated by commas, in E.164 international format unless `countrycode` is
                given. Numbers that are not valid mobile numbers are skipped. A list is joined with commas.
            list_id: Send to the active contacts of this list instead of to `to`. `0` means none.
            countrycode: Convert local-format numbers in `to` to international format for this country.
            from_: The sender: a dedicated virtual number of the account in international format, or an alphanumeric
                sender ID of up to 11 letters and digits that the account may use (such a message cannot be replied
                to). When omitted, the shared number pool of the destination country is used. Anything else fails
                with `BAD_CALLER_ID`.
            send_at: Send at this UTC time instead of now (`YYYY-MM-DD HH:MM:SS`).
            validity: Minutes to keep trying to deliver. A message not delivered by then expires with a
                `soft-bounce` receipt. 0 or absent means the maximum, 72 hours.
            replies_to_email: Also forward replies to this message to this email address.
            tracked_link_url: The URL behind `[tracked-link]`: each recipient gets a unique short link to it, and
                clicks are reported by get-link-hits and the link-hits callback. A message with `[tracked-link]`
                needs it (`FIELD_EMPTY`), and may use the tag only once (`FIELD_INVALID`).
            link_hits_callback: Notify clicks on this message's tracked link to this URL (overrides the account
                default).
            dlr_callback: Notify delivery receipts of this message to this URL (overrides the account default).
            reply_callback: Notify replies to this message to this URL (overrides the account default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[SendSmsResponse]: The message was accepted for sending (or scheduled).

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_CALLER_ID``, ``LIST_EMPTY``,
                ``RECIPIENTS_ERROR``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.SEND_SMS,
            SendSmsRequest(
                message=message,
                to=to if isinstance(to, Unset) else join_comma_separated(to),
                list_id=list_id,
                countrycode=countrycode,
                from_=from_,
                send_at=send_at,
                validity=validity,
                replies_to_email=replies_to_email,
                tracked_link_url=tracked_link_url,
                link_hits_callback=link_hits_callback,
                dlr_callback=dlr_callback,
                reply_callback=reply_callback,
            ).to_dict(),
            SendSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def cancel(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CancelSmsResponse]:
        """Cancel a scheduled SMS.

        Cancels a message scheduled with `send_at` that has not been sent yet. Its cost is refunded.

        Args:
            id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[CancelSmsResponse]: The message was cancelled.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            ConflictError: ``ALREADY_SENT``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.CANCEL_SMS,
            CancelSmsRequest(
                id=id,
            ).to_dict(),
            CancelSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def format_number(
        self,
        *,
        msisdn: str,
        countrycode: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[FormatNumberResponse]:
        """Format a number for SMS delivery.

        Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164 international
        format for the given country, and says whether it is a valid mobile or landline number. For example `0438
        333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the USA `12818691226`.

        Args:
            msisdn: The number as stored, e.g. `0438 333 061` or `(281) 869-1226`.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[FormatNumberResponse]: The number, formatted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.FORMAT_NUMBER,
            FormatNumberRequest(
                msisdn=msisdn,
                countrycode=countrycode,
            ).to_dict(),
            FormatNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_sms_responses(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReplyPage]:
        """Get the replies to a message, a keyword or from a number.

        Returns the replies received for a message (`message_id`) or a keyword (`keyword_id`, or `keyword` with its
        `number`), optionally filtered by time and by the replying number. Without `start` and `end`, replies of the
        last 30 days are returned.

        Args:
            message_id: Replies to this message. `0` means none (replies to a keyword are asked for).
            keyword_id: Replies matching this keyword (see get-keywords). `0` means none.
            keyword: Replies matching this keyword on `number`.
            number: The virtual number of `keyword`; required with `keyword`.
            msisdn: Only replies from this number.
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ReplyPage]: One page of replies.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_SMS_RESPONSES,
            GetSmsResponsesRequest(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_user_sms_responses(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: Literal["only", "omit"] | GetUserSmsResponsesRequestKeywords | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReplyPage]:
        """Get all replies received in a time frame.

        Returns every reply and inbound message the account received between `start` and `end` (the last 30 days
        when both are omitted), newest first.

        Args:
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            keywords: `only` returns only replies matching a keyword, `omit` only the others; absent (or `both`)
                returns all.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ReplyPage]: One page of replies.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_USER_SMS_RESPONSES,
            GetUserSmsResponsesRequest(
                start=start,
                end=end,
                keywords=keywords if isinstance(keywords, Unset) else GetUserSmsResponsesRequestKeywords(keywords),
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def message_reply(
        self,
        *,
        message: str,
        from_: str,
        to: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MessageReplyResponse]:
        """Reply to an inbound message.

        Sends `message` back to the handset `from` that wrote to the account, on the number (or for the message)
        `to` it wrote to, including replies received on the shared number pool. The reply is a new outbound message,
        charged like send-sms.

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            from_: The handset that wrote to the account, which receives the reply.
            to: The virtual number the message came in on, or the ID of the message it replied to.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[MessageReplyResponse]: The reply was sent.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            InsufficientFundsError: ``LEDGER_ERROR``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.MESSAGE_REPLY,
            MessageReplyRequest(
                message=message,
                from_=from_,
                to=to,
            ).to_dict(),
            MessageReplyResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_link_hits(
        self,
        *,
        message_id: int,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetLinkHitsResponse]:
        """Get the recipients who clicked the tracked link of a message.

        Returns one row per recipient of the message who opened its `[tracked-link]`, with the number of clicks and
        the time of the last one.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetLinkHitsResponse]: One page of recipients who clicked.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_LINK_HITS,
            GetLinkHitsRequest(
                message_id=message_id,
                page=page,
                max_=max,
            ).to_dict(),
            GetLinkHitsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSmsResource(AsyncResource, AsyncSmsBulkMixin):
    """Send and cancel messages, format numbers, read and answer replies, read link hits."""

    @cached_property
    def with_raw_response(self) -> AsyncSmsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncSmsResourceWithRawResponse(self._client)

    async def send(
        self,
        *,
        message: str,
        to: str | Sequence[str | int] | Unset = UNSET,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        send_at: str | Unset = UNSET,
        validity: int | Unset = UNSET,
        replies_to_email: str | Unset = UNSET,
        tracked_link_url: str | Unset = UNSET,
        link_hits_callback: str | Unset = UNSET,
        dlr_callback: str | Unset = UNSET,
        reply_callback: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendSmsResponse:
        """Send an SMS to numbers or to a list.

        Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
        (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
        the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
        suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

        The message is charged per part and per recipient (see *Messages* in the introduction): a
        180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
        cost, the call fails with `LEDGER_ERROR` and nothing is sent.

        Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
        of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
        `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
        (at most one per message), and `[unsub-reply-link]` by an opt-out link.

        A message with `send_at` in the future is held until then and can be cancelled with
        cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
        notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            to: One number, or up to 500 separated by commas, in E.164 international format unless `countrycode` is
                given. Numbers that are not valid mobile numbers are skipped. A list is joined with commas.
            list_id: Send to the active contacts of this list instead of to `to`. `0` means none.
            countrycode: Convert local-format numbers in `to` to international format for this country.
            from_: The sender: a dedicated virtual number of the account in international format, or an alphanumeric
                sender ID of up to 11 letters and digits that the account may use (such a message cannot be replied
                to). When omitted, the shared number pool of the destination country is used. Anything else fails
                with `BAD_CALLER_ID`.
            send_at: Send at this UTC time instead of now (`YYYY-MM-DD HH:MM:SS`).
            validity: Minutes to keep trying to deliver. A message not delivered by then expires with a
                `soft-bounce` receipt. 0 or absent means the maximum, 72 hours.
            replies_to_email: Also forward replies to this message to this email address.
            tracked_link_url: The URL behind `[tracked-link]`: each recipient gets a unique short link to it, and
                clicks are reported by get-link-hits and the link-hits callback. A message with `[tracked-link]`
                needs it (`FIELD_EMPTY`), and may use the tag only once (`FIELD_INVALID`).
            link_hits_callback: Notify clicks on this message's tracked link to this URL (overrides the account
                default).
            dlr_callback: Notify delivery receipts of this message to this URL (overrides the account default).
            reply_callback: Notify replies to this message to this URL (overrides the account default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SendSmsResponse: The message was accepted for sending (or scheduled).

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_CALLER_ID``, ``LIST_EMPTY``,
                ``RECIPIENTS_ERROR``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.SEND_SMS,
            SendSmsRequest(
                message=message,
                to=to if isinstance(to, Unset) else join_comma_separated(to),
                list_id=list_id,
                countrycode=countrycode,
                from_=from_,
                send_at=send_at,
                validity=validity,
                replies_to_email=replies_to_email,
                tracked_link_url=tracked_link_url,
                link_hits_callback=link_hits_callback,
                dlr_callback=dlr_callback,
                reply_callback=reply_callback,
            ).to_dict(),
            SendSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def cancel(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CancelSmsResponse:
        """Cancel a scheduled SMS.

        Cancels a message scheduled with `send_at` that has not been sent yet. Its cost is refunded.

        Args:
            id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            CancelSmsResponse: The message was cancelled.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            ConflictError: ``ALREADY_SENT``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.CANCEL_SMS,
            CancelSmsRequest(
                id=id,
            ).to_dict(),
            CancelSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def format_number(
        self,
        *,
        msisdn: str,
        countrycode: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FormatNumberResponse:
        """Format a number for SMS delivery.

        Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164 international
        format for the given country, and says whether it is a valid mobile or landline number. For example `0438
        333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the USA `12818691226`.

        Args:
            msisdn: The number as stored, e.g. `0438 333 061` or `(281) 869-1226`.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            FormatNumberResponse: The number, formatted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.FORMAT_NUMBER,
            FormatNumberRequest(
                msisdn=msisdn,
                countrycode=countrycode,
            ).to_dict(),
            FormatNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_responses(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReplyPage:
        """Get the replies to a message, a keyword or from a number.

        Returns the replies received for a message (`message_id`) or a keyword (`keyword_id`, or `keyword` with its
        `number`), optionally filtered by time and by the replying number. Without `start` and `end`, replies of the
        last 30 days are returned.

        Args:
            message_id: Replies to this message. `0` means none (replies to a keyword are asked for).
            keyword_id: Replies matching this keyword (see get-keywords). `0` means none.
            keyword: Replies matching this keyword on `number`.
            number: The virtual number of `keyword`; required with `keyword`.
            msisdn: Only replies from this number.
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ReplyPage: One page of replies.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_SMS_RESPONSES,
            GetSmsResponsesRequest(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_sms_responses(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool = False,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ReplyPage, Reply]:
        """Iterate over the ``responses`` of every page of ``get_sms_responses``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``responses`` counts
        as an empty page.

        Args:
            message_id: Replies to this message. `0` means none (replies to a keyword are asked for).
            keyword_id: Replies matching this keyword (see get-keywords). `0` means none.
            keyword: Replies matching this keyword on `number`.
            number: The virtual number of `keyword`; required with `keyword`.
            msisdn: Only replies from this number.
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``Reply``; its ``pages()`` yields each ``ReplyPage``.
        """
        return AsyncPager[ReplyPage, Reply](
            lambda page: self.get_sms_responses(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.responses, Unset) else answer.responses,
            lambda answer: answer.page.count,
        )

    async def get_user_sms_responses(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: Literal["only", "omit"] | GetUserSmsResponsesRequestKeywords | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReplyPage:
        """Get all replies received in a time frame.

        Returns every reply and inbound message the account received between `start` and `end` (the last 30 days
        when both are omitted), newest first.

        Args:
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            keywords: `only` returns only replies matching a keyword, `omit` only the others; absent (or `both`)
                returns all.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ReplyPage: One page of replies.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_USER_SMS_RESPONSES,
            GetUserSmsResponsesRequest(
                start=start,
                end=end,
                keywords=keywords if isinstance(keywords, Unset) else GetUserSmsResponsesRequestKeywords(keywords),
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_user_sms_responses(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: Literal["only", "omit"] | GetUserSmsResponsesRequestKeywords | Unset = UNSET,
        include_original: bool = False,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ReplyPage, Reply]:
        """Iterate over the ``responses`` of every page of ``get_user_sms_responses``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``responses`` counts
        as an empty page.

        Args:
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            keywords: `only` returns only replies matching a keyword, `omit` only the others; absent (or `both`)
                returns all.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``Reply``; its ``pages()`` yields each ``ReplyPage``.
        """
        return AsyncPager[ReplyPage, Reply](
            lambda page: self.get_user_sms_responses(
                start=start,
                end=end,
                keywords=keywords,
                include_original=include_original,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.responses, Unset) else answer.responses,
            lambda answer: answer.page.count,
        )

    async def message_reply(
        self,
        *,
        message: str,
        from_: str,
        to: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessageReplyResponse:
        """Reply to an inbound message.

        Sends `message` back to the handset `from` that wrote to the account, on the number (or for the message)
        `to` it wrote to, including replies received on the shared number pool. The reply is a new outbound message,
        charged like send-sms.

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            from_: The handset that wrote to the account, which receives the reply.
            to: The virtual number the message came in on, or the ID of the message it replied to.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            MessageReplyResponse: The reply was sent.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            InsufficientFundsError: ``LEDGER_ERROR``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.MESSAGE_REPLY,
            MessageReplyRequest(
                message=message,
                from_=from_,
                to=to,
            ).to_dict(),
            MessageReplyResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_link_hits(
        self,
        *,
        message_id: int,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetLinkHitsResponse:
        """Get the recipients who clicked the tracked link of a message.

        Returns one row per recipient of the message who opened its `[tracked-link]`, with the number of clicks and
        the time of the last one.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetLinkHitsResponse: One page of recipients who clicked.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_LINK_HITS,
            GetLinkHitsRequest(
                message_id=message_id,
                page=page,
                max_=max,
            ).to_dict(),
            GetLinkHitsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_link_hits(
        self,
        *,
        message_id: int,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetLinkHitsResponse, LinkHit]:
        """Iterate over the ``hits`` of every page of ``get_link_hits``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``hits`` counts as
        an empty page.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``LinkHit``; its ``pages()`` yields each ``GetLinkHitsResponse``.
        """
        return AsyncPager[GetLinkHitsResponse, LinkHit](
            lambda page: self.get_link_hits(
                message_id=message_id,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.hits, Unset) else answer.hits,
            lambda answer: answer.page.count,
        )


class AsyncSmsResourceWithRawResponse(AsyncResource):
    """Send and cancel messages, format numbers, read and answer replies, read link hits.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def send(
        self,
        *,
        message: str,
        to: str | Sequence[str | int] | Unset = UNSET,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        send_at: str | Unset = UNSET,
        validity: int | Unset = UNSET,
        replies_to_email: str | Unset = UNSET,
        tracked_link_url: str | Unset = UNSET,
        link_hits_callback: str | Unset = UNSET,
        dlr_callback: str | Unset = UNSET,
        reply_callback: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SendSmsResponse]:
        """Send an SMS to numbers or to a list.

        Sends one message to up to 500 numbers (`to`) or to the active contacts of a list
        (`list_id`): exactly one of the two. Invalid numbers in `to` are skipped; if none is left,
        the call fails with `RECIPIENTS_ERROR`. Numbers on the account's Global Opt-Out list are
        suppressed and counted as opt-outs. A list without active contacts fails with `LIST_EMPTY`.

        The message is charged per part and per recipient (see *Messages* in the introduction): a
        180-character GSM message to 2 recipients is `sms: 4`. If the balance does not cover the
        cost, the call fails with `LEDGER_ERROR` and nothing is sent.

        Personalisation: in a send to a list, `[firstname]`, `[lastname]`, `[mobile]` and the name
        of any custom field in square brackets (`[Postcode]`) are replaced per recipient.
        `[tracked-link]` is replaced by a unique short link to `tracked_link_url` per recipient
        (at most one per message), and `[unsub-reply-link]` by an opt-out link.

        A message with `send_at` in the future is held until then and can be cancelled with
        cancel-sms; a time in the past sends at once. Delivery receipts, replies and link hits are
        notified to the callback URLs given here, else to the account defaults (see *Callbacks*).

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            to: One number, or up to 500 separated by commas, in E.164 international format unless `countrycode` is
                given. Numbers that are not valid mobile numbers are skipped. A list is joined with commas.
            list_id: Send to the active contacts of this list instead of to `to`. `0` means none.
            countrycode: Convert local-format numbers in `to` to international format for this country.
            from_: The sender: a dedicated virtual number of the account in international format, or an alphanumeric
                sender ID of up to 11 letters and digits that the account may use (such a message cannot be replied
                to). When omitted, the shared number pool of the destination country is used. Anything else fails
                with `BAD_CALLER_ID`.
            send_at: Send at this UTC time instead of now (`YYYY-MM-DD HH:MM:SS`).
            validity: Minutes to keep trying to deliver. A message not delivered by then expires with a
                `soft-bounce` receipt. 0 or absent means the maximum, 72 hours.
            replies_to_email: Also forward replies to this message to this email address.
            tracked_link_url: The URL behind `[tracked-link]`: each recipient gets a unique short link to it, and
                clicks are reported by get-link-hits and the link-hits callback. A message with `[tracked-link]`
                needs it (`FIELD_EMPTY`), and may use the tag only once (`FIELD_INVALID`).
            link_hits_callback: Notify clicks on this message's tracked link to this URL (overrides the account
                default).
            dlr_callback: Notify delivery receipts of this message to this URL (overrides the account default).
            reply_callback: Notify replies to this message to this URL (overrides the account default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[SendSmsResponse]: The message was accepted for sending (or scheduled).

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_CALLER_ID``, ``LIST_EMPTY``,
                ``RECIPIENTS_ERROR``
            InsufficientFundsError: ``LEDGER_ERROR``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.SEND_SMS,
            SendSmsRequest(
                message=message,
                to=to if isinstance(to, Unset) else join_comma_separated(to),
                list_id=list_id,
                countrycode=countrycode,
                from_=from_,
                send_at=send_at,
                validity=validity,
                replies_to_email=replies_to_email,
                tracked_link_url=tracked_link_url,
                link_hits_callback=link_hits_callback,
                dlr_callback=dlr_callback,
                reply_callback=reply_callback,
            ).to_dict(),
            SendSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def cancel(
        self,
        *,
        id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CancelSmsResponse]:
        """Cancel a scheduled SMS.

        Cancels a message scheduled with `send_at` that has not been sent yet. Its cost is refunded.

        Args:
            id: The ID returned by send-sms.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[CancelSmsResponse]: The message was cancelled.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            ConflictError: ``ALREADY_SENT``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.CANCEL_SMS,
            CancelSmsRequest(
                id=id,
            ).to_dict(),
            CancelSmsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def format_number(
        self,
        *,
        msisdn: str,
        countrycode: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[FormatNumberResponse]:
        """Format a number for SMS delivery.

        Converts a number as stored in a CRM (local format, spaces, hyphens, brackets) into E.164 international
        format for the given country, and says whether it is a valid mobile or landline number. For example `0438
        333 061` in Australia becomes `61438333061`, and `(281) 869-1226` in the USA `12818691226`.

        Args:
            msisdn: The number as stored, e.g. `0438 333 061` or `(281) 869-1226`.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[FormatNumberResponse]: The number, formatted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.FORMAT_NUMBER,
            FormatNumberRequest(
                msisdn=msisdn,
                countrycode=countrycode,
            ).to_dict(),
            FormatNumberResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_sms_responses(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReplyPage]:
        """Get the replies to a message, a keyword or from a number.

        Returns the replies received for a message (`message_id`) or a keyword (`keyword_id`, or `keyword` with its
        `number`), optionally filtered by time and by the replying number. Without `start` and `end`, replies of the
        last 30 days are returned.

        Args:
            message_id: Replies to this message. `0` means none (replies to a keyword are asked for).
            keyword_id: Replies matching this keyword (see get-keywords). `0` means none.
            keyword: Replies matching this keyword on `number`.
            number: The virtual number of `keyword`; required with `keyword`.
            msisdn: Only replies from this number.
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ReplyPage]: One page of replies.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            AccessDeniedError: ``NO_ACCESS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_SMS_RESPONSES,
            GetSmsResponsesRequest(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_user_sms_responses(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: Literal["only", "omit"] | GetUserSmsResponsesRequestKeywords | Unset = UNSET,
        include_original: bool = False,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReplyPage]:
        """Get all replies received in a time frame.

        Returns every reply and inbound message the account received between `start` and `end` (the last 30 days
        when both are omitted), newest first.

        Args:
            start: Only replies received at or after this time (within the last 12 months).
            end: Only replies received at or before this time.
            keywords: `only` returns only replies matching a keyword, `omit` only the others; absent (or `both`)
                returns all.
            include_original: Include the text of the message each reply answers (`original_message`). Default:
                ``False``.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ReplyPage]: One page of replies.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_USER_SMS_RESPONSES,
            GetUserSmsResponsesRequest(
                start=start,
                end=end,
                keywords=keywords if isinstance(keywords, Unset) else GetUserSmsResponsesRequestKeywords(keywords),
                include_original=include_original,
                page=page,
                max_=max,
            ).to_dict(),
            ReplyPage.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def message_reply(
        self,
        *,
        message: str,
        from_: str,
        to: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MessageReplyResponse]:
        """Reply to an inbound message.

        Sends `message` back to the handset `from` that wrote to the account, on the number (or for the message)
        `to` it wrote to, including replies received on the shared number pool. The reply is a new outbound message,
        charged like send-sms.

        Args:
            message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds 160
                characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
                characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two
                parts.
            from_: The handset that wrote to the account, which receives the reply.
            to: The virtual number the message came in on, or the ID of the message it replied to.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[MessageReplyResponse]: The reply was sent.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            InsufficientFundsError: ``LEDGER_ERROR``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.MESSAGE_REPLY,
            MessageReplyRequest(
                message=message,
                from_=from_,
                to=to,
            ).to_dict(),
            MessageReplyResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_link_hits(
        self,
        *,
        message_id: int,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetLinkHitsResponse]:
        """Get the recipients who clicked the tracked link of a message.

        Returns one row per recipient of the message who opened its `[tracked-link]`, with the number of clicks and
        the time of the last one.

        Args:
            message_id: The numeric ID of a sent message (a campaign, when sent to several recipients).
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetLinkHitsResponse]: One page of recipients who clicked.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AccessDeniedError: ``NO_ACCESS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_LINK_HITS,
            GetLinkHitsRequest(
                message_id=message_id,
                page=page,
                max_=max,
            ).to_dict(),
            GetLinkHitsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
