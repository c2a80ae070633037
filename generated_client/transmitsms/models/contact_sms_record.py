# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="ContactSmsRecord")


@_attrs_define
class ContactSmsRecord:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        datetime_send (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        delivery_status (str): `delivered`, `pending`, `soft-bounce` or `hard-bounce` (an open set).
    """

    message_id: int
    datetime_send: None | str
    delivery_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        datetime_send: None | str
        datetime_send = self.datetime_send

        delivery_status = self.delivery_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "datetime_send": datetime_send,
                "delivery_status": delivery_status,
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

            def _parse_datetime_send(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            datetime_send = _parse_datetime_send(d.pop("datetime_send"))

        except PARSE_ERRORS:
            d.pop("datetime_send", None)
            datetime_send = src_dict.get("datetime_send", UNSET)

        try:
            delivery_status = d.pop("delivery_status")
        except PARSE_ERRORS:
            d.pop("delivery_status", None)
            delivery_status = src_dict.get("delivery_status", UNSET)

        _obj = cls(
            message_id=message_id,
            datetime_send=datetime_send,
            delivery_status=delivery_status,
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
