# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_entry import CustomFieldEntry
    from ..models.custom_field_values_type_0 import CustomFieldValuesType0


T = TypeVar("T", bound="ReportMessage")


@_attrs_define
class ReportMessage:
    """
    Attributes:
        type_ (str): The kind of send (`api`, `campaign`, `quick_sms`, `email_sms`, `keyword`, `test_sms`; an open set).
        id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        sms (int):
        cost (float): The cost, as a debit (negative).
        sent_at (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`.
        status (str): `completed`, `scheduled`, `cancelled` (an open set).
        message (str):
        pending (int):
        delivered (int):
        soft_bounced (int):
        hard_bounced (int):
        optouts (int):
        responses (int):
        msisdn (int | Unset): The recipient of a single-recipient message.
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        fields (CustomFieldValuesType0 | list[CustomFieldEntry] | Unset): A contact's custom field values: by default an
            object mapping each field name to the value; with `response_style=array`, an array of `{name, value}` entries.
            Values are strings, or numbers where the service stored a number.
    """

    type_: str
    id: int
    sms: int
    cost: float
    sent_at: str
    status: str
    message: str
    pending: int
    delivered: int
    soft_bounced: int
    hard_bounced: int
    optouts: int
    responses: int
    msisdn: int | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    fields: CustomFieldValuesType0 | list[CustomFieldEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_field_values_type_0 import CustomFieldValuesType0  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        sms = self.sms

        cost = self.cost

        sent_at = self.sent_at

        status = self.status

        message = self.message

        pending = self.pending

        delivered = self.delivered

        soft_bounced = self.soft_bounced

        hard_bounced = self.hard_bounced

        optouts = self.optouts

        responses = self.responses

        msisdn = self.msisdn

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

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
                "type": type_,
                "id": id,
                "sms": sms,
                "cost": cost,
                "sent_at": sent_at,
                "status": status,
                "message": message,
                "pending": pending,
                "delivered": delivered,
                "soft_bounced": soft_bounced,
                "hard_bounced": hard_bounced,
                "optouts": optouts,
                "responses": responses,
            }
        )
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_entry import CustomFieldEntry  # noqa: PLC0415
        from ..models.custom_field_values_type_0 import CustomFieldValuesType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        sms = d.pop("sms")

        cost = d.pop("cost")

        sent_at = d.pop("sent_at")

        status = d.pop("status")

        message = d.pop("message")

        pending = d.pop("pending")

        delivered = d.pop("delivered")

        soft_bounced = d.pop("soft_bounced")

        hard_bounced = d.pop("hard_bounced")

        optouts = d.pop("optouts")

        responses = d.pop("responses")

        msisdn = d.pop("msisdn", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

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
            for componentsschemas_custom_field_values_type_1_item_data in _componentsschemas_custom_field_values_type_1:
                componentsschemas_custom_field_values_type_1_item = CustomFieldEntry.from_dict(
                    componentsschemas_custom_field_values_type_1_item_data
                )

                componentsschemas_custom_field_values_type_1.append(componentsschemas_custom_field_values_type_1_item)

            return componentsschemas_custom_field_values_type_1

        fields = _parse_fields(d.pop("fields", UNSET))

        _obj = cls(
            type_=type_,
            id=id,
            sms=sms,
            cost=cost,
            sent_at=sent_at,
            status=status,
            message=message,
            pending=pending,
            delivered=delivered,
            soft_bounced=soft_bounced,
            hard_bounced=hard_bounced,
            optouts=optouts,
            responses=responses,
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
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
