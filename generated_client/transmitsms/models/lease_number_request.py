# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaseNumberRequest")


@_attrs_define
class LeaseNumberRequest:
    """
    Attributes:
        number (str | Unset): The number to lease; any available number when absent.
        forward_url (str | Unset): Notify inbound messages to this number to this URL (a reply callback).
    """

    number: str | Unset = UNSET
    forward_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        forward_url = self.forward_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            number = d.pop("number", UNSET)
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        try:
            forward_url = d.pop("forward_url", UNSET)
        except PARSE_ERRORS:
            d.pop("forward_url", None)
            forward_url = src_dict.get("forward_url", UNSET)

        _obj = cls(
            number=number,
            forward_url=forward_url,
        )

        return _obj
