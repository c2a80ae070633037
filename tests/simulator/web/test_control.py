"""The control API under /_sim/: access, accounts, reset, clock, inbound, DLRs, inspection."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.simulator.support import MOBILE, Api, Control
from tests.support.simulator import running


def _remote_client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=("203.0.113.9", 4000)), base_url="http://sim"
    )


@pytest.mark.anyio
async def test_only_loopback_clients_without_a_token(new_app: Any) -> None:
    app = new_app()
    async with _remote_client(app) as remote:
        refused = await remote.get("/_sim/clock")
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "NO_ACCESS"
        assert (await remote.get("/openapi.json")).status_code == 200, "the API itself is open to all"


@pytest.mark.anyio
async def test_a_token_opens_the_control_api_to_others(new_app: Any) -> None:
    app = new_app(control_token="t0ken", control_hosts=("sim",))
    async with _remote_client(app) as remote:
        assert (await remote.get("/_sim/clock", headers={"X-Sim-Token": "wrong"})).status_code == 403
        assert (await remote.get("/_sim/clock", headers={"X-Sim-Token": "t0ken"})).status_code == 200


def test_accounts(control: Control) -> None:
    created = control.account(
        name="Acme", balance=5, currency="NZD", sms_price=0.05, goo_enabled=False, reseller=True, api_key="acme-key"
    )
    assert (created["api_key"], created["balance"], created["currency"], created["sms_price"]) == (
        "acme-key",
        5,
        "NZD",
        0.05,
    )
    assert not created["goo_enabled"] and created["reseller"] and created["api_secret"]
    client = control.account(parent_id=created["id"], name="Client")
    assert client["parent_id"] == created["id"] and client["currency"] == "NZD"
    listed = control.client.get("/_sim/accounts").json()["accounts"]
    assert [a["name"] for a in listed] == ["Acme", "Client"] and all("api_secret" not in a for a in listed)
    bad = control.client.post("/_sim/accounts", json={"colour": "blue"})
    assert bad.status_code == 400 and "colour" in bad.json()["error"]["description"]
    assert control.client.post("/_sim/accounts", json=[1]).status_code == 400
    oops = control.client.post("/_sim/accounts", content=b"{oops", headers={"Content-Type": "application/json"})
    assert oops.status_code == 400
    assert control.client.post("/_sim/accounts", json={"parent_id": 1}).status_code == 404
    assert control.client.post("/_sim/accounts", json={"api_key": "acme-key"}).status_code == 400


def test_account_changes(control: Control, account: dict[str, Any], api: Api) -> None:
    assert control.patch(account["id"], goo_enabled=False)["goo_enabled"] is False
    assert control.client.patch(f"/_sim/accounts/{account['id']}", json={"balance": 5}).status_code == 400
    assert control.client.patch("/_sim/accounts/999", json={}).status_code == 404
    topped = control.client.post(f"/_sim/accounts/{account['id']}/top-up", json={"amount": 2.5}).json()
    assert topped["balance"] == 102.5 and api.ok("get-balance")["balance"] == 102.5
    assert control.client.post(f"/_sim/accounts/{account['id']}/top-up", json={"amount": -1}).status_code == 400
    senders = control.client.post(
        f"/_sim/accounts/{account['id']}/sender-ids", json={"kind": "mobile_number", "value": "+61491570158"}
    ).json()["sender_ids"]
    assert senders["mobile_number"] == ["61491570158"]
    assert api.ok("send-sms", message="Hi", to=MOBILE, **{"from": "61491570158"})["recipients"] == 1


def test_reset_keeps_the_demo_accounts_credentials() -> None:
    with running(create_demo_account=True, demo_api_key="demo", demo_api_secret="s3") as sim:
        with sim.client() as raw:
            control = Control(raw)
            control.account(name="Extra")
            assert raw.post("/_sim/reset").json() == {"reset": True, "demo_account": "demo"}
            assert [a["api_key"] for a in raw.get("/_sim/accounts").json()["accounts"]] == ["demo"]
        with sim.client(auth=("demo", "s3")) as demo:
            assert demo.get("/get-balance.json").json()["balance"] == 100


def test_clock(control: Control) -> None:
    assert control.client.get("/_sim/clock").json() == {"now": "2026-01-05 09:00:00", "mode": "manual", "scale": 0}
    assert control.advance(90)["now"] == "2026-01-05 09:01:30"
    assert (
        control.client.post("/_sim/clock/set", json={"now": "2026-01-06 00:00:00"}).json()["now"]
        == "2026-01-06 00:00:00"
    )
    assert control.client.post("/_sim/clock/set", json={"now": "2026-01-01 00:00:00"}).status_code == 400
    assert control.client.post("/_sim/clock/advance", json={"seconds": -5}).status_code == 400
    assert control.client.post("/_sim/clock/advance", json={"seconds": "soon"}).status_code == 400


def test_inbound_dlr_and_click_errors(control: Control, api: Api) -> None:
    assert control.client.post("/_sim/inbound", json={"from": MOBILE, "message": "hi"}).status_code == 400
    assert control.client.post("/_sim/inbound", json={"from": "abc", "message": "hi"}).status_code == 400
    assert control.client.post("/_sim/inbound", json={"message": "hi"}).status_code == 400
    sent = api.ok("send-sms", message="Hi", to=MOBILE)
    assert (
        control.client.post(
            "/_sim/dlr", json={"message_id": sent["message_id"], "msisdn": "1", "status": "delivered"}
        ).status_code
        == 404
    )
    control.dlr(sent["message_id"], MOBILE, "soft-bounce")
    assert api.ok("get-sms-stats", message_id=sent["message_id"])["stats"]["soft_bounced"] == 1
    assert control.client.post("/_sim/links/nosuch/click").status_code == 404
    received = control.inbound(MOBILE, "thanks")
    assert received["message_id"] == sent["message_id"] and received["is_optout"] is False


def test_inspection(control: Control, api: Api, account: dict[str, Any]) -> None:
    api.ok("send-sms", message="Hi", to=MOBILE)
    (message,) = control.messages(account["id"])
    assert message["recipients_detail"][0]["status"] == "pending" and message["cost"] == 0.087
    assert control.client.get("/_sim/forwards").json() == {"forwards": []}
    index = control.client.get("/_sim").json()
    assert "POST /_sim/clock/advance" in index["endpoints"]


def test_warnings(control: Control, account: dict[str, Any], api: Api, other_api: Api) -> None:
    api.call("get-lists", max="05", nickname="x")
    other_api.call("get-lists", flag="1")
    everything = control.client.get("/_sim/warnings").json()
    assert [w["code"] for w in everything["warnings"]] == ["number_format", "unknown_parameter", "unknown_parameter"]
    assert everything["last_id"] == everything["warnings"][-1]["id"]
    mine = control.client.get("/_sim/warnings", params={"account_id": account["id"]}).json()["warnings"]
    assert [(w["code"], w["parameter"]) for w in mine] == [("number_format", "max"), ("unknown_parameter", "nickname")]
    after = control.client.get("/_sim/warnings", params={"after": mine[0]["id"], "code": "unknown_parameter"})
    assert [w["parameter"] for w in after.json()["warnings"]] == ["nickname", "flag"]
    assert len(control.client.get("/_sim/warnings", params={"limit": 1}).json()["warnings"]) == 1
    refused = control.client.get("/_sim/warnings", params={"after": "soon"})
    assert refused.status_code == 400 and "after must be an integer" in refused.json()["error"]["description"]
    cleared = control.client.delete("/_sim/warnings").json()
    assert cleared == {"cleared": True, "last_id": everything["last_id"]}
    assert control.client.get("/_sim/warnings").json()["warnings"] == []
    api.call("get-lists", nickname="again")
    assert control.client.post("/_sim/reset").status_code == 200
    assert control.client.get("/_sim/warnings").json()["warnings"] == []
