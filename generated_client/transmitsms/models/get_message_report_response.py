# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.report_message import ReportMessage
    from ..models.success import Success


T = TypeVar("T", bound="GetMessageReportResponse")


@_attrs_define
class GetMessageReportResponse:
    """
    Attributes:
        page (PageInfo): Where this page sits in the paginated results.
        messages_total (int):
        sms_total (int):
        error (Success): The `error` block of a successful response.
        messages (list[ReportMessage] | Unset): One page of messages; absent when there are none.
    """

    page: PageInfo
    messages_total: int
    sms_total: int
    error: Success
    messages: list[ReportMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        messages_total = self.messages_total

        sms_total = self.sms_total

        error = self.error.to_dict()

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "messages_total": messages_total,
                "sms_total": sms_total,
                "error": error,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.report_message import ReportMessage  # noqa: PLC0415
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        try:
            page = PageInfo.from_dict(d.pop("page"))

        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            messages_total = d.pop("messages_total")
        except PARSE_ERRORS:
            d.pop("messages_total", None)
            messages_total = src_dict.get("messages_total", UNSET)

        try:
            sms_total = d.pop("sms_total")
        except PARSE_ERRORS:
            d.pop("sms_total", None)
            sms_total = src_dict.get("sms_total", UNSET)

        try:
            error = Success.from_dict(d.pop("error"))

        except PARSE_ERRORS:
            d.pop("error", None)
            error = src_dict.get("error", UNSET)

        try:
            _messages = d.pop("messages", UNSET)
            messages: list[ReportMessage] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    messages_item = ReportMessage.from_dict(messages_item_data)

                    messages.append(messages_item)

        except PARSE_ERRORS:
            d.pop("messages", None)
            messages = src_dict.get("messages", UNSET)

        _obj = cls(
            page=page,
            messages_total=messages_total,
            sms_total=sms_total,
            error=error,
            messages=messages,
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
