# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.success import Success


T = TypeVar("T", bound="KeywordResponse")


@_attrs_define
class KeywordResponse:
    """
    Attributes:
        keyword (str):
        reference (None | str):
        number (int): A phone number in E.164 international format, without the `+`.
        list_id (int): The list senders are added to; 0 for none.
        welcome_message (None | str):
        member_message (None | str): The message to existing members (`members_message` in requests).
        forward_url (None | str):
        forward_sms (None | str): Comma-separated phone numbers.
        forward_email (None | str): Comma-separated email addresses.
        status (str): `open` or `closed` (an open set).
        billing_date (None | str): A date, `YYYY-MM-DD`; null where the service has none (a lease or trial without a
            next date).
        error (Success): The `error` block of a successful response.
        id (int | Unset): The keyword's ID, as `keyword_id` of get-sms-responses takes it.
    """

    keyword: str
    reference: None | str
    number: int
    list_id: int
    welcome_message: None | str
    member_message: None | str
    forward_url: None | str
    forward_sms: None | str
    forward_email: None | str
    status: str
    billing_date: None | str
    error: Success
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        reference: None | str
        reference = self.reference

        number = self.number

        list_id = self.list_id

        welcome_message: None | str
        welcome_message = self.welcome_message

        member_message: None | str
        member_message = self.member_message

        forward_url: None | str
        forward_url = self.forward_url

        forward_sms: None | str
        forward_sms = self.forward_sms

        forward_email: None | str
        forward_email = self.forward_email

        status = self.status

        billing_date: None | str
        billing_date = self.billing_date

        error = self.error.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyword": keyword,
                "reference": reference,
                "number": number,
                "list_id": list_id,
                "welcome_message": welcome_message,
                "member_message": member_message,
                "forward_url": forward_url,
                "forward_sms": forward_sms,
                "forward_email": forward_email,
                "status": status,
                "billing_date": billing_date,
                "error": error,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            keyword = d.pop("keyword")
        except PARSE_ERRORS:
            d.pop("keyword", None)
            keyword = src_dict.get("keyword", UNSET)

        try:

            def _parse_reference(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reference = _parse_reference(d.pop("reference"))

        except PARSE_ERRORS:
            d.pop("reference", None)
            reference = src_dict.get("reference", UNSET)

        try:
            number = d.pop("number")
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        try:
            list_id = d.pop("list_id")
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:

            def _parse_welcome_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            welcome_message = _parse_welcome_message(d.pop("welcome_message"))

        except PARSE_ERRORS:
            d.pop("welcome_message", None)
            welcome_message = src_dict.get("welcome_message", UNSET)

        try:

            def _parse_member_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            member_message = _parse_member_message(d.pop("member_message"))

        except PARSE_ERRORS:
            d.pop("member_message", None)
            member_message = src_dict.get("member_message", UNSET)

        try:

            def _parse_forward_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            forward_url = _parse_forward_url(d.pop("forward_url"))

        except PARSE_ERRORS:
            d.pop("forward_url", None)
            forward_url = src_dict.get("forward_url", UNSET)

        try:

            def _parse_forward_sms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            forward_sms = _parse_forward_sms(d.pop("forward_sms"))

        except PARSE_ERRORS:
            d.pop("forward_sms", None)
            forward_sms = src_dict.get("forward_sms", UNSET)

        try:

            def _parse_forward_email(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            forward_email = _parse_forward_email(d.pop("forward_email"))

        except PARSE_ERRORS:
            d.pop("forward_email", None)
            forward_email = src_dict.get("forward_email", UNSET)

        try:
            status = d.pop("status")
        except PARSE_ERRORS:
            d.pop("status", None)
            status = src_dict.get("status", UNSET)

        try:

            def _parse_billing_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            billing_date = _parse_billing_date(d.pop("billing_date"))

        except PARSE_ERRORS:
            d.pop("billing_date", None)
            billing_date = src_dict.get("billing_date", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            id = d.pop("id", UNSET)
        except PARSE_ERRORS:
            d.pop("id", None)
            id = src_dict.get("id", UNSET)

        _obj = cls(
            keyword=keyword,
            reference=reference,
            number=number,
            list_id=list_id,
            welcome_message=welcome_message,
            member_message=member_message,
            forward_url=forward_url,
            forward_sms=forward_sms,
            forward_email=forward_email,
            status=status,
            billing_date=billing_date,
            error=error,
            id=id,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
