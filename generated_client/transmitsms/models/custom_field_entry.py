# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="CustomFieldEntry")


@_attrs_define
class CustomFieldEntry:
    """One custom field, in `response_style=array` responses.

    Attributes:
        name (str):
        value (float | None | str): The value of a custom field, a string or a number, or null when unset.
    """

    name: str
    value: float | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: float | None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            name = d.pop("name")
        except PARSE_ERRORS:
            d.pop("name", None)
            name = src_dict.get("name", UNSET)

        try:

            def _parse_value(data: object) -> float | None | str:
                if data is None:
                    return data
                return cast(float | None | str, data)

            value = _parse_value(d.pop("value"))

        except PARSE_ERRORS:
            d.pop("value", None)
            value = src_dict.get("value", UNSET)

        _obj = cls(
            name=name,
            value=value,
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
