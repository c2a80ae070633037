# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetContactRequest")


@_attrs_define
class GetContactRequest:
    """
    Attributes:
        list_id (int): The numeric ID of a contact list.
        msisdn (str): A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
            `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    list_id: int
    msisdn: str
    response_style: ResponseStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        msisdn = self.msisdn

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_id": list_id,
                "msisdn": msisdn,
            }
        )
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
            msisdn = d.pop("msisdn")
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

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
            msisdn=msisdn,
            response_style=response_style,
        )

        return _obj
