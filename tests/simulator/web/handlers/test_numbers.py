"""Numbers over HTTP: lease, list, options, sender IDs."""

from __future__ import annotations

from tests.simulator.support import MOBILE, Api, Control


def test_lease_and_read_numbers(api: Api, other_api: Api) -> None:
    leased = api.ok("lease-number", number="61480000010")
    assert {k: leased[k] for k in ("number", "price", "auto_renew", "next_charge", "status")} == {
        "number": 61480000010,
        "price": 25,
        "auto_renew": True,
        "next_charge": "2026-02-05",
        "status": "active",
    }
    assert api.ok("get-balance")["balance"] == 75
    other_api.error("lease-number", "FIELD_INVALID", number="61480000010")
    other_api.error("get-number", "FIELD_INVALID", number="61480000010")
    assert api.ok("get-number", number="+61480000010")["number"] == 61480000010
    owned = api.ok("get-numbers")
    assert (owned["filter"], owned["numbers_total"], owned["numbers"][0]["number"]) == ("owned", 1, 61480000010)
    available = api.ok("get-numbers", filter="available", max=100, page=10)
    assert available["numbers_total"] == 999 and len(available["numbers"]) == 99
    assert api.ok("get-numbers", filter="available")["numbers"][0] == {"number": 61480000000, "price": 25}
    api.error("get-numbers", "FIELD_INVALID", filter="mine")


def test_number_options(api: Api, control: Control) -> None:
    number = api.ok("lease-number")["number"]
    list_id = api.ok("add-list", name="Inbound")["id"]
    api.ok(
        "edit-number-options",
        number=number,
        list_id=list_id,
        welcome_message="Welcome!",
        members_message="Hello again",
        forward_email="a@example.com",
        forward_sms="+61491570158",
    )
    api.error("edit-number-options", "NOT_FOUND", number=number, list_id=list_id + 1)
    api.error("edit-number-options", "FIELD_INVALID", number="61480000999")
    control.inbound(MOBILE, "hello", to=str(number))
    control.inbound(MOBILE, "again", to=str(number))
    assert api.ok("get-list", list_id=list_id)["members_active"] == 1
    activity = api.ok("get-user-sms-sent", start="2026-01-05", end="2026-01-06")
    assert [m["message"] for m in activity["messages"]] == ["Hello again", "Welcome!"]
    forwards = control.client.get("/_sim/forwards").json()["forwards"]
    assert [(f["kind"], f["target"]) for f in forwards] == [("email", "a@example.com"), ("sms", "61491570158")] * 2


def test_sender_ids(api: Api) -> None:
    api.ok("lease-number", number="61480000020")
    assert api.ok("get-sender-ids")["caller_ids"] == {
        "Virtual Number": ["61480000020"],
        "Business Name": ["MyBrand"],
        "Mobile Number": [],
    }
    xml = api.call("get-sender-ids", fmt="xml").text
    assert "<Virtual_Number>" in xml and "<Business_Name>" in xml
    assert api.call("get-sender-ids", anything="x").status_code == 200  # an unknown parameter is ignored
