"""Keywords over HTTP."""

from __future__ import annotations

from tests.simulator.support import Api


def test_add_edit_and_list_keywords(api: Api, other_api: Api) -> None:
    number = api.ok("lease-number")["number"]
    added = api.ok(
        "add-keyword",
        keyword="NEWS",
        number=number,
        reference="Gym news",
        welcome_message="Welcome to Mike's gym news",
        members_message="Thanks for your continued support",
        forward_url="http://example.com/gym-promo",
        forward_sms="61491570157,61491570158",
        forward_email="news@example.com,mike@example.com",
    )
    assert (added["keyword"], added["status"], added["member_message"], added["billing_date"]) == (
        "NEWS",
        "open",
        "Thanks for your continued support",
        "2026-02-05",
    )
    api.error("add-keyword", "KEY_EXISTS", keyword="news", number=number)
    api.error("add-keyword", "NOT_FOUND", keyword="GYM", number=number, list_id=1)
    other_api.error("add-keyword", "FIELD_INVALID", keyword="GYM", number=number)
    closed = api.ok("edit-keyword", keyword="news", number=number, activate="false")
    assert closed["status"] == "closed" and closed["reference"] == "Gym news"
    assert api.ok("edit-keyword", keyword="NEWS", number=number, status="open")["status"] == "open"
    api.error("edit-keyword", "FIELD_INVALID", keyword="NEWS", number=number, status="closed", activate="true")
    api.error("edit-keyword", "NOT_FOUND", keyword="OTHER", number=number)
    other_api.error("edit-keyword", "NOT_FOUND", keyword="NEWS", number=number)
    api.ok("add-keyword", keyword="GYM", number=number, activate="false")
    listed = api.ok("get-keywords", number=number)
    assert listed["keywords_total"] == 2 and [k["keyword"] for k in listed["keywords"]] == ["GYM", "NEWS"]
    assert other_api.ok("get-keywords")["keywords_total"] == 0
