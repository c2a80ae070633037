"""Balance and Email SMS over HTTP."""

from __future__ import annotations

from tests.simulator.support import Api


def test_balance(api: Api) -> None:
    assert api.ok("get-balance") == {
        "balance": 100,
        "currency": "AUD",
        "error": {"code": "SUCCESS", "description": "OK"},
    }
    # A parameter of a method that takes none is unknown, so ignored (spec, *Unknown parameters*).
    assert api.call("get-balance", currency="AUD").headers["x-sim-warning"].startswith("unknown_parameter")


def test_email_sms(api: Api, other_api: Api) -> None:
    assert api.ok("add-email", email="email@yourdomain.com", max_sms=2)["success"] is True
    api.error("add-email", "KEY_EXISTS", email="email@yourdomain.com")
    api.error("add-email", "FIELD_INVALID", email="x@y.com", max_sms=5)
    api.error("add-email", "FIELD_INVALID", email="x@y.com", number="61480000001")
    other_api.error("delete-email", "NOT_FOUND", email="email@yourdomain.com")
    assert api.ok("delete-email", email="*@yourdomain.com")["success"] is True
    api.error("delete-email", "NOT_FOUND", email="email@yourdomain.com")
    assert "<success>true</success>" in api.call("add-email", fmt="xml", email="a@b.co").text
