"""Reporting over HTTP: all views of a message tell the same story."""

from __future__ import annotations

from tests.simulator.support import MOBILE, MOBILE_2, Api, Control

BOUNCE = "61491571000"


def test_the_views_of_a_message_agree(api: Api, control: Control) -> None:
    sent = api.ok("send-sms", message="Hi [mobile]", to=f"{MOBILE},{MOBILE_2},{BOUNCE}", **{"from": "MyBrand"})
    message_id = sent["message_id"]
    pending = api.ok("get-sms-delivery-status", message_id=message_id, msisdn=MOBILE)["stats"]
    assert (pending["status"], pending["datetime"], pending["sender_id"]) == ("pending", None, "MyBrand")
    control.advance(5)
    info = api.ok("get-sms", message_id=message_id)
    assert info["message"] == "Hi [mobile]"
    assert info["delivery_stats"] == {"delivered": 2, "pending": 0, "bounced": 1, "responses": 0, "optouts": 0}
    stats = api.ok("get-sms-stats", message_id=message_id)["stats"]
    assert (
        stats["delivered"],
        stats["hard_bounced"],
        stats["soft_bounced"],
        stats["total"],
        stats["recipientCount"],
    ) == (
        2,
        1,
        0,
        3,
        3,
    )
    sent_page = api.ok("get-sms-sent", message_id=message_id, max=2)
    assert (
        sent_page["total"] == 3 and sent_page["page"] == {"count": 2, "number": 1} and len(sent_page["recipients"]) == 2
    )
    assert (
        api.ok("get-sms-sent", message_id=message_id, delivery="failed")["recipients"][0]["delivery_status"]
        == "hard-bounce"
    )
    status = api.ok("get-sms-delivery-status", message_id=message_id, msisdn="+" + BOUNCE)["stats"]
    assert (status["status"], status["datetime"], status["message"]) == (
        "failed",
        "2026-01-05 09:00:05",
        f"Hi {BOUNCE}",
    )
    log = api.ok("get-message-log", message_id=message_id, mobile=MOBILE)
    assert (log["message"], log["caller_id"], log["datetime_send"]) == (
        f"Hi {MOBILE}",
        "MyBrand",
        "2026-01-05 09:00:00",
    )
    api.error("get-message-log", "NOT_FOUND", message_id=message_id, mobile="61400000000")


def test_numeric_senders_are_integers(api: Api, control: Control) -> None:
    sent = api.ok("send-sms", message="Hi", to=MOBILE)
    status = api.ok("get-sms-delivery-status", message_id=sent["message_id"], msisdn=MOBILE)["stats"]
    assert isinstance(status["sender_id"], int)


def test_activity_reports(api: Api, control: Control) -> None:
    api.ok("send-sms", message="One", to=MOBILE)
    control.advance(60)
    api.ok("send-sms", message="Two " * 50, to=f"{MOBILE},{MOBILE_2}")
    control.advance(10)
    activity = api.ok("get-user-sms-sent", start="2026-01-05", end="2026-01-06")
    assert activity["total"] == 3 and [m["message"] for m in activity["messages"]][-1] == "One"
    assert {m["status"] for m in activity["messages"]} == {"delivered"}
    assert api.ok("get-user-sms-sent", start="2026-01-05", end="2026-01-06", msisdn=MOBILE_2)["total"] == 1
    assert api.ok("get-sms-sent-count")["count"] == 1 + 2 * 2
    assert api.ok("get-sms-sent-count", start="2026-01-05", end="2026-01-06")["count"] == 5
    api.error("get-sms-sent-count", "FIELD_INVALID", start="2026-01-01", end="2026-01-09")
    api.error("get-sms-sent-count", "FIELD_INVALID", start="2026-01-06", end="2026-01-05")
    history = api.ok("get-contact-sms-stats", mobile="0491570156", countrycode="au", order="desc")
    assert history["total"] == 2 and history["records"][0]["delivery_status"] == "delivered"
    assert api.ok("get-contact-sms-stats", mobile=MOBILE, start="2027-01-01", end="2027-01-02")["total"] == 0
    report = api.ok("get-message-report", type="all")
    assert report["messages_total"] == 2 and report["sms_total"] == 5
    assert report["messages"][0]["cost"] == -0.348 and report["messages"][0]["type"] == "api"
    assert report["messages"][1]["msisdn"] == int(MOBILE)
    assert api.ok("get-message-report", type="campaign")["messages_total"] == 0
    api.error("get-message-report", "FIELD_INVALID", start="2026-01-01", end="2026-03-01")
    api.error("get-message-report", "NOT_FOUND", list_id=5)


def test_the_message_report_carries_contact_data_from_a_list(api: Api) -> None:
    list_id = api.ok("add-list", name="People", field_1="City")["id"]
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE, first_name="Ella", field_1="Sydney")
    api.ok("send-sms", message="Quick", to=MOBILE)
    row = api.ok("get-message-report", list_id=list_id, response_style="array")["messages"][0]
    assert (row["first_name"], row["fields"]) == ("Ella", [{"name": "City", "value": "Sydney"}])
    recipient = api.ok("get-sms-sent", message_id=row["id"], list_id=list_id)["recipients"][0]
    assert recipient["fields"] == {"City": "Sydney"}


def test_reports_are_private(api: Api, other_api: Api) -> None:
    message_id = api.ok("send-sms", message="Mine", to=MOBILE)["message_id"]
    for method in ("get-sms", "get-sms-stats", "get-sms-sent"):
        other_api.error(method, "NO_ACCESS", message_id=message_id)
        other_api.error(method, "NOT_FOUND", message_id=message_id + 1000)
    other_api.error("get-sms-delivery-status", "NO_ACCESS", message_id=message_id, msisdn=MOBILE)
    other_api.error("get-message-log", "NO_ACCESS", message_id=message_id, mobile=MOBILE)
    assert other_api.ok("get-user-sms-sent", start="2026-01-01", end="2026-02-01")["total"] == 0
    assert other_api.ok("get-contact-sms-stats", mobile=MOBILE)["total"] == 0
    assert other_api.ok("get-sms-sent-count")["count"] == 0
