# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddEmailRequest")


@_attrs_define
class AddEmailRequest:
    """
    Attributes:
        email (str): The address, or `*@domain` for every address of a domain.
        max_sms (int | Unset): The most parts one email may become: 1 (up to 160 characters), 2 (306), 3 (459) or 4
            (612). Default: 1.
        number (str | Unset): Send these messages from this dedicated virtual number.
    """

    email: str
    max_sms: int | Unset = 1
    number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        max_sms = self.max_sms

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if max_sms is not UNSET:
            field_dict["max_sms"] = max_sms
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            email = d.pop("email")
        except PARSE_ERRORS:
            d.pop("email", None)
            email = src_dict.get("email", UNSET)

        try:
            max_sms = d.pop("max_sms", UNSET)
        except PARSE_ERRORS:
            d.pop("max_sms", None)
            max_sms = src_dict.get("max_sms", UNSET)

        try:
            number = d.pop("number", UNSET)
        except PARSE_ERRORS:
            d.pop("number", None)
            number = src_dict.get("number", UNSET)

        _obj = cls(
            email=email,
            max_sms=max_sms,
            number=number,
        )

        return _obj
