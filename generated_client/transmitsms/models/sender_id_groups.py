# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="SenderIdGroups")


@_attrs_define
class SenderIdGroups:
    """Sender IDs by kind; a kind the account has none of may be absent.

    Attributes:
        virtual_number (list[str] | Unset):
        business_name (list[str] | Unset):
        mobile_number (list[str] | Unset):
    """

    virtual_number: list[str] | Unset = UNSET
    business_name: list[str] | Unset = UNSET
    mobile_number: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        virtual_number: list[str] | Unset = UNSET
        if not isinstance(self.virtual_number, Unset):
            virtual_number = self.virtual_number

        business_name: list[str] | Unset = UNSET
        if not isinstance(self.business_name, Unset):
            business_name = self.business_name

        mobile_number: list[str] | Unset = UNSET
        if not isinstance(self.mobile_number, Unset):
            mobile_number = self.mobile_number

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if virtual_number is not UNSET:
            field_dict["Virtual Number"] = virtual_number
        if business_name is not UNSET:
            field_dict["Business Name"] = business_name
        if mobile_number is not UNSET:
            field_dict["Mobile Number"] = mobile_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            virtual_number = cast(list[str], d.pop("Virtual Number", UNSET))

        except PARSE_ERRORS:
            d.pop("Virtual Number", None)
            virtual_number = src_dict.get("Virtual Number", UNSET)

        try:
            business_name = cast(list[str], d.pop("Business Name", UNSET))

        except PARSE_ERRORS:
            d.pop("Business Name", None)
            business_name = src_dict.get("Business Name", UNSET)

        try:
            mobile_number = cast(list[str], d.pop("Mobile Number", UNSET))

        except PARSE_ERRORS:
            d.pop("Mobile Number", None)
            mobile_number = src_dict.get("Mobile Number", UNSET)

        _obj = cls(
            virtual_number=virtual_number,
            business_name=business_name,
            mobile_number=mobile_number,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
