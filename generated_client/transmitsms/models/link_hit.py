# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LinkHit")


@_attrs_define
class LinkHit:
    """A recipient who clicked the tracked link of a message.

    Attributes:
        msisdn (int): A phone number in E.164 international format, without the `+`.
        first_name (None | str):
        last_name (None | str):
        link_hits (int): How many times this recipient clicked.
        datetime_ (str): When the last click was recorded, UTC.
    """

    msisdn: int
    first_name: None | str
    last_name: None | str
    link_hits: int
    datetime_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        link_hits = self.link_hits

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
        msisdn = d.pop("msisdn")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        link_hits = d.pop("link_hits")

        datetime_ = d.pop("datetime")

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
