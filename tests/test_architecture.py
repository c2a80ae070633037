"""The layers import only what ARCHITECTURE.md allows (the simulator's inner layers: tests/simulator)."""
# The module-level imports of a module are its top-level statements; the plugin's client imports
# are inside functions (lazy), which is what lets the simulator's wheel install without the client.

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import transmitsms_sim
from tests.support.imports import imports

ROOT = Path(__file__).parents[1]
CLIENT = ROOT / "generated_client" / "transmitsms"
RUNTIME = CLIENT / "_runtime"
SIMULATOR = ROOT / "simulator" / "transmitsms_sim"
SPEC_READER = ROOT / "simulator" / "transmitsms_spec"
LEGACY = ROOT / "simulator" / "transmitsms_legacy"
GENERATOR = ROOT / "generator"


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


def test_the_simulator_imports_the_client_only_lazily_in_its_pytest_plugin() -> None:
    plugin = "simulator/transmitsms_sim/pytest_plugin.py "
    assert [b for b in offenders(SIMULATOR, "transmitsms_sim", ("transmitsms",)) if not b.startswith(plugin)] == []
    assert not [n for n in top_level_imports(SIMULATOR / "pytest_plugin.py") if n.split(".")[0] == "transmitsms"]


def test_the_legacy_translator_depends_on_neither_the_client_nor_the_simulator() -> None:
    core = {"yaml", "referencing", "phonenumbers", "transmitsms_spec", "transmitsms_legacy"}
    bridge_extra = {"starlette", "uvicorn", "httpx", "transmitsms", "transmitsms_sim"}
    allowed = {"asgi.py": core | {"starlette"}, "bridge.py": core | bridge_extra}
    for path, package in modules(LEGACY, "transmitsms_legacy"):
        names = imports(path, package)
        third_party = {n.split(".")[0] for n in names} - sys.stdlib_module_names
        assert not third_party - allowed.get(path.name, core), f"{path.relative_to(ROOT)} imports {sorted(third_party)}"
    bridge = LEGACY / "bridge.py"
    lazy = {"transmitsms", "uvicorn", "transmitsms_sim"}
    assert not {n.split(".")[0] for n in top_level_imports(bridge)} & lazy, "imported lazily only"
    # Of the simulator, the bridge serves as it does (socket, server stack), nothing of its state.
    used = {n for n in imports(bridge, "transmitsms_legacy") if n.split(".")[0] == "transmitsms_sim"}
    assert {".".join(n.split(".")[:2]) for n in used} <= {"transmitsms_sim.serving", "transmitsms_sim.sockets"}, used


def test_the_simulator_uses_the_legacy_translator_only_in_its_legacy_front_end() -> None:
    users = [b for b in offenders(SIMULATOR, "transmitsms_sim", ("transmitsms_legacy",))]
    assert users and all(b.startswith("simulator/transmitsms_sim/web/legacy.py ") for b in users)


def test_the_spec_reader_needs_only_yaml_and_referencing() -> None:
    allowed = {"yaml", "referencing", "transmitsms_spec"}
    for path, package in modules(SPEC_READER, "transmitsms_spec"):
        third_party = {n.split(".")[0] for n in imports(path, package)} - sys.stdlib_module_names - allowed
        assert not third_party, f"{path.relative_to(ROOT)} imports {sorted(third_party)}"


def test_the_generator_reads_the_spec_through_the_spec_reader() -> None:
    for path, package in modules(GENERATOR, "generator"):
        names = imports(path, package)
        assert not {n for n in names if n.split(".")[0] == "tools"}, path
        assert "transmitsms_sim" not in {n.split(".")[0] for n in names}, path


def top_level_imports(path: Path) -> set[str]:
    """The modules a file imports when it is imported (its top-level statements, TYPE_CHECKING aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


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


def test_the_command_line_uses_the_client_rich_and_the_standard_library_only() -> None:
    allowed = {"transmitsms", "rich", "attrs"}
    for path, package in modules(CLIENT / "_cli", "transmitsms._cli"):
        third_party = {n.split(".")[0] for n in imports(path, package)} - sys.stdlib_module_names - allowed
        assert not third_party, f"{path.relative_to(ROOT)} imports {sorted(third_party)}"
    # rich is the extra's: the package and its entry point must import without it.
    assert not {n for n in top_level_imports(CLIENT / "_cli" / "__init__.py") if n.split(".")[0] == "rich"}
    assert not [b for b in offenders(CLIENT, "transmitsms", ("rich",)) if "/_cli/" not in b]
