"""Generated models: read tolerantly (missing fields unset, values of another shape kept, unknown fields
and enum values kept), secrets never in a repr."""

from __future__ import annotations

from typing import Any

import pytest

from generator.context import secret_fields
from generator.preprocess import preprocess
from tests.support.spec import bundled
from transmitsms import UNSET, models
from transmitsms.models import (
    AddClientRequest,
    Client,
    ClientResponse,
    EditClientRequest,
    GetNumbersRequest,
    GetNumbersRequestFilter,
    GetSmsSentResponse,
    SetListCallbackResponse,
)

SUCCESS = {"code": "SUCCESS", "description": "OK"}
CLIENT: dict[str, Any] = {
    "id": 7,
    "name": "Acme",
    "contact": None,
    "email": "ops@acme.example",
    "msisdn": 61491570156,
    "currency": "AUD",
    "client_pays": True,
    "sms_margin": 0.5,
    "timezone": "Australia/Sydney",
    "created": "2020-06-18 11:17:44",
    "apikey": "b1a2c3",
    "apisecret": "the-client-secret",
    "recharge_amount": 0,
    "total_lists": 0,
    "total_sms": 0,
    "total_contacts": 0,
    "total_spend": 0,
    "total_revenue": 0,
    "credit_based": False,
    "trial": "no",
    "trial_expiry_date": "2020-07-24",
    "balance": 1.5,
}


def test_every_secret_field_of_the_spec_is_known_to_the_generator() -> None:
    secrets = secret_fields(preprocess(bundled()))
    assert secrets["AddClientRequest"] == {"password", "api_secret"}
    assert secrets["EditClientRequest"] == {"password"}
    assert secrets["Client"] == {"apisecret"}
    assert secrets["ClientResponse"] == {"apisecret"}
    assert secrets["SetListCallbackResponse"] == {"secret"}
    # Nothing named like a secret escapes the rule.
    doc = preprocess(bundled())
    for name, schema in doc["components"]["schemas"].items():
        for prop in schema.get("properties", {}):
            if any(word in prop.lower() for word in ("secret", "password")):
                assert prop in secrets.get(name, set()), f"{name}.{prop} is not typed as a secret"


def test_request_models_hide_passwords_and_api_secrets() -> None:
    request = AddClientRequest(
        name="Acme", email="ops@acme.example", password="hunter22", msisdn="61491570156", api_secret="sk-live-123"
    )
    text = repr(request)
    assert "hunter22" not in text and "sk-live-123" not in text
    assert "password='********'" in text and "api_secret='********'" in text
    assert request.to_dict()["password"] == "hunter22"  # still sent, of course
    assert "password=UNSET" in repr(EditClientRequest(client_id=1))  # an unset secret says so


def test_response_models_hide_secrets() -> None:
    client = ClientResponse.from_dict({**CLIENT, "error": SUCCESS})
    assert client.apisecret == "the-client-secret"
    assert "the-client-secret" not in repr(client) and "apisecret='********'" in repr(client)
    assert "the-client-secret" not in repr(Client.from_dict(CLIENT))
    callback = SetListCallbackResponse.from_dict({"id": 1, "secret": "opaque-value", "error": SUCCESS})
    assert "opaque-value" not in repr(callback)


def test_unknown_fields_are_kept() -> None:
    client = Client.from_dict({**CLIENT, "loyalty_tier": "gold"})
    assert client.additional_properties == {"loyalty_tier": "gold"}
    assert client["loyalty_tier"] == "gold"
    assert client.to_dict()["loyalty_tier"] == "gold"


def test_unknown_enum_values_are_kept() -> None:
    request = GetNumbersRequest.from_dict({"filter": "reserved"})
    assert request.filter_ == "reserved" and not request.filter_.is_known
    assert request.to_dict()["filter"] == "reserved"
    assert GetNumbersRequest.from_dict({"filter": "owned"}).filter_ is GetNumbersRequestFilter.OWNED


def test_a_missing_required_field_reads_as_unset() -> None:
    body = dict(CLIENT)
    del body["email"]
    client: Any = Client.from_dict(body)  # tolerant: the annotation (str) does not hold then
    assert client.email is UNSET and client.name == "Acme"


@pytest.mark.parametrize(
    ("field", "value"),
    [("page", "one"), ("page", None), ("message", [1]), ("recipients", {"a": 1}), ("total", "12"), ("error", None)],
)
def test_a_value_of_another_shape_is_kept_as_received(field: str, value: Any) -> None:
    body: dict[str, Any] = {
        "page": {"count": 1, "number": 1},
        "total": 1,
        "message": {"message_id": 1, "send_at": None, "recipients": 1, "cost": 0.1, "sms": 1},
        "recipients": [{"msisdn": 61491570156, "delivery_status": "delivered", "optout": False}],
        "error": SUCCESS,
    }
    body[field] = value
    answer = GetSmsSentResponse.from_dict(body)
    assert getattr(answer, field) == value
    assert answer.additional_properties == {}


def test_unset_has_a_readable_repr() -> None:
    assert repr(UNSET) == "UNSET"


def test_models_load_on_first_use() -> None:
    assert "SendSmsRequest" in models.__all__
    assert models.SendSmsRequest.__name__ == "SendSmsRequest"
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
    assert "SendSmsRequest" in dir(models)
