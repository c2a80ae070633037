"""Only references to scalar types with siblings are inlined, and only when that keeps their meaning."""

from __future__ import annotations

from typing import Any

from tools.inline_refs import inline_scalar_refs, is_scalar


def document(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "components": {
            "schemas": {
                "Id": {"type": "integer", "format": "int64", "minimum": 1, "description": "An id."},
                "Money": {"type": "number", "format": "double"},
                "Page": {"type": "object", "properties": {"count": {"type": "integer"}}},
                "Either": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                "Request": {"type": "object", "properties": properties},
            }
        }
    }


def request_of(doc: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = doc["components"]["schemas"]["Request"]["properties"]
    return properties


def test_a_scalar_reference_with_a_description_becomes_the_type_with_that_description() -> None:
    doc = document({"message_id": {"$ref": "#/components/schemas/Id", "description": "The message."}})
    assert request_of(inline_scalar_refs(doc))["message_id"] == {
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "description": "The message.",
    }
    assert request_of(doc)["message_id"]["$ref"] == "#/components/schemas/Id", "the input is not modified"


def test_a_sibling_constraint_the_type_lacks_is_added() -> None:
    doc = document({"amount": {"$ref": "#/components/schemas/Money", "minimum": 0}})
    assert request_of(inline_scalar_refs(doc))["amount"] == {"type": "number", "format": "double", "minimum": 0}


def test_a_sibling_constraint_that_would_replace_the_types_own_stays_a_reference() -> None:
    original = {"$ref": "#/components/schemas/Id", "minimum": 0}
    assert request_of(inline_scalar_refs(document({"id": original})))["id"] == original


def test_bare_references_and_references_to_objects_or_unions_stay() -> None:
    properties = {
        "bare": {"$ref": "#/components/schemas/Id"},
        "page": {"$ref": "#/components/schemas/Page", "description": "Where we are."},
        "either": {"$ref": "#/components/schemas/Either", "description": "One or the other."},
    }
    assert request_of(inline_scalar_refs(document(properties))) == properties


def test_is_scalar() -> None:
    assert is_scalar({"type": "string", "pattern": "^a$"})
    assert is_scalar({"type": ["string", "null"]})
    assert not is_scalar({"type": "object"})
    assert not is_scalar({"type": "array", "items": {"type": "string"}})
    assert not is_scalar({"anyOf": [{"type": "string"}]})
    assert not is_scalar({"$ref": "#/components/schemas/Id"})


def test_the_bundled_spec_has_no_scalar_reference_with_siblings_left(spec_document: dict) -> None:
    schemas = spec_document["components"]["schemas"]
    left = []
    stack: list[tuple[str, Any]] = [("", spec_document)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and len(node) > 1 and is_scalar(schemas.get(ref.rsplit("/", 1)[-1])):
                left.append(where)
            stack.extend((f"{where}/{k}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{where}/{i}", v) for i, v in enumerate(node))
    assert left == []
