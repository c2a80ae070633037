# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliveryStatus")


@_attrs_define
class DeliveryStatus:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        sender_id (int | str): The sender of a message: a number (JSON integer) or an alphanumeric sender ID (string).
        mobile (int): A phone number in E.164 international format, without the `+`.
        send_at (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`.
        datetime_ (None | str): When the delivery receipt was received, UTC; null while pending.
        status (str): `delivered`, `pending` or `failed` (an open set).
        message (str): The text as sent to this recipient, personalisation and links filled in.
    """

    message_id: int
    sender_id: int | str
    mobile: int
    send_at: str
    datetime_: None | str
    status: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        sender_id: int | str
        sender_id = self.sender_id

        mobile = self.mobile

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
        message_id = d.pop("message_id")

        def _parse_sender_id(data: object) -> int | str:
            return cast(int | str, data)

        sender_id = _parse_sender_id(d.pop("sender_id"))

        mobile = d.pop("mobile")

        send_at = d.pop("send_at")

        def _parse_datetime_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        datetime_ = _parse_datetime_(d.pop("datetime"))

        status = d.pop("status")

        message = d.pop("message")

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
