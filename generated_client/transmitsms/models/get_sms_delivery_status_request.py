# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetSmsDeliveryStatusRequest")


@_attrs_define
class GetSmsDeliveryStatusRequest:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        msisdn (str): The recipient.
    """

    message_id: int
    msisdn: str

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        msisdn = self.msisdn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_id": message_id,
                "msisdn": msisdn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        msisdn = d.pop("msisdn")

        _obj = cls(
            message_id=message_id,
            msisdn=msisdn,
        )

        return _obj
