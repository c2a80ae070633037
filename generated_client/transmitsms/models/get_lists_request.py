# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetListsRequest")


@_attrs_define
class GetListsRequest:
    """
    Attributes:
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    page: int | Unset = 1
    max_: int | Unset = 10
    response_style: ResponseStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        max_ = self.max_

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            page = d.pop("page", UNSET)
        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            max_ = d.pop("max", UNSET)
        except PARSE_ERRORS:
            d.pop("max", None)
            max_ = src_dict.get("max", UNSET)

        try:
            _response_style = d.pop("response_style", UNSET)
            response_style: ResponseStyle | Unset
            if isinstance(_response_style, Unset):
                response_style = UNSET
            else:
                response_style = ResponseStyle(_response_style)

        except PARSE_ERRORS:
            d.pop("response_style", None)
            response_style = src_dict.get("response_style", UNSET)

        _obj = cls(
            page=page,
            max_=max_,
            response_style=response_style,
        )

        return _obj
