# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.get_message_report_request_type import GetMessageReportRequestType
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessageReportRequest")


@_attrs_define
class GetMessageReportRequest:
    """
    Attributes:
        start (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD`
            means 00:00:00 UTC of that day.
        end (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
            00:00:00 UTC of that day.
        list_id (int | Unset): Include the contact data of single-recipient messages from this list. `0` means none.
        number (str | Unset): Only messages sent from this virtual number.
        type_ (GetMessageReportRequestType | Unset): Only messages of this kind. Default:
            GetMessageReportRequestType.ALL.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    list_id: int | Unset = UNSET
    number: str | Unset = UNSET
    type_: GetMessageReportRequestType | Unset = GetMessageReportRequestType.ALL
    page: int | Unset = 1
    max_: int | Unset = 10
    response_style: ResponseStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        list_id = self.list_id

        number = self.number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        page = self.page

        max_ = self.max_

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_
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
            list_id = d.pop("list_id", UNSET)
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:
            number = d.pop("number", UNSET)
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        try:
            _type_ = d.pop("type", UNSET)
            type_: GetMessageReportRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = GetMessageReportRequestType(_type_)

        except PARSE_ERRORS:
            d.pop("type", None)
            type_ = src_dict.get("type", UNSET)

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
            start=start,
            end=end,
            list_id=list_id,
            number=number,
            type_=type_,
            page=page,
            max_=max_,
            response_style=response_style,
        )

        return _obj
