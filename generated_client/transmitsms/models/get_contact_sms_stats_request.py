# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.get_contact_sms_stats_request_order import GetContactSmsStatsRequestOrder
from ..models.get_contact_sms_stats_request_sort_field import GetContactSmsStatsRequestSortField
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetContactSmsStatsRequest")


@_attrs_define
class GetContactSmsStatsRequest:
    """
    Attributes:
        mobile (str): The recipient, in international format unless `countrycode` is given.
        countrycode (str | Unset): The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an
            English country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
            converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129` with `nz`
            becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
        start (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD`
            means 00:00:00 UTC of that day.
        end (str | Unset): A UTC date and time, `YYYY-MM-DD HH:MM:SS`, bounding a report. A bare date `YYYY-MM-DD` means
            00:00:00 UTC of that day.
        sort_field (GetContactSmsStatsRequestSortField | Unset): Sort by this field (by `datetime_send` when absent).
        order (GetContactSmsStatsRequestOrder | Unset): Sort order (`asc` when absent).
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
    """

    mobile: str
    countrycode: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    sort_field: GetContactSmsStatsRequestSortField | Unset = UNSET
    order: GetContactSmsStatsRequestOrder | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        countrycode = self.countrycode

        start = self.start

        end = self.end

        sort_field: str | Unset = UNSET
        if not isinstance(self.sort_field, Unset):
            sort_field = self.sort_field.value

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mobile": mobile,
            }
        )
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if sort_field is not UNSET:
            field_dict["sort_field"] = sort_field
        if order is not UNSET:
            field_dict["order"] = order
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            mobile = d.pop("mobile")
        except PARSE_ERRORS:
            d.pop("mobile", None)
            mobile = src_dict.get("mobile", UNSET)

        try:
            countrycode = d.pop("countrycode", UNSET)
        except PARSE_ERRORS:
            d.pop("countrycode", None)
            countrycode = src_dict.get("countrycode", UNSET)

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
            _sort_field = d.pop("sort_field", UNSET)
            sort_field: GetContactSmsStatsRequestSortField | Unset
            if isinstance(_sort_field, Unset):
                sort_field = UNSET
            else:
                sort_field = GetContactSmsStatsRequestSortField(_sort_field)

        except PARSE_ERRORS:
            d.pop("sort_field", None)
            sort_field = src_dict.get("sort_field", UNSET)

        try:
            _order = d.pop("order", UNSET)
            order: GetContactSmsStatsRequestOrder | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = GetContactSmsStatsRequestOrder(_order)

        except PARSE_ERRORS:
            d.pop("order", None)
            order = src_dict.get("order", UNSET)

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
            mobile=mobile,
            countrycode=countrycode,
            start=start,
            end=end,
            sort_field=sort_field,
            order=order,
            page=page,
            max_=max_,
        )

        return _obj
