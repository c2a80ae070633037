# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from .._runtime.redaction import redacted_repr
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditClientRequest")


@_attrs_define
class EditClientRequest:
    """
    Attributes:
        client_id (int): The ID of a client account.
        name (str | Unset): The client's company name, unique among the reseller's clients.
        contact (str | Unset):
        password (str | Unset): A password for the web application, 6 to 100 characters.
        msisdn (str | Unset): A phone number: digits, in E.164 international format (`61491570156`) unless the operation
            has a `countrycode` parameter, which converts local formats (`0491570156`). A leading `+` is accepted.
        timezone (str | Unset): An IANA time zone name.
        client_pays (bool | Unset):
        sms_margin (float | Unset): Cents added to the reseller's base price.
        fixed_top_up_amount (float | Unset): An amount the client's balance is topped up by, in the account's currency.
        payment_method (PaymentMethod | Unset): `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
    """

    client_id: int
    name: str | Unset = UNSET
    contact: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    msisdn: str | Unset = UNSET
    timezone: str | Unset = UNSET
    client_pays: bool | Unset = UNSET
    sms_margin: float | Unset = UNSET
    fixed_top_up_amount: float | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        name = self.name

        contact = self.contact

        password = self.password

        msisdn = self.msisdn

        timezone = self.timezone

        client_pays = self.client_pays

        sms_margin = self.sms_margin

        fixed_top_up_amount = self.fixed_top_up_amount

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if password is not UNSET:
            field_dict["password"] = password
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if client_pays is not UNSET:
            field_dict["client_pays"] = client_pays
        if sms_margin is not UNSET:
            field_dict["sms_margin"] = sms_margin
        if fixed_top_up_amount is not UNSET:
            field_dict["fixed_top_up_amount"] = fixed_top_up_amount
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            client_id = d.pop("client_id")
        except PARSE_ERRORS:
            d.pop("client_id", None)
            client_id = src_dict.get("client_id", UNSET)

        try:
            name = d.pop("name", UNSET)
        except PARSE_ERRORS:
            d.pop("name", None)
            name = src_dict.get("name", UNSET)

        try:
            contact = d.pop("contact", UNSET)
        except PARSE_ERRORS:
            d.pop("contact", None)
            contact = src_dict.get("contact", UNSET)

        try:
            password = d.pop("password", UNSET)
        except PARSE_ERRORS:
            d.pop("password", None)
            password = src_dict.get("password", UNSET)

        try:
            msisdn = d.pop("msisdn", UNSET)
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

        try:
            timezone = d.pop("timezone", UNSET)
        except PARSE_ERRORS:
            d.pop("timezone", None)
            timezone = src_dict.get("timezone", UNSET)

        try:
            client_pays = d.pop("client_pays", UNSET)
        except PARSE_ERRORS:
            d.pop("client_pays", None)
            client_pays = src_dict.get("client_pays", UNSET)

        try:
            sms_margin = d.pop("sms_margin", UNSET)
        except PARSE_ERRORS:
            d.pop("sms_margin", None)
            sms_margin = src_dict.get("sms_margin", UNSET)

        try:
            fixed_top_up_amount = d.pop("fixed_top_up_amount", UNSET)
        except PARSE_ERRORS:
            d.pop("fixed_top_up_amount", None)
            fixed_top_up_amount = src_dict.get("fixed_top_up_amount", UNSET)

        try:
            _payment_method = d.pop("payment_method", UNSET)
            payment_method: PaymentMethod | Unset
            if isinstance(_payment_method, Unset):
                payment_method = UNSET
            else:
                payment_method = PaymentMethod(_payment_method)

        except PARSE_ERRORS:
            d.pop("payment_method", None)
            payment_method = src_dict.get("payment_method", UNSET)

        _obj = cls(
            client_id=client_id,
            name=name,
            contact=contact,
            password=password,
            msisdn=msisdn,
            timezone=timezone,
            client_pays=client_pays,
            sms_margin=sms_margin,
            fixed_top_up_amount=fixed_top_up_amount,
            payment_method=payment_method,
        )

        return _obj
