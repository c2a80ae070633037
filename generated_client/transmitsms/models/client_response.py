# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.redaction import redacted_repr
from ..models.client_trial import ClientTrial

if TYPE_CHECKING:
    from ..models.success import Success


T = TypeVar("T", bound="ClientResponse")


@_attrs_define
class ClientResponse:
    """
    Attributes:
        id (int): A numeric identifier assigned by the service.
        name (str):
        contact (None | str):
        email (str):
        msisdn (int): A phone number in E.164 international format, without the `+`.
        currency (str): An ISO 4217 currency code.
        client_pays (bool):
        sms_margin (float):
        timezone (str):
        created (str): A UTC date and time, `YYYY-MM-DD HH:MM:SS`.
        apikey (str): The client's API key.
        apisecret (str): Empty, except in the add-client response, which carries the client's secret once.
        recharge_amount (float): An amount in the account's currency.
        total_lists (int):
        total_sms (int):
        total_contacts (int):
        total_spend (float): An amount in the account's currency.
        total_revenue (float): An amount in the account's currency.
        credit_based (bool):
        trial (ClientTrial):
        trial_expiry_date (str): A date, `YYYY-MM-DD`.
        balance (float): The client's balance; may be negative.
        error (Success): The `error` block of a successful response.
    """

    id: int
    name: str
    contact: None | str
    email: str
    msisdn: int
    currency: str
    client_pays: bool
    sms_margin: float
    timezone: str
    created: str
    apikey: str
    apisecret: str = _attrs_field(repr=redacted_repr)
    recharge_amount: float
    total_lists: int
    total_sms: int
    total_contacts: int
    total_spend: float
    total_revenue: float
    credit_based: bool
    trial: ClientTrial
    trial_expiry_date: str
    balance: float
    error: Success
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        contact: None | str
        contact = self.contact

        email = self.email

        msisdn = self.msisdn

        currency = self.currency

        client_pays = self.client_pays

        sms_margin = self.sms_margin

        timezone = self.timezone

        created = self.created

        apikey = self.apikey

        apisecret = self.apisecret

        recharge_amount = self.recharge_amount

        total_lists = self.total_lists

        total_sms = self.total_sms

        total_contacts = self.total_contacts

        total_spend = self.total_spend

        total_revenue = self.total_revenue

        credit_based = self.credit_based

        trial = self.trial.value

        trial_expiry_date = self.trial_expiry_date

        balance = self.balance

        error = self.error.to_dict()

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
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.success import Success  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        email = d.pop("email")

        msisdn = d.pop("msisdn")

        currency = d.pop("currency")

        client_pays = d.pop("client_pays")

        sms_margin = d.pop("sms_margin")

        timezone = d.pop("timezone")

        created = d.pop("created")

        apikey = d.pop("apikey")

        apisecret = d.pop("apisecret")

        recharge_amount = d.pop("recharge_amount")

        total_lists = d.pop("total_lists")

        total_sms = d.pop("total_sms")

        total_contacts = d.pop("total_contacts")

        total_spend = d.pop("total_spend")

        total_revenue = d.pop("total_revenue")

        credit_based = d.pop("credit_based")

        trial = ClientTrial(d.pop("trial"))

        trial_expiry_date = d.pop("trial_expiry_date")

        balance = d.pop("balance")

        error = Success.from_dict(d.pop("error"))

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
            error=error,
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
