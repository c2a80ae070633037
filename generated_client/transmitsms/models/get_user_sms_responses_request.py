# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.get_user_sms_responses_request_keywords import GetUserSmsResponsesRequestKeywords
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserSmsResponsesRequest")


@_attrs_define
class GetUserSmsResponsesRequest:
    """
    Attributes:
        start (str | Unset): Only replies received at or after this time (within the last 12 months).
        end (str | Unset): Only replies received at or before this time.
        keywords (GetUserSmsResponsesRequestKeywords | Unset): `only` returns only replies matching a keyword, `omit`
            only the others; absent (or `both`) returns all.
        include_original (bool | Unset): Include the text of the message each reply answers (`original_message`).
            Default: False.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    keywords: GetUserSmsResponsesRequestKeywords | Unset = UNSET
    include_original: bool | Unset = False
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        keywords: str | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords.value

        include_original = self.include_original

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
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
            _keywords = d.pop("keywords", UNSET)
            keywords: GetUserSmsResponsesRequestKeywords | Unset
            if isinstance(_keywords, Unset):
                keywords = UNSET
            else:
                keywords = GetUserSmsResponsesRequestKeywords(_keywords)

        except PARSE_ERRORS:
            d.pop("keywords", None)
            keywords = src_dict.get("keywords", UNSET)

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
            start=start,
            end=end,
            keywords=keywords,
            include_original=include_original,
            page=page,
            max_=max_,
        )

        return _obj
