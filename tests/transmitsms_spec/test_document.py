"""Where the run-time document comes from: the wheel's package data, else a checkout's spec/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from transmitsms_spec import document
from transmitsms_spec.bundle import dump_json


@pytest.fixture
def fresh() -> Iterator[None]:
    document.published_json.cache_clear()
    document.published_legacy_json.cache_clear()
    yield
    document.published_json.cache_clear()
    document.published_legacy_json.cache_clear()


def test_a_checkout_has_no_packaged_copy_and_bundles_its_fragments(fresh: None, spec_document: dict) -> None:
    assert document.packaged_json() is None, "the bundled spec is built, never committed"
    assert document.published_json() == dump_json(spec_document).encode()
    copy = document.load()
    copy["info"]["title"] = "changed"
    assert document.load()["info"]["title"] != "changed", "each caller gets its own copy"


def test_the_packaged_copy_wins(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    packaged = {
        document.PACKAGED_NAME: b'{"openapi": "3.1.0", "info": {"title": "packaged"}}',
        document.LEGACY_PACKAGED_NAME: b'{"openapi": "3.1.0", "info": {"title": "packaged legacy"}}',
    }
    monkeypatch.setattr(document, "packaged_json", packaged.get)
    assert json.loads(document.published_json())["info"]["title"] == "packaged"
    assert json.loads(document.published_legacy_json())["info"]["title"] == "packaged legacy"


def test_a_checkout_bundles_the_legacy_fragments(fresh: None) -> None:
    legacy = document.load_legacy()
    assert legacy["info"]["title"] == "Burst SMS XML API (first generation)"
    assert "/api" in legacy["paths"] and legacy is not document.load_legacy()


def test_neither_is_a_clear_error(fresh: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(document, "CHECKOUT_SPEC_DIR", tmp_path)
    with pytest.raises(document.SpecNotFoundError, match=r"no bundled spec: transmitsms_spec/openapi\.json"):
        document.published_json()
