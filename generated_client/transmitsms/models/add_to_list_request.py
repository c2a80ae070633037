# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddToListRequest")


@_attrs_define
class AddToListRequest:
    """
    Attributes:
        list_id (int): The numeric ID of a contact list.
        msisdn (str): A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
            `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
        countrycode (str | Unset): The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an
            English country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are
            converted to international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129` with `nz`
            becomes `64212670129`; `2513551145` with `us` becomes `12513551145`.
        first_name (str | Unset):
        last_name (str | Unset):
        field_1 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_2 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_3 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_4 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_5 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_6 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_7 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_8 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_9 (str | Unset): A value for the contact's custom field in the slot of the same number.
        field_10 (str | Unset): A value for the contact's custom field in the slot of the same number.
        response_style (ResponseStyle | Unset): `array` returns custom fields as an array of `{name, value}` objects
            instead of an object keyed by field name.
    """

    list_id: int
    msisdn: str
    countrycode: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
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
        list_id = self.list_id

        msisdn = self.msisdn

        countrycode = self.countrycode

        first_name = self.first_name

        last_name = self.last_name

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
                "list_id": list_id,
                "msisdn": msisdn,
            }
        )
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
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
            countrycode = d.pop("countrycode", UNSET)
        except PARSE_ERRORS:
            d.pop("countrycode", None)
            countrycode = src_dict.get("countrycode", UNSET)

        try:
            first_name = d.pop("first_name", UNSET)
        except PARSE_ERRORS:
            d.pop("first_name", None)
            first_name = src_dict.get("first_name", UNSET)

        try:
            last_name = d.pop("last_name", UNSET)
        except PARSE_ERRORS:
            d.pop("last_name", None)
            last_name = src_dict.get("last_name", UNSET)

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
            list_id=list_id,
            msisdn=msisdn,
            countrycode=countrycode,
            first_name=first_name,
            last_name=last_name,
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
