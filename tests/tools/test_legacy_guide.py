"""The migration guide is generated from the legacy spec's mapping and committed up to date."""

from __future__ import annotations

from pathlib import Path

from tools import legacy_guide
from transmitsms_legacy.mapping import load


def test_the_committed_guide_is_what_the_mapping_gives() -> None:
    assert legacy_guide.main(["--check"]) == 0, "docs/legacy-migration.md is stale: run `make legacy-guide`"


def test_check_fails_on_a_stale_guide(tmp_path: Path) -> None:
    stale = tmp_path / "guide.md"
    stale.write_text(legacy_guide.render().replace("messages.single", "messages.singel", 1), encoding="utf-8")
    assert legacy_guide.main(["--check", "--out", str(stale)]) == 1
    assert legacy_guide.main(["--check", "--out", str(tmp_path / "missing.md")]) == 1


def test_every_method_and_parameter_is_in_the_guide() -> None:
    guide = legacy_guide.render()
    for method in load().methods.values():
        assert f"## `{method.name}`" in guide
        for parameter in [*method.parameters, *method.row_parameters]:
            assert f"`{parameter}`" in guide, (method.name, parameter)
    assert "`sms.send(from_=...)`" in guide and "`client.sms.send()`" in guide
    assert "*no twin*" in guide
