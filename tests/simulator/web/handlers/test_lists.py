"""Lists over HTTP: fields, contacts, opt-outs, imports, list callbacks, pagination, privacy."""

from __future__ import annotations

from tests.simulator.support import MOBILE, MOBILE_2, Api, Control
from tests.support.receiver import Receiver


def test_add_list_and_fields_as_objects_or_arrays(api: Api) -> None:
    created = api.ok("add-list", name="Customer List", field_1="Email", field_2="Postcode", field_3="ID")
    assert created["fields"] == {"field_1": "Email", "field_2": "Postcode", "field_3": "ID"}
    assert created["members_active"] == 0 and created["created"] == "2026-01-05 09:00:00"
    api.error("add-list", "KEY_EXISTS", name="customer list")
    # There is no 11th slot: field_11 is an unknown parameter, ignored with a warning.
    other = api.call("add-list", name="Other", field_11="x")
    assert other.status_code == 200 and other.json()["fields"] == []
    assert other.headers["x-sim-warning"] == 'unknown_parameter: Unknown field "field_11" was ignored'
    added = api.ok("add-field-to-list", list_id=created["id"], field_4="Handset")
    assert added == {"custom_4": "Handset", "id": created["id"], "error": {"code": "SUCCESS", "description": "OK"}}
    as_array = api.ok("add-field-to-list", list_id=created["id"], field_5="Address", response_style="array")
    assert as_array["fields"] == [{"name": "custom_5", "value": "Address"}]
    api.error("add-field-to-list", "MISSING_PARAM", list_id=created["id"])
    fields = api.ok("get-list", list_id=created["id"], response_style="array")["fields"]
    assert fields[3] == {"name": "field_4", "value": "Handset"}
    empty = api.ok("add-list", name="Plain")
    assert empty["fields"] == []


def test_contacts(api: Api) -> None:
    list_id = api.ok("add-list", name="L", field_1="Email")["id"]
    added = api.ok("add-to-list", list_id=list_id, msisdn="0491570156", countrycode="au", field_1="ella@example.com")
    assert (added["msisdn"], added["first_name"], added["status"], added["fields"]) == (
        int(MOBILE),
        "",
        "active",
        {"Email": "ella@example.com"},
    )
    api.error("add-to-list", "KEY_EXISTS", list_id=list_id, msisdn=MOBILE)
    api.error("add-to-list", "BAD_MOBILE", list_id=list_id, msisdn="61298765432")
    api.error("add-to-list", "BAD_MOBILE_COUNTRY", list_id=list_id, msisdn="8816123456")
    api.error("add-to-list", "NOT_FOUND", list_id=list_id + 1, msisdn=MOBILE)
    edited = api.ok("edit-list-member", list_id=list_id, msisdn=MOBILE, first_name="Ella", field_1="new@example.com")
    assert (edited["first_name"], edited["fields"]) == ("Ella", {"Email": "new@example.com"})
    api.error("edit-list-member", "NOT_FOUND", list_id=list_id, msisdn=MOBILE_2)
    api.error("edit-list-member", "BAD_MOBILE", list_id=list_id, msisdn="123")
    contact = api.ok("get-contact", list_id=list_id, msisdn="+" + MOBILE, response_style="array")
    assert contact["fields"] == [{"name": "Email", "value": "new@example.com"}]
    assert api.ok("delete-from-list", list_id=list_id, msisdn=MOBILE)["list_ids"] == [list_id]
    api.error("delete-from-list", "NOT_FOUND", list_id=list_id, msisdn=MOBILE)
    api.error("add-to-list", "DUPLICATE_DELETED", list_id=list_id, msisdn=MOBILE)
    api.error("edit-list-member", "DUPLICATE_DELETED", list_id=list_id, msisdn=MOBILE)
    listed = api.ok("get-list", list_id=list_id, members="inactive")
    assert (listed["members_total"], listed["members_active"], len(listed["members"])) == (1, 0, 1)
    assert "members" not in api.ok("get-list", list_id=list_id, members="none")


def test_delete_and_opt_out_from_every_list(api: Api) -> None:
    first = api.ok("add-list", name="A")["id"]
    second = api.ok("add-list", name="B")["id"]
    for list_id in (first, second):
        api.ok("add-to-list", list_id=list_id, msisdn=MOBILE)
        api.ok("add-to-list", list_id=list_id, msisdn=MOBILE_2)
    assert api.ok("delete-from-list", msisdn=MOBILE)["list_ids"] == [first, second]
    assert api.ok("optout-list-member", list_id=first, msisdn=MOBILE_2)["list_ids"] == [first, second]
    api.error("add-to-list", "OPTOUT", list_id=first, msisdn=MOBILE_2)
    api.error("optout-list-member", "NOT_FOUND", msisdn=MOBILE_2)
    sent = api.ok("send-sms", message="Hi", to=f"{MOBILE},{MOBILE_2}")
    assert sent["recipients"] == 1, "the opted-out number is suppressed"
    assert api.ok("get-sms", message_id=sent["message_id"])["delivery_stats"]["optouts"] == 1


def test_pagination_of_lists_and_members(api: Api) -> None:
    ids = [api.ok("add-list", name=f"List {n}")["id"] for n in range(12)]
    first = api.ok("get-lists")
    assert (first["lists_total"], first["page"], len(first["lists"])) == (12, {"count": 2, "number": 1}, 10)
    second = api.ok("get-lists", page=2)
    assert [entry["id"] for entry in second["lists"]] == ids[10:]
    beyond = api.ok("get-lists", page=2**31 - 1, max=100)
    assert beyond["lists"] == [] and beyond["page"] == {"count": 1, "number": 2**31 - 1}
    assert (
        api.error("get-lists", "FIELD_INVALID", page=2**31)
        == 'Field "page" has invalid value, expected 1 to 2147483647'
    )

    for n in range(3):
        api.ok("add-to-list", list_id=ids[0], msisdn=f"6149157015{n}")
    members = api.ok("get-list", list_id=ids[0], max=2, page=2)
    assert members["page"] == {"count": 2, "number": 2} and len(members["members"]) == 1


def test_remove_list(api: Api) -> None:
    list_id = api.ok("add-list", name="Gone")["id"]
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE)
    assert api.ok("remove-list", list_id=list_id) == {"error": {"code": "SUCCESS", "description": "OK"}}
    api.error("get-list", "NOT_FOUND", list_id=list_id)
    api.error("remove-list", "NOT_FOUND", list_id=list_id)


def test_lists_are_private(api: Api, other_api: Api) -> None:
    list_id = api.ok("add-list", name="Mine")["id"]
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE)
    for method, extra in (
        ("get-list", {}),
        ("get-contact", {"msisdn": MOBILE}),
        ("add-to-list", {"msisdn": MOBILE_2}),
        ("remove-list", {}),
        ("set-list-callback", {}),
        ("add-contacts-bulk-progress", {}),
        ("send-sms", {"message": "x"}),
    ):
        other_api.error(method, "NOT_FOUND", list_id=list_id, **extra)
    assert other_api.ok("get-lists")["lists_total"] == 0
    assert other_api.ok("add-list", name="Mine")["id"] != list_id, "names are unique per account only"


def test_list_callbacks(api: Api, control: Control, receiver: Receiver) -> None:
    list_id = api.ok("add-list", name="Watched", field_1="Email")["id"]
    subscription = api.ok("set-list-callback", list_id=list_id, url=receiver.url("/list?secret=abc"))
    assert subscription["id"] == list_id and len(subscription["secret"]) == 10
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE, first_name="Ella", field_1="e@x.io")
    api.ok("delete-from-list", list_id=list_id, msisdn=MOBILE)
    control.flush()
    # Both are due at once and delivered concurrently, so they may arrive in either order.
    received = {receiver.params(i)["type"]: receiver.params(i) for i in range(2)}
    assert sorted(received) == ["add", "delete"]
    assert received["add"] == {
        "secret": "abc",
        "type": "add",
        "datetime_entry": "2026-01-05 09:00:00",
        "list_id": str(list_id),
        "mobile": MOBILE,
        "firstname": "Ella",
        "lastname": "",
        "Email": "e@x.io",
    }
    assert api.ok("set-list-callback", list_id=list_id) == subscription, "clearing keeps the subscription's identity"
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE_2)
    control.flush()
    assert len(receiver.requests) == 2
    api.error("set-list-callback", "FIELD_INVALID", list_id=list_id, url="ftp://x.io/a")
