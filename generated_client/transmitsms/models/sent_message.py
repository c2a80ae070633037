# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="SentMessage")


@_attrs_define
class SentMessage:
    """One message to one recipient.

    Attributes:
        id (int): The ID of this message to this recipient.
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        message (str): The text as sent to this recipient.
        sent_at (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        msisdn (int): A phone number in E.164 international format, without the `+`.
        caller_id (int | None | str): The sender of a message: a number (JSON integer) or an alphanumeric sender ID
            (string); null (or an empty string) for a message from the shared number pool.
        status (str): `delivered`, `pending`, `soft-bounce` or `hard-bounce` (an open set).
    """

    id: int
    message_id: int
    message: str
    sent_at: None | str
    msisdn: int
    caller_id: int | None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        message = self.message

        sent_at: None | str
        sent_at = self.sent_at

        msisdn = self.msisdn

        caller_id: int | None | str
        caller_id = self.caller_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message_id": message_id,
                "message": message,
                "sent_at": sent_at,
                "msisdn": msisdn,
                "caller_id": caller_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            id = d.pop("id")
        except PARSE_ERRORS:
            d.pop("id", None)
            id = src_dict.get("id", UNSET)

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

            def _parse_sent_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            sent_at = _parse_sent_at(d.pop("sent_at"))

        except PARSE_ERRORS:
            d.pop("sent_at", None)
            sent_at = src_dict.get("sent_at", UNSET)

        try:
            msisdn = d.pop("msisdn")
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

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
            status = d.pop("status")
        except PARSE_ERRORS:
            d.pop("status", None)
            status = src_dict.get("status", UNSET)

        _obj = cls(
            id=id,
            message_id=message_id,
            message=message,
            sent_at=sent_at,
            msisdn=msisdn,
            caller_id=caller_id,
            status=status,
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
