# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="MessageIdRequest")


@_attrs_define
class MessageIdRequest:
    """
    Attributes:
        message_id (int): The ID returned by send-sms.
    """

    message_id: int

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_id": message_id,
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

        _obj = cls(
            message_id=message_id,
        )

        return _obj
