# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualNumber")


@_attrs_define
class VirtualNumber:
    """A dedicated virtual number.

    Attributes:
        number (int): A phone number in E.164 international format, without the `+`.
        price (float): The monthly price, in the account's currency.
        auto_renew (bool | Unset): Whether the lease renews automatically (true for a new lease).
        next_charge (str | Unset): The date of the next monthly charge.
        status (str | Unset): `active` for a leased number (an open set).
    """

    number: int
    price: float
    auto_renew: bool | Unset = UNSET
    next_charge: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        price = self.price

        auto_renew = self.auto_renew

        next_charge = self.next_charge

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "price": price,
            }
        )
        if auto_renew is not UNSET:
            field_dict["auto_renew"] = auto_renew
        if next_charge is not UNSET:
            field_dict["next_charge"] = next_charge
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        price = d.pop("price")

        auto_renew = d.pop("auto_renew", UNSET)

        next_charge = d.pop("next_charge", UNSET)

        status = d.pop("status", UNSET)

        _obj = cls(
            number=number,
            price=price,
            auto_renew=auto_renew,
            next_charge=next_charge,
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
