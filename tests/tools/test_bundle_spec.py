from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tools.bundle_spec import BundleError, bundle, dump_json, dump_yaml, validate, write


def _write(directory: Path, name: str, content: dict) -> None:
    (directory / name).write_text(yaml.safe_dump(content), encoding="utf-8")


def _root(*fragments: str) -> dict:
    return {"openapi": "3.1.0", "x-fragments": list(fragments), "info": {"title": "t", "version": "1"}}


def test_fragments_merge_in_order_and_the_manifest_is_dropped(tmp_path: Path) -> None:
    _write(tmp_path, "openapi.yaml", _root("a.yaml", "b.yaml"))
    _write(tmp_path, "a.yaml", {"paths": {"/a.json": {}}, "components": {"schemas": {"A": {"type": "string"}}}})
    _write(tmp_path, "b.yaml", {"paths": {"/b.json": {}}, "components": {"schemas": {"B": {"type": "integer"}}}})
    document = bundle(tmp_path)
    assert "x-fragments" not in document
    assert list(document) == ["openapi", "info", "paths", "components"]
    assert list(document["paths"]) == ["/a.json", "/b.json"]
    assert set(document["components"]["schemas"]) == {"A", "B"}


def test_a_value_defined_twice_is_an_error_naming_both_files(tmp_path: Path) -> None:
    _write(tmp_path, "openapi.yaml", _root("a.yaml", "b.yaml"))
    _write(tmp_path, "a.yaml", {"components": {"schemas": {"Same": {"type": "string"}}}})
    _write(tmp_path, "b.yaml", {"components": {"schemas": {"Same": {"type": "integer"}}}})
    with pytest.raises(BundleError, match=r"/components/schemas/Same/type is defined in both a.yaml and b.yaml"):
        bundle(tmp_path)


def test_a_fragment_missing_from_the_manifest_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "openapi.yaml", _root("a.yaml"))
    _write(tmp_path, "a.yaml", {"paths": {}})
    _write(tmp_path, "forgotten.yaml", {"paths": {}})
    with pytest.raises(BundleError, match=r"not listed in x-fragments: forgotten.yaml"):
        bundle(tmp_path)


def test_unreadable_yaml_names_the_file(tmp_path: Path) -> None:
    _write(tmp_path, "openapi.yaml", _root("a.yaml"))
    (tmp_path / "a.yaml").write_text("paths: [unclosed", encoding="utf-8")
    with pytest.raises(BundleError, match=r"a.yaml"):
        bundle(tmp_path)


def test_the_real_spec_bundles_to_valid_openapi_31(spec_document: dict) -> None:
    validate(spec_document)
    assert spec_document["openapi"] == "3.1.0"


def test_an_invalid_document_is_rejected_with_its_location(spec_document: dict) -> None:
    broken = json.loads(json.dumps(spec_document))
    broken["paths"]["/get-balance.json"]["post"]["responses"] = "none"
    with pytest.raises(BundleError, match=r"not valid OpenAPI 3.1"):
        validate(broken)


def test_yaml_and_json_outputs_hold_the_same_document(spec_document: dict, tmp_path: Path) -> None:
    yaml_path, json_path = write(spec_document, tmp_path)
    assert yaml.safe_load(yaml_path.read_text(encoding="utf-8")) == spec_document
    assert json.loads(json_path.read_text(encoding="utf-8")) == spec_document
    assert dump_yaml(spec_document) == dump_yaml(bundle()), "bundling must be deterministic"
    assert dump_json(spec_document).endswith("}\n")
