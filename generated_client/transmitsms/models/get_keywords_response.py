# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        keywords (list[Keyword]):
        error (Success): The `error` block of a successful response.
    """

    page: PageInfo
    keywords_total: int
    keywords: list[Keyword]
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        keywords_total = self.keywords_total

        keywords = []
        for keywords_item_data in self.keywords:
            keywords_item = keywords_item_data.to_dict()
            keywords.append(keywords_item)

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "keywords_total": keywords_total,
                "keywords": keywords,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyword import Keyword  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        page = PageInfo.from_dict(d.pop("page"))

        keywords_total = d.pop("keywords_total")

        keywords = []
        _keywords = d.pop("keywords")
        for keywords_item_data in _keywords:
            keywords_item = Keyword.from_dict(keywords_item_data)

            keywords.append(keywords_item)

        error = Success.from_dict(d.pop("error"))

        _obj = cls(
            page=page,
            keywords_total=keywords_total,
            keywords=keywords,
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
