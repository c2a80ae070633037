# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="FormattedNumber")


@_attrs_define
class FormattedNumber:
    """
    Attributes:
        countrycode (int): The international dialling code of the country.
        nationalnumber (int): The national number, without a leading 0.
        international (int): The number in E.164 international format, without the `+`.
        type_ (int): The kind of number: 0 a landline, 1 a mobile number, 10 an invalid number. Other values may appear.
        is_valid (bool): Whether the number is a valid number for the country.
        national_leading_zeroes (int | Unset): Unused; the same as `nationalnumber`.
        rawinput (None | str | Unset): Unused; always null.
    """

    countrycode: int
    nationalnumber: int
    international: int
    type_: int
    is_valid: bool
    national_leading_zeroes: int | Unset = UNSET
    rawinput: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countrycode = self.countrycode

        nationalnumber = self.nationalnumber

        international = self.international

        type_ = self.type_

        is_valid = self.is_valid

        national_leading_zeroes = self.national_leading_zeroes

        rawinput: None | str | Unset
        if isinstance(self.rawinput, Unset):
            rawinput = UNSET
        else:
            rawinput = self.rawinput

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countrycode": countrycode,
                "nationalnumber": nationalnumber,
                "international": international,
                "type": type_,
                "isValid": is_valid,
            }
        )
        if national_leading_zeroes is not UNSET:
            field_dict["national_leading_zeroes"] = national_leading_zeroes
        if rawinput is not UNSET:
            field_dict["rawinput"] = rawinput

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            countrycode = d.pop("countrycode")
        except PARSE_ERRORS:
            d.pop("countrycode", None)
            countrycode = src_dict.get("countrycode", UNSET)

        try:
            nationalnumber = d.pop("nationalnumber")
        except PARSE_ERRORS:
            d.pop("nationalnumber", None)
            nationalnumber = src_dict.get("nationalnumber", UNSET)

        try:
            international = d.pop("international")
        except PARSE_ERRORS:
            d.pop("international", None)
            international = src_dict.get("international", UNSET)

        try:
            type_ = d.pop("type")
        except PARSE_ERRORS:
            d.pop("type", None)
            type_ = src_dict.get("type", UNSET)

        try:
            is_valid = d.pop("isValid")
        except PARSE_ERRORS:
            d.pop("isValid", None)
            is_valid = src_dict.get("isValid", UNSET)

        try:
            national_leading_zeroes = d.pop("national_leading_zeroes", UNSET)
        except PARSE_ERRORS:
            d.pop("national_leading_zeroes", None)
            national_leading_zeroes = src_dict.get("national_leading_zeroes", UNSET)

        try:

            def _parse_rawinput(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            rawinput = _parse_rawinput(d.pop("rawinput", UNSET))

        except PARSE_ERRORS:
            d.pop("rawinput", None)
            rawinput = src_dict.get("rawinput", UNSET)

        _obj = cls(
            countrycode=countrycode,
            nationalnumber=nationalnumber,
            international=international,
            type_=type_,
            is_valid=is_valid,
            national_leading_zeroes=national_leading_zeroes,
            rawinput=rawinput,
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
