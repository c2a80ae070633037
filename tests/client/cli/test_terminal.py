"""The command in a real terminal (tmux): the bulk send's progress bar moves, with rate and ETA; tables are drawn.

A tmux server of its own (``-L``, a socket in the test's directory) runs ``transmitsms send --file``
in a 120-column pane against a simulator enforcing 2 calls/s, so the send takes a few seconds;
the pane is captured every 0.1 s while it runs. tmux comes from Debian (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.client.cli.conftest import COMMAND
from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="needs tmux (Debian's tmux; .ci/run installs it)")


@pytest.fixture
def server() -> Iterator[str]:
    app = create_app(settings(rate_limit=2))
    try:
        with ServerThread(app) as running:
            yield running.base_url
    finally:
        app.state.runtime.close()


class Pane:
    def __init__(self, socket: Path) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run([TMUX, "-S", str(self.socket), *args], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def run(self, command: str, *, wait: float = 60.0) -> list[str]:
        """Run ``command`` in a new 120x40 pane; every distinct screen seen until it exits."""
        script = f"{command}; echo EXIT=$?; sleep 600"
        self.tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", "cli", script)
        screens: list[str] = []
        deadline = time.monotonic() + wait
        try:
            while time.monotonic() < deadline:
                screen = self.tmux("capture-pane", "-p", "-t", "cli")
                if not screens or screen != screens[-1]:
                    screens.append(screen)
                if "EXIT=" in screen:
                    return screens
                time.sleep(0.1)
            raise AssertionError("the command did not finish:\n" + screens[-1])
        finally:
            self.tmux("kill-session", "-t", "cli")


@pytest.fixture
def pane(tmp_path: Path) -> Iterator[Pane]:
    pane = Pane(tmp_path / "tmux.sock")
    yield pane
    subprocess.run([str(TMUX), "-S", str(pane.socket), "kill-server"], capture_output=True, check=False)


def environment(base_url: str, tmp_path: Path) -> str:
    account = httpx.post(f"{base_url}/_sim/accounts", json={"name": "tty", "balance": 1000}).json()
    values = {
        "TRANSMITSMS_API_KEY": account["api_key"],
        "TRANSMITSMS_API_SECRET": account["api_secret"],
        "TRANSMITSMS_BASE_URL": base_url,
        "XDG_CONFIG_HOME": str(tmp_path),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }
    return "env -i " + " ".join(f"{k}={shlex.quote(v)}" for k, v in values.items())


def test_the_bulk_send_shows_a_moving_progress_bar_with_rate_and_eta(server: str, pane: Pane, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("mobile\n" + "".join(f"6141234{n:04d}\n" for n in range(1000)))
    command = f"{environment(server, tmp_path)} {COMMAND} send --file {people} --message Hello --chunk-size 100"
    screens = pane.run(command)
    bars = [s for s in screens if "sending" in s and "recipients/s" in s and "ETA" in s]
    done = [int(m.group(1)) for s in bars for m in [re.search(r"(\d+)/1000", s)] if m]
    assert len(set(done)) >= 3, f"the bar did not move: {screens}"
    assert done == sorted(done) and done[-1] == 1000
    assert any(re.search(r"\d+\.\d recipients/s", s) for s in bars), bars[-1]
    assert "━" in bars[-1]
    final = screens[-1]
    assert "EXIT=0" in final and "bulk send" in final
    assert re.search(r"│ sent\s+│ 1000\s+│", final), final


def test_tables_are_drawn_to_the_terminal_s_width(server: str, pane: Pane, tmp_path: Path) -> None:
    env = environment(server, tmp_path)
    final = pane.run(f"{env} {COMMAND} api get-numbers filter=available max=5")[-1]
    assert "EXIT=0" in final
    header = next(line for line in final.splitlines() if "number" in line and "price" in line)
    assert header.startswith("┃") and len(header.rstrip()) <= 120
    assert re.search(r"│ 61480000000 │ 25\s+│", final)
