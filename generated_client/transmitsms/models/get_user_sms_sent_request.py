# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserSmsSentRequest")


@_attrs_define
class GetUserSmsSentRequest:
    """
    Attributes:
        start (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
            00:00:00 UTC of that day.
        end (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
            00:00:00 UTC of that day.
        msisdn (str | Unset): Only messages to this number.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    start: str
    end: str
    msisdn: str | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    response_style: ResponseStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        msisdn = self.msisdn

        page = self.page

        max_ = self.max_

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
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
        start = d.pop("start")

        end = d.pop("end")

        msisdn = d.pop("msisdn", UNSET)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        _response_style = d.pop("response_style", UNSET)
        response_style: ResponseStyle | Unset
        if isinstance(_response_style, Unset):
            response_style = UNSET
        else:
            response_style = ResponseStyle(_response_style)

        _obj = cls(
            start=start,
            end=end,
            msisdn=msisdn,
            page=page,
            max_=max_,
            response_style=response_style,
        )

        return _obj
