"""Every operation answers a successful call, in JSON and in XML, as the spec describes it.

One scenario calls every operation with valid parameters; the spec checker of the fixtures holds
each answer (JSON, or XML read into the JSON model) to the operation's 200 schema, with no field
the spec does not describe.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.simulator.support import MOBILE, MOBILE_2, Api, Control
from tests.support.receiver import Receiver
from tools.xml_data import xml_to_data
from transmitsms_sim.web.spec import load_spec


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_operation(
    fmt: str, api: Api, control: Control, make_api: Any, receiver: Receiver, account: dict[str, Any]
) -> None:
    doc = load_spec()
    called: set[str] = set()

    def ok(method: str, **params: Any) -> dict[str, Any]:
        response = api.call(method, fmt=fmt, **params) if fmt == "xml" else api.call(method, **params)
        assert response.status_code == 200, f"{method}: {response.text}"
        called.add(method)
        if fmt == "json":
            body: dict[str, Any] = response.json()
            return body
        schema = doc["paths"][f"/{method}.json"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
        data: dict[str, Any] = xml_to_data(response.text, schema, doc)
        return data

    receiver.body = b"Mobile,Firstname\n61491570158,Zoe\n"
    control.patch(account["id"], is_reseller=True)
    ok("get-balance")
    ok("format-number", msisdn="0438 333 061", countrycode="au")
    list_id = ok("add-list", name="Everything", field_1="City")["id"]
    ok("add-field-to-list", list_id=list_id, field_2="Postcode")
    ok("add-to-list", list_id=list_id, msisdn=MOBILE, first_name="Ella", field_1="Sydney")
    ok("add-to-list", list_id=list_id, msisdn=MOBILE_2)
    ok("edit-list-member", list_id=list_id, msisdn=MOBILE, last_name="B")
    ok("get-contact", list_id=list_id, msisdn=MOBILE)
    ok("get-list", list_id=list_id)
    ok("get-lists")
    ok("set-list-callback", list_id=list_id, url=receiver.url("/list"))
    ok("add-contacts-bulk", list_id=list_id, file_url=receiver.url("/file.csv"))
    control.flush()
    ok("add-contacts-bulk-progress", list_id=list_id)
    number = ok("lease-number")["number"]
    ok("get-number", number=number)
    ok("get-numbers")
    ok("edit-number-options", number=number, forward_url=receiver.url("/number"))
    ok("get-sender-ids")
    keyword = ok("add-keyword", keyword="GYM", number=number)
    ok("edit-keyword", keyword="GYM", number=number, reference="Gym news")
    ok("get-keywords")
    ok("add-email", email="a@example.com")
    ok("delete-email", email="a@example.com")
    sent = ok("send-sms", message="Hi [firstname] [tracked-link]", list_id=list_id, tracked_link_url="https://x.io")
    scheduled = ok("send-sms", message="Later", to=MOBILE, send_at="2026-02-01 00:00:00")
    ok("cancel-sms", id=scheduled["message_id"])
    control.advance(5)
    (message,) = [m for m in control.messages(account["id"]) if m["id"] == sent["message_id"]]
    control.click(message["recipients_detail"][0]["link_code"])
    control.inbound(MOBILE, "Thanks")
    control.inbound(MOBILE_2, "gym", to=str(number))
    message_id = sent["message_id"]
    ok("get-sms", message_id=message_id)
    ok("get-sms-stats", message_id=message_id)
    ok("get-sms-sent", message_id=message_id, list_id=list_id)
    ok("get-sms-delivery-status", message_id=message_id, msisdn=MOBILE)
    ok("get-message-log", message_id=message_id, mobile=MOBILE)
    ok("get-sms-sent-count")
    ok("get-user-sms-sent", start="2026-01-05", end="2026-01-06")
    ok("get-contact-sms-stats", mobile=MOBILE)
    ok("get-message-report", list_id=list_id)
    ok("get-link-hits", message_id=message_id)
    ok("get-sms-responses", message_id=message_id, include_original="true")
    ok("get-sms-responses", keyword_id=keyword["id"])
    ok("get-user-sms-responses")
    ok("message-reply", message="You're welcome", to=str(message_id), **{"from": MOBILE})
    ok("delete-from-list", list_id=list_id, msisdn=MOBILE_2)
    ok("optout-list-member", list_id=list_id, msisdn=MOBILE)
    client = ok("add-client", name="Acme", email="jane@acme.example", password="pw1234", msisdn=MOBILE)
    ok("get-client", client_id=client["id"])
    ok("get-clients")
    ok("edit-client", client_id=client["id"], contact="Jane")
    entries = ok("get-transactions", client_id=account["id"])
    ok("get-transaction", id=entries["transactions"][0]["id"])
    ok("remove-list", list_id=list_id)
    assert called == {path[1:-5] for path in doc["paths"]}
