# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_stats import DeliveryStats
    from ..models.list_ref import ListRef
    from ..models.success import Success


T = TypeVar("T", bound="SendSmsResponse")


@_attrs_define
class SendSmsResponse:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        send_at (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        recipients (int): The number of recipients, after invalid and opted-out numbers were removed.
        cost (float): The total cost of the send, in the account's currency.
        sms (int): The total number of message parts (parts per message times recipients).
        error (Success): The `error` block of a successful response.
        list_ (ListRef | Unset): The list a message was sent to.
        delivery_stats (DeliveryStats | Unset): Delivery counters of a message or campaign.
    """

    message_id: int
    send_at: None | str
    recipients: int
    cost: float
    sms: int
    error: Success
    list_: ListRef | Unset = UNSET
    delivery_stats: DeliveryStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        send_at: None | str
        send_at = self.send_at

        recipients = self.recipients

        cost = self.cost

        sms = self.sms

        error = self.error.to_dict()

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        delivery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_stats, Unset):
            delivery_stats = self.delivery_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "send_at": send_at,
                "recipients": recipients,
                "cost": cost,
                "sms": sms,
                "error": error,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_
        if delivery_stats is not UNSET:
            field_dict["delivery_stats"] = delivery_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_stats import DeliveryStats  # noqa: PLC0415
        from ..models.list_ref import ListRef  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            message_id = d.pop("message_id")
        except PARSE_ERRORS:
            d.pop("message_id", None)
            message_id = src_dict.get("message_id", UNSET)

        try:

            def _parse_send_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            send_at = _parse_send_at(d.pop("send_at"))

        except PARSE_ERRORS:
            d.pop("send_at", None)
            send_at = src_dict.get("send_at", UNSET)

        try:
            recipients = d.pop("recipients")
        except PARSE_ERRORS:
            d.pop("recipients", None)
            recipients = src_dict.get("recipients", UNSET)

        try:
            cost = d.pop("cost")
        except PARSE_ERRORS:
            d.pop("cost", None)
            cost = src_dict.get("cost", UNSET)

        try:
            sms = d.pop("sms")
        except PARSE_ERRORS:
            d.pop("sms", None)
            sms = src_dict.get("sms", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _list_ = d.pop("list", UNSET)
            list_: ListRef | Unset
            if isinstance(_list_, Unset):
                list_ = UNSET
            else:
                list_ = ListRef.from_dict(_list_)

        except PARSE_ERRORS:
            d.pop("list", None)
            list_ = src_dict.get("list", UNSET)

        try:
            _delivery_stats = d.pop("delivery_stats", UNSET)
            delivery_stats: DeliveryStats | Unset
            if isinstance(_delivery_stats, Unset):
                delivery_stats = UNSET
            else:
                delivery_stats = DeliveryStats.from_dict(_delivery_stats)

        except PARSE_ERRORS:
            d.pop("delivery_stats", None)
            delivery_stats = src_dict.get("delivery_stats", UNSET)

        _obj = cls(
            message_id=message_id,
            send_at=send_at,
            recipients=recipients,
            cost=cost,
            sms=sms,
            error=error,
            list_=list_,
            delivery_stats=delivery_stats,
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
