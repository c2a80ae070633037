# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import PARSE_ERRORS
from .._runtime.redaction import redacted_repr
from ..types import UNSET

T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """A client account of a reseller.

    Attributes:
        id (int): A numeric identifier assigned by the service.
        name (str):
        contact (None | str):
        email (str):
        msisdn (int | None): The client's phone number; null when none is set.
        currency (str): An ISO 4217 currency code, as the service writes it (`AUD`).
        client_pays (bool):
        sms_margin (float | None): An amount in the account's currency, or null where the service has none.
        timezone (None | str):
        created (None | str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`; null where the service has none.
        apikey (str): The client's API key.
        apisecret (None | str): Empty (or null), except in the add-client response, which carries the client's secret
            once.
        recharge_amount (float | None): An amount in the account's currency, or null where the service has none.
        total_lists (int):
        total_sms (int):
        total_contacts (int):
        total_spend (float | None): An amount in the account's currency, or null where the service has none.
        total_revenue (float | None): An amount in the account's currency, or null where the service has none.
        credit_based (bool):
        trial (str): `yes` or `no` as recorded (an open set: other case or words may appear).
        trial_expiry_date (None | str): A date, `YYYY-MM-DD`; null where the service has none (a lease or trial without
            a next date).
        balance (float): The client's balance; may be negative.
    """

    id: int
    name: str
    contact: None | str
    email: str
    msisdn: int | None
    currency: str
    client_pays: bool
    sms_margin: float | None
    timezone: None | str
    created: None | str
    apikey: str
    apisecret: None | str = _attrs_field(repr=redacted_repr)
    recharge_amount: float | None
    total_lists: int
    total_sms: int
    total_contacts: int
    total_spend: float | None
    total_revenue: float | None
    credit_based: bool
    trial: str
    trial_expiry_date: None | str
    balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        contact: None | str
        contact = self.contact

        email = self.email

        msisdn: int | None
        msisdn = self.msisdn

        currency = self.currency

        client_pays = self.client_pays

        sms_margin: float | None
        sms_margin = self.sms_margin

        timezone: None | str
        timezone = self.timezone

        created: None | str
        created = self.created

        apikey = self.apikey

        apisecret: None | str
        apisecret = self.apisecret

        recharge_amount: float | None
        recharge_amount = self.recharge_amount

        total_lists = self.total_lists

        total_sms = self.total_sms

        total_contacts = self.total_contacts

        total_spend: float | None
        total_spend = self.total_spend

        total_revenue: float | None
        total_revenue = self.total_revenue

        credit_based = self.credit_based

        trial = self.trial

        trial_expiry_date: None | str
        trial_expiry_date = self.trial_expiry_date

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "contact": contact,
                "email": email,
                "msisdn": msisdn,
                "currency": currency,
                "client_pays": client_pays,
                "sms_margin": sms_margin,
                "timezone": timezone,
                "created": created,
                "apikey": apikey,
                "apisecret": apisecret,
                "recharge_amount": recharge_amount,
                "total_lists": total_lists,
                "total_sms": total_sms,
                "total_contacts": total_contacts,
                "total_spend": total_spend,
                "total_revenue": total_revenue,
                "credit_based": credit_based,
                "trial": trial,
                "trial_expiry_date": trial_expiry_date,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

            def _parse_contact(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            contact = _parse_contact(d.pop("contact"))

        except PARSE_ERRORS:
            d.pop("contact", None)
            contact = src_dict.get("contact", UNSET)

        try:
            email = d.pop("email")
        except PARSE_ERRORS:
            d.pop("email", None)
            email = src_dict.get("email", UNSET)

        try:

            def _parse_msisdn(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            msisdn = _parse_msisdn(d.pop("msisdn"))

        except PARSE_ERRORS:
            d.pop("msisdn", None)
            msisdn = src_dict.get("msisdn", UNSET)

        try:
            currency = d.pop("currency")
        except PARSE_ERRORS:
            d.pop("currency", None)
            currency = src_dict.get("currency", UNSET)

        try:
            client_pays = d.pop("client_pays")
        except PARSE_ERRORS:
            d.pop("client_pays", None)
            client_pays = src_dict.get("client_pays", UNSET)

        try:

            def _parse_sms_margin(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            sms_margin = _parse_sms_margin(d.pop("sms_margin"))

        except PARSE_ERRORS:
            d.pop("sms_margin", None)
            sms_margin = src_dict.get("sms_margin", UNSET)

        try:

            def _parse_timezone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            timezone = _parse_timezone(d.pop("timezone"))

        except PARSE_ERRORS:
            d.pop("timezone", None)
            timezone = src_dict.get("timezone", UNSET)

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
            apikey = d.pop("apikey")
        except PARSE_ERRORS:
            d.pop("apikey", None)
            apikey = src_dict.get("apikey", UNSET)

        try:

            def _parse_apisecret(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            apisecret = _parse_apisecret(d.pop("apisecret"))

        except PARSE_ERRORS:
            d.pop("apisecret", None)
            apisecret = src_dict.get("apisecret", UNSET)

        try:

            def _parse_recharge_amount(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            recharge_amount = _parse_recharge_amount(d.pop("recharge_amount"))

        except PARSE_ERRORS:
            d.pop("recharge_amount", None)
            recharge_amount = src_dict.get("recharge_amount", UNSET)

        try:
            total_lists = d.pop("total_lists")
        except PARSE_ERRORS:
            d.pop("total_lists", None)
            total_lists = src_dict.get("total_lists", UNSET)

        try:
            total_sms = d.pop("total_sms")
        except PARSE_ERRORS:
            d.pop("total_sms", None)
            total_sms = src_dict.get("total_sms", UNSET)

        try:
            total_contacts = d.pop("total_contacts")
        except PARSE_ERRORS:
            d.pop("total_contacts", None)
            total_contacts = src_dict.get("total_contacts", UNSET)

        try:

            def _parse_total_spend(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_spend = _parse_total_spend(d.pop("total_spend"))

        except PARSE_ERRORS:
            d.pop("total_spend", None)
            total_spend = src_dict.get("total_spend", UNSET)

        try:

            def _parse_total_revenue(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            total_revenue = _parse_total_revenue(d.pop("total_revenue"))

        except PARSE_ERRORS:
            d.pop("total_revenue", None)
            total_revenue = src_dict.get("total_revenue", UNSET)

        try:
            credit_based = d.pop("credit_based")
        except PARSE_ERRORS:
            d.pop("credit_based", None)
            credit_based = src_dict.get("credit_based", UNSET)

        try:
            trial = d.pop("trial")
        except PARSE_ERRORS:
            d.pop("trial", None)
            trial = src_dict.get("trial", UNSET)

        try:

            def _parse_trial_expiry_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            trial_expiry_date = _parse_trial_expiry_date(d.pop("trial_expiry_date"))

        except PARSE_ERRORS:
            d.pop("trial_expiry_date", None)
            trial_expiry_date = src_dict.get("trial_expiry_date", UNSET)

        try:
            balance = d.pop("balance")
        except PARSE_ERRORS:
            d.pop("balance", None)
            balance = src_dict.get("balance", UNSET)

        _obj = cls(
            id=id,
            name=name,
            contact=contact,
            email=email,
            msisdn=msisdn,
            currency=currency,
            client_pays=client_pays,
            sms_margin=sms_margin,
            timezone=timezone,
            created=created,
            apikey=apikey,
            apisecret=apisecret,
            recharge_amount=recharge_amount,
            total_lists=total_lists,
            total_sms=total_sms,
            total_contacts=total_contacts,
            total_spend=total_spend,
            total_revenue=total_revenue,
            credit_based=credit_based,
            trial=trial,
            trial_expiry_date=trial_expiry_date,
            balance=balance,
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
