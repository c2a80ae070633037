# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_sms_record import ContactSmsRecord
    from ..models.page_info import PageInfo
    from ..models.success import Success


T = TypeVar("T", bound="GetContactSmsStatsResponse")


@_attrs_define
class GetContactSmsStatsResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        total (int):
        error (Success): The `error` block of a successful response.
        records (list[ContactSmsRecord] | Unset): One page of messages; absent when there are none.
    """

    page: PageInfo
    total: int
    error: Success
    records: list[ContactSmsRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        total = self.total

        error = self.error.to_dict()

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "total": total,
                "error": error,
            }
        )
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_sms_record import ContactSmsRecord  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            total = d.pop("total")
        except PARSE_ERRORS:
            d.pop("total", None)
            total = src_dict.get("total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _records = d.pop("records", UNSET)
            records: list[ContactSmsRecord] | Unset = UNSET
            if _records is not UNSET:
                records = []
                for records_item_data in _records:
                    records_item = ContactSmsRecord.from_dict(records_item_data)

                    records.append(records_item)

        except PARSE_ERRORS:
            d.pop("records", None)
            records = src_dict.get("records", UNSET)

        _obj = cls(
            page=page,
            total=total,
            error=error,
            records=records,
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
