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
    from ..models.custom_field_values_type_0 import CustomFieldValuesType0


T = TypeVar("T", bound="SentRecipient")


@_attrs_define
class SentRecipient:
    """
    Attributes:
        msisdn (int): A phone number in E.164 international format, without the `+`.
        first_name (None | str):
        last_name (None | str):
        delivery_status (str): `delivered`, `pending`, `soft-bounce` or `hard-bounce` (an open set).
        optout (bool): Whether the recipient opted out.
        responses (int | Unset): How many times the recipient replied to this message.
        fields (CustomFieldValuesType0 | list[CustomFieldEntry] | Unset): A contact's custom field values: by default an
            object mapping each field name to the value; with `response_style=array`, an array of `{name, value}` entries.
            Values are strings, or numbers where the service stored a number.
    """

    msisdn: int
    first_name: None | str
    last_name: None | str
    delivery_status: str
    optout: bool
    responses: int | Unset = UNSET
    fields: CustomFieldValuesType0 | list[CustomFieldEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_field_values_type_0 import CustomFieldValuesType0  # noqa: PLC0415

        msisdn = self.msisdn

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        delivery_status = self.delivery_status

        optout = self.optout

        responses = self.responses

        fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, CustomFieldValuesType0):
            fields = self.fields.to_dict()
        else:
            fields = []
            for componentsschemas_custom_field_values_type_1_item_data in self.fields:
                componentsschemas_custom_field_values_type_1_item = (
                    componentsschemas_custom_field_values_type_1_item_data.to_dict()
                )
                fields.append(componentsschemas_custom_field_values_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
                "first_name": first_name,
                "last_name": last_name,
                "delivery_status": delivery_status,
                "optout": optout,
            }
        )
        if responses is not UNSET:
            field_dict["responses"] = responses
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_entry import CustomFieldEntry  # noqa: PLC0415
        from ..models.custom_field_values_type_0 import CustomFieldValuesType0  # noqa: PLC0415

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
            delivery_status = d.pop("delivery_status")
        except PARSE_ERRORS:
            d.pop("delivery_status", None)
            delivery_status = src_dict.get("delivery_status", UNSET)

        try:
            optout = d.pop("optout")
        except PARSE_ERRORS:
            d.pop("optout", None)
            optout = src_dict.get("optout", UNSET)

        try:
            responses = d.pop("responses", UNSET)
        except PARSE_ERRORS:
            d.pop("responses", None)
            responses = src_dict.get("responses", UNSET)

        try:

            def _parse_fields(data: object) -> CustomFieldValuesType0 | list[CustomFieldEntry] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_field_values_type_0 = CustomFieldValuesType0.from_dict(data)

                    return componentsschemas_custom_field_values_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_custom_field_values_type_1 = []
                _componentsschemas_custom_field_values_type_1 = data
                for (
                    componentsschemas_custom_field_values_type_1_item_data
                ) in _componentsschemas_custom_field_values_type_1:
                    componentsschemas_custom_field_values_type_1_item = CustomFieldEntry.from_dict(
                        componentsschemas_custom_field_values_type_1_item_data
                    )

                    componentsschemas_custom_field_values_type_1.append(
                        componentsschemas_custom_field_values_type_1_item
                    )

                return componentsschemas_custom_field_values_type_1

            fields = _parse_fields(d.pop("fields", UNSET))

        except PARSE_ERRORS:
            d.pop("fields", None)
            fields = src_dict.get("fields", UNSET)

        _obj = cls(
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
            delivery_status=delivery_status,
            optout=optout,
            responses=responses,
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
