"""Bundle the spec fragments under ``spec/`` into one OpenAPI document, and write it out.

Contract: ``bundle(spec_dir)`` reads ``spec_dir/openapi.yaml`` and every fragment listed in its
``x-fragments``, deep-merges them in that order and returns the merged document (without
``x-fragments``). Mappings merge key by key; any other value defined twice is an error
(``BundleError`` naming both files), so two fragments can never silently override each other.
Every ``$ref`` in the fragments is internal (``#/...``) and stays valid after merging. References
to value types that carry keywords of their own are then inlined (``refs.inline_value_refs``),
because openapi-generator misreads them; every other reference stays as written. ``dump_json``
and ``dump_yaml`` are the two published forms. Validation as OpenAPI 3.1 is the repository's
(``tools.bundle_spec``), not the run-time's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from .refs import inline_value_refs

#: The fragments in a checkout of the repository (``<repo>/spec``), beside ``simulator/``.
CHECKOUT_SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
ROOT_FILE = "openapi.yaml"

# Top-level order of the bundled document; keys not listed keep their merge order after these.
_TOP_LEVEL_ORDER = ("openapi", "info", "servers", "tags", "paths", "webhooks", "components")


class BundleError(Exception):
    """The fragments cannot be merged into one document."""


def load_yaml(path: Path) -> Any:
    """Parse one YAML file, naming the file in any error."""
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.safe_load(stream)
    except (OSError, yaml.YAMLError) as exc:
        raise BundleError(f"{path}: {exc}") from exc


def _merge(into: dict[str, Any], fragment: dict[str, Any], origin: dict[str, str], where: str, source: str) -> None:
    for key, value in fragment.items():
        location = f"{where}/{key}"
        if key not in into:
            into[key] = value
            origin[location] = source
            _record_origins(value, origin, location, source)
        elif isinstance(into[key], dict) and isinstance(value, dict):
            _merge(into[key], value, origin, location, source)
        else:
            first = origin.get(location, "an enclosing mapping")
            raise BundleError(f"{location} is defined in both {first} and {source}")


def _record_origins(node: Any, origin: dict[str, str], where: str, source: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            origin[f"{where}/{key}"] = source
            _record_origins(value, origin, f"{where}/{key}", source)


def bundle(spec_dir: Path = CHECKOUT_SPEC_DIR) -> dict[str, Any]:
    """Merge the root document and its fragments into one OpenAPI document (see the module docstring).

    Raises:
        BundleError: a fragment cannot be read, is not listed, or defines a key another one does.
    """
    root = load_yaml(spec_dir / ROOT_FILE)
    if not isinstance(root, dict):
        raise BundleError(f"{spec_dir / ROOT_FILE}: expected a mapping at the top level")
    fragments = root.pop("x-fragments", [])
    if not isinstance(fragments, list) or not all(isinstance(name, str) for name in fragments):
        raise BundleError(f"{spec_dir / ROOT_FILE}: x-fragments must be a list of file names")
    origin: dict[str, str] = {}
    _record_origins(root, origin, "", ROOT_FILE)
    for name in fragments:
        fragment = load_yaml(spec_dir / name)
        if not isinstance(fragment, dict):
            raise BundleError(f"{spec_dir / name}: expected a mapping at the top level")
        _merge(root, fragment, origin, "", name)
    listed = set(fragments) | {ROOT_FILE}
    unlisted = sorted(p.name for p in spec_dir.glob("*.yaml") if p.name not in listed)
    if unlisted:
        raise BundleError(f"fragments not listed in x-fragments: {', '.join(unlisted)}")
    ordered = {key: root[key] for key in _TOP_LEVEL_ORDER if key in root}
    ordered.update((key, value) for key, value in root.items() if key not in ordered)
    return inline_value_refs(ordered, bare=False)


class _Dumper(yaml.SafeDumper):
    """Block-style YAML that keeps multi-line strings readable."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: dict[str, Any]) -> str:
    """The document as published in ``openapi.yaml``: block style, keys in document order."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def dump_json(document: dict[str, Any]) -> str:
    """The document as published in ``openapi.json`` (and served by the simulator)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
