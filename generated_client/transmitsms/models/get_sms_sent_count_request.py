# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsSentCountRequest")


@_attrs_define
class GetSmsSentCountRequest:
    """
    Attributes:
        start (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD`
            means 00:00:00 UTC of that day.
        end (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
            00:00:00 UTC of that day.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        _obj = cls(
            start=start,
            end=end,
        )

        return _obj
