"""The pytest plugin's fixtures, used as a user's test suite would use them."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

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
        client.sms.send(message="Hi")  # neither to nor list_id: FIELD_EMPTY


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


def test_a_handle_lists_the_warnings_of_its_requests(transmitsms_sim_inprocess: SimulatorHandle) -> None:
    handle = transmitsms_sim_inprocess
    assert handle.http.post("/get-balance.json").status_code == 200
    assert handle.warnings() == []
    # A request as the vendor's PHP client writes it: an unknown parameter, an id placeholder.
    handle.http.post("/get-lists.json", data={"page": "1", "max": "10", "response_style": "", "sms_id": "3"})
    assert [(w["code"], w["parameter"]) for w in handle.warnings()] == [
        ("placeholder", "response_style"),
        ("unknown_parameter", "sms_id"),
    ]
    # The test's own warnings are reported after it; this suite turns warnings into errors, so
    # they are forgotten here (what the report does is shown in a suite of its own below).
    handle.control.delete("/_sim/warnings").raise_for_status()
    assert handle.warnings() == []


INNER_SUITE = """
import pytest

def test_canonical(transmitsms_sim_inprocess):
    assert transmitsms_sim_inprocess.http.post("/get-lists.json", data={"max": "5"}).status_code == 200

def test_lenient(transmitsms_sim_inprocess):
    assert transmitsms_sim_inprocess.http.post("/get-lists.json", data={"max": "05"}).status_code == 200

@pytest.mark.transmitsms_sim_fail_on_warnings
def test_lenient_marked(transmitsms_sim_inprocess):
    assert transmitsms_sim_inprocess.http.post("/get-lists.json", data={"firstname": "x"}).status_code == 200
"""


def _run_inner_suite(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(INNER_SUITE)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", "test_inner.py", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_warnings_are_reported_and_fail_a_test_when_opted_in(tmp_path: Path) -> None:
    run = _run_inner_suite(tmp_path)
    assert "1 failed, 2 passed" in run.stdout, run.stdout + run.stderr
    assert "FAILED test_inner.py::test_lenient_marked" in run.stdout
    assert 'unknown_parameter: Unknown field "firstname" was ignored' in run.stdout
    assert "SimulatorWarning" in run.stdout and "Field \"max\" = '05' was read as 5" in run.stdout

    opted_in = _run_inner_suite(tmp_path, "--transmitsms-sim-fail-on-warnings")
    assert "2 failed, 1 passed" in opted_in.stdout, opted_in.stdout + opted_in.stderr
    assert "FAILED test_inner.py::test_lenient - " in opted_in.stdout
    assert "POST /get-lists.json -> 200: number_format" in opted_in.stdout
