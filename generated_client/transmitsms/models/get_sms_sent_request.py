# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.reading import PARSE_ERRORS
from ..models.get_sms_sent_request_delivery import GetSmsSentRequestDelivery
from ..models.get_sms_sent_request_optouts import GetSmsSentRequestOptouts
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsSentRequest")


@_attrs_define
class GetSmsSentRequest:
    """
    Attributes:
        message_id (int): The numeric ID of a sent message (a campaign, when sent to several recipients).
        list_id (int | Unset): Include each recipient's custom fields from this list. `0` means none.
        page (int | Unset): The page of results to return, from 1. Default: 1.
        max_ (int | Unset): The number of results per page, at most 100. Default: 10.
        delivery (GetSmsSentRequestDelivery | Unset): Only recipients with this status (`failed` is soft- and hard-
            bounced); absent (or `all`) returns every recipient.
        optouts (GetSmsSentRequestOptouts | Unset): `only` returns only recipients who opted out, `omit` only the
            others; absent (or `include`) returns both.
    """

    message_id: int
    list_id: int | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    delivery: GetSmsSentRequestDelivery | Unset = UNSET
    optouts: GetSmsSentRequestOptouts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        list_id = self.list_id

        page = self.page

        max_ = self.max_

        delivery: str | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.value

        optouts: str | Unset = UNSET
        if not isinstance(self.optouts, Unset):
            optouts = self.optouts.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if optouts is not UNSET:
            field_dict["optouts"] = optouts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            message_id = d.pop("message_id")
        except PARSE_ERRORS:
            d.pop("message_id", None)
            message_id = src_dict.get("message_id", UNSET)

        try:
            list_id = d.pop("list_id", UNSET)
        except PARSE_ERRORS:
            d.pop("list_id", None)
            list_id = src_dict.get("list_id", UNSET)

        try:
            page = d.pop("page", UNSET)
        except PARSE_ERRORS:
            d.pop("page", None)
            page = src_dict.get("page", UNSET)

        try:
            max_ = d.pop("max", UNSET)
        except PARSE_ERRORS:
            d.pop("max", None)
            max_ = src_dict.get("max", UNSET)

        try:
            _delivery = d.pop("delivery", UNSET)
            delivery: GetSmsSentRequestDelivery | Unset
            if isinstance(_delivery, Unset):
                delivery = UNSET
            else:
                delivery = GetSmsSentRequestDelivery(_delivery)

        except PARSE_ERRORS:
            d.pop("delivery", None)
            delivery = src_dict.get("delivery", UNSET)

        try:
            _optouts = d.pop("optouts", UNSET)
            optouts: GetSmsSentRequestOptouts | Unset
            if isinstance(_optouts, Unset):
                optouts = UNSET
            else:
                optouts = GetSmsSentRequestOptouts(_optouts)

        except PARSE_ERRORS:
            d.pop("optouts", None)
            optouts = src_dict.get("optouts", UNSET)

        _obj = cls(
            message_id=message_id,
            list_id=list_id,
            page=page,
            max_=max_,
            delivery=delivery,
            optouts=optouts,
        )

        return _obj
