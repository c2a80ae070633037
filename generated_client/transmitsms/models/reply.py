# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reply")


@_attrs_define
class Reply:
    """A reply to a sent message, or an inbound message on a virtual number.

    Attributes:
        id (int): The ID of the reply.
        message_id (int): The message replied to; 0 for an inbound message that answers none.
        list_id (int): The list the original message was sent to; 0 if none.
        received_at (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        msisdn (int): The number that sent the reply.
        response (str): The text of the reply.
        longcode (int): The number the reply was sent to.
        first_name (None | str | Unset): The sender's first name, from the list, when known.
        last_name (None | str | Unset): The sender's last name, from the list, when known.
        original_message (None | str | Unset): The text of the message replied to (with `include_original=true`); null
            for an inbound message that answers none.
    """

    id: int
    message_id: int
    list_id: int
    received_at: None | str
    msisdn: int
    response: str
    longcode: int
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    original_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        list_id = self.list_id

        received_at: None | str
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

        original_message: None | str | Unset
        if isinstance(self.original_message, Unset):
            original_message = UNSET
        else:
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
            list_id = d.pop("list_id")
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:

            def _parse_received_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            received_at = _parse_received_at(d.pop("received_at"))

        except PARSE_ERRORS:
            d.pop("received_at", None)
            received_at = src_dict.get("received_at", UNSET)

        try:
            msisdn = d.pop("msisdn")
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

        try:
            response = d.pop("response")
        except PARSE_ERRORS:
            d.pop("response", None)
            response = src_dict.get("response", UNSET)

        try:
            longcode = d.pop("longcode")
        except PARSE_ERRORS:
            d.pop("longcode", None)
            longcode = src_dict.get("longcode", UNSET)

        try:

            def _parse_first_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_name = _parse_first_name(d.pop("first_name", UNSET))

        except PARSE_ERRORS:
            d.pop("first_name", None)
            first_name = src_dict.get("first_name", UNSET)

        try:

            def _parse_last_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_name = _parse_last_name(d.pop("last_name", UNSET))

        except PARSE_ERRORS:
            d.pop("last_name", None)
            last_name = src_dict.get("last_name", UNSET)

        try:

            def _parse_original_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            original_message = _parse_original_message(d.pop("original_message", UNSET))

        except PARSE_ERRORS:
            d.pop("original_message", None)
            original_message = src_dict.get("original_message", UNSET)

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
