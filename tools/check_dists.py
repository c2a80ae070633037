"""``make check-dists``: build both distributions, inspect them, smoke-test each wheel alone.

Contract: ``python -m tools.check_dists [--out build/dists]`` builds, for ``transmitsms``
(``generated_client/``) and ``transmitsms-sim`` (``simulator/``), an sdist and a wheel built from
that sdist (``python -m build --no-isolation``: this venv's pinned hatchling, no download), then

1. inspects each wheel (``wheel_problems``): only its own packages; its dependencies (the client:
   httpx and attrs, nothing else, and rich only in its ``cli`` extra; the simulator: nothing of
   the client but an extra); its entry points (the client: the ``transmitsms`` command and
   nothing else; the simulator: the ``transmitsms-sim`` command and the ``pytest11`` plugin);
   its package data (the simulator's schema, templates and static files); the MIT license file;
   the version of the package's own ``__version__``; and for the simulator, the bundled spec as
   package data, equal to a fresh bundle of ``spec/``;
2. installs each wheel alone in a fresh virtual environment (the wheel from its file, its
   dependencies and pytest from the configured package index) and runs its smoke script,
   ``tools/dist_smoke/smoke_client.py`` or ``smoke_simulator.py``, from an empty directory;
3. installs both wheels together and runs ``smoke_bridge.py``: ``transmitsms-legacy-bridge`` in
   front of ``transmitsms-sim serve``, one legacy call and its effect seen through the current API.

It prints what it built, installed and ran, and exits 1 at the first problem, naming it.
"""

from __future__ import annotations

import argparse
import email
import shutil
import subprocess
import sys
import tempfile
import venv
import zipfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from tools.bundle_spec import LEGACY_SPEC_DIR, ROOT, SPEC_DIR
from transmitsms_spec.bundle import bundle, dump_json

SMOKE_DIR = Path(__file__).resolve().parent / "dist_smoke"
LICENSE = ROOT / "LICENSE"
#: The smoke script of the two wheels installed together (the bridge needs the client).
BRIDGE_SMOKE = "smoke_bridge.py"
#: The smoke scripts' own test runner, at the version the repository pins.
PYTEST = "pytest==9.2.0"


@dataclass(frozen=True)
class Distribution:
    """What one distribution must be."""

    name: str
    source: Path
    packages: frozenset[str]
    dependencies: frozenset[str]
    entry_points: dict[str, set[str]]
    smoke: str
    #: Folders (under ``source``) of files that are not Python but must be in the wheel.
    package_data: tuple[str, ...] = ()

    def data_files(self) -> list[str]:
        """The wheel paths of every file of the ``package_data`` folders, as the checkout has them."""
        return sorted(
            path.relative_to(self.source).as_posix()
            for folder in self.package_data
            for path in (self.source / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        )


CLIENT = Distribution(
    name="transmitsms",
    source=ROOT / "generated_client",
    packages=frozenset({"transmitsms"}),
    dependencies=frozenset({"httpx", "attrs"}),
    entry_points={"console_scripts": {"transmitsms"}},
    smoke="smoke_client.py",
)
SIMULATOR = Distribution(
    name="transmitsms-sim",
    source=ROOT / "simulator",
    packages=frozenset({"transmitsms_sim", "transmitsms_spec", "transmitsms_legacy"}),
    dependencies=frozenset(
        {
            "starlette",
            "uvicorn",
            "python-multipart",
            "httpx",
            "pyyaml",
            "referencing",
            "jsonschema-rs",
            "phonenumbers",
            "jinja2",
            "httptools",
            "sniffio",
        }
    ),
    entry_points={"console_scripts": {"transmitsms-sim", "transmitsms-legacy-bridge"}, "pytest11": {"transmitsms_sim"}},
    smoke="smoke_simulator.py",
    # The store's schema and the inbox page's templates and static files.
    package_data=("transmitsms_sim/store", "transmitsms_sim/web/templates", "transmitsms_sim/web/static"),
)
PACKAGED_SPEC = "transmitsms_spec/openapi.json"
PACKAGED_LEGACY_SPEC = "transmitsms_spec/legacy-openapi.json"


class CheckError(Exception):
    """A distribution is not what it must be."""


def _requirement_name(line: str) -> tuple[str, str]:
    """``'httpx<1,>=0.27'`` -> ``('httpx', '')``; ``'transmitsms>=0.2; extra == "client"'`` -> (..., marker)."""
    requirement, _, marker = line.partition(";")
    name = requirement.strip()
    for stop in "<>=!~[ (":
        name = name.split(stop, 1)[0]
    return name.lower().replace("_", "-"), marker.strip()


def _entry_points(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            found.setdefault(group, set())
        elif "=" in line and group is not None:
            found[group].add(line.split("=", 1)[0].strip())
    return {k: v for k, v in found.items() if v}


def wheel_problems(
    wheel: Path, dist: Distribution, version: str, spec_json: str | None = None, legacy_json: str | None = None
) -> list[str]:
    """What is wrong with ``wheel`` as ``dist`` at ``version`` (empty: nothing)."""
    problems: list[str] = []
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = f"{dist.name.replace('-', '_')}-{version}.dist-info"
        top = {name.split("/", 1)[0] for name in names}
        if top - {info} != set(dist.packages):
            problems.append(f"top-level entries {sorted(top - {info})}, expected {sorted(dist.packages)}")
        if f"{info}/METADATA" not in names:
            return [*problems, f"no {info}/METADATA (is the version {version}?)"]
        metadata: Message = email.message_from_bytes(archive.read(f"{info}/METADATA"))
        if metadata["Version"] != version:
            problems.append(f"metadata version {metadata['Version']}, the package says {version}")
        if metadata["License-Expression"] != "MIT":
            problems.append(f"License-Expression {metadata['License-Expression']!r}, expected MIT")
        license_name = f"{info}/licenses/LICENSE"
        if license_name not in names:
            problems.append("no LICENSE in the wheel")
        elif archive.read(license_name) != LICENSE.read_bytes():
            problems.append("the wheel's LICENSE differs from the repository's")
        for field in ("Classifier", "Project-URL", "Summary", "Requires-Python"):
            if not metadata.get_all(field):
                problems.append(f"no {field} in the metadata")
        required = [_requirement_name(line) for line in metadata.get_all("Requires-Dist") or []]
        unconditional = {name for name, marker in required if not marker}
        if unconditional != dist.dependencies:
            problems.append(f"dependencies {sorted(unconditional)}, expected {sorted(dist.dependencies)}")
        if dist is not CLIENT and "transmitsms" in unconditional:
            problems.append("the simulator depends on the client")
        if dist is CLIENT:
            extras = {name for name, marker in required if marker}
            if extras != {"rich"} or not any("extra ==" in m and "cli" in m for n, m in required if n == "rich"):
                problems.append(f"conditional dependencies {sorted(extras)}, expected rich in the cli extra")
        entry_text = archive.read(f"{info}/entry_points.txt").decode() if f"{info}/entry_points.txt" in names else ""
        if _entry_points(entry_text) != dist.entry_points:
            problems.append(f"entry points {_entry_points(entry_text)}, expected {dist.entry_points}")
        missing = [name for name in dist.data_files() if name not in names]
        if missing:
            problems.append(f"package data missing from the wheel: {', '.join(missing)}")
        if spec_json is not None:
            if PACKAGED_SPEC not in names:
                problems.append(f"no {PACKAGED_SPEC} (the build hook did not run)")
            elif archive.read(PACKAGED_SPEC).decode("utf-8") != spec_json:
                problems.append(f"{PACKAGED_SPEC} is not the bundle of spec/")
        if legacy_json is not None:
            if PACKAGED_LEGACY_SPEC not in names:
                problems.append(f"no {PACKAGED_LEGACY_SPEC} (the build hook did not run)")
            elif archive.read(PACKAGED_LEGACY_SPEC).decode("utf-8") != legacy_json:
                problems.append(f"{PACKAGED_LEGACY_SPEC} is not the bundle of spec/legacy/")
    return problems


def sdist_problems(sdist: Path, dist: Distribution) -> list[str]:
    """Files an sdist must carry to rebuild the wheel and to be read."""
    import tarfile

    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = {"pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE"}
    if dist is SIMULATOR:
        needed |= {"hatch_build.py", "spec/openapi.yaml", "spec/legacy/openapi.yaml", *dist.data_files()}
    return [f"the sdist has no {name}" for name in sorted(needed - names)]


def package_version(dist: Distribution) -> str:
    """The ``__version__`` written in the distribution's version file (what hatch reads)."""
    import tomllib

    pyproject = tomllib.loads((dist.source / "pyproject.toml").read_text(encoding="utf-8"))
    path = dist.source / str(pyproject["tool"]["hatch"]["version"]["path"])
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise CheckError(f"{path} has no __version__")


def _run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    print("  $ " + " ".join(command), flush=True)
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    if result.returncode != 0:
        raise CheckError(f"{command[0]} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


def build(dist: Distribution, out: Path) -> tuple[Path, Path]:
    """The sdist and the wheel built from it."""
    target = out / dist.name
    shutil.rmtree(target, ignore_errors=True)
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(target), str(dist.source)])
    (sdist,) = target.glob("*.tar.gz")
    (wheel,) = target.glob("*.whl")
    print(f"  built {sdist.name} and {wheel.name}")
    return sdist, wheel


def smoke(script: str, *wheels: Path) -> None:
    """Install ``wheels`` (and nothing else of ours) in a fresh venv and run a smoke script from an
    empty directory."""
    with tempfile.TemporaryDirectory(prefix="dist-smoke-") as tmp:
        env_dir, scratch = Path(tmp) / "venv", Path(tmp) / "scratch"
        scratch.mkdir()
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        wheel_args = [str(wheel) for wheel in wheels]
        _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wheel_args, PYTEST])
        listed = _run([str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"]).stdout
        ours = sorted(line for line in listed.split() if line.lower().startswith("transmitsms"))
        print(f"  installed {'alone' if len(wheels) == 1 else 'together'}: {', '.join(ours)}")
        result = _run([str(python), str(SMOKE_DIR / script)], cwd=scratch)
        print("".join(f"    {line}\n" for line in result.stdout.splitlines()), end="")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "dists")
    args = parser.parse_args(argv)
    spec_json = dump_json(bundle(SPEC_DIR))
    legacy_json = dump_json(bundle(LEGACY_SPEC_DIR))
    built: dict[str, Path] = {}
    try:
        for dist in (CLIENT, SIMULATOR):
            version = package_version(dist)
            print(f"{dist.name} {version}", flush=True)
            sdist, wheel = build(dist, args.out)
            problems = sdist_problems(sdist, dist)
            if dist is SIMULATOR:
                problems += wheel_problems(wheel, dist, version, spec_json, legacy_json)
            else:
                problems += wheel_problems(wheel, dist, version)
            if problems:
                raise CheckError(f"{wheel.name}:\n" + "\n".join(f"  - {p}" for p in problems))
            print("  wheel and sdist contents, metadata and entry points as required")
            smoke(dist.smoke, wheel)
            built[dist.name] = wheel
        print("transmitsms-sim[client]: the legacy bridge, with the client", flush=True)
        smoke(BRIDGE_SMOKE, built[SIMULATOR.name], built[CLIENT.name])
    except CheckError as exc:
        print(f"check-dists: {exc}", file=sys.stderr)
        return 1
    print("check-dists: both distributions build, install alone and together and pass their smoke tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
