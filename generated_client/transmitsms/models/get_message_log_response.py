# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.success import Success


T = TypeVar("T", bound="GetMessageLogResponse")


@_attrs_define
class GetMessageLogResponse:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        message (str): The text as sent to this recipient.
        mobile (int): A phone number in E.164 international format, without the `+`.
        caller_id (int | str): The sender of a message: a number (JSON integer) or an alphanumeric sender ID (string).
        datetime_send (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`.
        error (Success): The `error` block of a successful response.
    """

    message_id: int
    message: str
    mobile: int
    caller_id: int | str
    datetime_send: str
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        message = self.message

        mobile = self.mobile

        caller_id: int | str
        caller_id = self.caller_id

        datetime_send = self.datetime_send

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "message": message,
                "mobile": mobile,
                "caller_id": caller_id,
                "datetime_send": datetime_send,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("message_id")

        message = d.pop("message")

        mobile = d.pop("mobile")

        def _parse_caller_id(data: object) -> int | str:
            return cast(int | str, data)

        caller_id = _parse_caller_id(d.pop("caller_id"))

        datetime_send = d.pop("datetime_send")

        error = Success.from_dict(d.pop("error"))

        _obj = cls(
            message_id=message_id,
            message=message,
            mobile=mobile,
            caller_id=caller_id,
            datetime_send=datetime_send,
            error=error,
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
