"""Publish the spec: the bundled documents, the HTML reference and the changelog in ``dist/``.

Contract: ``build(out_dir)`` bundles and validates ``spec/`` and writes to ``out_dir``:

* ``openapi.yaml`` and ``openapi.json``: the bundled document. Every ``$ref`` in it is internal
  (``#/components/...``), which openapi-generator and Redocly both resolve, so nothing is
  dereferenced: inlining the references would turn every named schema into an anonymous inline
  model in generated clients. ``check_self_contained`` proves no reference leaves the document.
* ``reference.html``: the HTML reference by Redocly CLI ``build-docs``, with Redoc's scripts
  inlined so the page works offline, and its one request elsewhere (the attribution logo Redoc
  always loads from ``cdn.redoc.ly``: no option turns it off) replaced by an empty inline image,
  so that nothing the page does leaves the machine.
* ``CHANGELOG.md``: the spec's changelog, which must have an entry for ``info.version``.
* ``legacy-openapi.yaml``, ``legacy-openapi.json``, ``legacy-reference.html`` and
  ``legacy-CHANGELOG.md``: the same for the first-generation XML API (``spec/legacy/``).
* ``release.json``: the versions (``info.version`` of each), the tools used, and each file's size
  and SHA-256.

``lint()`` runs Redocly CLI ``lint`` on ``dist/openapi.json`` with ``redocly.yaml`` and on
``dist/legacy-openapi.json`` with ``redocly-legacy.yaml`` (and the deliberate exceptions in
``.redocly.lint-ignore.yaml``). Both print one line on success and the
tool's whole output on failure.

``python -m tools.publish {build,lint}``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tools.bundle_spec import (
    DIST_DIR,
    LEGACY_SPEC_DIR,
    LEGACY_STEM,
    ROOT,
    SPEC_DIR,
    BundleError,
    bundle,
    validate,
    write,
)
from transmitsms_spec import UnresolvableReference, lookup

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
CHANGELOG = SPEC_DIR / "CHANGELOG.md"
HTML_NAME = "reference.html"
LEGACY_CHANGELOG = LEGACY_SPEC_DIR / "CHANGELOG.md"
LEGACY_HTML_NAME = "legacy-reference.html"
LEGACY_CHANGELOG_NAME = "legacy-CHANGELOG.md"

# Redocly CLI phones home (telemetry, update checks) unless told not to; the network here and in
# CI reaches only the package registries.
_QUIET_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SDK_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_COLOR": "1",
}


class PublishError(Exception):
    """The spec cannot be published as it is."""


def run_tool(command: list[str], *, cwd: Path = ROOT) -> str:
    """Run a tool quietly: return its output, or raise ``PublishError`` carrying all of it."""
    if not Path(command[0]).exists():
        raise PublishError(f"{command[0]} is missing: run `make node_modules` (npm ci) first")
    env = {**os.environ, **_QUIET_ENV}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise PublishError(f"{' '.join(command[:2])} failed (exit {result.returncode}):\n{output}")
    return output


def redocly_version() -> str:
    package = ROOT / "node_modules" / "@redocly" / "cli" / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def changelog_entry(changelog: str, version: str) -> str:
    """The changelog's section for ``version`` (``## <version> — <date>``); PublishError if none."""
    match = re.search(rf"^## {re.escape(version)}\b.*?(?=^## |\Z)", changelog, re.MULTILINE | re.DOTALL)
    if not match:
        raise PublishError(f"spec/CHANGELOG.md has no `## {version}` entry: record the change before publishing")
    return match.group(0)


def check_self_contained(document: Any) -> list[str]:
    """References that would need another file or fail to resolve (empty: the document stands alone)."""
    problems = []
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith("#/"):
                    problems.append(f"{where}: external reference {ref}")
                elif not _resolvable(document, ref):
                    problems.append(f"{where}: unresolvable reference {ref}")
            stack.extend((f"{where}/{key}", value) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((f"{where}/{index}", value) for index, value in enumerate(node))
    return sorted(problems)


def _resolvable(document: Any, ref: str) -> bool:
    try:
        lookup(document, ref)
    except UnresolvableReference:
        return False
    return True


def _lint_one(target: Path, config: str) -> str:
    if not target.exists():
        raise PublishError(f"{target} is missing: run `make bundle` first")
    # The ignore file names the linted file relative to the repository root: run from there.
    relative = os.path.relpath(target, ROOT)
    output = run_tool([str(REDOCLY), "lint", relative, "--config", config, "--format", "stylish"])
    ignored = re.search(r"(\d+) problems? (?:is|are) explicitly ignored", output)
    note = f", {ignored.group(1)} deliberate exceptions in .redocly.lint-ignore.yaml" if ignored else ""
    return f"redocly lint: {relative} is clean (Redocly CLI {redocly_version()}, {config}{note})"


def lint(dist_dir: Path = DIST_DIR) -> str:
    """Redocly CLI lint of the bundled JSON documents (the current API's with ``redocly.yaml``,
    the legacy API's with ``redocly-legacy.yaml``); one line each, PublishError on findings."""
    lines = [_lint_one(dist_dir / "openapi.json", "redocly.yaml")]
    lines.append(_lint_one(dist_dir / f"{LEGACY_STEM}.json", "redocly-legacy.yaml"))
    return "\n".join(lines)


#: What Redoc loads from outside the page, and what stands in for it (an image of nothing: Redoc
#: renders the logo as an <img> and hides it only when it fails to load).
REDOC_REMOTE_ASSETS = ("https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg")
EMPTY_IMAGE = "data:image/svg+xml," + quote('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', safe="")


def offline(html: str) -> str:
    """``html`` with Redoc's remote assets replaced by inline ones; raises if none was found (a new Redoc)."""
    if not any(url in html for url in REDOC_REMOTE_ASSETS):
        raise RuntimeError("Redoc's attribution logo URLs were not found: check tools/publish.py's REDOC_REMOTE_ASSETS")
    for url in REDOC_REMOTE_ASSETS:
        html = html.replace(url, EMPTY_IMAGE)
    return html


def _reference(source: Path, html: Path, title: str) -> None:
    run_tool(
        [
            str(REDOCLY),
            "build-docs",
            str(source),
            "--output",
            str(html),
            "--title",
            title,
            "--inlineBundle",
            "--config",
            "redocly.yaml",
        ]
    )
    html.write_text(offline(html.read_text(encoding="utf-8")), encoding="utf-8")


def build(out_dir: Path = DIST_DIR) -> list[Path]:
    """Write the published files to ``out_dir``; return their paths."""
    document = bundle(SPEC_DIR)
    validate(document)
    problems = check_self_contained(document)
    if problems:
        raise PublishError("the bundled document is not self-contained:\n" + "\n".join(problems))
    version = str(document["info"]["version"])
    changelog_entry(CHANGELOG.read_text(encoding="utf-8"), version)
    legacy = bundle(LEGACY_SPEC_DIR)
    validate(legacy)
    problems = check_self_contained(legacy)
    if problems:
        raise PublishError("the bundled legacy document is not self-contained:\n" + "\n".join(problems))
    legacy_version = str(legacy["info"]["version"])
    changelog_entry(LEGACY_CHANGELOG.read_text(encoding="utf-8"), legacy_version)
    written = write(document, out_dir)
    html = out_dir / HTML_NAME
    _reference(out_dir / "openapi.json", html, f"{document['info']['title']} {version}")
    written.append(html)
    changelog = out_dir / "CHANGELOG.md"
    shutil.copyfile(CHANGELOG, changelog)
    written.append(changelog)
    written += write(legacy, out_dir, LEGACY_STEM)
    legacy_html = out_dir / LEGACY_HTML_NAME
    _reference(out_dir / f"{LEGACY_STEM}.json", legacy_html, f"{legacy['info']['title']} {legacy_version}")
    written.append(legacy_html)
    legacy_changelog = out_dir / LEGACY_CHANGELOG_NAME
    shutil.copyfile(LEGACY_CHANGELOG, legacy_changelog)
    written.append(legacy_changelog)
    manifest = {
        "name": document["info"]["title"],
        "version": version,
        "legacy_version": legacy_version,
        "openapi": document["openapi"],
        "tools": {"redocly-cli": redocly_version()},
        "files": {
            path.name: {"bytes": path.stat().st_size, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
            for path in written
        },
    }
    release = out_dir / "release.json"
    release.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    written.append(release)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "lint"])
    parser.add_argument("--out", type=Path, default=DIST_DIR)
    args = parser.parse_args(argv)
    try:
        if args.command == "lint":
            print(lint(args.out))
            return 0
        paths = build(args.out)
    except (BundleError, PublishError) as exc:
        print(f"publish: {exc}", file=sys.stderr)
        return 1
    version = json.loads((args.out / "release.json").read_text(encoding="utf-8"))["version"]
    print(f"published spec version {version} to {os.path.relpath(args.out)}/:")
    for path in paths:
        print(f"  {path.name:<16} {path.stat().st_size:>9,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
