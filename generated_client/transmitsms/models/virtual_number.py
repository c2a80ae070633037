# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualNumber")


@_attrs_define
class VirtualNumber:
    """A dedicated virtual number.

    Attributes:
        number (int): A phone number in E.164 international format, without the `+`.
        price (float): The monthly price, in the account's currency.
        auto_renew (bool | Unset): Whether the lease renews automatically (true for a new lease).
        next_charge (None | str | Unset): A date, `YYYY-MM-DD`; null where the service has none (a lease or trial
            without a next date).
        status (str | Unset): `active` for a leased number (an open set).
    """

    number: int
    price: float
    auto_renew: bool | Unset = UNSET
    next_charge: None | str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        price = self.price

        auto_renew = self.auto_renew

        next_charge: None | str | Unset
        if isinstance(self.next_charge, Unset):
            next_charge = UNSET
        else:
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
        try:
            number = d.pop("number")
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        try:
            price = d.pop("price")
        except PARSE_ERRORS:
            d.pop("price", None)
            price = src_dict.get("price", UNSET)

        try:
            auto_renew = d.pop("auto_renew", UNSET)
        except PARSE_ERRORS:
            d.pop("auto_renew", None)
            auto_renew = src_dict.get("auto_renew", UNSET)

        try:

            def _parse_next_charge(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            next_charge = _parse_next_charge(d.pop("next_charge", UNSET))

        except PARSE_ERRORS:
            d.pop("next_charge", None)
            next_charge = src_dict.get("next_charge", UNSET)

        try:
            status = d.pop("status", UNSET)
        except PARSE_ERRORS:
            d.pop("status", None)
            status = src_dict.get("status", UNSET)

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
