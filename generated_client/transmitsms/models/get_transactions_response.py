# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.success import Success
    from ..models.transaction import Transaction


T = TypeVar("T", bound="GetTransactionsResponse")


@_attrs_define
class GetTransactionsResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        transactions_total (int):
        error (Success): The `error` block of a successful response.
        transactions (list[Transaction] | Unset): Absent when there are no entries.
    """

    page: PageInfo
    transactions_total: int
    error: Success
    transactions: list[Transaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        transactions_total = self.transactions_total

        error = self.error.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "transactions_total": transactions_total,
                "error": error,
            }
        )
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            transactions_total = d.pop("transactions_total")
        except PARSE_ERRORS:
            d.pop("transactions_total", None)
            transactions_total = src_dict.get("transactions_total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _transactions = d.pop("transactions", UNSET)
            transactions: list[Transaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    transactions_item = Transaction.from_dict(transactions_item_data)

                    transactions.append(transactions_item)

        except PARSE_ERRORS:
            d.pop("transactions", None)
            transactions = src_dict.get("transactions", UNSET)

        _obj = cls(
            page=page,
            transactions_total=transactions_total,
            error=error,
            transactions=transactions,
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
