# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        send_at (str): When the message is (or was) sent, UTC.
        recipients (int): The number of recipients, after invalid and opted-out numbers were removed.
        cost (float): The total cost of the send, in the account's currency.
        sms (int): The total number of message parts (parts per message times recipients).
        error (Success): The `error` block of a successful response.
        list_ (ListRef | Unset): The list a message was sent to.
        delivery_stats (DeliveryStats | Unset): Delivery counters of a message or campaign.
    """

    message_id: int
    send_at: str
    recipients: int
    cost: float
    sms: int
    error: Success
    list_: ListRef | Unset = UNSET
    delivery_stats: DeliveryStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

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
        message_id = d.pop("message_id")

        send_at = d.pop("send_at")

        recipients = d.pop("recipients")

        cost = d.pop("cost")

        sms = d.pop("sms")

        error = Success.from_dict(d.pop("error"))

        _list_ = d.pop("list", UNSET)
        list_: ListRef | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = ListRef.from_dict(_list_)

        _delivery_stats = d.pop("delivery_stats", UNSET)
        delivery_stats: DeliveryStats | Unset
        if isinstance(_delivery_stats, Unset):
            delivery_stats = UNSET
        else:
            delivery_stats = DeliveryStats.from_dict(_delivery_stats)

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
