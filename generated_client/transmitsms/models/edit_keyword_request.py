# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.edit_keyword_request_status import EditKeywordRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditKeywordRequest")


@_attrs_define
class EditKeywordRequest:
    """
    Attributes:
        keyword (str): A keyword, the first word of an inbound message: letters and digits.
        number (str): The dedicated virtual number the keyword belongs to.
        reference (str | Unset): Your own reference for the keyword, up to 100 characters.
        status (EditKeywordRequestStatus | Unset): `open` activates the keyword, `closed` closes it (in any case: the
            reference writes "Open" and "Closed"); `active` is read as `open` and `inactive` as `closed`.
        list_id (int | Unset): Add senders of the keyword to this list. `0` means none.
        welcome_message (str | Unset): SMS text, at most 612 characters. With only GSM 7-bit characters a single part
            holds 160 characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
            characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two parts.
        members_message (str | Unset): SMS text, at most 612 characters. With only GSM 7-bit characters a single part
            holds 160 characters and each part of a longer message 153; with any other character 70 and 67. GSM extension
            characters (`{ } [ ] ~ \\ | ^ €`) and emoji count twice, and a character is never split between two parts.
        activate (bool | Unset): `true` opens the keyword, `false` closes it (as `status`); sent with a `status` that
            says otherwise, `FIELD_INVALID`.
        forward_url (str | Unset): An `http` or `https` URL that the service calls with a GET request; the event's
            fields are appended to any query parameters it already has.
        forward_email (str | Unset): One email address or several separated by commas.
        forward_sms (str | Unset): One phone number or several separated by commas, in international format.
    """

    keyword: str
    number: str
    reference: str | Unset = UNSET
    status: EditKeywordRequestStatus | Unset = UNSET
    list_id: int | Unset = UNSET
    welcome_message: str | Unset = UNSET
    members_message: str | Unset = UNSET
    activate: bool | Unset = UNSET
    forward_url: str | Unset = UNSET
    forward_email: str | Unset = UNSET
    forward_sms: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        number = self.number

        reference = self.reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        list_id = self.list_id

        welcome_message = self.welcome_message

        members_message = self.members_message

        activate = self.activate

        forward_url = self.forward_url

        forward_email = self.forward_email

        forward_sms = self.forward_sms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keyword": keyword,
                "number": number,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message
        if members_message is not UNSET:
            field_dict["members_message"] = members_message
        if activate is not UNSET:
            field_dict["activate"] = activate
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url
        if forward_email is not UNSET:
            field_dict["forward_email"] = forward_email
        if forward_sms is not UNSET:
            field_dict["forward_sms"] = forward_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            keyword = d.pop("keyword")
        except PARSE_ERRORS:
            d.pop("keyword", None)
            keyword = src_dict.get("keyword", UNSET)

        try:
            number = d.pop("number")
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        try:
            reference = d.pop("reference", UNSET)
        except PARSE_ERRORS:
            d.pop("reference", None)
            reference = src_dict.get("reference", UNSET)

        try:
            _status = d.pop("status", UNSET)
            status: EditKeywordRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = EditKeywordRequestStatus(_status)

        except PARSE_ERRORS:
            d.pop("status", None)
            status = src_dict.get("status", UNSET)

        try:
            list_id = d.pop("list_id", UNSET)
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:
            welcome_message = d.pop("welcome_message", UNSET)
        except PARSE_ERRORS:
            d.pop("welcome_message", None)
            welcome_message = src_dict.get("welcome_message", UNSET)

        try:
            members_message = d.pop("members_message", UNSET)
        except PARSE_ERRORS:
            d.pop("members_message", None)
            members_message = src_dict.get("members_message", UNSET)

        try:
            activate = d.pop("activate", UNSET)
        except PARSE_ERRORS:
            d.pop("activate", None)
            activate = src_dict.get("activate", UNSET)

        try:
            forward_url = d.pop("forward_url", UNSET)
        except PARSE_ERRORS:
            d.pop("forward_url", None)
            forward_url = src_dict.get("forward_url", UNSET)

        try:
            forward_email = d.pop("forward_email", UNSET)
        except PARSE_ERRORS:
            d.pop("forward_email", None)
            forward_email = src_dict.get("forward_email", UNSET)

        try:
            forward_sms = d.pop("forward_sms", UNSET)
        except PARSE_ERRORS:
            d.pop("forward_sms", None)
            forward_sms = src_dict.get("forward_sms", UNSET)

        _obj = cls(
            keyword=keyword,
            number=number,
            reference=reference,
            status=status,
            list_id=list_id,
            welcome_message=welcome_message,
            members_message=members_message,
            activate=activate,
            forward_url=forward_url,
            forward_email=forward_email,
            forward_sms=forward_sms,
        )

        return _obj
