# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddListRequest")


@_attrs_define
class AddListRequest:
    """
    Attributes:
        name (str): A name for the list, unique in the account.
        field_1 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_2 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_3 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_4 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_5 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_6 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_7 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_8 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_9 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        field_10 (str | Unset): The name of a custom field. A list has `first_name` and `last_name` and up to 10 custom
            fields, in slots `field_1` to `field_10`, with different names (a contact's values are keyed by name): naming
            two slots alike (in any case) answers `FIELD_INVALID`. So does naming one exactly `type`, `datetime_entry`,
            `list_id`, `mobile`, `firstname` or `lastname`: the list callback sends each custom field as a parameter of that
            name beside those. In another case (`FirstName`) a name is accepted, as the reference's own add-list example
            shows; in a message, `[FirstName]` is then the contact's first name, as `[firstname]` is.
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    name: str
    field_1: str | Unset = UNSET
    field_2: str | Unset = UNSET
    field_3: str | Unset = UNSET
    field_4: str | Unset = UNSET
    field_5: str | Unset = UNSET
    field_6: str | Unset = UNSET
    field_7: str | Unset = UNSET
    field_8: str | Unset = UNSET
    field_9: str | Unset = UNSET
    field_10: str | Unset = UNSET
    response_style: ResponseStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_1 = self.field_1

        field_2 = self.field_2

        field_3 = self.field_3

        field_4 = self.field_4

        field_5 = self.field_5

        field_6 = self.field_6

        field_7 = self.field_7

        field_8 = self.field_8

        field_9 = self.field_9

        field_10 = self.field_10

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if field_1 is not UNSET:
            field_dict["field_1"] = field_1
        if field_2 is not UNSET:
            field_dict["field_2"] = field_2
        if field_3 is not UNSET:
            field_dict["field_3"] = field_3
        if field_4 is not UNSET:
            field_dict["field_4"] = field_4
        if field_5 is not UNSET:
            field_dict["field_5"] = field_5
        if field_6 is not UNSET:
            field_dict["field_6"] = field_6
        if field_7 is not UNSET:
            field_dict["field_7"] = field_7
        if field_8 is not UNSET:
            field_dict["field_8"] = field_8
        if field_9 is not UNSET:
            field_dict["field_9"] = field_9
        if field_10 is not UNSET:
            field_dict["field_10"] = field_10
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

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
            field_1 = d.pop("field_1", UNSET)
        except PARSE_ERRORS:
            d.pop("field_1", None)
            field_1 = src_dict.get("field_1", UNSET)

        try:
            field_2 = d.pop("field_2", UNSET)
        except PARSE_ERRORS:
            d.pop("field_2", None)
            field_2 = src_dict.get("field_2", UNSET)

        try:
            field_3 = d.pop("field_3", UNSET)
        except PARSE_ERRORS:
            d.pop("field_3", None)
            field_3 = src_dict.get("field_3", UNSET)

        try:
            field_4 = d.pop("field_4", UNSET)
        except PARSE_ERRORS:
            d.pop("field_4", None)
            field_4 = src_dict.get("field_4", UNSET)

        try:
            field_5 = d.pop("field_5", UNSET)
        except PARSE_ERRORS:
            d.pop("field_5", None)
            field_5 = src_dict.get("field_5", UNSET)

        try:
            field_6 = d.pop("field_6", UNSET)
        except PARSE_ERRORS:
            d.pop("field_6", None)
            field_6 = src_dict.get("field_6", UNSET)

        try:
            field_7 = d.pop("field_7", UNSET)
        except PARSE_ERRORS:
            d.pop("field_7", None)
            field_7 = src_dict.get("field_7", UNSET)

        try:
            field_8 = d.pop("field_8", UNSET)
        except PARSE_ERRORS:
            d.pop("field_8", None)
            field_8 = src_dict.get("field_8", UNSET)

        try:
            field_9 = d.pop("field_9", UNSET)
        except PARSE_ERRORS:
            d.pop("field_9", None)
            field_9 = src_dict.get("field_9", UNSET)

        try:
            field_10 = d.pop("field_10", UNSET)
        except PARSE_ERRORS:
            d.pop("field_10", None)
            field_10 = src_dict.get("field_10", UNSET)

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
            name=name,
            field_1=field_1,
            field_2=field_2,
            field_3=field_3,
            field_4=field_4,
            field_5=field_5,
            field_6=field_6,
            field_7=field_7,
            field_8=field_8,
            field_9=field_9,
            field_10=field_10,
            response_style=response_style,
        )

        return _obj
