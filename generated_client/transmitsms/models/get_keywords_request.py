# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKeywordsRequest")


@_attrs_define
class GetKeywordsRequest:
    """
    Attributes:
        number (str | Unset): Only keywords of this virtual number.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
    """

    number: str | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            number = d.pop("number", UNSET)
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

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

        _obj = cls(
            number=number,
            page=page,
            max_=max_,
        )

        return _obj
