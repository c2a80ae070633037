# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="LinkHit")


@_attrs_define
class LinkHit:
    """A recipient who clicked the tracked link of a message.

    Attributes:
        msisdn (int): A phone number in E.164 international format, without the `+`.
        first_name (None | str):
        last_name (None | str):
        link_hits (int): How many times this recipient clicked.
        datetime_ (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
    """

    msisdn: int
    first_name: None | str
    last_name: None | str
    link_hits: int
    datetime_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        link_hits = self.link_hits

        datetime_: None | str
        datetime_ = self.datetime_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
                "first_name": first_name,
                "last_name": last_name,
                "link_hits": link_hits,
                "datetime": datetime_,
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

            def _parse_first_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            first_name = _parse_first_name(d.pop("first_name"))

        except PARSE_ERRORS:
            d.pop("first_name", None)
            first_name = src_dict.get("first_name", UNSET)

        try:

            def _parse_last_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            last_name = _parse_last_name(d.pop("last_name"))

        except PARSE_ERRORS:
            d.pop("last_name", None)
            last_name = src_dict.get("last_name", UNSET)

        try:
            link_hits = d.pop("link_hits")
        except PARSE_ERRORS:
            d.pop("link_hits", None)
            link_hits = src_dict.get("link_hits", UNSET)

        try:

            def _parse_datetime_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            datetime_ = _parse_datetime_(d.pop("datetime"))

        except PARSE_ERRORS:
            d.pop("datetime", None)
            datetime_ = src_dict.get("datetime", UNSET)

        _obj = cls(
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
            link_hits=link_hits,
            datetime_=datetime_,
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
