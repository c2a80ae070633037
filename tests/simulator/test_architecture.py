"""The simulator's layers import only what ARCHITECTURE.md allows."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.imports import imports

PACKAGE = Path(__file__).parents[2] / "simulator" / "transmitsms_sim"
FORBIDDEN = {
    "store": {
        "starlette",
        "httpx",
        "uvicorn",
        "transmitsms_sim.web",
        "transmitsms_sim.workers",
        "transmitsms_sim.domain",
        "jinja2",
        "transmitsms_legacy",
    },
    "domain": {
        "starlette",
        "httpx",
        "uvicorn",
        "xml",
        "jinja2",
        "transmitsms_sim.web",
        "transmitsms_sim.workers",
        "transmitsms_legacy",
    },
    "workers": {"starlette", "uvicorn", "transmitsms_sim.web", "transmitsms_legacy"},
}


def _imports(path: Path) -> set[str]:
    return imports(path, "transmitsms_sim." + ".".join(path.relative_to(PACKAGE).parent.parts))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    modules = sorted((PACKAGE / layer).glob("*.py"))
    assert modules
    for module in modules:
        for name in _imports(module):
            bad = [f for f in FORBIDDEN[layer] if name == f or name.startswith(f + ".")]
            assert not bad, f"{module.relative_to(PACKAGE)} imports {name}, which the {layer} layer may not"


@pytest.mark.parametrize("module", ["redaction.py", "server_options.py"])
def test_the_helpers_need_only_the_standard_library(module: str) -> None:
    import sys

    names = _imports(PACKAGE / module)
    assert {n.split(".")[0] for n in names} <= set(sys.stdlib_module_names), names
