# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsResponsesRequest")


@_attrs_define
class GetSmsResponsesRequest:
    """At least one of `message_id`, `keyword_id` or `keyword` is required. With `keyword`, `number` must be given too.

    Attributes:
        message_id (int | Unset): Replies to this message. `0` means none (replies to a keyword are asked for).
        keyword_id (int | Unset): Replies matching this keyword (see get-keywords). `0` means none.
        keyword (str | Unset): Replies matching this keyword on `number`.
        number (str | Unset): The virtual number of `keyword`; required with `keyword`.
        msisdn (str | Unset): Only replies from this number.
        start (str | Unset): Only replies received at or after this time (within the last 12 months).
        end (str | Unset): Only replies received at or before this time.
        include_original (bool | Unset): Include the text of the message each reply answers (`original_message`).
            Default: False.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
    """

    message_id: int | Unset = UNSET
    keyword_id: int | Unset = UNSET
    keyword: str | Unset = UNSET
    number: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    include_original: bool | Unset = False
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        keyword_id = self.keyword_id

        keyword = self.keyword

        number = self.number

        msisdn = self.msisdn

        start = self.start

        end = self.end

        include_original = self.include_original

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if keyword_id is not UNSET:
            field_dict["keyword_id"] = keyword_id
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if number is not UNSET:
            field_dict["number"] = number
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if include_original is not UNSET:
            field_dict["include_original"] = include_original
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            message_id = d.pop("message_id", UNSET)
        except PARSE_ERRORS:
            d.pop("message_id", None)
            message_id = src_dict.get("message_id", UNSET)

        try:
            keyword_id = d.pop("keyword_id", UNSET)
        except PARSE_ERRORS:
            d.pop("keyword_id", None)
            keyword_id = src_dict.get("keyword_id", UNSET)

        try:
            keyword = d.pop("keyword", UNSET)
        except PARSE_ERRORS:
            d.pop("keyword", None)
            keyword = src_dict.get("keyword", UNSET)

        try:
            number = d.pop("number", UNSET)
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        try:
            msisdn = d.pop("msisdn", UNSET)
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

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
            include_original = d.pop("include_original", UNSET)
        except PARSE_ERRORS:
            d.pop("include_original", None)
            include_original = src_dict.get("include_original", UNSET)

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
            message_id=message_id,
            keyword_id=keyword_id,
            keyword=keyword,
            number=number,
            msisdn=msisdn,
            start=start,
            end=end,
            include_original=include_original,
            page=page,
            max_=max_,
        )

        return _obj
