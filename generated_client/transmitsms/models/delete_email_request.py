# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="DeleteEmailRequest")


@_attrs_define
class DeleteEmailRequest:
    """
    Attributes:
        email (str): The address, or `*@domain` for every address of a domain.
    """

    email: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            email = d.pop("email")
        except PARSE_ERRORS:
            d.pop("email", None)
            email = src_dict.get("email", UNSET)

        _obj = cls(
            email=email,
        )

        return _obj
