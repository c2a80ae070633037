"""The pytest plugin's fixtures, used as a user's test suite would use them."""

from __future__ import annotations

from transmitsms_sim.pytest_plugin import SimulatorHandle


def test_a_real_server_on_loopback(transmitsms_sim: SimulatorHandle) -> None:
    assert transmitsms_sim.base_url.startswith("http://127.0.0.1:")
    sent = transmitsms_sim.client.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"}).json()
    transmitsms_sim.advance(10)
    stats = transmitsms_sim.client.post("/get-sms-stats.json", data={"message_id": sent["message_id"]}).json()
    assert stats["stats"]["delivered"] == 1
    assert transmitsms_sim.messages()[0]["id"] == sent["message_id"]
    assert "secret" not in repr(transmitsms_sim) or transmitsms_sim.api_secret not in repr(transmitsms_sim)


def test_each_test_gets_a_fresh_simulator(transmitsms_sim: SimulatorHandle) -> None:
    assert transmitsms_sim.messages() == []
    assert transmitsms_sim.client.get("/get-balance.json").json()["balance"] == 100


def test_in_process(transmitsms_sim_inprocess: SimulatorHandle) -> None:
    handle = transmitsms_sim_inprocess
    handle.client.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"})
    inbound = handle.inbound("61491570156", "Hello back")
    assert inbound["message_id"] == handle.messages()[0]["id"]
    assert handle.flush()["callback_attempts"] == 0
    assert handle.callbacks() == []
