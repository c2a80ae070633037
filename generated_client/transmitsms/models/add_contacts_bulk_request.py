# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddContactsBulkRequest")


@_attrs_define
class AddContactsBulkRequest:
    """Exactly one of `list_id` or `name` is required.

    Attributes:
        file_url (str): The CSV file to import.
        list_id (int | Unset): Import into this list. `0` means none (with `name`).
        name (str | Unset): Create a list with this name and import into it.
        countrycode (str | Unset): Convert local-format numbers of the file to international format for this country.
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
    """

    file_url: str
    list_id: int | Unset = UNSET
    name: str | Unset = UNSET
    countrycode: str | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        list_id = self.list_id

        name = self.name

        countrycode = self.countrycode

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_url": file_url,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            file_url = d.pop("file_url")
        except PARSE_ERRORS:
            d.pop("file_url", None)
            file_url = src_dict.get("file_url", UNSET)

        try:
            list_id = d.pop("list_id", UNSET)
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:
            name = d.pop("name", UNSET)
        except PARSE_ERRORS:
            d.pop("name", None)
            name = src_dict.get("name", UNSET)

        try:
            countrycode = d.pop("countrycode", UNSET)
        except PARSE_ERRORS:
            d.pop("countrycode", None)
            countrycode = src_dict.get("countrycode", UNSET)

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

        _obj = cls(
            file_url=file_url,
            list_id=list_id,
            name=name,
            countrycode=countrycode,
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
        )

        return _obj
