# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyword import Keyword
    from ..models.page_info import PageInfo
    from ..models.success import Success


T = TypeVar("T", bound="GetKeywordsResponse")


@_attrs_define
class GetKeywordsResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        keywords_total (int):
        error (Success): The `error` block of a successful response.
        keywords (list[Keyword] | Unset): One page of keywords; absent when there are none.
    """

    page: PageInfo
    keywords_total: int
    error: Success
    keywords: list[Keyword] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        keywords_total = self.keywords_total

        error = self.error.to_dict()

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = keywords_item_data.to_dict()
                keywords.append(keywords_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "keywords_total": keywords_total,
                "error": error,
            }
        )
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyword import Keyword  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            keywords_total = d.pop("keywords_total")
        except PARSE_ERRORS:
            d.pop("keywords_total", None)
            keywords_total = src_dict.get("keywords_total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _keywords = d.pop("keywords", UNSET)
            keywords: list[Keyword] | Unset = UNSET
            if _keywords is not UNSET:
                keywords = []
                for keywords_item_data in _keywords:
                    keywords_item = Keyword.from_dict(keywords_item_data)

                    keywords.append(keywords_item)

        except PARSE_ERRORS:
            d.pop("keywords", None)
            keywords = src_dict.get("keywords", UNSET)

        _obj = cls(
            page=page,
            keywords_total=keywords_total,
            error=error,
            keywords=keywords,
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
