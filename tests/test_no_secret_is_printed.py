"""No secret in any log line, repr, exception or error body: the client and the served simulator, end to end.

The simulator runs as its command does (``transmitsms-sim serve`` in a subprocess, at
``--log-level debug``, with ``FORWARDED_ALLOW_IPS='*'``), the client in this process with every
logger at DEBUG. Known secrets go everywhere they could leak from: the account's API secret (and
its Basic header), a wrong secret, client passwords (a good one, one too short), a client's API
secret, the control token (and a wrong one), credentials in an import URL (a file served here, and
a port that refuses), secrets in query strings, a signed callback URL's token and its signer's key,
a request hung up mid-body. Then everything printed is searched: the simulator's stdout and
stderr, this process's log records, ``/_sim/errors`` and ``/_sim/warnings``, every error body
answered, and the text and repr of every exception and client. The demo account's secret may
appear once, in the banner that announces it, and nowhere else.
"""

from __future__ import annotations

import base64
import http.client
import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.support.receiver import Receiver
from transmitsms import APIConnectionError, AuthenticationError, ConfigurationError, TransmitSMS, ValidationError
from transmitsms.callbacks import CallbackSigner

KEY = "known-api-key-0001"
ACCOUNT_SECRET = "account-secret-K9v2q"
WRONG_SECRET = "wrong-guess-Zq81x"
CLIENT_PASSWORD = "client-password-Lm47"
CLIENT_PASSWORD_2 = "client-password-Ny03"
SHORT_PASSWORD = "Qz9#!"
CLIENT_API_SECRET = "client-api-secret-Wd55"
CONTROL_TOKEN = "control-token-Pp62r"
WRONG_CONTROL_TOKEN = "wrong-control-Tt08e"
IMPORT_PASSWORD = "import-pass-Hx31k"
QUERY_PASSWORD = "query-password-Bb12"
QUERY_API_SECRET = "query-api-secret-Cc34"
QUERY_APISECRET = "query-apisecret-Dd56"
QUERY_KEY = "query-key-Ee78f"
SIGNER_SECRET = "signer-secret-Vb93-0123456789"
BODY_PASSWORD = "hung-up-password-Gg90"
URL_SECRET = "base-url-secret-Ff11"


def basic(key: str, secret: str) -> str:
    return base64.b64encode(f"{key}:{secret}".encode()).decode()


class Simulator:
    """``transmitsms-sim serve`` in a subprocess, its output in files."""

    def __init__(self, directory: Path) -> None:
        self.out = directory / "stdout.txt"
        self.err = directory / "stderr.txt"
        command = [sys.executable, "-m", "transmitsms_sim", "serve", "--port", "0", "--memory", "--rate-limit", "0"]
        command += ["--time-scale", "0", "--log-level", "debug", "--control-token", CONTROL_TOKEN]
        with self.out.open("w") as out, self.err.open("w") as err:
            env = {**os.environ, "FORWARDED_ALLOW_IPS": "*", "PYTHONUNBUFFERED": "1"}
            self.process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        deadline = time.monotonic() + 30
        while "API secret" not in self.out.read_text():
            assert self.process.poll() is None, self.err.read_text()
            assert time.monotonic() < deadline, "the simulator did not start"
            time.sleep(0.05)
        banner = {" ".join(line.split()[:-1]): line.split()[-1] for line in self.out.read_text().splitlines()}
        self.base_url, self.demo_secret = banner["base URL"], banner["API secret"]
        self.banner_line = next(line for line in self.out.read_text().splitlines() if "API secret" in line)
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{self.base_url}/openapi.json", timeout=5)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)

    def stop(self) -> tuple[str, str]:
        self.process.terminate()
        self.process.wait(timeout=30)
        return self.out.read_text(), self.err.read_text()


@pytest.fixture
def client_logs() -> Iterator[io.StringIO]:
    """Every log record of this process, at DEBUG, formatted with its traceback."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def raw_get(base_url: str, target: str) -> str:
    """GET ``target`` as the reseller, without httpx (which logs every URL it requests)."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request("GET", target, headers={"Authorization": f"Basic {basic(KEY, ACCOUNT_SECRET)}"})
        return connection.getresponse().read().decode()
    finally:
        connection.close()


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_no_secret_is_printed_logged_or_answered(tmp_path: Path, client_logs: io.StringIO) -> None:
    said: list[str] = []  # what the client side saw: reprs, exceptions, error bodies

    def keep(*values: Any) -> None:
        said.extend(str(v) if isinstance(v, str) else f"{v!s}\n{v!r}" for v in values)

    sim = Simulator(tmp_path)
    with Receiver() as receiver:
        try:
            receiver.body = b"mobile,firstname\n61491570156,Ada\n"
            token = {"X-Sim-Token": CONTROL_TOKEN}
            with httpx.Client(base_url=sim.base_url, headers=token, timeout=30) as control:
                reseller = control.post(
                    "/_sim/accounts", json={"api_key": KEY, "api_secret": ACCOUNT_SECRET, "reseller": True}
                )
                assert reseller.status_code == 201
                refused = control.post(
                    "/_sim/clock/advance", json={"seconds": 1}, headers={"X-Sim-Token": WRONG_CONTROL_TOKEN}
                )
                assert refused.status_code == 403
                keep(refused.text)

                signer = CallbackSigner(SIGNER_SECRET)
                dlr_url = signer.sign(receiver.url("/dlr?order=1"))
                mac = dlr_url.rsplit(".", 1)[1]
                keep(repr(signer))
                client = TransmitSMS(api_key=KEY, api_secret=ACCOUNT_SECRET, base_url=sim.base_url, rate_limit=None)
                with client:
                    keep(
                        repr(client), repr(client.http_client), repr(client.http_client.headers), repr(client._headers)
                    )
                    client.account.get_balance()
                    sent = client.sms.send(message="Hello", to="61491570156", dlr_callback=dlr_url)
                    control.post("/_sim/clock/advance", json={"seconds": 10})
                    new = client.resellers.add_client(
                        name="Acme", email="ops@acme.example", password=CLIENT_PASSWORD, msisdn="61491570157",
                        api_secret=CLIENT_API_SECRET,
                    )  # fmt: skip
                    keep(repr(new))
                    with pytest.raises(ValidationError) as short:
                        client.resellers.add_client(
                            name="Beta", email="b@beta.example", password=SHORT_PASSWORD, msisdn="61491570157"
                        )
                    assert short.value.response is not None
                    keep(short.value, short.value.response.text)
                    client.resellers.edit_client(client_id=new.id, password=CLIENT_PASSWORD_2)
                    file_url = receiver.url("/contacts.csv").replace("://", f"://importer:{IMPORT_PASSWORD}@")
                    bulk = client.lists.add_contacts_bulk(name="Bulk", file_url=file_url)
                    refused_url = f"http://importer:{IMPORT_PASSWORD}@127.0.0.1:{_dead_port()}/contacts.csv"
                    client.lists.add_contacts_bulk(name="Bulk 2", file_url=refused_url)
                    control.post("/_sim/flush")
                    keep(repr(client.lists.add_contacts_bulk_progress(list_id=bulk.list_id)))

                # Secrets in query strings, as a GET of the lenient API, and credentials as parameters
                # (sent with http.client: httpx would log these URLs in this process, as it logs any).
                query = f"name=Gamma&email=g@gamma.example&msisdn=61491570157&password={QUERY_PASSWORD}"
                # Its answer carries the new client's API secret once, by design: it is not searched.
                added = raw_get(sim.base_url, f"/add-client.json?{query}&api_secret={QUERY_API_SECRET}")
                assert json.loads(added)["apisecret"] == QUERY_API_SECRET
                keep(
                    raw_get(sim.base_url, f"/get-balance.json?apikey={KEY}&apisecret={QUERY_APISECRET}&key={QUERY_KEY}")
                )
                keep(raw_get(sim.base_url, f"/add-contacts-bulk.json?name=Q&file_url={quote(file_url, safe='')}"))
                # A client that hangs up halfway through a body holding a password.
                host, port = sim.base_url.removeprefix("http://").split(":")
                with socket.create_connection((host, int(port)), timeout=10) as sock:
                    body = f"name=Delta&email=d@delta.example&password={BODY_PASSWORD}"
                    head = (
                        f"POST /add-client.json HTTP/1.1\r\nHost: {host}\r\n"
                        f"Authorization: Basic {basic(KEY, ACCOUNT_SECRET)}\r\n"
                        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body) + 100}\r\n\r\n"
                    )
                    sock.sendall(head.encode() + body.encode())
                # A wrong secret, a service that cannot be reached, credentials written into the base URL.
                guesser = TransmitSMS(api_key=KEY, api_secret=WRONG_SECRET, base_url=sim.base_url)
                with guesser, pytest.raises(AuthenticationError) as wrong:
                    guesser.account.get_balance()
                keep(wrong.value, wrong.value.response.text if wrong.value.response else "", repr(wrong.value.response))
                dead = TransmitSMS(
                    api_key=KEY, api_secret=ACCOUNT_SECRET, base_url=f"http://127.0.0.1:{_dead_port()}", max_retries=0
                )
                with dead, pytest.raises(APIConnectionError) as unreachable:
                    dead.sms.send(message="Hello", to="61491570156")
                request = unreachable.value.request
                assert request is not None
                keep(unreachable.value, repr(request), repr(request.headers))
                with pytest.raises(ConfigurationError) as configured:
                    TransmitSMS(api_key=KEY, api_secret="s", base_url=f"https://{KEY}:{URL_SECRET}@api.transmitsms.com")
                keep(configured.value)
                time.sleep(0.5)  # the hung-up request is noticed
                errors = control.get("/_sim/errors").text
                warnings = control.get("/_sim/warnings").text
                callbacks_sent = control.get("/_sim/callbacks").json()["callbacks"]
                keep(errors, warnings, control.get("/_sim/accounts").text)
        finally:
            out, err = sim.stop()
        fetched = [headers.get("authorization", "") for headers in receiver.request_headers]

    # The run did what it says: the secrets went out, and the logs were on.
    assert any(c["url"].startswith(receiver.url("/dlr?order=1&ts_token=")) for c in callbacks_sent), callbacks_sent
    assert f"Basic {basic('importer', IMPORT_PASSWORD)}" in fetched, "the import was fetched with its credentials"
    assert sent.message_id and '"GET /add-client.json?name=Gamma' in out and "password=***" in out, out[-3000:]
    assert "ts_token=***" in out + err and "importer" not in out + err, "the simulator's fetches are logged, redacted"
    assert "HTTP Request: POST" in client_logs.getvalue()
    assert "Too many" not in out and errors == '{"errors":[]}'

    everything = {"simulator stdout": out, "simulator stderr": err, "client logs": client_logs.getvalue()}
    everything["client side"] = "\n".join(said)
    secrets = [
        ACCOUNT_SECRET, basic(KEY, ACCOUNT_SECRET), WRONG_SECRET, basic(KEY, WRONG_SECRET), CLIENT_PASSWORD,
        CLIENT_PASSWORD_2, SHORT_PASSWORD, CLIENT_API_SECRET, CONTROL_TOKEN, WRONG_CONTROL_TOKEN, IMPORT_PASSWORD,
        basic("importer", IMPORT_PASSWORD), QUERY_PASSWORD, QUERY_API_SECRET, QUERY_APISECRET, QUERY_KEY,
        SIGNER_SECRET, mac, BODY_PASSWORD, URL_SECRET,
    ]  # fmt: skip
    leaks = [(secret, where) for secret in secrets for where, text in everything.items() if secret in text]
    assert leaks == [], leaks
    demo = [(where, text.count(sim.demo_secret)) for where, text in everything.items() if sim.demo_secret in text]
    assert demo == [("simulator stdout", 1)] and out.count(sim.banner_line) == 1, "the demo secret: its banner only"
