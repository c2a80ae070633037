"""Smoke test of the ``transmitsms-sim`` wheel installed alone in a fresh venv (``make check-dists``).

Run by that venv's interpreter from an empty directory, without the client installed: the command's
help and version, ``transmitsms-sim serve`` on an ephemeral loopback port answering one
authenticated request, serving the packaged spec and the inbox page (templates and static files
from the wheel), and the pytest plugin's fixtures in a scratch project (the raw client works; the
SDK clients say what to install). Each check prints a line; any failure raises.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
import urllib.request
from base64 import b64encode
from pathlib import Path

import transmitsms_sim
import transmitsms_spec
from transmitsms_spec.document import packaged_json

COMMAND = str(Path(sys.executable).parent / "transmitsms-sim")
BRIDGE = str(Path(sys.executable).parent / "transmitsms-legacy-bridge")

SCRATCH_TEST = """
import pytest


def test_the_server_fixture(transmitsms_sim):
    sent = transmitsms_sim.http.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"}).json()
    transmitsms_sim.advance(10)
    stats = transmitsms_sim.http.post("/get-sms-stats.json", data={"message_id": sent["message_id"]}).json()
    assert stats["stats"]["delivered"] == 1
    with pytest.raises(ImportError, match="pip install transmitsms"):
        transmitsms_sim.client


def test_the_in_process_fixture(transmitsms_sim_inprocess):
    assert transmitsms_sim_inprocess.http.get("/get-balance.json").json()["balance"] == 100
"""


def check_inbox(base: str, url: str) -> str:
    """The inbox page renders from the wheel's templates, and its script, stylesheet and icon are served."""
    assert url == f"{base}/_sim/ui", url
    with urllib.request.urlopen(url, timeout=30) as response:
        page = response.read().decode()
        policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'"), policy
    assert "Demo account" in page, page[:500]
    assets = re.findall(r'(?:src|href)="(/_sim/ui/static/[^"?]+)\?v=[0-9a-f]+"', page)
    assert {a.rsplit("/", 1)[-1] for a in assets} == {"app.js", "app.css", "favicon.svg"}, assets
    for asset in assets:
        with urllib.request.urlopen(f"{base}{asset}", timeout=30) as response:
            assert response.status == 200 and response.read(), asset
    return f"/_sim/ui rendered ({len(page)} bytes) with its {len(set(assets))} static files"


def serve_one_request(spec_version: str) -> str:
    server = subprocess.Popen(
        [COMMAND, "serve", "--port", "0", "--memory"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        banner: dict[str, str] = {}
        for line in server.stdout:
            key, _, value = line.strip().rpartition("  ")
            banner[key.strip()] = value.strip()
            if "API secret" in banner:
                break
        base = banner["base URL"]
        with urllib.request.urlopen(f"{base}/openapi.json", timeout=30) as response:
            served = json.load(response)
        assert served["info"]["version"] == spec_version, served["info"]
        token = b64encode(f"{banner['API key']}:{banner['API secret']}".encode()).decode()
        request = urllib.request.Request(f"{base}/get-balance.json", headers={"Authorization": f"Basic {token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            balance = json.load(response)
        assert balance["error"]["code"] == "SUCCESS", balance
        money = f"{balance['balance']} {balance['currency']}"
        inbox = check_inbox(base, banner["inbox"])
        query = f"apikey={banner['API key']}&apisecret={banner['API secret']}"
        with urllib.request.urlopen(f"{base}/api-wrapper/api.version?{query}", timeout=30) as response:
            legacy = response.read().decode()
        assert "<version>0.4</version>" in legacy, legacy
        return (
            f"served {base}: /openapi.json (spec {spec_version}), get-balance as the demo account: {money}, "
            f"the legacy /api-wrapper/api.version; {inbox}"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    installed = importlib.metadata.version("transmitsms-sim")
    assert transmitsms_sim.__version__ == installed, (transmitsms_sim.__version__, installed)
    assert importlib.util.find_spec("transmitsms") is None, "the client is installed with the simulator"
    print(f"import transmitsms_sim: {transmitsms_sim.__version__}, without the client")

    assert packaged_json() is not None, "the wheel carries no bundled spec"
    spec = transmitsms_spec.load()
    print(f"packaged spec: {spec['info']['title']} {spec['info']['version']}, {len(spec['paths'])} paths")

    for argv in (["--help"], ["serve", "--help"], ["--version"]):
        run = subprocess.run([COMMAND, *argv], capture_output=True, text=True, check=False)
        assert run.returncode == 0 and "Traceback" not in run.stdout + run.stderr, run
    print(f"transmitsms-sim --help, serve --help, --version: exit 0 ({run.stdout.strip()})")

    print(serve_one_request(spec["info"]["version"]))

    legacy = transmitsms_spec.load_legacy()
    print(f"packaged legacy spec: {legacy['info']['title']} {legacy['info']['version']}, {len(legacy['paths'])} paths")
    run = subprocess.run([BRIDGE, "--help"], capture_output=True, text=True, check=False)
    assert run.returncode == 0 and "--upstream" in run.stdout, run
    run = subprocess.run(
        [BRIDGE, "--upstream", "https://api.transmitsms.com"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2 and run.stderr.strip().endswith('pip install "transmitsms-sim[client]"'), run
    print(
        "transmitsms-legacy-bridge without the client: --help exit 0; "
        "serving exits 2 with one line saying what to install"
    )

    Path("test_scratch.py").write_text(SCRATCH_TEST, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"], capture_output=True, text=True, check=False
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0 and "2 passed" in output, output
    print(f"pytest plugin in a scratch project: {output.strip().splitlines()[-1].strip('= ')}")


if __name__ == "__main__":
    main()
