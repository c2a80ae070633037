"""Every example of the vendor's reference validates against this spec.

The examples were copied from ../shared/reference/transmitsms-api-v2.md into
tests/data/reference_examples.json by tools/extract_reference_examples.py. Each response body, JSON
or XML (read into the JSON data model first), must validate against the response schema of its
operation, and must not carry a field the schema does not describe.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tools.spec_checks import describe_error, schema_validator, unknown_fields
from tools.xml_data import xml_to_data

DATA = json.loads((Path(__file__).parent.parent / "data" / "reference_examples.json").read_text(encoding="utf-8"))
EXAMPLES: list[dict[str, Any]] = DATA["examples"]


def _id(example: dict[str, Any]) -> str:
    return f"{example['method'] or 'auth'}:{example['example']}:{example['format']}".replace(" ", "_")


def _response_schema(doc: dict[str, Any], example: dict[str, Any]) -> Any:
    if example["method"] is None:
        return doc["components"]["responses"]["Unauthorized"]["content"]["application/json"]["schema"]
    operation = doc["paths"][f"/{example['method']}.json"]["post"]
    response = operation["responses"][str(example["status"])]
    return response["content"]["application/json"]["schema"]


def test_the_reference_data_covers_every_method_it_documents() -> None:
    methods = {e["method"] for e in EXAMPLES if e["method"]}
    assert len(methods) == 35
    assert {e["format"] for e in EXAMPLES} == {"json", "xml"}
    assert len(EXAMPLES) == 84


def test_every_method_the_reference_documents_is_in_the_spec(spec_document: dict[str, Any]) -> None:
    documented = {e["method"] for e in EXAMPLES if e["method"]}
    assert documented <= {path[1:].removesuffix(".json") for path in spec_document["paths"]}


@pytest.mark.parametrize("example", EXAMPLES, ids=[_id(e) for e in EXAMPLES])
def test_reference_example_matches_the_spec(spec_document: dict[str, Any], example: dict[str, Any]) -> None:
    schema = _response_schema(spec_document, example)
    if example["format"] == "json":
        body = json.loads(example["body"])
    else:
        body = xml_to_data(example["body"], schema, spec_document)
    label = f"{example['method']} ({example['section']}, {example['example']}, {example['format']})"
    errors = [describe_error(e) for e in schema_validator(spec_document, schema).iter_errors(body)]
    assert not errors, f"{label}: the response does not match the spec: {errors}"
    undocumented = unknown_fields(spec_document, schema, body)
    assert not undocumented, f"{label}: fields missing from the spec: {undocumented}"
