# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.get_list_request_members import GetListRequestMembers
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetListRequest")


@_attrs_define
class GetListRequest:
    """
    Attributes:
        list_id (int): The numeric ID of a contact list.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
        members (GetListRequestMembers | Unset): `active` or `inactive` contacts only, or `none` for the metadata alone;
            all contacts when absent (or `all`).
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    list_id: int
    page: int | Unset = 1
    max_: int | Unset = 10
    members: GetListRequestMembers | Unset = UNSET
    response_style: ResponseStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        page = self.page

        max_ = self.max_

        members: str | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members.value

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_
        if members is not UNSET:
            field_dict["members"] = members
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            list_id = d.pop("list_id")
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

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
            _members = d.pop("members", UNSET)
            members: GetListRequestMembers | Unset
            if isinstance(_members, Unset):
                members = UNSET
            else:
                members = GetListRequestMembers(_members)

        except PARSE_ERRORS:
            d.pop("members", None)
            members = src_dict.get("members", UNSET)

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
            list_id=list_id,
            page=page,
            max_=max_,
            members=members,
            response_style=response_style,
        )

        return _obj
