"""The simulator's legacy front-end (``web/legacy.py``): both transports, the §1 rules, bad input,
and one state shared with the current API (accounts, lists, messages, charges, receipts, callbacks)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.legacy import LegacyAccount, envelope, problems, root, text_of
from tests.support.simulator import running


@pytest.fixture
def sim() -> Iterator[Any]:
    with running() as sim:
        yield sim


@pytest.fixture
def account(sim: Any) -> LegacyAccount:
    return LegacyAccount.create(sim.client())


def _error(answer: str) -> str:
    element = root(answer)
    assert element.find("total") is None, answer
    error = element.findtext("error")
    assert error, answer
    return error


# ---------------------------------------------------------------- transports and the envelope rules
def test_post_urlencoded_multipart_and_unencoded_bodies_are_the_same_call(sim: Any, account: LegacyAccount) -> None:
    http = sim.client()
    xml = envelope("contact-lists.add", "<name>Tom &amp; Jerry</name>", key=account.key, secret=account.secret)
    encoded = http.post("/api", data={"request": xml}).text
    multipart = http.post("/api", files={"request": (None, xml.replace("Tom", "Tim"))}).text
    unencoded = http.post(
        "/api",
        content=("request=" + xml.replace("Tom", "Tam")).encode(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    ).text
    assert [text_of(a, "data/name") for a in (encoded, multipart, unencoded)] == [
        "Tom & Jerry",
        "Tim & Jerry",
        "Tam & Jerry",
    ]
    names = sorted(row["name"] for row in account.current("get-lists")["lists"])
    assert names == ["Tam & Jerry", "Tim & Jerry", "Tom & Jerry"]


def test_an_unencoded_body_keeps_form_decoding_of_plus_and_percent(sim: Any, account: LegacyAccount) -> None:
    # The Ruby gem pre-escapes only the message: %20 and + are still decoded (reference §1.1).
    xml = envelope("contact-lists.add", "<name>sms%20txt+here</name>", key=account.key, secret=account.secret)
    answer = (
        sim.client()
        .post("/api", content=b"request=" + xml.encode(), headers={"content-type": "application/x-www-form-urlencoded"})
        .text
    )
    assert text_of(answer, "data/name") == "sms txt here"


def test_whitespace_before_the_declaration_beam_root_free_order_and_empty_elements(
    sim: Any, account: LegacyAccount
) -> None:
    xml = (
        f"\n   <?xml version='1.0'?><beam><params><name>July list</name><ignored>x</ignored></params>"
        f"<method>contact-lists.add</method><secret>{account.secret}</secret><key>{account.key}</key>"
        "<version>0.1</version><unknown /></beam>"
    )
    answer = sim.client().post("/api", data={"request": xml}).text
    assert text_of(answer, "data/name") == "July list", answer
    sent = account.post(
        "messages.single",
        "<mobile>61491570156</mobile><message>Hi</message><caller_id>61400000009</caller_id>"
        "<sendtime /><contact_list />",
    )
    assert text_of(sent, "data/contact_list_addition") == "no list provided"


def test_get_wrapper_takes_the_same_parameters(account: LegacyAccount) -> None:
    created = account.get("contact-lists.add", name="By GET")
    list_id = text_of(created, "data/id")
    added = account.get("contact-lists.add-recipient", list_id="By GET", mobile="61491570156", firstname="Jane")
    assert text_of(added, "data/result") == "ADDED"
    deleted = account.get("contact-lists.delete-recipient", list_id=list_id, mobile="61491570156")
    assert text_of(deleted, "result") == "DELETED"
    assert text_of(account.get("contact-lists.delete", id=list_id), "response") == "DELETED"
    assert account.current("get-lists")["lists_total"] == 0


def test_parameter_names_are_case_insensitive_and_aliases_are_read(account: LegacyAccount) -> None:
    account.current("add-list", name="Campaign")
    account.current("add-to-list", list_id=account.current("get-lists")["lists"][0]["id"], msisdn="61491570156")
    answer = account.post(
        "messages.add",
        "<list_id>Campaign</list_id><message>Hi</message><caller_id>Acme</caller_id><sendTime>4102444800</sendTime>",
    )
    assert text_of(answer, "data/datetime_send") == "2100-01-01 00:00:00", answer
    added = account.post(
        "contact-lists.add-recipient",
        "<list_id>Campaign</list_id><mobile>0491570157</mobile><mobileCountry>AU</mobileCountry>",
    )
    assert text_of(added, "data/result") == "ADDED"
    assert {m["msisdn"] for m in account.current("get-list", list_id=text_of(added, "data/list_id"))["members"]} == {
        61491570156,
        61491570157,
    }


def test_the_answer_envelope(account: LegacyAccount) -> None:
    answer = account.post("contact-lists.get")
    assert answer.startswith("<?xml version='1.0'?>\n<xml>\n\t<method>contact-lists.get</method>\n\t<total>0</total>\n")
    assert "\t<data>\n</data>" in answer  # the empty list, as recorded
    time, stamp = text_of(answer, "time"), text_of(answer, "timestamp")
    assert time == "2026-01-05 09:00:00 GMT" and stamp == "1767603600 GMT"
    assert problems(answer, "contact-lists.get") == []


def test_total_counts_every_match_not_the_page(account: LegacyAccount) -> None:
    for name in ["b", "A", "c", "D", "e"]:
        account.current("add-list", name=name)
    answer = account.post("contact-lists.get", "<offset>1</offset><limit>2</limit>")
    assert text_of(answer, "total") == "5"
    assert [e.text for e in root(answer).iter("name")] == ["b", "c"]  # by name, case-insensitively


def test_beam_requests_get_the_2009_status_forms(sim: Any, account: LegacyAccount) -> None:
    account.current("add-list", name="L")
    for expected in ("ADDED", "DUPLICATE"):
        answer = account.post(
            "contact-lists.add-recipient", "<list_id>L</list_id><mobile>61491570156</mobile>", root="beam"
        )
        assert text_of(answer, "response") == expected
    assert (
        text_of(
            account.post("contact-lists.add-recipient", "<list_id>L</list_id><mobile>61491570156</mobile>"),
            "data/result",
        )
        == "DUPLCIATE / UPDATED"
    )
    answer = account.post(
        "contact-lists.delete-recipient", "<list_id>L</list_id><mobile>61491570156</mobile>", root="beam"
    )
    assert text_of(answer, "response") == "DELETED"
    again = account.post("contact-lists.delete-recipient", "<list_id>L</list_id><mobile>61491570156</mobile>")
    assert text_of(again, "result") == "DELETE FAILED"


# ---------------------------------------------------------------- bad input: HTTP 200, <error>, secret masked
BAD_REQUESTS = {
    "not xml": "this is not xml",
    "unclosed": "<?xml version='1.0'?><request><key>k",
    "other root": "<?xml version='1.0'?><html><method>x</method></html>",
    "no method": "<request><key>k</key><secret>s</secret></request>",
    "billion laughs": (
        "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
        "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
        "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]><request><method>&lol3;</method></request>"
    ),
    "external entity": "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><request><method>&x;</method></request>",
    "deep nesting": "<request>" + "<a>" * 50_000 + "</a>" * 50_000 + "</request>",
}


@pytest.mark.parametrize("body", list(BAD_REQUESTS.values()), ids=list(BAD_REQUESTS))
def test_malformed_requests_get_the_error_envelope(sim: Any, body: str) -> None:
    response = sim.client().post("/api", data={"request": body})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    assert _error(response.text)
    assert "root:" not in response.text and "Traceback" not in response.text
    assert sim.client().get("/_sim/errors").json()["errors"] == []


def test_wrong_credentials_mask_the_secret(account: LegacyAccount, sim: Any) -> None:
    xml = envelope("messages.multiple", "<mobile>61491570156</mobile>", key=account.key, secret="hunter2-secret")
    error = _error(sim.client().post("/api", data={"request": xml}).text)
    assert error == f"Authentication failed - key: {account.key}, secret: ****"
    answer = (
        sim.client()
        .get("/api-wrapper/messages.get", params={"apikey": account.key, "apisecret": "hunter2-secret"})
        .text
    )
    assert "hunter2" not in answer and "Authentication failed" in answer
    assert text_of(answer, "method") == "messages.get"


def test_wrong_secrets_are_limited_as_on_the_current_api() -> None:
    # One counter for both front-ends: guesses on /api must not dodge the current API's limit.
    with running(auth_failure_limit=3) as sim:
        account = LegacyAccount.create(sim.client())
        http = sim.client()
        for i in range(3):
            guess = envelope("messages.get", "", key=account.key, secret=f"guess-{i}")
            assert _error(http.post("/api", data={"request": guess}).text).startswith("Authentication failed")
        right = envelope("messages.get", "", key=account.key, secret=account.secret)
        assert _error(http.post("/api", data={"request": right}).text).startswith("Too many failed authentication")
        assert http.get("/get-balance.json", auth=(account.key, account.secret)).status_code == 429


@pytest.mark.parametrize(
    ("method", "params", "expected"),
    [
        ("messages.nothing", "", "Unknown method: messages.nothing"),
        ("messages.single", "<message>Hi</message><caller_id>Acme</caller_id>", "Missing parameter: mobile"),
        (
            "messages.single",
            "<mobile>abc</mobile><message>Hi</message><caller_id>Acme</caller_id>",
            "Invalid parameter: mobile",
        ),
        (
            "messages.single",
            "<mobile>61491570156</mobile><message>Hi</message><caller_id>Acme</caller_id><sendtime>soon</sendtime>",
            "Invalid parameter: sendtime",
        ),
        ("contact-lists.get", "<limit>-1</limit>", "Invalid parameter: limit"),
        ("transactions.get-detail", "<id>999999999</id>", "Transaction with such id does not exist."),
    ],
)
def test_bad_parameters_get_the_error_envelope(account: LegacyAccount, method: str, params: str, expected: str) -> None:
    assert _error(account.post(method, params)).startswith(expected)


def test_a_body_too_large_is_refused_unread(sim: Any) -> None:
    response = sim.client().post("/api", data={"request": "<request>" + "x" * 1_100_000 + "</request>"})
    assert response.status_code == 200 and "larger than" in _error(response.text)


def test_other_paths_and_methods_stay_the_current_apis(sim: Any) -> None:
    assert sim.client().get("/api-wrapper/").status_code == 200
    assert "Missing parameter: method" in sim.client().get("/api-wrapper/").text
    refused = sim.client().get("/api")
    assert refused.status_code == 405 and refused.headers["allow"] == "POST" and "use POST" in _error(refused.text)
    assert sim.client().post("/api-wrapper/api.version").headers["allow"] == "GET"
    assert sim.client().get("/get-balance.json").status_code == 401


# ---------------------------------------------------------------- one state
def test_a_list_made_with_the_legacy_api_is_the_list_get_lists_shows(account: LegacyAccount) -> None:
    list_id = text_of(account.post("contact-lists.add", "<name>API Added List</name>"), "data/id")
    account.post(
        "contact-lists.add-recipient",
        f"<list_id>{list_id}</list_id><mobile>61491570156</mobile><firstname>Jane</firstname><custom1>gold</custom1>",
    )
    shown = account.current("get-list", list_id=list_id)
    assert shown["name"] == "API Added List" and shown["members_active"] == 1
    assert shown["members"][0]["first_name"] == "Jane"


def test_messages_single_is_charged_delivered_reported_and_called_back_like_send_sms(sim: Any) -> None:
    http = sim.client()
    account = LegacyAccount.create(http, dlr_callback="http://receiver.invalid/dlr")
    before = account.current("get-balance")["balance"]
    answer = account.post(
        "messages.single", "<mobile>61491570156</mobile><message>Hi!</message><caller_id>61400000009</caller_id>"
    )
    assert text_of(answer, "data/result") == "queued"
    message_id = int(text_of(answer, "data/message_id") or 0)
    assert account.current("get-balance")["balance"] == pytest.approx(before - 0.087)
    http.post("/_sim/clock/advance", json={"seconds": 10})
    stats = account.current("get-sms-stats", message_id=message_id)["stats"]
    assert stats["delivered"] == 1
    callbacks = http.get("/_sim/callbacks").json()["callbacks"]
    assert [c["kind"] for c in callbacks if f"message_id={message_id}" in c["url"]] == ["dlr"]
    ledger = account.post("transactions.get")
    assert text_of(ledger, "dataset/data/message_id") == str(message_id)


def test_send_failures_are_statuses(account: LegacyAccount, sim: Any) -> None:
    poor = LegacyAccount.create(sim.client(), name="poor", balance=0)
    answer = poor.post(
        "messages.single", "<mobile>61491570156</mobile><message>Hi</message><caller_id>61400000009</caller_id>"
    )
    assert text_of(answer, "response") == "failed - INSUFFICIENT_CREDIT" and text_of(answer, "total") == "1"
    assert (
        text_of(
            account.post(
                "messages.add", "<list_id>No such list</list_id><message>Hi</message><caller_id>Acme</caller_id>"
            ),
            "response",
        )
        == "NO ACCESS TO LIST"
    )
    assert (
        text_of(
            account.post(
                "messages.single", "<mobile>61491570156</mobile><message>Hi</message><caller_id>99999</caller_id>"
            ),
            "response",
        )
        == "failed - BAD_CALLER_ID"
    )


def test_a_legacy_call_counts_once_against_the_rate_limit() -> None:
    with running(rate_limit=1) as sim:
        account = LegacyAccount.create(sim.client())
        assert "<error>" not in account.post("contact-lists.get")
        error = _error(account.post("contact-lists.get"))
        assert error.startswith("Rate limit exceeded")


def test_add_multiple_recipients_needs_recipient_rows(account: LegacyAccount) -> None:
    account.current("add-list", name="L")
    assert _error(
        account.post("contact-lists.add-multiple-recipients", "<list_id>L</list_id><recipients>x</recipients>")
    ).startswith("Invalid parameter: recipients")
    rows = "".join(f"<recipient><mobile>6149157{n:04d}</mobile></recipient>" for n in range(1001))
    assert "at most 1000" in _error(
        account.post("contact-lists.add-multiple-recipients", f"<list_id>L</list_id><recipients>{rows}</recipients>")
    )
    two = (
        "<recipient><mobile>61491570156</mobile><custom1>gold</custom1></recipient>"
        "<recipient><mobile>0491570157</mobile><mobile_dest_country>AU</mobile_dest_country></recipient>"
    )
    answer = account.post(
        "contact-lists.add-multiple-recipients", f"<list_id>L</list_id><recipients>{two}</recipients>"
    )
    assert text_of(answer, "total") == "2" and text_of(answer, "data/result") == "ADDED"
    assert account.current("get-lists")["lists"][0]["members_active"] == 2
