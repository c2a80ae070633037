"""The pytest plugin's fixtures, used as a user's test suite would use them."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

from transmitsms import AsyncTransmitSMS, TransmitSMS, ValidationError
from transmitsms_sim.pytest_plugin import SimulatorHandle


def test_a_real_server_on_loopback(transmitsms_sim: SimulatorHandle) -> None:
    assert transmitsms_sim.base_url.startswith("http://127.0.0.1:")
    sent = transmitsms_sim.http.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"}).json()
    transmitsms_sim.advance(10)
    stats = transmitsms_sim.http.post("/get-sms-stats.json", data={"message_id": sent["message_id"]}).json()
    assert stats["stats"]["delivered"] == 1
    assert transmitsms_sim.messages()[0]["id"] == sent["message_id"]
    assert transmitsms_sim.api_secret not in repr(transmitsms_sim)


def test_each_test_gets_a_fresh_simulator(transmitsms_sim: SimulatorHandle) -> None:
    assert transmitsms_sim.messages() == []
    assert transmitsms_sim.http.get("/get-balance.json").json()["balance"] == 100


def test_the_sdk_client_is_the_account_s_without_rate_limit(transmitsms_sim: SimulatorHandle) -> None:
    client = transmitsms_sim.client
    assert isinstance(client, TransmitSMS) and client is transmitsms_sim.client
    assert (client.base_url, client.api_key, client.rate_limiter) == (
        transmitsms_sim.base_url,
        transmitsms_sim.api_key,
        None,
    )
    sent = client.sms.send(message="Hi", to="61491570156")
    transmitsms_sim.advance(10)
    assert client.reporting.get_sms_stats(message_id=sent.message_id).stats.delivered == 1
    with pytest.raises(ValidationError):
        client.sms.send(message="Hi", to="not a number")


def test_the_async_sdk_client_works_from_one_event_loop_after_another(transmitsms_sim: SimulatorHandle) -> None:
    client = transmitsms_sim.async_client
    assert isinstance(client, AsyncTransmitSMS) and client.rate_limiter is None
    for _ in range(2):  # a new loop each time: no pooled connection of a closed loop is reused
        assert asyncio.run(client.account.get_balance()).balance == 100


def test_in_process(transmitsms_sim_inprocess: SimulatorHandle) -> None:
    handle = transmitsms_sim_inprocess
    handle.http.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"})
    inbound = handle.inbound("61491570156", "Hello back")
    assert inbound["message_id"] == handle.messages()[0]["id"]
    assert handle.flush()["callback_attempts"] == 0
    assert handle.callbacks() == []


def test_in_process_sdk_clients(transmitsms_sim_inprocess: SimulatorHandle) -> None:
    handle = transmitsms_sim_inprocess
    sent = handle.client.sms.send(message="Hi", to="61491570156")
    assert handle.messages()[0]["id"] == sent.message_id

    async def balance() -> float:
        return float((await handle.async_client.account.get_balance()).balance)

    assert asyncio.run(balance()) == pytest.approx(100 - 0.087)


def test_registering_the_plugin_imports_neither_the_client_nor_the_web_stack() -> None:
    script = (
        "import sys, transmitsms_sim.pytest_plugin\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('transmitsms', 'starlette', 'httpx', 'uvicorn')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_without_the_client_the_sdk_clients_say_what_to_install(
    transmitsms_sim_inprocess: SimulatorHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "transmitsms", None)  # as if not installed
    for attribute in ("client", "async_client"):
        with pytest.raises(
            ImportError, match=rf"transmitsms_sim\.{attribute} is an SDK client: .*pip install transmitsms"
        ):
            getattr(transmitsms_sim_inprocess, attribute)
    assert transmitsms_sim_inprocess.http.get("/get-balance.json").status_code == 200
