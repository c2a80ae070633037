"""The bridge (``transmitsms_legacy.bridge``) against the simulator as its upstream.

For every sample of every method, the same legacy request is answered by the simulator's own
legacy front-end and by the bridge, each on a fresh simulator in the same state: the bridge calls
the current operations through the generated client, the front-end through the simulator's
handlers, and the two answers must be the same text. Then the command itself, served on a
loopback port in front of ``transmitsms-sim serve``.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.naming import argument_name as generated_argument_name
from generator.naming import method_name as generated_method_name
from generator.naming import resource_attribute
from tests.support.legacy import LegacyAccount, envelope, root, text_of
from tests.support.legacy_states import SETUPS, cases, params_of
from tests.support.simulator import running
from transmitsms import AsyncTransmitSMS
from transmitsms_legacy import bridge
from transmitsms_sim.inprocess import InProcess
from transmitsms_spec import load, operations

BIN = Path(sys.executable).parent


@contextmanager
def bridged(sim: Any, account: LegacyAccount, **options: Any) -> Iterator[Any]:
    """A bridge in front of ``sim`` (through its in-process transport), on the simulator's clock."""

    def clock() -> datetime:
        return datetime.fromisoformat(sim.client().get("/_sim/clock").json()["now"])

    service = bridge.ClientService(
        "http://127.0.0.1",
        account_ids={account.key: account.id},
        rate_limit=None,
        transport=sim.async_transport(),
        clock=clock,
        **options,
    )
    with InProcess(bridge.create_app(service)) as served:
        yield served.client()
    assert service.errors == []


def _answer(method: str, request: str | None, through_bridge: bool) -> str:
    with running() as sim:
        account = LegacyAccount.create(sim.client())
        params = params_of(request, SETUPS[method](account) if method in SETUPS else {})
        if not through_bridge:
            return account.post(method, params)
        with bridged(sim, account) as client:
            xml = envelope(method, params, key=account.key, secret=account.secret)
            response = client.post("/api", data={"request": xml})
            assert response.status_code == 200 and response.headers["content-type"] == "text/xml; charset=utf-8"
            text: str = response.text
            return text


@pytest.mark.parametrize(("method", "request_sample"), [(m, r) for m, r, _ in cases()], ids=lambda v: str(v)[:40])
def test_the_bridge_answers_every_method_as_the_simulator_does(method: str, request_sample: str | None) -> None:
    direct = _answer(method, request_sample, through_bridge=False)
    via_bridge = _answer(method, request_sample, through_bridge=True)
    assert "<error>" not in via_bridge, via_bridge
    assert _generated_keys(via_bridge) == _generated_keys(direct)


def _generated_keys(answer: str) -> str:
    """The answer with the API keys the simulator draws at random for new clients blanked."""
    return re.sub(r"<apikey>[0-9a-f]{32}</apikey>", "<apikey>(generated)</apikey>", answer)


def test_every_current_operation_is_found_on_the_client_by_the_generators_rule() -> None:
    client = AsyncTransmitSMS(api_key="k", api_secret="s", base_url="http://127.0.0.1")
    for _, _, operation in operations(load()):
        operation_id, tag = operation["operationId"], operation["tags"][0]
        found = bridge.find_method(client, operation_id)
        expected = getattr(
            getattr(client, resource_attribute(tag)).with_raw_response, generated_method_name(operation_id, tag)
        )
        assert found == expected, operation_id
    for parameter in ("from", "max", "list_id", "to"):
        assert bridge.argument_name(parameter) == generated_argument_name(parameter)


def test_errors_of_the_upstream_are_legacy_errors() -> None:
    with running() as sim:
        account = LegacyAccount.create(sim.client())
        with bridged(sim, account) as client:
            wrong = envelope("contact-lists.get", key=account.key, secret="not-it")
            assert text_of(client.post("/api", data={"request": wrong}).text, "error") == (
                f"Authentication failed - key: {account.key}, secret: ****"
            )
            missing = envelope("transactions.get-detail", "<id>42</id>", key=account.key, secret=account.secret)
            assert (
                text_of(client.post("/api", data={"request": missing}).text, "error")
                == "Transaction with such id does not exist."
            )
        other = bridge.ClientService("http://127.0.0.1", rate_limit=None, transport=sim.async_transport())
        with InProcess(bridge.create_app(other)) as served:
            own = envelope("transactions.get", key=account.key, secret=account.secret)
            assert "--account-id" in (text_of(served.client().post("/api", data={"request": own}).text, "error") or "")


def test_an_upstream_that_does_not_answer_is_a_legacy_error() -> None:
    service = bridge.ClientService("http://127.0.0.1:9", rate_limit=None, timeout=2.0)
    with InProcess(bridge.create_app(service)) as served:
        answer = served.client().get("/api-wrapper/contact-lists.get", params={"apikey": "k", "apisecret": "s"}).text
    assert "did not answer usably" in (root(answer).findtext("error") or ""), answer


def test_the_command_without_the_client_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "transmitsms", None)
    assert bridge.main(["--upstream", "https://api.transmitsms.com"]) == 2
    assert capsys.readouterr().err.strip() == bridge.INSTALL_HINT


def test_the_command_refuses_an_insecure_upstream_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert bridge.main(["--upstream", "http://example.com"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("transmitsms-legacy-bridge: ") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    )


def _first_line(process: subprocess.Popen[str], marker: str) -> str:
    assert process.stdout is not None
    for line in process.stdout:
        if marker in line:
            return line
    raise AssertionError(f"no {marker!r} line; stderr: {process.stderr.read() if process.stderr else ''}")


def test_the_command_serves_the_legacy_api_in_front_of_a_served_simulator() -> None:
    serve = [str(BIN / "transmitsms-sim"), "serve", "--port", "0", "--memory", "--rate-limit", "0"]
    with subprocess.Popen(serve, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as sim:
        try:
            banner = {}
            assert sim.stdout is not None
            for line in sim.stdout:
                key, _, value = line.strip().rpartition("  ")
                banner[key.strip()] = value.strip()
                if "API secret" in banner:
                    break
            upstream, key, secret = banner["base URL"], banner["API key"], banner["API secret"]
            command = [
                str(BIN / "transmitsms-legacy-bridge"),
                "--upstream",
                upstream,
                "--port",
                "0",
                "--rate-limit",
                "0",
            ]
            with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proxy:
                try:
                    url = _first_line(proxy, "legacy XML API on").split(" on ", 1)[1].split(",", 1)[0]
                    request = envelope("contact-lists.add", "<name>Bridged</name>", key=key, secret=secret)
                    added = httpx.post(url, data={"request": request}, timeout=30)
                    assert text_of(added.text, "data/name") == "Bridged", added.text
                    lists = httpx.post(f"{upstream}/get-lists.json", auth=(key, secret), timeout=30).json()
                    assert [item["name"] for item in lists["lists"]] == ["Bridged"]
                finally:
                    proxy.terminate()
                    _, err = proxy.communicate(timeout=30)
                # SIGTERM: uvicorn's graceful shutdown, then a clean exit, not a death by signal.
                assert proxy.returncode == 0 and "Traceback" not in err, err
        finally:
            sim.terminate()
            sim.wait(timeout=30)


def test_a_port_in_use_is_one_line_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        assert bridge.main(["--upstream", "https://api.transmitsms.com", "--port", port]) == 1
    err = capsys.readouterr().err
    assert err.startswith("transmitsms-legacy-bridge: cannot listen on") and "Traceback" not in err
