# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="ListIdRequest")


@_attrs_define
class ListIdRequest:
    """
    Attributes:
        list_id (int): The numeric ID of a contact list.
    """

    list_id: int

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_id": list_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            list_id = d.pop("list_id")
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        _obj = cls(
            list_id=list_id,
        )

        return _obj
