"""Generate the ``transmitsms`` package from the bundled spec: one reproducible command.

    python -m generator.generate            # make generate: write generated_client/transmitsms
    python -m generator.generate --check    # make check-generated: fail if the committed code differs

Steps: read ``dist/openapi.json``; rewrite it for the generator (``generator.preprocess``); parse
it with openapi-python-client 0.29.1 (``generator/config.yaml``); render upstream's templates,
our overrides and our own templates (``generator/templates``, ``generator.project``) into a fresh
temporary directory; format with ruff; open every file with ``HEADER`` (generated, from what, do
not edit); then replace the package's generated files with the result. ``_runtime/`` (the hand-written
runtime) and ``_cli/`` (the hand-written command line), ``HAND_WRITTEN``, are never written nor
deleted. Any error or warning of the generator fails
the run, so nothing is silently left out.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = ROOT / "generator"
CONFIG = GENERATOR_DIR / "config.yaml"
TEMPLATES = GENERATOR_DIR / "templates"
SPEC = ROOT / "dist" / "openapi.json"
PACKAGE = ROOT / "generated_client" / "transmitsms"
#: The hand-written subpackages of the package: generation never writes nor deletes them.
#: ``_runtime/`` is the client's runtime (httpx and the standard library only); ``_cli/`` is the
#: ``transmitsms`` command, which imports the generated client and so cannot live in the runtime.
HAND_WRITTEN = frozenset({"_runtime", "_cli"})
#: Entries of the package that generation keeps (hand-written) or ignores (caches).
KEEP = HAND_WRITTEN | {"__pycache__", ".mypy_cache", ".ruff_cache"}

# The generated package imports its runtime; the generator reads the runtime's error table too.
if str(PACKAGE.parent) not in sys.path:
    sys.path.insert(0, str(PACKAGE.parent))


def header() -> str:
    """The first line of every generated file: that it is generated, from what, and how to change it."""
    from importlib.metadata import version

    return (
        f"# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client "
        f"{version('openapi-python-client')}); do not edit: run make generate.\n"
    )


class GenerationError(Exception):
    """The generator reported a problem; the message lists them."""


def _format(package_dir: Path) -> None:
    # Run with this interpreter's ruff, isolated from any configuration file, so that the output
    # is the same wherever the temporary directory is; from the parent directory, because the
    # package's own types.py would shadow the standard library's for `python -m`.
    ruff = [sys.executable, "-m", "ruff"]
    target = package_dir.name
    for command in (
        ["check", "--isolated", "--no-cache", "--fix-only", "--select", "F401,I", "--line-length", "120", target],
        ["format", "--isolated", "--no-cache", "--line-length", "120", target],
    ):
        result = subprocess.run(ruff + command, cwd=package_dir.parent, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(f"ruff {command[0]} failed:\n{result.stdout}{result.stderr}")


def render(spec_path: Path, out_dir: Path) -> None:
    """Generate the package into ``out_dir`` (which must not exist), formatted."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    from generator.preprocess import preprocess
    from generator.project import SdkProject

    original = json.loads(spec_path.read_text(encoding="utf-8"))
    doc = preprocess(original)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec_path, "utf-8", overwrite=False, output_path=out_dir
    )
    data = GeneratorData.from_dict(doc, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"{data.header}: {data.detail}")
    project = SdkProject(openapi=data, config=config, custom_template_path=TEMPLATES, doc=doc, original=original)
    problems = project.build()
    if problems:
        raise GenerationError(
            "\n".join(f"{p.level.value}: {p.header}: {p.detail or ''}".rstrip(": ") for p in problems)
        )
    _format(out_dir)
    _stamp(out_dir)


def _stamp(package_dir: Path) -> None:
    # After formatting, so that import sorting cannot carry the line away with the first import.
    line = header()
    for path in sorted(package_dir.rglob("*")):
        if path.is_file():
            path.write_text(line + path.read_text(encoding="utf-8"), encoding="utf-8")


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not (set(relative.parts) & KEEP):
            yield relative


def differences(generated: Path, committed: Path) -> list[str]:
    """Paths (relative to the package) that differ between two trees, ignoring ``KEEP`` entries."""
    new = set(_files(generated))
    old = set(_files(committed)) if committed.exists() else set()
    problems = [f"missing from the committed package: {p}" for p in sorted(new - old)]
    problems += [f"not generated any more: {p}" for p in sorted(old - new)]
    problems += [
        f"differs: {p}" for p in sorted(new & old) if not filecmp.cmp(generated / p, committed / p, shallow=False)
    ]
    return problems


def install(generated: Path, package: Path) -> None:
    """Replace the generated entries of ``package`` with ``generated``, keeping the ``KEEP`` entries."""
    package.mkdir(parents=True, exist_ok=True)
    for entry in package.iterdir():
        if entry.name in KEEP:
            continue
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in generated.iterdir():
        target = package / entry.name
        if entry.is_dir():
            shutil.copytree(entry, target, ignore=shutil.ignore_patterns(*KEEP))
        else:
            shutil.copy2(entry, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC, help="the bundled spec (default: dist/openapi.json)")
    parser.add_argument("--out", type=Path, default=PACKAGE, help="the package directory to write")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args(argv)
    if not args.spec.exists():
        print(f"{args.spec} does not exist: run `make bundle` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="transmitsms-gen-") as tmp:
        out_dir = Path(tmp) / "transmitsms"
        try:
            render(args.spec, out_dir)
        except GenerationError as exc:
            print(f"generation failed:\n{exc}", file=sys.stderr)
            return 1
        if args.check:
            problems = differences(out_dir, args.out)
            if problems:
                print(f"{args.out} is not what the spec generates (run `make generate`):", file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            print(f"{args.out} is up to date with {args.spec}")
            return 0
        install(out_dir, args.out)
    print(f"generated {args.out} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
