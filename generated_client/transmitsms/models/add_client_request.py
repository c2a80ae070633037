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

T = TypeVar("T", bound="AddClientRequest")


@_attrs_define
class AddClientRequest:
    """
    Attributes:
        name (str): The client's company name, unique among the reseller's clients.
        email (str): The client's login email, unique across the service.
        password (str): The client's password for the web application.
        msisdn (str): The client's phone number.
        contact (str | Unset): The name of the client's contact person.
        timezone (str | Unset): The client's time zone; the reseller's when absent.
        client_pays (bool | Unset): `true`: the client pays for its messages; `false`: the reseller pays. Default: True.
        sms_margin (float | Unset): Cents added to the base price of an SMS part.
        number_margin (float | Unset): Cents added to the base monthly price of a virtual number.
        fixed_top_up_amount (float | Unset): The amount of each top-up with `payment_method=fixed`.
        payment_method (PaymentMethod | Unset): `variable` top-ups, or `fixed` top-ups of `fixed_top_up_amount`.
        api_secret (str | Unset): The client's API secret; generated when absent.
    """

    name: str
    email: str
    password: str = _attrs_field(repr=redacted_repr)
    msisdn: str
    contact: str | Unset = UNSET
    timezone: str | Unset = UNSET
    client_pays: bool | Unset = True
    sms_margin: float | Unset = UNSET
    number_margin: float | Unset = UNSET
    fixed_top_up_amount: float | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    api_secret: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        password = self.password

        msisdn = self.msisdn

        contact = self.contact

        timezone = self.timezone

        client_pays = self.client_pays

        sms_margin = self.sms_margin

        number_margin = self.number_margin

        fixed_top_up_amount = self.fixed_top_up_amount

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        api_secret = self.api_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "email": email,
                "password": password,
                "msisdn": msisdn,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if client_pays is not UNSET:
            field_dict["client_pays"] = client_pays
        if sms_margin is not UNSET:
            field_dict["sms_margin"] = sms_margin
        if number_margin is not UNSET:
            field_dict["number_margin"] = number_margin
        if fixed_top_up_amount is not UNSET:
            field_dict["fixed_top_up_amount"] = fixed_top_up_amount
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if api_secret is not UNSET:
            field_dict["api_secret"] = api_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            name = d.pop("name")
        except PARSE_ERRORS:
            d.pop("name", None)
            name = src_dict.get("name", UNSET)

        try:
            email = d.pop("email")
        except PARSE_ERRORS:
            d.pop("email", None)
            email = src_dict.get("email", UNSET)

        try:
            password = d.pop("password")
        except PARSE_ERRORS:
            d.pop("password", None)
            password = src_dict.get("password", UNSET)

        try:
            msisdn = d.pop("msisdn")
        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

        try:
            contact = d.pop("contact", UNSET)
        except PARSE_ERRORS:
            d.pop("contact", None)
            contact = src_dict.get("contact", UNSET)

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
            number_margin = d.pop("number_margin", UNSET)
        except PARSE_ERRORS:
            d.pop("number_margin", None)
            number_margin = src_dict.get("number_margin", UNSET)

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

        try:
            api_secret = d.pop("api_secret", UNSET)
        except PARSE_ERRORS:
            d.pop("api_secret", None)
            api_secret = src_dict.get("api_secret", UNSET)

        _obj = cls(
            name=name,
            email=email,
            password=password,
            msisdn=msisdn,
            contact=contact,
            timezone=timezone,
            client_pays=client_pays,
            sms_margin=sms_margin,
            number_margin=number_margin,
            fixed_top_up_amount=fixed_top_up_amount,
            payment_method=payment_method,
            api_secret=api_secret,
        )

        return _obj
