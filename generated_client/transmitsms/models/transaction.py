# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A ledger entry.

    Attributes:
        id (int): A numeric identifier assigned by the service.
        user_id (int): A numeric identifier assigned by the service.
        description (str):
        amount (float): The amount; negative for a debit.
        balance_standing (float | None | str): The balance after this entry: a number in get-transaction, a currency
            string such as `$14.630` in get-transactions (as recorded); null when the service has none.
        created (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        type_description (str):
        type_id (int):
    """

    id: int
    user_id: int
    description: str
    amount: float
    balance_standing: float | None | str
    created: None | str
    type_description: str
    type_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        description = self.description

        amount = self.amount

        balance_standing: float | None | str
        balance_standing = self.balance_standing

        created: None | str
        created = self.created

        type_description = self.type_description

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "description": description,
                "amount": amount,
                "balance_standing": balance_standing,
                "created": created,
                "type_description": type_description,
                "type_id": type_id,
            }
        )

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
            user_id = d.pop("user_id")
        except PARSE_ERRORS:
            d.pop("user_id", None)
            user_id = src_dict.get("user_id", UNSET)

        try:
            description = d.pop("description")
        except PARSE_ERRORS:
            d.pop("description", None)
            description = src_dict.get("description", UNSET)

        try:
            amount = d.pop("amount")
        except PARSE_ERRORS:
            d.pop("amount", None)
            amount = src_dict.get("amount", UNSET)

        try:

            def _parse_balance_standing(data: object) -> float | None | str:
                if data is None:
                    return data
                return cast(float | None | str, data)

            balance_standing = _parse_balance_standing(d.pop("balance_standing"))

        except PARSE_ERRORS:
            d.pop("balance_standing", None)
            balance_standing = src_dict.get("balance_standing", UNSET)

        try:

            def _parse_created(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            created = _parse_created(d.pop("created"))

        except PARSE_ERRORS:
            d.pop("created", None)
            created = src_dict.get("created", UNSET)

        try:
            type_description = d.pop("type_description")
        except PARSE_ERRORS:
            d.pop("type_description", None)
            type_description = src_dict.get("type_description", UNSET)

        try:
            type_id = d.pop("type_id")
        except PARSE_ERRORS:
            d.pop("type_id", None)
            type_id = src_dict.get("type_id", UNSET)

        _obj = cls(
            id=id,
            user_id=user_id,
            description=description,
            amount=amount,
            balance_standing=balance_standing,
            created=created,
            type_description=type_description,
            type_id=type_id,
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
