"""The spec checks fail when they should: each file of broken_specs/ breaks one rule."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.spec_checks import ALL_CHECKS, run_all, unknown_fields

BROKEN = sorted((Path(__file__).parent / "broken_specs").glob("*.yaml"))


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 JSON merge patch: mappings merge, null deletes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def test_the_corpus_covers_every_check() -> None:
    covered = {yaml.safe_load(path.read_text())["x-broken"]["check"] for path in BROKEN}
    assert covered == set(ALL_CHECKS)


def test_the_real_spec_passes_every_check(spec_document: dict) -> None:
    problems = {name: found for name, found in run_all(spec_document).items() if found}
    assert problems == {}


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_each_broken_fragment_fails_its_check(spec_document: dict, path: Path) -> None:
    fragment = yaml.safe_load(path.read_text())
    expectation = fragment.pop("x-broken")
    broken = merge_patch(copy.deepcopy(spec_document), fragment)
    problems = ALL_CHECKS[expectation["check"]](broken)
    assert any(expectation["expect"] in problem for problem in problems), problems


def test_run_all_reports_instead_of_raising_on_garbage() -> None:
    results = run_all({"paths": "not a mapping", "components": []})
    assert set(results) == set(ALL_CHECKS)
    assert results["operation_set"], "a document without operations must fail the operation set"


def test_unknown_fields_follow_refs_allof_and_anyof(spec_document: dict) -> None:
    contact = {
        "list_id": 1,
        "msisdn": 61491570156,
        "first_name": "A",
        "last_name": None,
        "created_at": "2020-01-01 00:00:00",
        "status": "active",
        "fields": [{"name": "City", "value": "Sydney", "colour": "red"}],
        "error": {"code": "SUCCESS", "description": "OK"},
        "surprise": True,
    }
    found = unknown_fields(spec_document, {"$ref": "#/components/schemas/ContactResponse"}, contact)
    assert found == ["/fields/0/colour", "/surprise"]
