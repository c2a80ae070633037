# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="DeliveryStats")


@_attrs_define
class DeliveryStats:
    """Delivery counters of a message or campaign.

    Attributes:
        delivered (int): Messages delivered to the handset.
        pending (int): Messages without a delivery report yet (allow up to 72 hours, or use `validity`).
        bounced (int): Messages that soft- or hard-bounced.
        responses (int): Replies received.
        optouts (int): Recipients who opted out, by reply or unsubscribe link.
    """

    delivered: int
    pending: int
    bounced: int
    responses: int
    optouts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered = self.delivered

        pending = self.pending

        bounced = self.bounced

        responses = self.responses

        optouts = self.optouts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivered": delivered,
                "pending": pending,
                "bounced": bounced,
                "responses": responses,
                "optouts": optouts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            delivered = d.pop("delivered")
        except PARSE_ERRORS:
            d.pop("delivered", None)
            delivered = src_dict.get("delivered", UNSET)

        try:
            pending = d.pop("pending")
        except PARSE_ERRORS:
            d.pop("pending", None)
            pending = src_dict.get("pending", UNSET)

        try:
            bounced = d.pop("bounced")
        except PARSE_ERRORS:
            d.pop("bounced", None)
            bounced = src_dict.get("bounced", UNSET)

        try:
            responses = d.pop("responses")
        except PARSE_ERRORS:
            d.pop("responses", None)
            responses = src_dict.get("responses", UNSET)

        try:
            optouts = d.pop("optouts")
        except PARSE_ERRORS:
            d.pop("optouts", None)
            optouts = src_dict.get("optouts", UNSET)

        _obj = cls(
            delivered=delivered,
            pending=pending,
            bounced=bounced,
            responses=responses,
            optouts=optouts,
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
