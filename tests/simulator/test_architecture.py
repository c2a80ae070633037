"""The simulator's layers import only what ARCHITECTURE.md allows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "simulator" / "transmitsms_sim"
FORBIDDEN = {
    "store": {
        "starlette",
        "httpx",
        "uvicorn",
        "transmitsms_sim.web",
        "transmitsms_sim.workers",
        "transmitsms_sim.domain",
    },
    "domain": {"starlette", "httpx", "uvicorn", "xml", "transmitsms_sim.web", "transmitsms_sim.workers"},
    "workers": {"starlette", "uvicorn", "transmitsms_sim.web"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = "transmitsms_sim." + ".".join(path.relative_to(PACKAGE).parent.parts)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                found.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    modules = sorted((PACKAGE / layer).glob("*.py"))
    assert modules
    for module in modules:
        for name in _imports(module):
            bad = [f for f in FORBIDDEN[layer] if name == f or name.startswith(f + ".")]
            assert not bad, f"{module.relative_to(PACKAGE)} imports {name}, which the {layer} layer may not"
