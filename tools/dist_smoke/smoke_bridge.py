"""Smoke test of the two wheels installed together: the legacy bridge (``make check-dists``).

Run from an empty directory by a fresh venv's interpreter that has ``transmitsms-sim`` and
``transmitsms`` (the ``client`` extra): ``transmitsms-sim serve`` on an ephemeral loopback port,
``transmitsms-legacy-bridge --upstream`` it on another, one legacy ``contact-lists.add`` through the
bridge, and its effect seen with the current API. Each check prints a line; any failure raises.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request
from base64 import b64encode
from pathlib import Path

BIN = Path(sys.executable).parent


def main() -> None:
    with subprocess.Popen(
        [str(BIN / "transmitsms-sim"), "serve", "--port", "0", "--memory", "--rate-limit", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as sim:
        try:
            assert sim.stdout is not None
            banner: dict[str, str] = {}
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
            with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as bridge:
                try:
                    assert bridge.stdout is not None
                    line = bridge.stdout.readline()
                    url = line.split(" on ", 1)[1].split(",", 1)[0]
                    envelope = (
                        f"<?xml version='1.0'?><request><key>{key}</key><secret>{secret}</secret>"
                        "<method>contact-lists.add</method><params><name>Bridged</name></params></request>"
                    )
                    body = urllib.parse.urlencode({"request": envelope}).encode()
                    with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=30) as response:
                        answer = response.read().decode()
                    assert "<name>Bridged</name>" in answer, answer
                    token = b64encode(f"{key}:{secret}".encode()).decode()
                    request = urllib.request.Request(
                        f"{upstream}/get-lists.json", headers={"Authorization": f"Basic {token}"}
                    )
                    with urllib.request.urlopen(request, timeout=30) as response:
                        lists = json.load(response)
                    assert [item["name"] for item in lists["lists"]] == ["Bridged"], lists
                    print(f"transmitsms-legacy-bridge {url} -> {upstream}: contact-lists.add, seen by get-lists")
                finally:
                    bridge.terminate()
                    bridge.wait(timeout=30)
        finally:
            sim.terminate()
            sim.wait(timeout=30)


if __name__ == "__main__":
    main()
