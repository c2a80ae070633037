# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="Success")


@_attrs_define
class Success:
    """The `error` block of a successful response.

    Attributes:
        code (Literal['SUCCESS']):
        description (str):
    """

    code: Literal["SUCCESS"]
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            code = cast(Literal["SUCCESS"], d.pop("code"))
            if code != "SUCCESS":
                raise ValueError(f"code must match const 'SUCCESS', got '{code}'")
        except PARSE_ERRORS:
            d.pop("code", None)
            code = src_dict.get("code", UNSET)

        try:
            description = d.pop("description")
        except PARSE_ERRORS:
            d.pop("description", None)
            description = src_dict.get("description", UNSET)

        _obj = cls(
            code=code,
            description=description,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
