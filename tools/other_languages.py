"""Build clients of the API in other languages from the spec, compile them, and smoke-test them.

Contract: ``python -m tools.other_languages`` (``make check-other-languages``), with
``dist/openapi.json`` bundled, for each language (TypeScript with typescript-fetch, Go):

1. generates the client with openapi-generator into ``build/other-languages/<language>/client``
   (skipped when the spec, the generator and its options are those of the last generation);
2. copies the smoke program of ``other-languages/<language>/`` beside it and compiles both
   (tsc, strict; go vet and go build, offline: the Go client must import the standard library
   only, since no Go module proxy is reachable);
3. runs the smoke programs against the simulator (``transmitsms_sim``) served on loopback, which
   proves the clients send the requests the spec describes and decode the answers of a service
   that holds every answer to the spec;
4. runs them against the service named by ``TRANSMITSMS_BASE_URL``, ``TRANSMITSMS_API_KEY`` and
   ``TRANSMITSMS_API_SECRET`` when all three are set, and says that it skipped this otherwise.

Exits non-zero when a step fails, printing the failing tool's output; quiet otherwise. The exact
generator commands are ``generate_command(...)``, as documented in docs/development/spec.md.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tools.bundle_spec import DIST_DIR, ROOT

SOURCES = ROOT / "other-languages"
BUILD = ROOT / "build" / "other-languages"
GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
ENV_VARS = ("TRANSMITSMS_BASE_URL", "TRANSMITSMS_API_KEY", "TRANSMITSMS_API_SECRET")

#: The Go client's module path: a placeholder that the smoke program's go.mod replaces with the
#: generated directory (consumers publish the client under their own path).
GO_MODULE = "example.com/transmitsms/transmitsms-go"


class StepFailed(Exception):
    """A step failed; the message carries the tool's output."""


@dataclass(frozen=True)
class Language:
    name: str
    generator: str
    #: openapi-generator options after ``-g <generator>``.
    options: tuple[str, ...]


TYPESCRIPT = Language(
    name="typescript",
    generator="typescript-fetch",
    options=("--additional-properties=supportsES6=true",),
)
GO = Language(
    name="go",
    generator="go",
    options=(
        "--package-name=transmitsms",
        "--git-host=example.com",
        "--git-user-id=transmitsms",
        "--git-repo-id=transmitsms-go",
        # The generated tests import testify, a module no reachable registry serves.
        "--global-property=apiTests=false,modelTests=false",
    ),
)
LANGUAGES = (TYPESCRIPT, GO)


def generate_command(language: Language, spec: Path, out: Path, generator: Path = GENERATOR) -> list[str]:
    """The openapi-generator command line that generates ``language``'s client into ``out``."""
    return [str(generator), "generate", "-i", str(spec), "-g", language.generator, "-o", str(out), *language.options]


def run(command: Sequence[str], *, cwd: Path = ROOT, env: Mapping[str, str] | None = None) -> str:
    """Run a command; return its output, or raise ``StepFailed`` with all of it."""
    try:
        result = subprocess.run(
            list(command), cwd=cwd, env=dict(env) if env else None, capture_output=True, text=True, timeout=600
        )
    except FileNotFoundError as exc:
        raise StepFailed(f"{command[0]} is not installed ({exc.strerror})") from exc
    except subprocess.TimeoutExpired as exc:
        raise StepFailed(f"{' '.join(command[:3])} did not finish in {exc.timeout} s") from exc
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise StepFailed(f"`{' '.join(command)}` failed (exit {result.returncode}):\n{output}")
    return output


def validate_for_generators(spec: Path) -> None:
    """openapi-generator's own validation of the spec (StepFailed if it rejects it)."""
    run([str(GENERATOR), "validate", "-i", str(spec)])


@functools.cache
def generator_version() -> str:
    """The generator's version (a JVM start: asked once per run)."""
    return run([str(GENERATOR), "version"]).strip().splitlines()[-1]


def generate(language: Language, spec: Path, build: Path) -> bool:
    """Generate ``build/client`` unless the same inputs generated it last time; True if it ran."""
    out = build / "client"
    fingerprint = hashlib.sha256(
        json.dumps([spec.read_text(encoding="utf-8"), generator_version(), language.options]).encode()
    ).hexdigest()
    stamp = build / ".generated-from"
    if out.is_dir() and stamp.exists() and stamp.read_text(encoding="utf-8") == fingerprint:
        return False
    shutil.rmtree(out, ignore_errors=True)
    build.mkdir(parents=True, exist_ok=True)
    run(generate_command(language, spec, out))
    stamp.write_text(fingerprint, encoding="utf-8")
    return True


def go_requirements(go_mod: str) -> list[str]:
    """The modules a go.mod requires (``require x v`` and ``require ( ... )`` forms)."""
    found = re.findall(r"^require\s+([^\s(]+)\s", go_mod, re.MULTILINE)
    for block in re.findall(r"^require\s*\((.*?)\)", go_mod, re.MULTILINE | re.DOTALL):
        found += [line.split()[0] for line in block.splitlines() if line.strip() and not line.strip().startswith("//")]
    return found


def go_env(build: Path) -> dict[str, str]:
    """Go's environment: offline, local toolchain, caches inside the build directory."""
    return {
        **os.environ,
        "GOPROXY": "off",
        "GOFLAGS": "-mod=mod",
        "GOTOOLCHAIN": "local",
        "GOTELEMETRY": "off",
        "GOCACHE": str(build / "cache"),
        "GOPATH": str(build / "gopath"),
        "CGO_ENABLED": "0",
    }


def compile_typescript(build: Path) -> Path:
    for name in ("smoke.ts", "tsconfig.json"):
        shutil.copyfile(SOURCES / "typescript" / name, build / name)
    if not TSC.exists():
        raise StepFailed(f"{TSC} is missing: run `make node_modules` (npm ci) first")
    run([str(TSC), "-p", str(build / "tsconfig.json")])
    return build / "out" / "smoke.js"


def compile_go(build: Path) -> Path:
    client = build / "client"
    extra = go_requirements((client / "go.mod").read_text(encoding="utf-8"))
    if extra:
        raise StepFailed(
            f"the generated Go client now requires {', '.join(extra)}; no Go module proxy is reachable here, "
            "so build it from Debian's golang-*-dev packages or change the generator options"
        )
    smoke = build / "smoke"
    smoke.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCES / "go" / "main.go", smoke / "main.go")
    (smoke / "go.mod").write_text(
        f"module transmitsms-smoke\n\ngo 1.19\n\nrequire {GO_MODULE} v0.0.0\n\nreplace {GO_MODULE} => ../client\n",
        encoding="utf-8",
    )
    env = go_env(build)
    run(["go", "vet", "./..."], cwd=client, env=env)
    run(["go", "vet", "."], cwd=smoke, env=env)
    binary = build / "bin" / "smoke"
    run(["go", "build", "-o", str(binary), "."], cwd=smoke, env=env)
    return binary


def smoke_command(language: Language, program: Path) -> list[str]:
    return ["node", str(program)] if language is TYPESCRIPT else [str(program)]


def run_smoke(command: Sequence[str], base_url: str, key: str, secret: str) -> tuple[bool, str]:
    """Run one smoke program against a service; (all checks passed, its output)."""
    env = {
        **os.environ,
        "TRANSMITSMS_BASE_URL": base_url,
        "TRANSMITSMS_API_KEY": key,
        "TRANSMITSMS_API_SECRET": secret,
    }
    try:
        result = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return False, f"FAIL smoke: no answer within 300 s from {command[0]}\n"
    output = result.stdout + result.stderr
    return result.returncode == 0 and bool(re.search(r"^\d+ passed, 0 failed$", output, re.MULTILINE)), output


@contextmanager
def simulator() -> Iterator[tuple[str, str, str]]:
    """A simulator on loopback with a demo account: (base URL, API key, API secret)."""
    from transmitsms_sim import Settings, create_app
    from transmitsms_sim.background import ServerThread

    key, secret = "smoke-" + secrets.token_hex(4), secrets.token_hex(16)
    app = create_app(Settings(db_path=None, rate_limit=0, demo_api_key=key, demo_api_secret=secret))
    try:
        with ServerThread(app) as server:
            yield server.base_url, key, secret
    finally:
        app.state.runtime.close()


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.rstrip("\n").splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DIST_DIR / "openapi.json")
    parser.add_argument("--build", type=Path, default=BUILD)
    args = parser.parse_args(argv)
    document = json.loads(args.spec.read_text(encoding="utf-8"))
    programs: dict[str, list[str]] = {}
    try:
        print(f"openapi-generator {generator_version()}, spec version {document['info']['version']}")
        validate_for_generators(args.spec)
        print("openapi-generator validate: the spec passes")
        for language, compile_step in ((TYPESCRIPT, compile_typescript), (GO, compile_go)):
            build = args.build / language.name
            started = time.monotonic()
            generated = generate(language, args.spec, build)
            program = compile_step(build)
            elapsed = time.monotonic() - started
            what = "generated and compiled" if generated else "compiled (client unchanged since last generation)"
            print(f"{language.name}: {language.generator} client {what} in {elapsed:.1f} s")
            programs[language.name] = smoke_command(language, program)
    except StepFailed as exc:
        print(f"check-other-languages: {exc}", file=sys.stderr)
        return 1

    ok = True
    with simulator() as (base_url, key, secret):
        for name, command in programs.items():
            passed, output = run_smoke(command, base_url, key, secret)
            summary = output.strip().splitlines()[-1] if output.strip() else "no output"
            print(f"{name}: smoke program against the simulator ({base_url}): {summary}")
            if not passed:
                ok = False
                print(_indent(output), end="")

    target = {name: os.environ.get(name, "") for name in ENV_VARS}
    if not all(target.values()):
        missing = ", ".join(name for name, value in target.items() if not value)
        print(f"SKIPPED the smoke run against a Transmit SMS service: {missing} not set")
        return 0 if ok else 1
    for name, command in programs.items():
        print(f"{name}: smoke program against {target['TRANSMITSMS_BASE_URL']}")
        passed, output = run_smoke(
            command, target["TRANSMITSMS_BASE_URL"], target["TRANSMITSMS_API_KEY"], target["TRANSMITSMS_API_SECRET"]
        )
        print(_indent(output), end="")
        ok = ok and passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
