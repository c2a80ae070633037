"""Callback delivery to a real local receiver: parameters, priority, retries, restarts."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.simulator.support import MOBILE, MOBILE_2, Api, Control
from tests.support.receiver import Receiver
from tests.support.simulator import running


def test_a_dlr_reaches_the_url_with_its_own_parameters_kept(
    api: Api, control: Control, receiver: Receiver, account: dict[str, Any]
) -> None:
    sent = api.ok("send-sms", message="Hi", to=MOBILE, dlr_callback=receiver.url("/dlr?myparameter=myvalue"))
    assert receiver.requests == []
    control.advance(5)
    assert receiver.paths() == ["/dlr"]
    assert receiver.params() == {
        "myparameter": "myvalue",
        "message_id": str(sent["message_id"]),
        "mobile": MOBILE,
        "datetime": "2026-01-05 09:00:05",
        "status": "delivered",
        "user_id": str(account["id"]),
        "longcode": receiver.params()["longcode"],
    }
    (callback,) = control.callbacks(kind="dlr")
    assert callback["status"] == "delivered" and callback["attempts"][0]["status_code"] == 200


def test_the_account_default_is_used_without_a_message_url(
    api: Api, control: Control, receiver: Receiver, account: dict[str, Any]
) -> None:
    control.patch(
        account["id"], dlr_callback=receiver.url("/default-dlr"), reply_callback=receiver.url("/default-reply")
    )
    api.ok("send-sms", message="Hi", to=MOBILE)
    api.ok("send-sms", message="Hi", to=MOBILE_2, reply_callback=receiver.url("/message-reply"))
    control.advance(5)
    control.inbound(MOBILE, "one")
    control.inbound(MOBILE_2, "two")
    assert sorted(receiver.paths()) == ["/default-dlr", "/default-dlr", "/default-reply", "/message-reply"]


def test_reply_priority_message_then_number_then_account(
    api: Api, control: Control, receiver: Receiver, account: dict[str, Any]
) -> None:
    control.patch(account["id"], reply_callback=receiver.url("/account"))
    number = str(api.ok("lease-number", forward_url=receiver.url("/number"))["number"])
    api.ok("send-sms", message="Hi", to=MOBILE, reply_callback=receiver.url("/message"), **{"from": number})
    control.inbound(MOBILE, "reply to the message", to=number)
    control.inbound(MOBILE_2, "inbound on the number", to=number)
    api.ok("add-keyword", keyword="GYM", number=number, forward_url=receiver.url("/keyword"))
    control.inbound(MOBILE_2, "gym", to=number)
    assert receiver.paths() == ["/message", "/number", "/keyword"]
    assert receiver.params(1)["message_id"] == "0" and receiver.params(0)["is_optout"] == "no"


def test_failed_deliveries_are_retried_after_1m_5m_1h_24h_then_given_up(
    api: Api, control: Control, receiver: Receiver
) -> None:
    receiver.statuses.extend([500, 503, 404, 302, 500])
    api.ok("send-sms", message="Hi", to=MOBILE, dlr_callback=receiver.url("/dlr"))
    control.advance(5)
    assert len(receiver.requests) == 1
    for wait in (60, 300, 3600, 86400):
        control.advance(wait - 1)
        before = len(receiver.requests)
        control.advance(1)
        assert len(receiver.requests) == before + 1, f"a retry {wait} seconds after the failure"
    control.advance(86400 * 30)
    assert len(receiver.requests) == 5, "given up after 4 retries"
    (callback,) = control.callbacks()
    assert callback["status"] == "failed" and callback["next_attempt_at"] is None
    assert [a["error"] for a in callback["attempts"]] == ["HTTP 500", "HTTP 503", "HTTP 404", "HTTP 302", "HTTP 500"]
    assert [a["at"] for a in callback["attempts"]] == [
        "2026-01-05 09:00:05",
        "2026-01-05 09:01:05",
        "2026-01-05 09:06:05",
        "2026-01-05 10:06:05",
        "2026-01-06 10:06:05",
    ]


def test_a_retry_that_succeeds_ends_the_retries(api: Api, control: Control, receiver: Receiver) -> None:
    receiver.statuses.append(500)
    api.ok("send-sms", message="Hi", to=MOBILE, dlr_callback=receiver.url("/dlr"))
    control.advance(5)
    control.advance(60)
    control.advance(86400 * 2)
    assert len(receiver.requests) == 2
    assert control.callbacks()[0]["status"] == "delivered"


def test_an_unreachable_url_fails_and_is_recorded(api: Api, control: Control) -> None:
    api.ok("send-sms", message="Hi", to=MOBILE, dlr_callback="http://127.0.0.1:9/closed")
    control.advance(5)
    (callback,) = control.callbacks()
    assert callback["status"] == "pending" and callback["attempts"][0]["status_code"] is None
    assert "ConnectError" in callback["attempts"][0]["error"]


def test_a_slow_receiver_times_out(receiver: Receiver) -> None:
    receiver.delay = 1.0
    with running(callback_timeout=0.2) as sim, sim.client() as raw:
        control = Control(raw)
        account = control.account()
        with sim.client(auth=(account["api_key"], account["api_secret"])) as client:
            client.post("/send-sms.json", data={"message": "Hi", "to": MOBILE, "dlr_callback": receiver.url()})
        control.advance(5)
        assert control.callbacks()[0]["attempts"][0]["error"] == "timeout"


def test_pending_callbacks_survive_a_restart(tmp_path: Path, receiver: Receiver) -> None:
    path = str(tmp_path / "sim.db")
    receiver.statuses.append(500)
    with running(db_path=path) as sim, sim.client() as raw:
        control = Control(raw)
        account = control.account()
        with sim.client(auth=(account["api_key"], account["api_secret"])) as client:
            client.post("/send-sms.json", data={"message": "Hi", "to": MOBILE, "dlr_callback": receiver.url()})
        control.advance(5)
        assert control.callbacks()[0]["status"] == "pending"
    assert len(receiver.requests) == 1
    with running(db_path=path) as sim, sim.client() as raw:
        control = Control(raw)
        assert control.client.get("/_sim/clock").json()["now"] == "2026-01-05 09:00:05", "time resumed"
        control.advance(60)
        (callback,) = control.callbacks()
        assert callback["status"] == "delivered" and len(callback["attempts"]) == 2
    assert len(receiver.requests) == 2


def test_the_background_worker_delivers_without_a_flush(receiver: Receiver) -> None:
    """With a clock that runs by itself, DLRs and callbacks go out with no control call at all."""
    with running(time_scale=100, tick_interval=0.02) as sim, sim.client() as raw:
        account = Control(raw).account(dlr_callback=receiver.url("/dlr"))
        with sim.client(auth=(account["api_key"], account["api_secret"])) as client:
            client.post("/send-sms.json", data={"message": "Hi", "to": MOBILE})
        deadline = time.monotonic() + 10
        while not receiver.requests and time.monotonic() < deadline:
            time.sleep(0.02)
    assert receiver.paths() == ["/dlr"]


def test_every_kind_of_callback_matches_its_payload_schema(
    api: Api, control: Control, receiver: Receiver, account: dict[str, Any]
) -> None:
    """DLR, reply, link-hit and list-action callbacks carry what the spec's payload schemas say."""
    import jsonschema_rs

    from transmitsms_sim.web.spec import load_spec

    doc = load_spec()
    control.patch(account["id"], dlr_callback=receiver.url("/dlr?mine=1"), reply_callback=receiver.url("/reply"))
    control.patch(account["id"], link_hits_callback=receiver.url("/hit"))
    list_id = api.ok("add-list", name="Watched", field_1="City")["id"]
    api.ok("set-list-callback", list_id=list_id, url=receiver.url("/list"))
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE, first_name="Ella", field_1="Sydney")
    api.ok("send-sms", message="Go [tracked-link]", list_id=list_id, tracked_link_url="https://example.com")
    api.ok("send-sms", message="Hi", to="61491571002", **{"from": "MyBrand"})
    control.advance(5)
    (message,) = [m for m in control.messages(account["id"]) if m["list_id"] == list_id]
    control.click(message["recipients_detail"][0]["link_code"])
    control.inbound(MOBILE, "STOP")
    schemas = {
        "/dlr": "DlrCallback",
        "/reply": "ReplyCallback",
        "/hit": "LinkHitCallback",
        "/list": "ListActionCallback",
    }
    seen = set()
    for index, path in enumerate(receiver.paths()):
        schema = {"$ref": f"#/components/schemas/{schemas[path]}", "components": doc["components"]}
        validator = jsonschema_rs.validator_for(schema, validate_formats=True)
        params = receiver.params(index)
        errors = [e.message for e in validator.iter_errors(params)]
        assert not errors, f"{path}: {params}: {errors}"
        seen.add(path)
    assert seen == set(schemas)
    statuses = sorted(receiver.params(i)["status"] for i, p in enumerate(receiver.paths()) if p == "/dlr")
    assert statuses == ["delivered", "pending"], "the silent number reports pending first"
    assert [receiver.params(i)["type"] for i, p in enumerate(receiver.paths()) if p == "/list"] == ["add", "delete"]
    assert next(receiver.params(i) for i, p in enumerate(receiver.paths()) if p == "/reply")["is_optout"] == "yes"
