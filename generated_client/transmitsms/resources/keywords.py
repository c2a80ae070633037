# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Keywords: Keywords on dedicated virtual numbers."""

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
from ..models.add_keyword_request import AddKeywordRequest
from ..models.edit_keyword_request import EditKeywordRequest
from ..models.edit_keyword_request_status import EditKeywordRequestStatus
from ..models.get_keywords_request import GetKeywordsRequest
from ..models.get_keywords_response import GetKeywordsResponse
from ..models.keyword import Keyword
from ..models.keyword_response import KeywordResponse
from ..types import UNSET, Unset

__all__ = [
    "KeywordsResource",
    "KeywordsResourceWithRawResponse",
    "AsyncKeywordsResource",
    "AsyncKeywordsResourceWithRawResponse",
]


class KeywordsResource(SyncResource):
    """Keywords on dedicated virtual numbers."""

    @cached_property
    def with_raw_response(self) -> KeywordsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return KeywordsResourceWithRawResponse(self._client)

    def add_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KeywordResponse:
        """Add a keyword to a virtual number.

        Creates a keyword on a leased number. An inbound message whose first word is the keyword (case-insensitive)
        adds its sender to the keyword's list, answers a new member with `welcome_message` and an existing one with
        `members_message`, and is forwarded to the URL, addresses and numbers given. Without `list_id`, a list named
        "auto list for keyword <KEYWORD>" is created for it.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: Answer a new member with this message.
            members_message: Answer an existing member with this message.
            activate: Open the keyword at once (the default), or create it closed. Default: ``True``.
            forward_url: Notify matching messages to this URL (a reply callback).
            forward_email: Forward matching messages to these email addresses. A list is joined with commas.
            forward_sms: Forward matching messages to these phone numbers. A list is joined with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            KeywordResponse: The new keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_KEYWORD,
            AddKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        status: Literal["open", "closed"] | EditKeywordRequestStatus | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KeywordResponse:
        """Change a keyword.

        Changes a keyword of a leased number; `status` opens or closes it. Options that are absent are left
        unchanged.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            status: `open` activates the keyword, `closed` closes it (in any case: the reference writes "Open" and
                "Closed"); `active` is read as `open` and `inactive` as `closed`.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            members_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            activate: `true` opens the keyword, `false` closes it (as `status`); sent with a `status` that says
                otherwise, `FIELD_INVALID`.
            forward_url: An `http` or `https` URL that the service calls with a GET request; the event's fields are
                appended to any query parameters it already has.
            forward_email: One email address or several separated by commas. A list is joined with commas.
            forward_sms: One phone number or several separated by commas, in international format. A list is joined
                with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            KeywordResponse: The keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.EDIT_KEYWORD,
            EditKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                status=status if isinstance(status, Unset) else EditKeywordRequestStatus(status),
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_keywords(
        self,
        *,
        number: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetKeywordsResponse:
        """Get the keywords.

        Returns one page of the account's keywords, optionally of one virtual number.

        Args:
            number: Only keywords of this virtual number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetKeywordsResponse: One page of keywords.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_KEYWORDS,
            GetKeywordsRequest(
                number=number,
                page=page,
                max_=max,
            ).to_dict(),
            GetKeywordsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_keywords(
        self,
        *,
        number: str | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetKeywordsResponse, Keyword]:
        """Iterate over the ``keywords`` of every page of ``get_keywords``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``keywords`` counts
        as an empty page.

        Args:
            number: Only keywords of this virtual number.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``Keyword``; its ``pages()`` yields each ``GetKeywordsResponse``.
        """
        return SyncPager[GetKeywordsResponse, Keyword](
            lambda page: self.get_keywords(
                number=number,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.keywords, Unset) else answer.keywords,
            lambda answer: answer.page.count,
        )


class KeywordsResourceWithRawResponse(SyncResource):
    """Keywords on dedicated virtual numbers.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def add_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[KeywordResponse]:
        """Add a keyword to a virtual number.

        Creates a keyword on a leased number. An inbound message whose first word is the keyword (case-insensitive)
        adds its sender to the keyword's list, answers a new member with `welcome_message` and an existing one with
        `members_message`, and is forwarded to the URL, addresses and numbers given. Without `list_id`, a list named
        "auto list for keyword <KEYWORD>" is created for it.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: Answer a new member with this message.
            members_message: Answer an existing member with this message.
            activate: Open the keyword at once (the default), or create it closed. Default: ``True``.
            forward_url: Notify matching messages to this URL (a reply callback).
            forward_email: Forward matching messages to these email addresses. A list is joined with commas.
            forward_sms: Forward matching messages to these phone numbers. A list is joined with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[KeywordResponse]: The new keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_KEYWORD,
            AddKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        status: Literal["open", "closed"] | EditKeywordRequestStatus | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[KeywordResponse]:
        """Change a keyword.

        Changes a keyword of a leased number; `status` opens or closes it. Options that are absent are left
        unchanged.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            status: `open` activates the keyword, `closed` closes it (in any case: the reference writes "Open" and
                "Closed"); `active` is read as `open` and `inactive` as `closed`.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            members_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            activate: `true` opens the keyword, `false` closes it (as `status`); sent with a `status` that says
                otherwise, `FIELD_INVALID`.
            forward_url: An `http` or `https` URL that the service calls with a GET request; the event's fields are
                appended to any query parameters it already has.
            forward_email: One email address or several separated by commas. A list is joined with commas.
            forward_sms: One phone number or several separated by commas, in international format. A list is joined
                with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[KeywordResponse]: The keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.EDIT_KEYWORD,
            EditKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                status=status if isinstance(status, Unset) else EditKeywordRequestStatus(status),
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_keywords(
        self,
        *,
        number: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetKeywordsResponse]:
        """Get the keywords.

        Returns one page of the account's keywords, optionally of one virtual number.

        Args:
            number: Only keywords of this virtual number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetKeywordsResponse]: One page of keywords.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_KEYWORDS,
            GetKeywordsRequest(
                number=number,
                page=page,
                max_=max,
            ).to_dict(),
            GetKeywordsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncKeywordsResource(AsyncResource):
    """Keywords on dedicated virtual numbers."""

    @cached_property
    def with_raw_response(self) -> AsyncKeywordsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncKeywordsResourceWithRawResponse(self._client)

    async def add_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KeywordResponse:
        """Add a keyword to a virtual number.

        Creates a keyword on a leased number. An inbound message whose first word is the keyword (case-insensitive)
        adds its sender to the keyword's list, answers a new member with `welcome_message` and an existing one with
        `members_message`, and is forwarded to the URL, addresses and numbers given. Without `list_id`, a list named
        "auto list for keyword <KEYWORD>" is created for it.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: Answer a new member with this message.
            members_message: Answer an existing member with this message.
            activate: Open the keyword at once (the default), or create it closed. Default: ``True``.
            forward_url: Notify matching messages to this URL (a reply callback).
            forward_email: Forward matching messages to these email addresses. A list is joined with commas.
            forward_sms: Forward matching messages to these phone numbers. A list is joined with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            KeywordResponse: The new keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_KEYWORD,
            AddKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        status: Literal["open", "closed"] | EditKeywordRequestStatus | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KeywordResponse:
        """Change a keyword.

        Changes a keyword of a leased number; `status` opens or closes it. Options that are absent are left
        unchanged.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            status: `open` activates the keyword, `closed` closes it (in any case: the reference writes "Open" and
                "Closed"); `active` is read as `open` and `inactive` as `closed`.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            members_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            activate: `true` opens the keyword, `false` closes it (as `status`); sent with a `status` that says
                otherwise, `FIELD_INVALID`.
            forward_url: An `http` or `https` URL that the service calls with a GET request; the event's fields are
                appended to any query parameters it already has.
            forward_email: One email address or several separated by commas. A list is joined with commas.
            forward_sms: One phone number or several separated by commas, in international format. A list is joined
                with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            KeywordResponse: The keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.EDIT_KEYWORD,
            EditKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                status=status if isinstance(status, Unset) else EditKeywordRequestStatus(status),
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_keywords(
        self,
        *,
        number: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetKeywordsResponse:
        """Get the keywords.

        Returns one page of the account's keywords, optionally of one virtual number.

        Args:
            number: Only keywords of this virtual number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetKeywordsResponse: One page of keywords.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_KEYWORDS,
            GetKeywordsRequest(
                number=number,
                page=page,
                max_=max,
            ).to_dict(),
            GetKeywordsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_keywords(
        self,
        *,
        number: str | Unset = UNSET,
        max: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetKeywordsResponse, Keyword]:
        """Iterate over the ``keywords`` of every page of ``get_keywords``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``keywords`` counts
        as an empty page.

        Args:
            number: Only keywords of this virtual number.
            max: The page size used to fetch the items (the API's maximum by default).
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``Keyword``; its ``pages()`` yields each ``GetKeywordsResponse``.
        """
        return AsyncPager[GetKeywordsResponse, Keyword](
            lambda page: self.get_keywords(
                number=number,
                max=max,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.keywords, Unset) else answer.keywords,
            lambda answer: answer.page.count,
        )


class AsyncKeywordsResourceWithRawResponse(AsyncResource):
    """Keywords on dedicated virtual numbers.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def add_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[KeywordResponse]:
        """Add a keyword to a virtual number.

        Creates a keyword on a leased number. An inbound message whose first word is the keyword (case-insensitive)
        adds its sender to the keyword's list, answers a new member with `welcome_message` and an existing one with
        `members_message`, and is forwarded to the URL, addresses and numbers given. Without `list_id`, a list named
        "auto list for keyword <KEYWORD>" is created for it.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: Answer a new member with this message.
            members_message: Answer an existing member with this message.
            activate: Open the keyword at once (the default), or create it closed. Default: ``True``.
            forward_url: Notify matching messages to this URL (a reply callback).
            forward_email: Forward matching messages to these email addresses. A list is joined with commas.
            forward_sms: Forward matching messages to these phone numbers. A list is joined with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[KeywordResponse]: The new keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_KEYWORD,
            AddKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_keyword(
        self,
        *,
        keyword: str,
        number: str,
        reference: str | Unset = UNSET,
        status: Literal["open", "closed"] | EditKeywordRequestStatus | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        forward_email: str | Sequence[str | int] | Unset = UNSET,
        forward_sms: str | Sequence[str | int] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[KeywordResponse]:
        """Change a keyword.

        Changes a keyword of a leased number; `status` opens or closes it. Options that are absent are left
        unchanged.

        Args:
            keyword: A keyword, the first word of an inbound message: letters and digits.
            number: The dedicated virtual number the keyword belongs to.
            reference: Your own reference for the keyword, up to 100 characters.
            status: `open` activates the keyword, `closed` closes it (in any case: the reference writes "Open" and
                "Closed"); `active` is read as `open` and `inactive` as `closed`.
            list_id: Add senders of the keyword to this list. `0` means none.
            welcome_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            members_message: SMS text, at most 612 characters. With only GSM 7-bit characters a single part holds
                160 characters and each part of a longer message 153; with any other character 70 and 67. GSM
                extension characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split
                between two parts.
            activate: `true` opens the keyword, `false` closes it (as `status`); sent with a `status` that says
                otherwise, `FIELD_INVALID`.
            forward_url: An `http` or `https` URL that the service calls with a GET request; the event's fields are
                appended to any query parameters it already has.
            forward_email: One email address or several separated by commas. A list is joined with commas.
            forward_sms: One phone number or several separated by commas, in international format. A list is joined
                with commas.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[KeywordResponse]: The keyword.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.EDIT_KEYWORD,
            EditKeywordRequest(
                keyword=keyword,
                number=number,
                reference=reference,
                status=status if isinstance(status, Unset) else EditKeywordRequestStatus(status),
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email
                if isinstance(forward_email, Unset)
                else join_comma_separated(forward_email),
                forward_sms=forward_sms if isinstance(forward_sms, Unset) else join_comma_separated(forward_sms),
            ).to_dict(),
            KeywordResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_keywords(
        self,
        *,
        number: str | Unset = UNSET,
        page: int = 1,
        max: int = 10,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetKeywordsResponse]:
        """Get the keywords.

        Returns one page of the account's keywords, optionally of one virtual number.

        Args:
            number: Only keywords of this virtual number.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetKeywordsResponse]: One page of keywords.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_KEYWORDS,
            GetKeywordsRequest(
                number=number,
                page=page,
                max_=max,
            ).to_dict(),
            GetKeywordsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
