# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_entry import CustomFieldEntry
    from ..models.custom_field_names_type_0 import CustomFieldNamesType0
    from ..models.success import Success


T = TypeVar("T", bound="AddListResponse")


@_attrs_define
class AddListResponse:
    """
    Attributes:
        id (int): The numeric ID of a contact list.
        name (str):
        created (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        members_active (int): Always 0 for a new list.
        error (Success): The `error` block of a successful response.
        fields (CustomFieldNamesType0 | list[CustomFieldEntry] | Unset): A list's custom fields: by default an object
            mapping each slot (`field_1` … `field_10`) to the field's name; with `response_style=array`, an array of `{name,
            value}` entries. A list without custom fields has an empty array either way.
    """

    id: int
    name: str
    created: None | str
    members_active: int
    error: Success
    fields: CustomFieldNamesType0 | list[CustomFieldEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_field_names_type_0 import CustomFieldNamesType0  # noqa: PLC0415

        id = self.id

        name = self.name

        created: None | str
        created = self.created

        members_active = self.members_active

        error = self.error.to_dict()

        fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, CustomFieldNamesType0):
            fields = self.fields.to_dict()
        else:
            fields = []
            for componentsschemas_custom_field_names_type_1_item_data in self.fields:
                componentsschemas_custom_field_names_type_1_item = (
                    componentsschemas_custom_field_names_type_1_item_data.to_dict()
                )
                fields.append(componentsschemas_custom_field_names_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created": created,
                "members_active": members_active,
                "error": error,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_entry import CustomFieldEntry  # noqa: PLC0415
        from ..models.custom_field_names_type_0 import CustomFieldNamesType0  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            id = d.pop("id")
        except PARSE_ERRORS:
            d.pop("id", None)
            id = src_dict.get("id", UNSET)

        try:
            name = d.pop("name")
        except PARSE_ERRORS:
            d.pop("name", None)
            name = src_dict.get("name", UNSET)

        try:

            def _parse_created(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            created = _parse_created(d.pop("created"))

        except PARSE_ERRORS:
            d.pop("created", None)
            created = src_dict.get("created", UNSET)

        try:
            members_active = d.pop("members_active")
        except PARSE_ERRORS:
            d.pop("members_active", None)
            members_active = src_dict.get("members_active", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:

            def _parse_fields(data: object) -> CustomFieldNamesType0 | list[CustomFieldEntry] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_field_names_type_0 = CustomFieldNamesType0.from_dict(data)

                    return componentsschemas_custom_field_names_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_custom_field_names_type_1 = []
                _componentsschemas_custom_field_names_type_1 = data
                for (
                    componentsschemas_custom_field_names_type_1_item_data
                ) in _componentsschemas_custom_field_names_type_1:
                    componentsschemas_custom_field_names_type_1_item = CustomFieldEntry.from_dict(
                        componentsschemas_custom_field_names_type_1_item_data
                    )

                    componentsschemas_custom_field_names_type_1.append(componentsschemas_custom_field_names_type_1_item)

                return componentsschemas_custom_field_names_type_1

            fields = _parse_fields(d.pop("fields", UNSET))

        except PARSE_ERRORS:
            d.pop("fields", None)
            fields = src_dict.get("fields", UNSET)

        _obj = cls(
            id=id,
            name=name,
            created=created,
            members_active=members_active,
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
