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
    from ..models.reply import Reply
    from ..models.success import Success


T = TypeVar("T", bound="ReplyPage")


@_attrs_define
class ReplyPage:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        total (int):
        error (Success): The `error` block of a successful response.
        responses (list[Reply] | Unset): One page of replies; absent when there are none.
    """

    page: PageInfo
    total: int
    error: Success
    responses: list[Reply] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        total = self.total

        error = self.error.to_dict()

        responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = []
            for responses_item_data in self.responses:
                responses_item = responses_item_data.to_dict()
                responses.append(responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "total": total,
                "error": error,
            }
        )
        if responses is not UNSET:
            field_dict["responses"] = responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.reply import Reply  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            total = d.pop("total")
        except PARSE_ERRORS:
            d.pop("total", None)
            total = src_dict.get("total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _responses = d.pop("responses", UNSET)
            responses: list[Reply] | Unset = UNSET
            if _responses is not UNSET:
                responses = []
                for responses_item_data in _responses:
                    responses_item = Reply.from_dict(responses_item_data)

                    responses.append(responses_item)

        except PARSE_ERRORS:
            d.pop("responses", None)
            responses = src_dict.get("responses", UNSET)

        _obj = cls(
            page=page,
            total=total,
            error=error,
            responses=responses,
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
