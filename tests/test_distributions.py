"""The two distributions' sources: their pyproject, license, changelog and version (make check-dists builds them)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

import transmitsms
import transmitsms_sim
from tools.check_dists import CLIENT, SIMULATOR, Distribution, package_version

ROOT = Path(__file__).resolve().parents[1]


def pyproject(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_the_root_pyproject_is_tool_configuration_not_a_distribution() -> None:
    root = pyproject(ROOT / "pyproject.toml")
    assert "project" not in root and "build-system" not in root
    assert {"pytest", "ruff", "mypy"} <= set(root["tool"])


@pytest.mark.parametrize("dist", [CLIENT, SIMULATOR], ids=lambda d: d.name)
def test_each_distribution_has_its_license_changelog_and_version(dist: Distribution) -> None:
    project = pyproject(dist.source / "pyproject.toml")["project"]
    assert project["name"] == dist.name and project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (dist.source / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes(), "one license, copied per wheel"
    version = package_version(dist)
    changelog = (dist.source / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(version)} — \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE), version
    assert project["classifiers"] and project["urls"] and project["readme"] == "README.md"
    assert "](" not in (dist.source / "README.md").read_text(encoding="utf-8").replace("](https://", ""), (
        "the README is the package's page: links must be absolute"
    )


def test_the_versions_are_the_packages() -> None:
    assert package_version(CLIENT) == transmitsms.__version__
    assert package_version(SIMULATOR) == transmitsms_sim.__version__


def test_the_client_needs_httpx_and_attrs_only_and_its_command_rich_as_an_extra() -> None:
    project = pyproject(CLIENT.source / "pyproject.toml")["project"]
    assert sorted(re.split(r"[<>=!~ ]", d)[0] for d in project["dependencies"]) == ["attrs", "httpx"]
    assert project["scripts"] == {"transmitsms": "transmitsms._cli:entry_point"}
    assert [re.split(r"[<>=!~ ]", d)[0] for d in project["optional-dependencies"]["cli"]] == ["rich"]
    assert set(project["optional-dependencies"]) == {"cli"}
    assert not {"entry-points", "gui-scripts"} & set(project)


def test_the_simulator_depends_on_nothing_of_the_client_but_an_extra() -> None:
    project = pyproject(SIMULATOR.source / "pyproject.toml")["project"]
    assert not [d for d in project["dependencies"] if d.startswith("transmitsms")]
    assert project["optional-dependencies"] == {"client": ["transmitsms>=0.2"]}
    assert project["scripts"] == {
        "transmitsms-sim": "transmitsms_sim.cli:main",
        "transmitsms-legacy-bridge": "transmitsms_legacy.bridge:main",
    }
    assert project["entry-points"] == {"pytest11": {"transmitsms_sim": "transmitsms_sim.pytest_plugin"}}
