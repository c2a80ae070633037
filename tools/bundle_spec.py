"""``make bundle``: bundle the spec fragments, validate the result, write ``dist/``.

Bundling itself (``bundle``, ``dump_json``, ``dump_yaml``, ``BundleError``) is
``transmitsms_spec.bundle``'s, re-exported here; this module adds what only the repository needs:
``validate`` (OpenAPI 3.1, with openapi-spec-validator) and ``write``.

``python -m tools.bundle_spec [--spec-dir spec] [--out dist]`` writes ``openapi.yaml`` and
``openapi.json`` to the output directory after validating the result as OpenAPI 3.1, and the same
of the first-generation XML API (``spec/legacy/``) as ``legacy-openapi.yaml`` and ``.json``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from transmitsms_spec.bundle import BundleError, bundle, dump_json, dump_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
DIST_DIR = ROOT / "dist"
#: The first-generation XML API's fragments (``spec/legacy/``) and the stem of its bundled files.
LEGACY_DIR_NAME = "legacy"
LEGACY_SPEC_DIR = SPEC_DIR / LEGACY_DIR_NAME
LEGACY_STEM = "legacy-openapi"

__all__ = [
    "DIST_DIR",
    "LEGACY_SPEC_DIR",
    "LEGACY_STEM",
    "ROOT",
    "SPEC_DIR",
    "BundleError",
    "bundle",
    "dump_json",
    "dump_yaml",
    "main",
    "validate",
    "write",
]


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


def write(document: dict[str, Any], out_dir: Path, stem: str = "openapi") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in ((f"{stem}.yaml", dump_yaml(document)), (f"{stem}.json", dump_json(document))):
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
        legacy = bundle(args.spec_dir / LEGACY_DIR_NAME)
        validate(legacy)
    except BundleError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    for path in [*write(document, args.out), *write(legacy, args.out, LEGACY_STEM)]:
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
