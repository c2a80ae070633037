# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

T = TypeVar("T", bound="OptoutListMemberRequest")


@_attrs_define
class OptoutListMemberRequest:
    """
    Attributes:
        msisdn (str): A phone number: digits, in E.164 international format (`61491570156`) unless the operation has a
            `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
        list_id (int | Unset): A list ID, or 0 for every list of the account.
    """

    msisdn: str
    list_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        list_id = self.list_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "msisdn": msisdn,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            msisdn = d.pop("msisdn")
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

        try:
            list_id = d.pop("list_id", UNSET)
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        _obj = cls(
            msisdn=msisdn,
            list_id=list_id,
        )

        return _obj
