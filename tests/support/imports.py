"""What a module imports, read from its source: the basis of the architecture tests."""

from __future__ import annotations

import ast
from pathlib import Path


def imports(path: Path, package: str) -> set[str]:
    """Absolute names of the modules that ``path``, a module of ``package``, imports.

    ``from m import n`` gives both ``m`` and ``m.n`` (``n`` may be a module or an attribute).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            elif node.module:
                module = node.module
            else:
                continue
            found.add(module)
            # `from .. import web` imports the module `web`: record each name under its module,
            # since it may be a module itself.
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found
