# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTransactionsRequest")


@_attrs_define
class GetTransactionsRequest:
    """
    Attributes:
        client_id (int): A client account of the caller, or the caller's own account ID.
        start (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD`
            means 00:00:00 UTC of that day.
        end (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
            00:00:00 UTC of that day.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
    """

    client_id: int
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        start = self.start

        end = self.end

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            client_id = d.pop("client_id")
        except PARSE_ERRORS:
            d.pop("client_id", None)
            client_id = src_dict.get("client_id", UNSET)

        try:
            start = d.pop("start", UNSET)
        except PARSE_ERRORS:
            d.pop("start", None)
            start = src_dict.get("start", UNSET)

        try:
            end = d.pop("end", UNSET)
        except PARSE_ERRORS:
            d.pop("end", None)
            end = src_dict.get("end", UNSET)

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
            client_id=client_id,
            start=start,
            end=end,
            page=page,
            max_=max_,
        )

        return _obj
