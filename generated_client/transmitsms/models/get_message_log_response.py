# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

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
        caller_id (int | None | str): The sender of a message: a number (JSON integer) or an alphanumeric sender ID
            (string); null (or an empty string) for a message from the shared number pool.
        datetime_send (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        error (Success): The `error` block of a successful response.
    """

    message_id: int
    message: str
    mobile: int
    caller_id: int | None | str
    datetime_send: None | str
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        message = self.message

        mobile = self.mobile

        caller_id: int | None | str
        caller_id = self.caller_id

        datetime_send: None | str
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
        try:
            message_id = d.pop("message_id")
        except PARSE_ERRORS:
            d.pop("message_id", None)
            message_id = src_dict.get("message_id", UNSET)

        try:
            message = d.pop("message")
        except PARSE_ERRORS:
            d.pop("message", None)
            message = src_dict.get("message", UNSET)

        try:
            mobile = d.pop("mobile")
        except PARSE_ERRORS:
            d.pop("mobile", None)
            mobile = src_dict.get("mobile", UNSET)

        try:

            def _parse_caller_id(data: object) -> int | None | str:
                if data is None:
                    return data
                return cast(int | None | str, data)

            caller_id = _parse_caller_id(d.pop("caller_id"))

        except PARSE_ERRORS:
            d.pop("caller_id", None)
            caller_id = src_dict.get("caller_id", UNSET)

        try:

            def _parse_datetime_send(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            datetime_send = _parse_datetime_send(d.pop("datetime_send"))

        except PARSE_ERRORS:
            d.pop("datetime_send", None)
            datetime_send = src_dict.get("datetime_send", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

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
