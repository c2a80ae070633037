# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.success import Success


T = TypeVar("T", bound="TransactionResponse")


@_attrs_define
class TransactionResponse:
    """
    Attributes:
        id (int): A numeric identifier assigned by the service.
        user_id (int): A numeric identifier assigned by the service.
        description (str):
        amount (float): The amount; negative for a debit.
        balance_standing (float | str): The balance after this entry: a number in get-transaction, a currency string
            such as `$14.630` in get-transactions (as recorded).
        created (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`.
        type_description (str):
        type_id (int):
        message_id (int): The message the entry paid for; 0 when none.
        error (Success): The `error` block of a successful response.
    """

    id: int
    user_id: int
    description: str
    amount: float
    balance_standing: float | str
    created: str
    type_description: str
    type_id: int
    message_id: int
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        description = self.description

        amount = self.amount

        balance_standing: float | str
        balance_standing = self.balance_standing

        created = self.created

        type_description = self.type_description

        type_id = self.type_id

        message_id = self.message_id

        error = self.error.to_dict()

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
                "message_id": message_id,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        description = d.pop("description")

        amount = d.pop("amount")

        def _parse_balance_standing(data: object) -> float | str:
            return cast(float | str, data)

        balance_standing = _parse_balance_standing(d.pop("balance_standing"))

        created = d.pop("created")

        type_description = d.pop("type_description")

        type_id = d.pop("type_id")

        message_id = d.pop("message_id")

        error = Success.from_dict(d.pop("error"))

        _obj = cls(
            id=id,
            user_id=user_id,
            description=description,
            amount=amount,
            balance_standing=balance_standing,
            created=created,
            type_description=type_description,
            type_id=type_id,
            message_id=message_id,
            error=error,
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
