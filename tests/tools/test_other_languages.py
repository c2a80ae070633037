"""The other-language check: its generator commands, its offline Go rule and its smoke verdicts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tools.other_languages import GO, TYPESCRIPT, generate_command, go_requirements, run_smoke


def test_the_generator_commands_are_the_documented_ones() -> None:
    readme = (Path(__file__).parents[2] / "docs" / "development" / "spec.md").read_text(encoding="utf-8")
    for language in (TYPESCRIPT, GO):
        command = generate_command(
            language,
            Path("dist/openapi.json"),
            Path(f"build/other-languages/{language.name}/client"),
            Path("openapi-generator-cli"),
        )
        assert " ".join(command) in readme


def test_go_requirements_reads_both_require_forms() -> None:
    go_mod = """module example.com/x

go 1.23

require golang.org/x/oauth2 v0.21.0

require (
\tgopkg.in/validator.v2 v2.0.1 // indirect
\t// a comment
)
"""
    assert go_requirements(go_mod) == ["golang.org/x/oauth2", "gopkg.in/validator.v2"]
    assert go_requirements("module m\n\ngo 1.23\n\nrequire (\n)\n") == []


def program(code: str) -> list[str]:
    return [sys.executable, "-c", code]


@pytest.mark.parametrize(
    ("code", "passed"),
    [
        ("print('PASS a: ok'); print('1 passed, 0 failed')", True),
        ("print('FAIL a: no'); print('0 passed, 1 failed'); raise SystemExit(1)", False),
        ("print('nothing to say')", False),
        ("print('1 passed, 0 failed'); raise SystemExit(3)", False),
    ],
)
def test_a_smoke_run_passes_only_with_exit_0_and_no_failure(code: str, passed: bool) -> None:
    assert run_smoke(program(code), "http://127.0.0.1:9", "k", "s")[0] is passed


def test_the_smoke_programs_get_the_service_from_the_environment() -> None:
    code = (
        "import os; print(os.environ['TRANSMITSMS_BASE_URL'], os.environ['TRANSMITSMS_API_KEY']); "
        "print('0 passed, 0 failed')"
    )
    ok, output = run_smoke(program(code), "http://127.0.0.1:9", "the-key", "the-secret")
    assert ok
    assert output.startswith("http://127.0.0.1:9 the-key")
