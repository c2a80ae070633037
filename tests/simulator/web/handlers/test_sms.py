"""SMS operations over HTTP: send-sms, cancel-sms, format-number, replies, message-reply, link hits."""

from __future__ import annotations

from typing import Any

from tests.simulator.support import MOBILE, MOBILE_2, Api, Control


def test_send_sms_answers_as_documented(api: Api) -> None:
    sent = api.ok("send-sms", message="x" * 180, to=f"{MOBILE},{MOBILE_2},123")
    assert sent["recipients"] == 2 and sent["sms"] == 4 and sent["cost"] == 0.348
    assert sent["send_at"] == "2026-01-05 09:00:00"
    assert sent["delivery_stats"] == {"delivered": 0, "pending": 0, "bounced": 0, "responses": 0, "optouts": 0}
    assert "list" not in sent
    assert api.ok("get-balance")["balance"] == 99.652


def test_send_sms_errors(api: Api) -> None:
    assert (
        api.error("send-sms", "RECIPIENTS_ERROR", message="Hi", to="123")
        == "No valid recipients left after validation."
    )
    api.error("send-sms", "BAD_CALLER_ID", message="Hi", to=MOBILE, **{"from": "NotMine"})
    api.error("send-sms", "NOT_FOUND", message="Hi", list_id=1)
    api.error("send-sms", "FIELD_INVALID", message="Hi", to=MOBILE, send_at="2026-02-30 00:00:00")
    api.error("send-sms", "FIELD_INVALID", message="Hi", to=MOBILE, countrycode="Atlantis")
    api.error("send-sms", "FIELD_EMPTY", to=MOBILE)
    api.error("send-sms", "FIELD_INVALID", message="x" * 613, to=MOBILE)


def test_send_to_a_list_with_a_scheduled_time_and_cancel(api: Api) -> None:
    list_id = api.ok("add-list", name="Customers")["id"]
    api.error("send-sms", "LIST_EMPTY", message="Hi", list_id=list_id)
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE, first_name="Ella")
    sent = api.ok("send-sms", message="Hi [firstname]", list_id=list_id, send_at="2026-01-06 10:00:00", validity=30)
    assert sent["list"] == {"id": list_id, "name": "Customers"} and sent["send_at"] == "2026-01-06 10:00:00"
    assert api.ok("cancel-sms", id=sent["message_id"]) == {
        "success": "OK",
        "error": {"code": "SUCCESS", "description": "OK"},
    }
    api.error("cancel-sms", "NOT_FOUND", id=sent["message_id"])
    now = api.ok("send-sms", message="Now", list_id=list_id)
    api.error("cancel-sms", "ALREADY_SENT", id=now["message_id"])
    assert api.ok("get-balance")["balance"] == 99.913


def test_format_number(api: Api) -> None:
    number = api.ok("format-number", msisdn="96112234", countrycode="sg")["number"]
    assert number == {
        "countrycode": 65,
        "nationalnumber": 96112234,
        "national_leading_zeroes": 96112234,
        "rawinput": None,
        "international": 6596112234,
        "type": 1,
        "isValid": True,
    }
    invalid = api.ok("format-number", msisdn="123", countrycode="Australia")["number"]
    assert (invalid["isValid"], invalid["type"]) == (False, 10)
    api.error("format-number", "FIELD_INVALID", msisdn="12", countrycode="zz")
    api.error("format-number", "FIELD_INVALID", msisdn="+", countrycode="au")


def test_replies_are_listed_and_answered(api: Api, control: Control) -> None:
    sent = api.ok("send-sms", message="Coffee?", to=MOBILE)
    control.advance(10)
    control.inbound(MOBILE, "Yes please")
    listed = api.ok("get-sms-responses", message_id=sent["message_id"], include_original="true")
    assert listed["total"] == 1 and listed["page"] == {"count": 1, "number": 1}
    reply = listed["responses"][0]
    assert (reply["message_id"], reply["msisdn"], reply["response"], reply["original_message"]) == (
        sent["message_id"],
        int(MOBILE),
        "Yes please",
        "Coffee?",
    )
    assert "original_message" not in api.ok("get-user-sms-responses")["responses"][0]
    assert api.ok("get-sms-responses", message_id=sent["message_id"], msisdn=MOBILE_2)["total"] == 0
    answered = api.ok("message-reply", message="Great", to=str(reply["longcode"]), **{"from": MOBILE})
    assert answered["result"] == "SYSTEM: Message response handled\n"
    api.error("message-reply", "NOT_FOUND", message="?", to=str(reply["longcode"]), **{"from": MOBILE_2})


def test_replies_of_another_account_are_no_access(api: Api, other_api: Api) -> None:
    sent = api.ok("send-sms", message="Mine", to=MOBILE)
    other_api.error("get-sms-responses", "NO_ACCESS", message_id=sent["message_id"])
    other_api.error("get-link-hits", "NO_ACCESS", message_id=sent["message_id"])
    api.error("get-sms-responses", "NOT_FOUND", keyword="GYM", number="61480000001")
    api.error("get-sms-responses", "FIELD_INVALID", keyword="GYM")
    api.error("get-sms-responses", "FIELD_EMPTY")


def test_keyword_replies_by_id_and_by_name(api: Api, control: Control) -> None:
    number = api.ok("lease-number")["number"]
    keyword = api.ok("add-keyword", keyword="GYM", number=number)
    control.inbound(MOBILE, "gym yes", to=str(number))
    control.inbound(MOBILE, "hello", to=str(number))
    assert api.ok("get-sms-responses", keyword_id=keyword["id"])["total"] == 1
    assert api.ok("get-sms-responses", keyword="gym", number=number)["total"] == 1
    assert api.ok("get-user-sms-responses", keywords="omit")["total"] == 1
    assert api.ok("get-user-sms-responses", keywords="only")["responses"][0]["response"] == "gym yes"


def test_link_hits(api: Api, control: Control, account: dict[str, Any]) -> None:
    sent = api.ok(
        "send-sms", message="Go [tracked-link]", to=f"{MOBILE},{MOBILE_2}", tracked_link_url="https://example.com/a"
    )
    (message,) = control.messages(account["id"])
    codes = {r["msisdn"]: r["link_code"] for r in message["recipients_detail"]}
    control.click(codes[MOBILE])
    control.click(codes[MOBILE])
    hits = api.ok("get-link-hits", message_id=sent["message_id"])
    assert hits["total"] == 1 and hits["hits"][0]["link_hits"] == 2 and hits["hits"][0]["msisdn"] == int(MOBILE)
    assert api.ok("get-sms-stats", message_id=sent["message_id"])["stats"]["link_hits"] == 2
