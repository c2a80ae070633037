# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Lists: Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files
get-list, get-lists and get-contact under its Reporting section; they read lists, so this document
tags them Lists."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .. import operations
from .._runtime.constants import DEFAULT_PAGE_SIZE
from .._runtime.options import NOT_GIVEN, NotGiven, TimeoutTypes
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.resource import AsyncResource, SyncResource
from .._runtime.response import RawResponse
from ..models.add_contacts_bulk_progress_response import AddContactsBulkProgressResponse
from ..models.add_contacts_bulk_request import AddContactsBulkRequest
from ..models.add_contacts_bulk_response import AddContactsBulkResponse
from ..models.add_field_to_list_request import AddFieldToListRequest
from ..models.add_field_to_list_response import AddFieldToListResponse
from ..models.add_list_request import AddListRequest
from ..models.add_list_response import AddListResponse
from ..models.add_to_list_request import AddToListRequest
from ..models.contact import Contact
from ..models.contact_response import ContactResponse
from ..models.delete_from_list_request import DeleteFromListRequest
from ..models.edit_list_member_request import EditListMemberRequest
from ..models.get_contact_request import GetContactRequest
from ..models.get_list_request import GetListRequest
from ..models.get_list_request_members import GetListRequestMembers
from ..models.get_list_response import GetListResponse
from ..models.get_lists_request import GetListsRequest
from ..models.get_lists_response import GetListsResponse
from ..models.list_id_request import ListIdRequest
from ..models.list_ids_response import ListIdsResponse
from ..models.list_summary import ListSummary
from ..models.ok_response import OkResponse
from ..models.optout_list_member_request import OptoutListMemberRequest
from ..models.response_style import ResponseStyle
from ..models.set_list_callback_request import SetListCallbackRequest
from ..models.set_list_callback_response import SetListCallbackResponse
from ..types import UNSET, Unset

__all__ = [
    "ListsResource",
    "ListsResourceWithRawResponse",
    "AsyncListsResource",
    "AsyncListsResourceWithRawResponse",
]


class ListsResource(SyncResource):
    """Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files get-list,
    get-lists and get-contact under its Reporting section; they read lists, so this document tags them Lists."""

    @cached_property
    def with_raw_response(self) -> ListsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return ListsResourceWithRawResponse(self._client)

    def get_list(
        self,
        *,
        list_id: int,
        page: int = 1,
        max: int = 10,
        members: Literal["active", "inactive", "none"] | GetListRequestMembers | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetListResponse:
        """Get a list, its custom fields and its contacts.

        Returns a list's metadata and one page of its contacts: all of them, only active or only inactive (deleted
        or opted-out) ones, or none (`members=none`, metadata only).

        Args:
            list_id: The numeric ID of a contact list.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            members: `active` or `inactive` contacts only, or `none` for the metadata alone; all contacts when
                absent (or `all`).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetListResponse: The list and one page of its contacts.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_LIST,
            GetListRequest(
                list_id=list_id,
                page=page,
                max_=max,
                members=members if isinstance(members, Unset) else GetListRequestMembers(members),
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_list(
        self,
        *,
        list_id: int,
        max: int = DEFAULT_PAGE_SIZE,
        members: Literal["active", "inactive", "none"] | GetListRequestMembers | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetListResponse, Contact]:
        """Iterate over the ``members`` of every page of ``get_list``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``members`` counts
        as an empty page.

        Args:
            list_id: The numeric ID of a contact list.
            max: The page size used to fetch the items (the API's maximum by default).
            members: `active` or `inactive` contacts only, or `none` for the metadata alone; all contacts when
                absent (or `all`).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``Contact``; its ``pages()`` yields each ``GetListResponse``.
        """
        return SyncPager[GetListResponse, Contact](
            lambda page: self.get_list(
                list_id=list_id,
                max=max,
                members=members,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.members, Unset) else answer.members,
            lambda answer: answer.page.count,
        )

    def get_lists(
        self,
        *,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetListsResponse:
        """Get all lists.

        Returns one page of the account's lists, with their custom fields and member counts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetListsResponse: One page of lists.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_LISTS,
            GetListsRequest(
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_lists(
        self,
        *,
        max: int = DEFAULT_PAGE_SIZE,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPager[GetListsResponse, ListSummary]:
        """Iterate over the ``lists`` of every page of ``get_lists``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``lists`` counts as
        an empty page.

        Args:
            max: The page size used to fetch the items (the API's maximum by default).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SyncPager: an iterable of ``ListSummary``; its ``pages()`` yields each ``GetListsResponse``.
        """
        return SyncPager[GetListsResponse, ListSummary](
            lambda page: self.get_lists(
                max=max,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.lists, Unset) else answer.lists,
            lambda answer: answer.page.count,
        )

    def get_contact(
        self,
        *,
        list_id: int,
        msisdn: str,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Get a contact of a list.

        Returns a contact of a list, with its custom field values.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ContactResponse: The contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.GET_CONTACT,
            GetContactRequest(
                list_id=list_id,
                msisdn=msisdn,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_list(
        self,
        *,
        name: str,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddListResponse:
        """Create a list.

        Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom fields
        can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are compared in any case:
        `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

        Args:
            name: A name for the list, unique in the account.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddListResponse: The new list.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_LIST,
            AddListRequest(
                name=name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_field_to_list(
        self,
        *,
        list_id: int,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddFieldToListResponse:
        """Add or rename custom fields of a list.

        Names custom field slots of an existing list (`field_1` … `field_10`; at least one). A slot that already has
        a name is renamed. The response names the slots `custom_n`.

        Args:
            list_id: The numeric ID of a contact list.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddFieldToListResponse: The fields that were named.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_FIELD_TO_LIST,
            AddFieldToListRequest(
                list_id=list_id,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddFieldToListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove_list(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OkResponse:
        """Delete a list and its contacts.

        Deletes a list and its contacts. Messages already sent to it keep their reports.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            OkResponse: The list was deleted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.REMOVE_LIST,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_to_list(
        self,
        *,
        list_id: int,
        msisdn: str,
        countrycode: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Add a contact to a list.

        Adds a number to a list, with names and custom field values (`field_n` sets the value of custom field n). A
        number already on the list is left unchanged and answers `KEY_EXISTS` (use edit-list-member to change it); a
        number that opted out answers `OPTOUT`.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ContactResponse: The new contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_TO_LIST,
            AddToListRequest(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_list_member(
        self,
        *,
        list_id: int,
        msisdn: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Update a contact of a list.

        Changes the names or custom field values of a contact already on a list; parameters that are absent are left
        unchanged.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ContactResponse: The updated contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.EDIT_LIST_MEMBER,
            EditListMemberRequest(
                list_id=list_id,
                msisdn=msisdn,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_from_list(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListIdsResponse:
        """Remove a contact from one list or all lists.

        Removes a number from a list, or from every list of the account when `list_id` is 0 or absent. A removed
        contact stays on the list as `inactive`.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ListIdsResponse: The lists the contact was removed from.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.DELETE_FROM_LIST,
            DeleteFromListRequest(
                msisdn=msisdn,
                list_id=list_id,
                countrycode=countrycode,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def optout_list_member(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListIdsResponse:
        """Opt a contact out of one list or all lists.

        Unsubscribes a number from a list, or from every list when `list_id` is 0 or absent. When the account's
        Global Opt-Out is on, opting out of one list opts out of all of them and adds the number to the Global
        Opt-Out list, so later sends to it are suppressed.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ListIdsResponse: The lists the contact was opted out of.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.OPTOUT_LIST_MEMBER,
            OptoutListMemberRequest(
                msisdn=msisdn,
                list_id=list_id,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_contacts_bulk(
        self,
        *,
        file_url: str,
        list_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddContactsBulkResponse:
        """Import contacts from a CSV file.

        Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
        list created with `name`: exactly one of the two. Contacts already on the list are updated.
        The file is fetched and imported in the background: a 200 answer means only that the
        import started; follow it with add-contacts-bulk-progress.

        The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
        fields, in that order, and only `Mobile` is required. A column whose header matches the name
        of a custom field (`field_n` names them) fills that field. The URL must point at the file
        itself (no redirects) over HTTP or HTTPS; basic auth in the URL
        (`https://user:password@host/file.csv`) is allowed.

        Args:
            file_url: The CSV file to import.
            list_id: Import into this list. `0` means none (with `name`).
            name: Create a list with this name and import into it.
            countrycode: Convert local-format numbers of the file to international format for this country.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddContactsBulkResponse: The import started.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_CONTACTS_BULK,
            AddContactsBulkRequest(
                file_url=file_url,
                list_id=list_id,
                name=name,
                countrycode=countrycode,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            AddContactsBulkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_contacts_bulk_progress(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddContactsBulkProgressResponse:
        """Get the progress of a CSV import.

        Returns the status and counters of the latest import into a list.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddContactsBulkProgressResponse: The import's progress.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.ADD_CONTACTS_BULK_PROGRESS,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            AddContactsBulkProgressResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_list_callback(
        self,
        *,
        list_id: int,
        url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SetListCallbackResponse:
        """Subscribe a URL to contact changes of a list.

        Sets the list's Forward-to URL: every contact added to or removed from the list is notified to `url` with a
        list-action callback. Without `url`, the subscription is removed.

        Args:
            list_id: The numeric ID of a contact list.
            url: The URL to notify; absent (or empty) removes the subscription.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SetListCallbackResponse: The subscription.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call(
            operations.SET_LIST_CALLBACK,
            SetListCallbackRequest(
                list_id=list_id,
                url=url,
            ).to_dict(),
            SetListCallbackResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class ListsResourceWithRawResponse(SyncResource):
    """Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files get-list,
    get-lists and get-contact under its Reporting section; they read lists, so this document tags them Lists.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    def get_list(
        self,
        *,
        list_id: int,
        page: int = 1,
        max: int = 10,
        members: Literal["active", "inactive", "none"] | GetListRequestMembers | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetListResponse]:
        """Get a list, its custom fields and its contacts.

        Returns a list's metadata and one page of its contacts: all of them, only active or only inactive (deleted
        or opted-out) ones, or none (`members=none`, metadata only).

        Args:
            list_id: The numeric ID of a contact list.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            members: `active` or `inactive` contacts only, or `none` for the metadata alone; all contacts when
                absent (or `all`).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetListResponse]: The list and one page of its contacts.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_LIST,
            GetListRequest(
                list_id=list_id,
                page=page,
                max_=max,
                members=members if isinstance(members, Unset) else GetListRequestMembers(members),
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_lists(
        self,
        *,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetListsResponse]:
        """Get all lists.

        Returns one page of the account's lists, with their custom fields and member counts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetListsResponse]: One page of lists.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_LISTS,
            GetListsRequest(
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_contact(
        self,
        *,
        list_id: int,
        msisdn: str,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ContactResponse]:
        """Get a contact of a list.

        Returns a contact of a list, with its custom field values.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ContactResponse]: The contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.GET_CONTACT,
            GetContactRequest(
                list_id=list_id,
                msisdn=msisdn,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_list(
        self,
        *,
        name: str,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddListResponse]:
        """Create a list.

        Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom fields
        can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are compared in any case:
        `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

        Args:
            name: A name for the list, unique in the account.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddListResponse]: The new list.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_LIST,
            AddListRequest(
                name=name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_field_to_list(
        self,
        *,
        list_id: int,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddFieldToListResponse]:
        """Add or rename custom fields of a list.

        Names custom field slots of an existing list (`field_1` … `field_10`; at least one). A slot that already has
        a name is renamed. The response names the slots `custom_n`.

        Args:
            list_id: The numeric ID of a contact list.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddFieldToListResponse]: The fields that were named.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_FIELD_TO_LIST,
            AddFieldToListRequest(
                list_id=list_id,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddFieldToListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove_list(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OkResponse]:
        """Delete a list and its contacts.

        Deletes a list and its contacts. Messages already sent to it keep their reports.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[OkResponse]: The list was deleted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.REMOVE_LIST,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_to_list(
        self,
        *,
        list_id: int,
        msisdn: str,
        countrycode: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ContactResponse]:
        """Add a contact to a list.

        Adds a number to a list, with names and custom field values (`field_n` sets the value of custom field n). A
        number already on the list is left unchanged and answers `KEY_EXISTS` (use edit-list-member to change it); a
        number that opted out answers `OPTOUT`.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ContactResponse]: The new contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_TO_LIST,
            AddToListRequest(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def edit_list_member(
        self,
        *,
        list_id: int,
        msisdn: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ContactResponse]:
        """Update a contact of a list.

        Changes the names or custom field values of a contact already on a list; parameters that are absent are left
        unchanged.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ContactResponse]: The updated contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.EDIT_LIST_MEMBER,
            EditListMemberRequest(
                list_id=list_id,
                msisdn=msisdn,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_from_list(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListIdsResponse]:
        """Remove a contact from one list or all lists.

        Removes a number from a list, or from every list of the account when `list_id` is 0 or absent. A removed
        contact stays on the list as `inactive`.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ListIdsResponse]: The lists the contact was removed from.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.DELETE_FROM_LIST,
            DeleteFromListRequest(
                msisdn=msisdn,
                list_id=list_id,
                countrycode=countrycode,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def optout_list_member(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListIdsResponse]:
        """Opt a contact out of one list or all lists.

        Unsubscribes a number from a list, or from every list when `list_id` is 0 or absent. When the account's
        Global Opt-Out is on, opting out of one list opts out of all of them and adds the number to the Global
        Opt-Out list, so later sends to it are suppressed.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ListIdsResponse]: The lists the contact was opted out of.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.OPTOUT_LIST_MEMBER,
            OptoutListMemberRequest(
                msisdn=msisdn,
                list_id=list_id,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_contacts_bulk(
        self,
        *,
        file_url: str,
        list_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddContactsBulkResponse]:
        """Import contacts from a CSV file.

        Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
        list created with `name`: exactly one of the two. Contacts already on the list are updated.
        The file is fetched and imported in the background: a 200 answer means only that the
        import started; follow it with add-contacts-bulk-progress.

        The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
        fields, in that order, and only `Mobile` is required. A column whose header matches the name
        of a custom field (`field_n` names them) fills that field. The URL must point at the file
        itself (no redirects) over HTTP or HTTPS; basic auth in the URL
        (`https://user:password@host/file.csv`) is allowed.

        Args:
            file_url: The CSV file to import.
            list_id: Import into this list. `0` means none (with `name`).
            name: Create a list with this name and import into it.
            countrycode: Convert local-format numbers of the file to international format for this country.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddContactsBulkResponse]: The import started.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_CONTACTS_BULK,
            AddContactsBulkRequest(
                file_url=file_url,
                list_id=list_id,
                name=name,
                countrycode=countrycode,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            AddContactsBulkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def add_contacts_bulk_progress(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddContactsBulkProgressResponse]:
        """Get the progress of a CSV import.

        Returns the status and counters of the latest import into a list.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddContactsBulkProgressResponse]: The import's progress.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.ADD_CONTACTS_BULK_PROGRESS,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            AddContactsBulkProgressResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def set_list_callback(
        self,
        *,
        list_id: int,
        url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SetListCallbackResponse]:
        """Subscribe a URL to contact changes of a list.

        Sets the list's Forward-to URL: every contact added to or removed from the list is notified to `url` with a
        list-action callback. Without `url`, the subscription is removed.

        Args:
            list_id: The numeric ID of a contact list.
            url: The URL to notify; absent (or empty) removes the subscription.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[SetListCallbackResponse]: The subscription.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return self._client._call_raw(
            operations.SET_LIST_CALLBACK,
            SetListCallbackRequest(
                list_id=list_id,
                url=url,
            ).to_dict(),
            SetListCallbackResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncListsResource(AsyncResource):
    """Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files get-list,
    get-lists and get-contact under its Reporting section; they read lists, so this document tags them Lists."""

    @cached_property
    def with_raw_response(self) -> AsyncListsResourceWithRawResponse:
        """The same methods, returning the ``RawResponse`` of each call instead of its model."""
        return AsyncListsResourceWithRawResponse(self._client)

    async def get_list(
        self,
        *,
        list_id: int,
        page: int = 1,
        max: int = 10,
        members: Literal["active", "inactive", "none"] | GetListRequestMembers | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetListResponse:
        """Get a list, its custom fields and its contacts.

        Returns a list's metadata and one page of its contacts: all of them, only active or only inactive (deleted
        or opted-out) ones, or none (`members=none`, metadata only).

        Args:
            list_id: The numeric ID of a contact list.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            members: `active` or `inactive` contacts only, or `none` for the metadata alone; all contacts when
                absent (or `all`).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetListResponse: The list and one page of its contacts.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_LIST,
            GetListRequest(
                list_id=list_id,
                page=page,
                max_=max,
                members=members if isinstance(members, Unset) else GetListRequestMembers(members),
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_list(
        self,
        *,
        list_id: int,
        max: int = DEFAULT_PAGE_SIZE,
        members: Literal["active", "inactive", "none"] | GetListRequestMembers | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetListResponse, Contact]:
        """Iterate over the ``members`` of every page of ``get_list``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``members`` counts
        as an empty page.

        Args:
            list_id: The numeric ID of a contact list.
            max: The page size used to fetch the items (the API's maximum by default).
            members: `active` or `inactive` contacts only, or `none` for the metadata alone; all contacts when
                absent (or `all`).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``Contact``; its ``pages()`` yields each ``GetListResponse``.
        """
        return AsyncPager[GetListResponse, Contact](
            lambda page: self.get_list(
                list_id=list_id,
                max=max,
                members=members,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.members, Unset) else answer.members,
            lambda answer: answer.page.count,
        )

    async def get_lists(
        self,
        *,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetListsResponse:
        """Get all lists.

        Returns one page of the account's lists, with their custom fields and member counts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            GetListsResponse: One page of lists.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_LISTS,
            GetListsRequest(
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    def iter_lists(
        self,
        *,
        max: int = DEFAULT_PAGE_SIZE,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GetListsResponse, ListSummary]:
        """Iterate over the ``lists`` of every page of ``get_lists``, fetching each page when needed.

        Requests page 1, 2... with ``max`` items each, until the page the answer's ``page.count`` names as the last
        (or an empty page). Nothing is requested before the iteration starts. An answer without ``lists`` counts as
        an empty page.

        Args:
            max: The page size used to fetch the items (the API's maximum by default).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AsyncPager: an async iterable of ``ListSummary``; its ``pages()`` yields each ``GetListsResponse``.
        """
        return AsyncPager[GetListsResponse, ListSummary](
            lambda page: self.get_lists(
                max=max,
                response_style=response_style,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
            ),
            lambda answer: [] if isinstance(answer.lists, Unset) else answer.lists,
            lambda answer: answer.page.count,
        )

    async def get_contact(
        self,
        *,
        list_id: int,
        msisdn: str,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Get a contact of a list.

        Returns a contact of a list, with its custom field values.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ContactResponse: The contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.GET_CONTACT,
            GetContactRequest(
                list_id=list_id,
                msisdn=msisdn,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_list(
        self,
        *,
        name: str,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddListResponse:
        """Create a list.

        Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom fields
        can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are compared in any case:
        `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

        Args:
            name: A name for the list, unique in the account.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddListResponse: The new list.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_LIST,
            AddListRequest(
                name=name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_field_to_list(
        self,
        *,
        list_id: int,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddFieldToListResponse:
        """Add or rename custom fields of a list.

        Names custom field slots of an existing list (`field_1` … `field_10`; at least one). A slot that already has
        a name is renamed. The response names the slots `custom_n`.

        Args:
            list_id: The numeric ID of a contact list.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddFieldToListResponse: The fields that were named.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_FIELD_TO_LIST,
            AddFieldToListRequest(
                list_id=list_id,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddFieldToListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove_list(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OkResponse:
        """Delete a list and its contacts.

        Deletes a list and its contacts. Messages already sent to it keep their reports.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            OkResponse: The list was deleted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.REMOVE_LIST,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_to_list(
        self,
        *,
        list_id: int,
        msisdn: str,
        countrycode: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Add a contact to a list.

        Adds a number to a list, with names and custom field values (`field_n` sets the value of custom field n). A
        number already on the list is left unchanged and answers `KEY_EXISTS` (use edit-list-member to change it); a
        number that opted out answers `OPTOUT`.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ContactResponse: The new contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_TO_LIST,
            AddToListRequest(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_list_member(
        self,
        *,
        list_id: int,
        msisdn: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContactResponse:
        """Update a contact of a list.

        Changes the names or custom field values of a contact already on a list; parameters that are absent are left
        unchanged.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ContactResponse: The updated contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.EDIT_LIST_MEMBER,
            EditListMemberRequest(
                list_id=list_id,
                msisdn=msisdn,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_from_list(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListIdsResponse:
        """Remove a contact from one list or all lists.

        Removes a number from a list, or from every list of the account when `list_id` is 0 or absent. A removed
        contact stays on the list as `inactive`.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ListIdsResponse: The lists the contact was removed from.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.DELETE_FROM_LIST,
            DeleteFromListRequest(
                msisdn=msisdn,
                list_id=list_id,
                countrycode=countrycode,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def optout_list_member(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListIdsResponse:
        """Opt a contact out of one list or all lists.

        Unsubscribes a number from a list, or from every list when `list_id` is 0 or absent. When the account's
        Global Opt-Out is on, opting out of one list opts out of all of them and adds the number to the Global
        Opt-Out list, so later sends to it are suppressed.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            ListIdsResponse: The lists the contact was opted out of.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.OPTOUT_LIST_MEMBER,
            OptoutListMemberRequest(
                msisdn=msisdn,
                list_id=list_id,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_contacts_bulk(
        self,
        *,
        file_url: str,
        list_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddContactsBulkResponse:
        """Import contacts from a CSV file.

        Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
        list created with `name`: exactly one of the two. Contacts already on the list are updated.
        The file is fetched and imported in the background: a 200 answer means only that the
        import started; follow it with add-contacts-bulk-progress.

        The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
        fields, in that order, and only `Mobile` is required. A column whose header matches the name
        of a custom field (`field_n` names them) fills that field. The URL must point at the file
        itself (no redirects) over HTTP or HTTPS; basic auth in the URL
        (`https://user:password@host/file.csv`) is allowed.

        Args:
            file_url: The CSV file to import.
            list_id: Import into this list. `0` means none (with `name`).
            name: Create a list with this name and import into it.
            countrycode: Convert local-format numbers of the file to international format for this country.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddContactsBulkResponse: The import started.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_CONTACTS_BULK,
            AddContactsBulkRequest(
                file_url=file_url,
                list_id=list_id,
                name=name,
                countrycode=countrycode,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            AddContactsBulkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_contacts_bulk_progress(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddContactsBulkProgressResponse:
        """Get the progress of a CSV import.

        Returns the status and counters of the latest import into a list.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            AddContactsBulkProgressResponse: The import's progress.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.ADD_CONTACTS_BULK_PROGRESS,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            AddContactsBulkProgressResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_list_callback(
        self,
        *,
        list_id: int,
        url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SetListCallbackResponse:
        """Subscribe a URL to contact changes of a list.

        Sets the list's Forward-to URL: every contact added to or removed from the list is notified to `url` with a
        list-action callback. Without `url`, the subscription is removed.

        Args:
            list_id: The numeric ID of a contact list.
            url: The URL to notify; absent (or empty) removes the subscription.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            SetListCallbackResponse: The subscription.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call(
            operations.SET_LIST_CALLBACK,
            SetListCallbackRequest(
                list_id=list_id,
                url=url,
            ).to_dict(),
            SetListCallbackResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncListsResourceWithRawResponse(AsyncResource):
    """Contact lists, their custom fields and contacts, opt-outs and bulk imports. The reference files get-list,
    get-lists and get-contact under its Reporting section; they read lists, so this document tags them Lists.

    The ``with_raw_response`` view: each method returns the ``RawResponse`` (status, headers, body)
    of a success; errors raise as usual."""

    async def get_list(
        self,
        *,
        list_id: int,
        page: int = 1,
        max: int = 10,
        members: Literal["active", "inactive", "none"] | GetListRequestMembers | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetListResponse]:
        """Get a list, its custom fields and its contacts.

        Returns a list's metadata and one page of its contacts: all of them, only active or only inactive (deleted
        or opted-out) ones, or none (`members=none`, metadata only).

        Args:
            list_id: The numeric ID of a contact list.
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            members: `active` or `inactive` contacts only, or `none` for the metadata alone; all contacts when
                absent (or `all`).
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetListResponse]: The list and one page of its contacts.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_LIST,
            GetListRequest(
                list_id=list_id,
                page=page,
                max_=max,
                members=members if isinstance(members, Unset) else GetListRequestMembers(members),
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_lists(
        self,
        *,
        page: int = 1,
        max: int = 10,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetListsResponse]:
        """Get all lists.

        Returns one page of the account's lists, with their custom fields and member counts.

        Args:
            page: The page of results to return, from 1. Default: ``1``.
            max: The number of results per page, at most 100. Default: ``10``.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[GetListsResponse]: One page of lists.

        Raises:
            ValidationError: ``FIELD_INVALID``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_LISTS,
            GetListsRequest(
                page=page,
                max_=max,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            GetListsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_contact(
        self,
        *,
        list_id: int,
        msisdn: str,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ContactResponse]:
        """Get a contact of a list.

        Returns a contact of a list, with its custom field values.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ContactResponse]: The contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.GET_CONTACT,
            GetContactRequest(
                list_id=list_id,
                msisdn=msisdn,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_list(
        self,
        *,
        name: str,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddListResponse]:
        """Create a list.

        Creates an empty list with a unique name. Every list has first and last name fields; up to 10 custom fields
        can be named here (`field_1` … `field_10`) or later with add-field-to-list. Names are compared in any case:
        `Customers` and `customers` (or `Ärzte` and `ÄRZTE`) name the same list.

        Args:
            name: A name for the list, unique in the account.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddListResponse]: The new list.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            ConflictError: ``KEY_EXISTS``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_LIST,
            AddListRequest(
                name=name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_field_to_list(
        self,
        *,
        list_id: int,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddFieldToListResponse]:
        """Add or rename custom fields of a list.

        Names custom field slots of an existing list (`field_1` … `field_10`; at least one). A slot that already has
        a name is renamed. The response names the slots `custom_n`.

        Args:
            list_id: The numeric ID of a contact list.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddFieldToListResponse]: The fields that were named.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``MISSING_PARAM``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_FIELD_TO_LIST,
            AddFieldToListRequest(
                list_id=list_id,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            AddFieldToListResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove_list(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OkResponse]:
        """Delete a list and its contacts.

        Deletes a list and its contacts. Messages already sent to it keep their reports.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[OkResponse]: The list was deleted.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.REMOVE_LIST,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            OkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_to_list(
        self,
        *,
        list_id: int,
        msisdn: str,
        countrycode: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: Literal["array"] | ResponseStyle | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ContactResponse]:
        """Add a contact to a list.

        Adds a number to a list, with names and custom field values (`field_n` sets the value of custom field n). A
        number already on the list is left unchanged and answers `KEY_EXISTS` (use edit-list-member to change it); a
        number that opted out answers `OPTOUT`.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            response_style: `array` returns custom fields as an array of `{name, value}` objects instead of an
                object keyed by field name.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ContactResponse]: The new contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_TO_LIST,
            AddToListRequest(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style if isinstance(response_style, Unset) else ResponseStyle(response_style),
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def edit_list_member(
        self,
        *,
        list_id: int,
        msisdn: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ContactResponse]:
        """Update a contact of a list.

        Changes the names or custom field values of a contact already on a list; parameters that are absent are left
        unchanged.

        Args:
            list_id: The numeric ID of a contact list.
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            first_name: See the API reference.
            last_name: See the API reference.
            field_1: A value for the contact's custom field in the slot of the same number.
            field_2: A value for the contact's custom field in the slot of the same number.
            field_3: A value for the contact's custom field in the slot of the same number.
            field_4: A value for the contact's custom field in the slot of the same number.
            field_5: A value for the contact's custom field in the slot of the same number.
            field_6: A value for the contact's custom field in the slot of the same number.
            field_7: A value for the contact's custom field in the slot of the same number.
            field_8: A value for the contact's custom field in the slot of the same number.
            field_9: A value for the contact's custom field in the slot of the same number.
            field_10: A value for the contact's custom field in the slot of the same number.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ContactResponse]: The updated contact.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``, ``BAD_MOBILE``, ``BAD_MOBILE_COUNTRY``
            ConflictError: ``OPTOUT``, ``DUPLICATE_DELETED``, ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.EDIT_LIST_MEMBER,
            EditListMemberRequest(
                list_id=list_id,
                msisdn=msisdn,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            ContactResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_from_list(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListIdsResponse]:
        """Remove a contact from one list or all lists.

        Removes a number from a list, or from every list of the account when `list_id` is 0 or absent. A removed
        contact stays on the list as `inactive`.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            countrycode: The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
                country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
                converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129`
                with `nz` becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ListIdsResponse]: The lists the contact was removed from.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.DELETE_FROM_LIST,
            DeleteFromListRequest(
                msisdn=msisdn,
                list_id=list_id,
                countrycode=countrycode,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def optout_list_member(
        self,
        *,
        msisdn: str,
        list_id: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListIdsResponse]:
        """Opt a contact out of one list or all lists.

        Unsubscribes a number from a list, or from every list when `list_id` is 0 or absent. When the account's
        Global Opt-Out is on, opting out of one list opts out of all of them and adds the number to the Global
        Opt-Out list, so later sends to it are suppressed.

        Args:
            msisdn: A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
                `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
            list_id: A list ID, or 0 for every list of the account.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[ListIdsResponse]: The lists the contact was opted out of.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.OPTOUT_LIST_MEMBER,
            OptoutListMemberRequest(
                msisdn=msisdn,
                list_id=list_id,
            ).to_dict(),
            ListIdsResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_contacts_bulk(
        self,
        *,
        file_url: str,
        list_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddContactsBulkResponse]:
        """Import contacts from a CSV file.

        Imports contacts from a CSV file at `file_url` into an existing list (`list_id`) or into a new
        list created with `name`: exactly one of the two. Contacts already on the list are updated.
        The file is fetched and imported in the background: a 200 answer means only that the
        import started; follow it with add-contacts-bulk-progress.

        The file has a header row; columns are `Firstname`, `Lastname`, `Mobile` and then custom
        fields, in that order, and only `Mobile` is required. A column whose header matches the name
        of a custom field (`field_n` names them) fills that field. The URL must point at the file
        itself (no redirects) over HTTP or HTTPS; basic auth in the URL
        (`https://user:password@host/file.csv`) is allowed.

        Args:
            file_url: The CSV file to import.
            list_id: Import into this list. `0` means none (with `name`).
            name: Create a list with this name and import into it.
            countrycode: Convert local-format numbers of the file to international format for this country.
            field_1: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_2: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_3: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_4: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_5: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_6: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_7: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_8: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_9: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom fields,
                in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name):
                naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`,
                `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each
                custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            field_10: The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
                fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by
                name): naming two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly
                `type`, `datetime_entry`, `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends
                each custom field as a parameter of that name beside those. In another case (`FirstName`) a name is
                accepted, as the reference's own add-list example shows; in a message, `[FirstName]` is then the
                contact's first name, as `[firstname]` is.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddContactsBulkResponse]: The import started.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            ConflictError: ``KEY_EXISTS``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_CONTACTS_BULK,
            AddContactsBulkRequest(
                file_url=file_url,
                list_id=list_id,
                name=name,
                countrycode=countrycode,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            ).to_dict(),
            AddContactsBulkResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def add_contacts_bulk_progress(
        self,
        *,
        list_id: int,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AddContactsBulkProgressResponse]:
        """Get the progress of a CSV import.

        Returns the status and counters of the latest import into a list.

        Args:
            list_id: The numeric ID of a contact list.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[AddContactsBulkProgressResponse]: The import's progress.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.ADD_CONTACTS_BULK_PROGRESS,
            ListIdRequest(
                list_id=list_id,
            ).to_dict(),
            AddContactsBulkProgressResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def set_list_callback(
        self,
        *,
        list_id: int,
        url: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SetListCallbackResponse]:
        """Subscribe a URL to contact changes of a list.

        Sets the list's Forward-to URL: every contact added to or removed from the list is notified to `url` with a
        list-action callback. Without `url`, the subscription is removed.

        Args:
            list_id: The numeric ID of a contact list.
            url: The URL to notify; absent (or empty) removes the subscription.
            timeout: Seconds, an ``httpx.Timeout`` or None (no timeout) for this call instead of the client's
                default.
            max_retries: Retries of safe failures for this call instead of the client's default.

        Returns:
            RawResponse[SetListCallbackResponse]: The subscription.

        Raises:
            ValidationError: ``FIELD_EMPTY``, ``FIELD_INVALID``
            NotFoundError: ``NOT_FOUND``
            AuthenticationError: ``AUTH_FAILED``, ``AUTH_FAILED_NO_DATA``
            RateLimitError: ``OVER_LIMIT``, once the retries are spent
            APIConnectionError: no answer (``APITimeoutError`` when in time)
        """
        return await self._client._call_raw(
            operations.SET_LIST_CALLBACK,
            SetListCallbackRequest(
                list_id=list_id,
                url=url,
            ).to_dict(),
            SetListCallbackResponse.from_dict,
            timeout=timeout,
            max_retries=max_retries,
        )
