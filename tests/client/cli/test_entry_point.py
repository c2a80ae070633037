"""The console script exists without the ``cli`` extra and then says, in one line, how to install it."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import subprocess
import sys

import pytest

import transmitsms._cli
from transmitsms._cli import MISSING_EXTRA, main


def test_the_distribution_declares_the_command_and_the_extra() -> None:
    scripts = {e.name: e.value for e in importlib.metadata.distribution("transmitsms").entry_points}
    assert scripts == {"transmitsms": "transmitsms._cli:entry_point"}
    requires = importlib.metadata.requires("transmitsms") or []
    assert any(r.startswith("rich") and "extra == 'cli'" in r.replace('"', "'") for r in requires)


def test_without_rich_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "rich" else real(name, *a))
    assert main(["balance"]) == 3
    captured = capsys.readouterr()
    assert captured.err == MISSING_EXTRA + "\n" and captured.out == ""
    assert 'pip install "transmitsms[cli]"' in MISSING_EXTRA


def test_the_package_imports_nothing_of_the_command_until_it_runs() -> None:
    code = (
        "import sys, transmitsms._cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('rich', 'transmitsms._cli.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert transmitsms._cli.__doc__ and "never writes here" in transmitsms._cli.__doc__
