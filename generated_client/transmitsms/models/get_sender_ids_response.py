# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.sender_id_groups import SenderIdGroups
    from ..models.success import Success


T = TypeVar("T", bound="GetSenderIdsResponse")


@_attrs_define
class GetSenderIdsResponse:
    """
    Attributes:
        caller_ids (list[str] | SenderIdGroups): The sender IDs by kind; an empty array when the account has none.
        error (Success): The `error` block of a successful response.
    """

    caller_ids: list[str] | SenderIdGroups
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sender_id_groups import SenderIdGroups  # noqa: PLC0415

        caller_ids: dict[str, Any] | list[str]
        if isinstance(self.caller_ids, SenderIdGroups):
            caller_ids = self.caller_ids.to_dict()
        else:
            caller_ids = self.caller_ids

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller_ids": caller_ids,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sender_id_groups import SenderIdGroups  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:

            def _parse_caller_ids(data: object) -> list[str] | SenderIdGroups:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    caller_ids_type_0 = SenderIdGroups.from_dict(data)

                    return caller_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                caller_ids_type_1 = cast(list[str], data)

                return caller_ids_type_1

            caller_ids = _parse_caller_ids(d.pop("caller_ids"))

        except PARSE_ERRORS:
            d.pop("caller_ids", None)
            caller_ids = src_dict.get("caller_ids", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        _obj = cls(
            caller_ids=caller_ids,
            error=error,
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
