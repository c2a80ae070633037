# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_summary import ListSummary
    from ..models.page_info import PageInfo
    from ..models.success import Success


T = TypeVar("T", bound="GetListsResponse")


@_attrs_define
class GetListsResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        lists_total (int):
        error (Success): The `error` block of a successful response.
        lists (list[ListSummary] | Unset): One page of lists; absent when there are none.
    """

    page: PageInfo
    lists_total: int
    error: Success
    lists: list[ListSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        lists_total = self.lists_total

        error = self.error.to_dict()

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "lists_total": lists_total,
                "error": error,
            }
        )
        if lists is not UNSET:
            field_dict["lists"] = lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_summary import ListSummary  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            lists_total = d.pop("lists_total")
        except PARSE_ERRORS:
            d.pop("lists_total", None)
            lists_total = src_dict.get("lists_total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _lists = d.pop("lists", UNSET)
            lists: list[ListSummary] | Unset = UNSET
            if _lists is not UNSET:
                lists = []
                for lists_item_data in _lists:
                    lists_item = ListSummary.from_dict(lists_item_data)

                    lists.append(lists_item)

        except PARSE_ERRORS:
            d.pop("lists", None)
            lists = src_dict.get("lists", UNSET)

        _obj = cls(
            page=page,
            lists_total=lists_total,
            error=error,
            lists=lists,
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
