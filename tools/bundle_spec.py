"""Bundle the spec fragments under ``spec/`` into one OpenAPI document.

Contract: ``bundle(spec_dir)`` reads ``spec_dir/openapi.yaml`` and every fragment listed in its
``x-fragments``, deep-merges them in that order and returns the merged document (without
``x-fragments``). Mappings merge key by key; any other value defined twice is an error
(``BundleError`` naming both files), so two fragments can never silently override each other.
Every ``$ref`` in the fragments is internal (``#/...``) and stays valid after merging. References
to scalar types that carry keywords of their own are then inlined (``tools.inline_refs``), because
openapi-generator misreads them; every other reference stays as written.

``python -m tools.bundle_spec [--spec-dir spec] [--out dist]`` writes ``openapi.yaml`` and
``openapi.json`` to the output directory after validating the result as OpenAPI 3.1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from tools.inline_refs import inline_scalar_refs

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
DIST_DIR = ROOT / "dist"
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


def bundle(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """Merge the root document and its fragments into one OpenAPI document."""
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
    return inline_scalar_refs(ordered)


class _Dumper(yaml.SafeDumper):
    """Block-style YAML that keeps multi-line strings readable."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: dict[str, Any]) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def dump_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def validate(document: dict[str, Any]) -> None:
    """Raise ``BundleError`` unless the document is valid OpenAPI 3.1."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        errors = sorted(OpenAPIV31SpecValidator(document).iter_errors(), key=str)
    except Exception as exc:  # the validator raises, rather than reports, on some malformed documents
        raise BundleError(f"the bundled document is not valid OpenAPI 3.1: {type(exc).__name__}: {exc}") from exc
    if errors:
        details = "\n".join(f"- {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20])
        raise BundleError(f"the bundled document is not valid OpenAPI 3.1:\n{details}")


def write(document: dict[str, Any], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("openapi.yaml", dump_yaml(document)), ("openapi.json", dump_json(document))):
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec-dir", type=Path, default=SPEC_DIR)
    parser.add_argument("--out", type=Path, default=DIST_DIR)
    args = parser.parse_args(argv)
    try:
        document = bundle(args.spec_dir)
        validate(document)
    except BundleError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    for path in write(document, args.out):
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
