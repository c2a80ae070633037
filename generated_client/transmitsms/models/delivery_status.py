# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="DeliveryStatus")


@_attrs_define
class DeliveryStatus:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        sender_id (int | None | str): The sender of a message: a number (JSON integer) or an alphanumeric sender ID
            (string); null (or an empty string) for a message from the shared number pool.
        mobile (int): A phone number in E.164 international format, without the `+`.
        send_at (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        datetime_ (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        status (str): `delivered`, `pending` or `failed` (an open set).
        message (str): The text as sent to this recipient, personalisation and links filled in.
    """

    message_id: int
    sender_id: int | None | str
    mobile: int
    send_at: None | str
    datetime_: None | str
    status: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        sender_id: int | None | str
        sender_id = self.sender_id

        mobile = self.mobile

        send_at: None | str
        send_at = self.send_at

        datetime_: None | str
        datetime_ = self.datetime_

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "sender_id": sender_id,
                "mobile": mobile,
                "send_at": send_at,
                "datetime": datetime_,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            message_id = d.pop("message_id")
        except PARSE_ERRORS:
            d.pop("message_id", None)
            message_id = src_dict.get("message_id", UNSET)

        try:

            def _parse_sender_id(data: object) -> int | None | str:
                if data is None:
                    return data
                return cast(int | None | str, data)

            sender_id = _parse_sender_id(d.pop("sender_id"))

        except PARSE_ERRORS:
            d.pop("sender_id", None)
            sender_id = src_dict.get("sender_id", UNSET)

        try:
            mobile = d.pop("mobile")
        except PARSE_ERRORS:
            d.pop("mobile", None)
            mobile = src_dict.get("mobile", UNSET)

        try:

            def _parse_send_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            send_at = _parse_send_at(d.pop("send_at"))

        except PARSE_ERRORS:
            d.pop("send_at", None)
            send_at = src_dict.get("send_at", UNSET)

        try:

            def _parse_datetime_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            datetime_ = _parse_datetime_(d.pop("datetime"))

        except PARSE_ERRORS:
            d.pop("datetime", None)
            datetime_ = src_dict.get("datetime", UNSET)

        try:
            status = d.pop("status")
        except PARSE_ERRORS:
            d.pop("status", None)
            status = src_dict.get("status", UNSET)

        try:
            message = d.pop("message")
        except PARSE_ERRORS:
            d.pop("message", None)
            message = src_dict.get("message", UNSET)

        _obj = cls(
            message_id=message_id,
            sender_id=sender_id,
            mobile=mobile,
            send_at=send_at,
            datetime_=datetime_,
            status=status,
            message=message,
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
