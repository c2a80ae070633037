# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_entry import CustomFieldEntry
    from ..models.success import Success


T = TypeVar("T", bound="AddFieldToListResponse")


@_attrs_define
class AddFieldToListResponse:
    """The list's ID and the fields named, either as `custom_n` properties (by default) or as a `fields` array (with
    `response_style=array`).

        Attributes:
            id (int): The numeric ID of a contact list.
            error (Success): The `error` block of a successful response.
            fields (list[CustomFieldEntry] | Unset):
    """

    id: int
    error: Success
    fields: list[CustomFieldEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        error = self.error.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "error": error,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_entry import CustomFieldEntry  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            id = d.pop("id")
        except PARSE_ERRORS:
            d.pop("id", None)
            id = src_dict.get("id", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _fields = d.pop("fields", UNSET)
            fields: list[CustomFieldEntry] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = CustomFieldEntry.from_dict(fields_item_data)

                    fields.append(fields_item)

        except PARSE_ERRORS:
            d.pop("fields", None)
            fields = src_dict.get("fields", UNSET)

        _obj = cls(
            id=id,
            error=error,
            fields=fields,
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
