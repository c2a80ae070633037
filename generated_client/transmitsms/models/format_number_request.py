# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="FormatNumberRequest")


@_attrs_define
class FormatNumberRequest:
    """
    Attributes:
        msisdn (str): The number as stored, e.g. `0438 333 061` or `(281) 869-1226`.
        countrycode (str): The country of local-format numbers: a two-letter ISO 3166 code (`au`, `NZ`) or an English
            country name (`Australia`, `Curaçao`; accents may be left out: `Cote d'Ivoire`). Local numbers are converted to
            international format, e.g. `0491570156` with `au` becomes `61491570156`; `0212670129` with `nz` becomes
            `64212670129`; `2513551145` with `us` becomes `12513551145`.
    """

    msisdn: str
    countrycode: str

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        countrycode = self.countrycode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "msisdn": msisdn,
                "countrycode": countrycode,
            }
        )

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
            countrycode = d.pop("countrycode")
        except PARSE_ERRORS:
            d.pop("countrycode", None)
            countrycode = src_dict.get("countrycode", UNSET)

        _obj = cls(
            msisdn=msisdn,
            countrycode=countrycode,
        )

        return _obj
