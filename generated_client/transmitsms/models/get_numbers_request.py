# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.get_numbers_request_filter import GetNumbersRequestFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNumbersRequest")


@_attrs_define
class GetNumbersRequest:
    """
    Attributes:
        filter_ (GetNumbersRequestFilter | Unset): `owned`: the account's numbers; `available`: numbers that can be
            leased. Default: GetNumbersRequestFilter.OWNED.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
    """

    filter_: GetNumbersRequestFilter | Unset = GetNumbersRequestFilter.OWNED
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        filter_: str | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.value

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _filter_ = d.pop("filter", UNSET)
            filter_: GetNumbersRequestFilter | Unset
            if isinstance(_filter_, Unset):
                filter_ = UNSET
            else:
                filter_ = GetNumbersRequestFilter(_filter_)

        except PARSE_ERRORS:
            d.pop("filter", None)
            filter_ = src_dict.get("filter", UNSET)

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
            filter_=filter_,
            page=page,
            max_=max_,
        )

        return _obj
