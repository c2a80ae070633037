# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

T = TypeVar("T", bound="ClientIdRequest")


@_attrs_define
class ClientIdRequest:
    """
    Attributes:
        client_id (int): The ID of a client account.
    """

    client_id: int

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            client_id = d.pop("client_id")
        except PARSE_ERRORS:
            d.pop("client_id", None)
            client_id = src_dict.get("client_id", UNSET)

        _obj = cls(
            client_id=client_id,
        )

        return _obj
