"""Fixtures of the command-line tests: the ``transmitsms`` console script run against the simulator.

``cli(*args, env=..., input=...)`` runs the installed entry point in a subprocess, as a user's
shell would, with a private config directory (``XDG_CONFIG_HOME``) and the credentials of the
test's simulator account in the environment; it returns the ``Run`` (status, stdout, stderr).
Every run is also checked for what must never appear: a traceback, or the account's API secret.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

COMMAND = Path(sys.executable).with_name("transmitsms")


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


CLI = Callable[..., Run]


@pytest.fixture
def config_home(tmp_path: Path) -> Path:
    home = tmp_path / "config"
    home.mkdir()
    return home


@pytest.fixture
def cli(transmitsms_sim: Any, config_home: Path, tmp_path: Path) -> CLI:
    base_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("TRANSMITSMS_") and key not in ("XDG_CONFIG_HOME", "COLUMNS")
    }
    secret = transmitsms_sim.api_secret

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None, credentials: bool = True) -> Run:
        environ = {**base_env, "XDG_CONFIG_HOME": str(config_home), "COLUMNS": "200"}
        if credentials:
            environ.update(
                TRANSMITSMS_API_KEY=transmitsms_sim.api_key,
                TRANSMITSMS_API_SECRET=secret,
                TRANSMITSMS_BASE_URL=transmitsms_sim.base_url,
            )
        environ.update(env or {})
        done = subprocess.run(
            [str(COMMAND), *args],
            env=environ,
            input=input,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            check=False,
        )
        result = Run(done.returncode, done.stdout, done.stderr)
        assert "Traceback" not in result.output, result.output
        assert secret not in result.output, "the API secret was echoed"
        return result

    return run
