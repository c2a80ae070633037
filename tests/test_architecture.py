"""The layers import only what ARCHITECTURE.md allows (the simulator's inner layers: tests/simulator)."""

from __future__ import annotations

from pathlib import Path

import pytest

import transmitsms_sim
from tests.support.imports import imports

ROOT = Path(__file__).parents[1]
CLIENT = ROOT / "generated_client" / "transmitsms"
RUNTIME = CLIENT / "_runtime"
SIMULATOR = ROOT / "simulator" / "transmitsms_sim"


def modules(root: Path, package: str) -> list[tuple[Path, str]]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).parent.parts
        found.append((path, ".".join((package, *relative))))
    return found


def offenders(root: Path, package: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path, module_package in modules(root, package):
        for name in imports(path, module_package):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_the_client_never_imports_the_simulator() -> None:
    assert offenders(CLIENT, "transmitsms", ("transmitsms_sim", "starlette", "uvicorn")) == []


def test_the_simulator_never_imports_the_client() -> None:
    assert offenders(SIMULATOR, "transmitsms_sim", ("transmitsms",)) == []


def test_the_runtime_never_imports_generated_modules() -> None:
    generated = tuple(
        f"transmitsms.{p.stem}" for p in CLIENT.iterdir() if p.name != "_runtime" and not p.name.startswith("__")
    )
    assert "transmitsms.models" in generated and "transmitsms.resources" in generated
    assert offenders(RUNTIME, "transmitsms._runtime", generated) == []


@pytest.mark.parametrize("path", sorted((ROOT / "tools").glob("*.py")), ids=lambda p: p.name)
def test_tools_use_the_client_never_and_the_simulator_only_to_serve_it(path: Path) -> None:
    names = imports(path, "tools")
    assert not [n for n in names if n == "transmitsms" or n.startswith("transmitsms.")]
    public = {"transmitsms_sim", "transmitsms_sim.background", "transmitsms_sim.background.ServerThread"}
    public.update(f"transmitsms_sim.{name}" for name in transmitsms_sim.__all__)
    assert {n for n in names if n.startswith("transmitsms_sim")} <= public
