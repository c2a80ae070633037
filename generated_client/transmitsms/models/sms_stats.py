# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="SmsStats")


@_attrs_define
class SmsStats:
    """
    Attributes:
        hard_bounced (int): Handset disconnected.
        soft_bounced (int): Undeliverable for now (handset off, out of range, network trouble), or expired.
        total (int): Messages sent.
        recipient_count (int): Recipients of the message.
        delivered (int):
        pending (int):
        bounced (int): Soft and hard bounces together.
        responses (int): Replies received.
        opt_outs (int): Recipients who opted out, by reply or unsubscribe link.
        link_hits (int): Tracked-link clicks recorded.
    """

    hard_bounced: int
    soft_bounced: int
    total: int
    recipient_count: int
    delivered: int
    pending: int
    bounced: int
    responses: int
    opt_outs: int
    link_hits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hard_bounced = self.hard_bounced

        soft_bounced = self.soft_bounced

        total = self.total

        recipient_count = self.recipient_count

        delivered = self.delivered

        pending = self.pending

        bounced = self.bounced

        responses = self.responses

        opt_outs = self.opt_outs

        link_hits = self.link_hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hard_bounced": hard_bounced,
                "soft_bounced": soft_bounced,
                "total": total,
                "recipientCount": recipient_count,
                "delivered": delivered,
                "pending": pending,
                "bounced": bounced,
                "responses": responses,
                "opt-outs": opt_outs,
                "link_hits": link_hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            hard_bounced = d.pop("hard_bounced")
        except PARSE_ERRORS:
            d.pop("hard_bounced", None)
            hard_bounced = src_dict.get("hard_bounced", UNSET)

        try:
            soft_bounced = d.pop("soft_bounced")
        except PARSE_ERRORS:
            d.pop("soft_bounced", None)
            soft_bounced = src_dict.get("soft_bounced", UNSET)

        try:
            total = d.pop("total")
        except PARSE_ERRORS:
            d.pop("total", None)
            total = src_dict.get("total", UNSET)

        try:
            recipient_count = d.pop("recipientCount")
        except PARSE_ERRORS:
            d.pop("recipientCount", None)
            recipient_count = src_dict.get("recipientCount", UNSET)

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
            opt_outs = d.pop("opt-outs")
        except PARSE_ERRORS:
            d.pop("opt-outs", None)
            opt_outs = src_dict.get("opt-outs", UNSET)

        try:
            link_hits = d.pop("link_hits")
        except PARSE_ERRORS:
            d.pop("link_hits", None)
            link_hits = src_dict.get("link_hits", UNSET)

        _obj = cls(
            hard_bounced=hard_bounced,
            soft_bounced=soft_bounced,
            total=total,
            recipient_count=recipient_count,
            delivered=delivered,
            pending=pending,
            bounced=bounced,
            responses=responses,
            opt_outs=opt_outs,
            link_hits=link_hits,
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
