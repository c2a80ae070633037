"""make publish: a self-contained bundle, a changelog entry per version, Redocly's lint and HTML."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from tools.bundle_spec import write
from tools.publish import CHANGELOG, PublishError, build, changelog_entry, check_self_contained, lint
from tools.spec_checks import operations


def test_the_bundle_stands_alone(spec_document: dict) -> None:
    assert check_self_contained(spec_document) == []


def test_external_and_dangling_references_are_reported(spec_document: dict) -> None:
    broken = copy.deepcopy(spec_document)
    broken["components"]["schemas"]["Money"] = {"$ref": "money.yaml#/Money"}
    broken["components"]["schemas"]["Count"] = {"$ref": "#/components/schemas/Nowhere"}
    assert check_self_contained(broken) == [
        "/components/schemas/Count: unresolvable reference #/components/schemas/Nowhere",
        "/components/schemas/Money: external reference money.yaml#/Money",
    ]


def test_the_changelog_describes_the_current_version(spec_document: dict) -> None:
    entry = changelog_entry(CHANGELOG.read_text(encoding="utf-8"), spec_document["info"]["version"])
    assert entry.startswith(f"## {spec_document['info']['version']} ")
    assert len(entry.splitlines()) > 2


def test_a_version_without_a_changelog_entry_cannot_be_published() -> None:
    with pytest.raises(PublishError, match=r"no `## 9.9.9` entry"):
        changelog_entry("# Changelog\n\n## 1.0.0 — 2026-11-21\n\n- First.\n", "9.9.9")


def test_the_spec_passes_the_redocly_ruleset(spec_document: dict, tmp_path: Path) -> None:
    write(spec_document, tmp_path / "dist")
    # The deliberate exceptions are keyed by dist/openapi.json, so lint the copy where they apply.
    assert "is clean" in lint()


def test_the_redocly_ruleset_catches_a_json_request_body(spec_document: dict, tmp_path: Path) -> None:
    broken = copy.deepcopy(spec_document)
    body = broken["paths"]["/cancel-sms.json"]["post"]["requestBody"]["content"]
    body["application/json"] = body.pop("application/x-www-form-urlencoded")
    write(broken, tmp_path)
    with pytest.raises(PublishError, match=r"request-mime-type"):
        lint(tmp_path)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build(out)
    return out


def test_publish_writes_the_documents_the_reference_and_the_changelog(published: Path, spec_document: dict) -> None:
    release = json.loads((published / "release.json").read_text(encoding="utf-8"))
    assert release["version"] == spec_document["info"]["version"]
    assert set(release["files"]) == {
        "openapi.yaml",
        "openapi.json",
        "reference.html",
        "CHANGELOG.md",
        "legacy-openapi.yaml",
        "legacy-openapi.json",
        "legacy-reference.html",
        "legacy-CHANGELOG.md",
    }
    legacy_html = (published / "legacy-reference.html").read_text(encoding="utf-8")
    assert "messages_single" in legacy_html and "Burst SMS XML API" in legacy_html
    assert json.loads((published / "openapi.json").read_text(encoding="utf-8")) == spec_document
    assert (published / "CHANGELOG.md").read_text(encoding="utf-8") == CHANGELOG.read_text(encoding="utf-8")


def test_the_html_reference_is_self_contained_and_carries_every_operation(published: Path, spec_document: dict) -> None:
    html = (published / "reference.html").read_text(encoding="utf-8")
    assert f"<title>{spec_document['info']['title']} {spec_document['info']['version']}</title>" in html
    # Redoc's scripts are inlined: the page loads no script or stylesheet from elsewhere.
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", html)
    assert "cdn.redoc.ly" not in html, "Redoc's logo stands in inline"
    missing = [op["operationId"] for _, _, op in operations(spec_document) if f'"{op["operationId"]}"' not in html]
    assert missing == []
