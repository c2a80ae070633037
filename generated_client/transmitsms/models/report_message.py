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


T = TypeVar("T", bound="ReportMessage")


@_attrs_define
class ReportMessage:
    """
    Attributes:
        type_ (str): The kind of send (`api`, `campaign`, `quick_sms`, `email_sms`, `keyword`, `test_sms`; an open set).
        id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        sms (int):
        cost (float): The cost, as a debit (negative).
        sent_at (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
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
    sent_at: None | str
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

        sent_at: None | str
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
        try:
            type_ = d.pop("type")
        except PARSE_ERRORS:
            d.pop("type", None)
            type_ = src_dict.get("type", UNSET)

        try:
            id = d.pop("id")
        except PARSE_ERRORS:
            d.pop("id", None)
            id = src_dict.get("id", UNSET)

        try:
            sms = d.pop("sms")
        except PARSE_ERRORS:
            d.pop("sms", None)
            sms = src_dict.get("sms", UNSET)

        try:
            cost = d.pop("cost")
        except PARSE_ERRORS:
            d.pop("cost", None)
            cost = src_dict.get("cost", UNSET)

        try:

            def _parse_sent_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            sent_at = _parse_sent_at(d.pop("sent_at"))

        except PARSE_ERRORS:
            d.pop("sent_at", None)
            sent_at = src_dict.get("sent_at", UNSET)

        try:
            status = d.pop("status")
        except PARSE_ERRORS:
            d.pop("status", None)
            status = src_dict.get("status", UNSET)

        try:
            message = d.pop("message")
        except PARSE_ERRORS:
            d.pop("message", None)
            message = src_dict.get("message", UNSET)

        try:
            pending = d.pop("pending")
        except PARSE_ERRORS:
            d.pop("pending", None)
            pending = src_dict.get("pending", UNSET)

        try:
            delivered = d.pop("delivered")
        except PARSE_ERRORS:
            d.pop("delivered", None)
            delivered = src_dict.get("delivered", UNSET)

        try:
            soft_bounced = d.pop("soft_bounced")
        except PARSE_ERRORS:
            d.pop("soft_bounced", None)
            soft_bounced = src_dict.get("soft_bounced", UNSET)

        try:
            hard_bounced = d.pop("hard_bounced")
        except PARSE_ERRORS:
            d.pop("hard_bounced", None)
            hard_bounced = src_dict.get("hard_bounced", UNSET)

        try:
            optouts = d.pop("optouts")
        except PARSE_ERRORS:
            d.pop("optouts", None)
            optouts = src_dict.get("optouts", UNSET)

        try:
            responses = d.pop("responses")
        except PARSE_ERRORS:
            d.pop("responses", None)
            responses = src_dict.get("responses", UNSET)

        try:
            msisdn = d.pop("msisdn", UNSET)
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

        try:

            def _parse_first_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_name = _parse_first_name(d.pop("first_name", UNSET))

        except PARSE_ERRORS:
            d.pop("first_name", None)
            first_name = src_dict.get("first_name", UNSET)

        try:

            def _parse_last_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_name = _parse_last_name(d.pop("last_name", UNSET))

        except PARSE_ERRORS:
            d.pop("last_name", None)
            last_name = src_dict.get("last_name", UNSET)

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
