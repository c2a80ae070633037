# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        list_id (int): The numeric ID of a contact list.
        welcome_message (None | str):
        member_message (None | str): The message to existing members (`members_message` in requests).
        forward_url (None | str):
        forward_sms (None | str): Comma-separated phone numbers.
        forward_email (None | str): Comma-separated email addresses.
        status (str): `open` or `closed` (an open set).
        billing_date (str): The date of the next monthly charge of the keyword.
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
    billing_date: str
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
        keyword = d.pop("keyword")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        number = d.pop("number")

        list_id = d.pop("list_id")

        def _parse_welcome_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        welcome_message = _parse_welcome_message(d.pop("welcome_message"))

        def _parse_member_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        member_message = _parse_member_message(d.pop("member_message"))

        def _parse_forward_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        forward_url = _parse_forward_url(d.pop("forward_url"))

        def _parse_forward_sms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        forward_sms = _parse_forward_sms(d.pop("forward_sms"))

        def _parse_forward_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        forward_email = _parse_forward_email(d.pop("forward_email"))

        status = d.pop("status")

        billing_date = d.pop("billing_date")

        error = Success.from_dict(d.pop("error"))

        id = d.pop("id", UNSET)

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
