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
    from ..models.virtual_number import VirtualNumber


T = TypeVar("T", bound="GetNumbersResponse")


@_attrs_define
class GetNumbersResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        numbers_total (int):
        error (Success): The `error` block of a successful response.
        filter_ (str | Unset): The filter applied (`owned` or `available`), as the service echoes it.
        numbers (list[VirtualNumber] | Unset): One page of numbers; absent when there are none.
    """

    page: PageInfo
    numbers_total: int
    error: Success
    filter_: str | Unset = UNSET
    numbers: list[VirtualNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        numbers_total = self.numbers_total

        error = self.error.to_dict()

        filter_ = self.filter_

        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = []
            for numbers_item_data in self.numbers:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "numbers_total": numbers_total,
                "error": error,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415
        from ..models.virtual_number import VirtualNumber  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            numbers_total = d.pop("numbers_total")
        except PARSE_ERRORS:
            d.pop("numbers_total", None)
            numbers_total = src_dict.get("numbers_total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            filter_ = d.pop("filter", UNSET)
        except PARSE_ERRORS:
            d.pop("filter", None)
            filter_ = src_dict.get("filter", UNSET)

        try:
            _numbers = d.pop("numbers", UNSET)
            numbers: list[VirtualNumber] | Unset = UNSET
            if _numbers is not UNSET:
                numbers = []
                for numbers_item_data in _numbers:
                    numbers_item = VirtualNumber.from_dict(numbers_item_data)

                    numbers.append(numbers_item)

        except PARSE_ERRORS:
            d.pop("numbers", None)
            numbers = src_dict.get("numbers", UNSET)

        _obj = cls(
            page=page,
            numbers_total=numbers_total,
            error=error,
            filter_=filter_,
            numbers=numbers,
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
