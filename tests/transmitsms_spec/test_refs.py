"""References: resolved, dereferenced, and inlined by the one rule of value types.

Only references to value types are inlined; in the bundle only those with siblings, for the
generator every one; and only when that keeps their meaning.
"""

from __future__ import annotations

from typing import Any

import pytest

from transmitsms_spec.refs import (
    UnresolvableReference,
    dereference,
    inline_value_refs,
    is_value_type,
    lookup,
    refs_in,
    resolve,
)


def document(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "components": {
            "schemas": {
                "Id": {"type": "integer", "format": "int64", "minimum": 1, "description": "An id."},
                "Money": {"type": "number", "format": "double"},
                "Page": {"type": "object", "properties": {"count": {"type": "integer"}}},
                "Either": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                "Kind": {"type": "string", "enum": ["a", "b"]},
                "Request": {"type": "object", "properties": properties},
            }
        }
    }


def request_of(doc: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = doc["components"]["schemas"]["Request"]["properties"]
    return properties


def test_a_scalar_reference_with_a_description_becomes_the_type_with_that_description() -> None:
    doc = document({"message_id": {"$ref": "#/components/schemas/Id", "description": "The message."}})
    assert request_of(inline_value_refs(doc, bare=False))["message_id"] == {
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "description": "The message.",
    }
    assert request_of(doc)["message_id"]["$ref"] == "#/components/schemas/Id", "the input is not modified"


def test_a_sibling_constraint_the_type_lacks_is_added() -> None:
    doc = document({"amount": {"$ref": "#/components/schemas/Money", "minimum": 0}})
    assert request_of(inline_value_refs(doc, bare=False))["amount"] == {
        "type": "number",
        "format": "double",
        "minimum": 0,
    }


def test_a_sibling_constraint_that_would_replace_the_types_own_stays_a_reference() -> None:
    original = {"$ref": "#/components/schemas/Id", "minimum": 0}
    assert request_of(inline_value_refs(document({"id": original}), bare=False))["id"] == original


def test_bare_references_and_references_to_objects_or_unions_stay() -> None:
    properties = {
        "bare": {"$ref": "#/components/schemas/Id"},
        "page": {"$ref": "#/components/schemas/Page", "description": "Where we are."},
        "either": {"$ref": "#/components/schemas/Either", "description": "One or the other."},
    }
    assert request_of(inline_value_refs(document(properties), bare=False)) == properties


def test_for_the_generator_bare_references_to_value_types_are_inlined_too() -> None:
    properties = {
        "bare": {"$ref": "#/components/schemas/Id"},
        "page": {"$ref": "#/components/schemas/Page", "description": "Where we are."},
        "kind": {"$ref": "#/components/schemas/Kind"},
    }
    inlined = request_of(inline_value_refs(document(properties), bare=True))
    assert inlined["bare"] == document({})["components"]["schemas"]["Id"]
    assert inlined["page"] == properties["page"] and inlined["kind"] == properties["kind"]


def test_is_value_type() -> None:
    assert is_value_type({"type": "string", "pattern": "^a$"})
    assert is_value_type({"type": ["string", "null"]})
    assert is_value_type({"type": "boolean", "default": False})
    assert not is_value_type({"type": "object"})
    assert not is_value_type({"type": "array", "items": {"type": "string"}})
    assert not is_value_type({"anyOf": [{"type": "string"}]})
    assert not is_value_type({"$ref": "#/components/schemas/Id"})
    assert not is_value_type({"type": "string", "enum": ["a", "b"]}), "an enum is a named type"
    assert not is_value_type({"const": 1}) and not is_value_type({"description": "no type"})


def test_the_bundled_spec_has_no_scalar_reference_with_siblings_left(spec_document: dict) -> None:
    schemas = spec_document["components"]["schemas"]
    left = []
    stack: list[tuple[str, Any]] = [("", spec_document)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and len(node) > 1 and is_value_type(schemas.get(ref.rsplit("/", 1)[-1])):
                left.append(where)
            stack.extend((f"{where}/{k}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{where}/{i}", v) for i, v in enumerate(node))
    assert left == []


def test_lookup_follows_json_pointer_escapes_and_refuses_what_is_not_there() -> None:
    doc = {"paths": {"/send-sms.json": {"post": {"operationId": "send_sms"}}}, "a~b": {"c%d": 1}}
    assert lookup(doc, "#/paths/~1send-sms.json/post")["operationId"] == "send_sms"
    assert lookup(doc, "#/a~0b/c%25d") == 1
    with pytest.raises(UnresolvableReference, match="no such node"):
        lookup(doc, "#/paths/~1nothing.json")
    with pytest.raises(UnresolvableReference, match="only internal references"):
        lookup(doc, "other.yaml#/components/schemas/Id")


def test_resolve_follows_chains_and_answers_none_on_a_broken_or_looping_one() -> None:
    doc = document({})
    schemas = doc["components"]["schemas"]
    schemas["Alias"] = {"$ref": "#/components/schemas/Id"}
    schemas["Loop"] = {"$ref": "#/components/schemas/Loop"}
    assert resolve(doc, {"$ref": "#/components/schemas/Alias"}) == schemas["Id"]
    assert resolve(doc, {"$ref": "#/components/schemas/Loop"}) is None
    assert resolve(doc, {"$ref": "#/components/schemas/Missing"}) is None
    assert resolve(doc, {"type": "string"}) == {"type": "string"}
    described = resolve(doc, {"$ref": "#/components/schemas/Id", "description": "Mine."}, merge_siblings=True)
    assert described == {**schemas["Id"], "description": "Mine."}


def test_dereference_replaces_every_reference_and_stops_on_a_cycle() -> None:
    doc = document({"page": {"$ref": "#/components/schemas/Page"}, "id": {"$ref": "#/components/schemas/Id"}})
    flat = dereference(doc, {"$ref": "#/components/schemas/Request"})
    assert not list(refs_in(flat))
    assert flat["properties"]["page"]["properties"]["count"] == {"type": "integer"}
    doc["components"]["schemas"]["Loop"] = {
        "type": "object",
        "properties": {"next": {"$ref": "#/components/schemas/Loop"}},
    }
    with pytest.raises(ValueError, match="too deep"):
        dereference(doc, {"$ref": "#/components/schemas/Loop"})


def test_refs_in_finds_every_reference() -> None:
    node = {"a": [{"$ref": "#/x"}, {"b": {"$ref": "#/y"}}], "$ref": "#/z"}
    assert sorted(refs_in(node)) == ["#/x", "#/y", "#/z"]
