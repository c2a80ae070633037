"""The golden record: a fresh generation from the spec equals the committed generated_client/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.generate import HAND_WRITTEN, PACKAGE, differences, header, install, main, render
from tests.support.spec import bundled
from tools.bundle_spec import dump_json


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package generated from the spec as it is now (bundled afresh, not read from dist/)."""
    root = tmp_path_factory.mktemp("generation")
    spec = root / "openapi.json"
    spec.write_text(dump_json(bundled()), encoding="utf-8")
    render(spec, root / "transmitsms")
    return root / "transmitsms"


def test_the_committed_package_is_what_the_spec_generates(generated: Path) -> None:
    problems = differences(generated, PACKAGE)
    assert problems == [], "generated_client/ is stale: run `make generate`\n" + "\n".join(problems)


def test_generation_writes_no_hand_written_home_and_a_typed_marker(generated: Path) -> None:
    assert {"_runtime", "_cli"} == HAND_WRITTEN
    assert not [name for name in HAND_WRITTEN if (generated / name).exists()]
    assert all((PACKAGE / name / "__init__.py").is_file() for name in HAND_WRITTEN)
    assert (generated / "py.typed").is_file()
    names = {path.name for path in generated.iterdir()}
    # Everything generated at the top level is excluded from lint by name pattern ([!_]*.py, __init__.py).
    assert all(not name.startswith("_") or name == "__init__.py" for name in names)


def test_every_generated_file_opens_with_the_generated_line(generated: Path) -> None:
    files = [path for path in generated.rglob("*") if path.is_file()]
    assert len(files) > 50
    line = header()
    assert line.startswith("# Generated from spec/") and "do not edit" in line and line.endswith("\n")
    assert [p.relative_to(generated) for p in files if not p.read_text(encoding="utf-8").startswith(line)] == []
    committed = [p for p in PACKAGE.rglob("*.py") if not set(p.relative_to(PACKAGE).parts) & HAND_WRITTEN]
    assert not [p for p in committed if not p.read_text().startswith(line)]
    # ...and no hand-written file claims to be generated.
    hand_written = [p for name in HAND_WRITTEN for p in (PACKAGE / name).rglob("*.py")]
    assert hand_written and not [p for p in hand_written if p.read_text().startswith(line)]


def test_one_surface_upstream_s_low_level_functions_are_not_generated(generated: Path) -> None:
    top = {path.name for path in generated.iterdir()}
    assert {"sdk.py", "async_sdk.py", "resources", "models", "operations.py", "types.py"} <= top
    assert not top & {"api", "client.py", "errors.py"}


def test_install_keeps_the_runtime_and_the_cli_and_removes_stale_files(generated: Path, tmp_path: Path) -> None:
    package = tmp_path / "transmitsms"
    (package / "_runtime").mkdir(parents=True)
    (package / "_runtime" / "mine.py").write_text("# hand-written\n")
    (package / "_cli" / "commands").mkdir(parents=True)
    (package / "_cli" / "commands" / "mine.py").write_text("# the command line\n")
    (package / "stale.py").write_text("# from an older spec\n")
    (package / "models").mkdir()
    (package / "models" / "gone.py").write_text("")
    install(generated, package)
    assert (package / "_runtime" / "mine.py").read_text() == "# hand-written\n"
    assert (package / "_cli" / "commands" / "mine.py").read_text() == "# the command line\n"
    assert not (package / "stale.py").exists() and not (package / "models" / "gone.py").exists()
    assert differences(generated, package) == []


def test_differences_are_reported_by_path(generated: Path, tmp_path: Path) -> None:
    package = tmp_path / "transmitsms"
    shutil.copytree(generated, package)
    (package / "sdk.py").write_text("# edited by hand\n")
    (package / "extra.py").write_text("")
    (package / "operations.py").unlink()
    assert differences(generated, package) == [
        "missing from the committed package: operations.py",
        "not generated any more: extra.py",
        "differs: sdk.py",
    ]


def test_check_mode_fails_on_a_stale_package_and_passes_on_a_fresh_one(generated: Path, tmp_path: Path, capsys) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(dump_json(bundled()), encoding="utf-8")
    package = tmp_path / "transmitsms"
    shutil.copytree(generated, package)
    assert main(["--spec", str(spec), "--out", str(package), "--check"]) == 0
    (package / "sdk.py").write_text("# edited by hand\n")
    assert main(["--spec", str(spec), "--out", str(package), "--check"]) == 1
    assert "differs: sdk.py" in capsys.readouterr().err
    assert main(["--spec", str(tmp_path / "missing.json"), "--out", str(package)]) == 2
