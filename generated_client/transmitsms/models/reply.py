# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reply")


@_attrs_define
class Reply:
    """A reply to a sent message, or an inbound message on a virtual number.

    Attributes:
        id (int): The ID of the reply.
        message_id (int): The message replied to; 0 for an inbound message that answers none.
        list_id (int): The list the original message was sent to; 0 if none.
        received_at (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`.
        msisdn (int): The number that sent the reply.
        response (str): The text of the reply.
        longcode (int): The number the reply was sent to.
        first_name (None | str | Unset): The sender's first name, from the list, when known.
        last_name (None | str | Unset): The sender's last name, from the list, when known.
        original_message (str | Unset): The text of the message replied to (with `include_original=true`).
    """

    id: int
    message_id: int
    list_id: int
    received_at: str
    msisdn: int
    response: str
    longcode: int
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    original_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        list_id = self.list_id

        received_at = self.received_at

        msisdn = self.msisdn

        response = self.response

        longcode = self.longcode

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        original_message = self.original_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message_id": message_id,
                "list_id": list_id,
                "received_at": received_at,
                "msisdn": msisdn,
                "response": response,
                "longcode": longcode,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if original_message is not UNSET:
            field_dict["original_message"] = original_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message_id = d.pop("message_id")

        list_id = d.pop("list_id")

        received_at = d.pop("received_at")

        msisdn = d.pop("msisdn")

        response = d.pop("response")

        longcode = d.pop("longcode")

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        original_message = d.pop("original_message", UNSET)

        _obj = cls(
            id=id,
            message_id=message_id,
            list_id=list_id,
            received_at=received_at,
            msisdn=msisdn,
            response=response,
            longcode=longcode,
            first_name=first_name,
            last_name=last_name,
            original_message=original_message,
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
