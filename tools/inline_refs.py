"""Resolve the ``$ref``s that code generators misread: references to scalar types with siblings.

OpenAPI 3.1 lets a schema reference carry keywords of its own (``{"$ref": ".../MessageId",
"description": "The ID returned by send-sms."}``); the spec uses that to describe each use of a
shared value type. openapi-generator 7 reads such a reference as a composed schema: its
typescript-fetch client then sends the field as a JSON blob (``message_id=[object Blob]``) instead
of a form value. Redocly and the validators read it correctly.

Contract: ``inline_scalar_refs(document)`` returns a copy of the document in which every reference
to a scalar schema (no properties, items or composition; not an object or array) that has sibling
keywords is replaced by the referenced schema with the siblings applied, when that keeps its
meaning: each sibling is an annotation (``description``, ``deprecated``...) or a keyword the
referenced schema does not have (``minimum`` added to ``Money``). Any other reference is kept:
references to objects keep their named models in generated clients, and a bare reference is
already read correctly. Scalar types produce no model, so generated code loses nothing.
"""

from __future__ import annotations

import copy
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
ANNOTATIONS = frozenset({"description", "title", "deprecated", "readOnly", "writeOnly", "examples", "default"})
_STRUCTURE = frozenset({"properties", "items", "allOf", "anyOf", "oneOf", "additionalProperties", "$ref"})


def is_scalar(schema: Any) -> bool:
    """A schema of a single value: no structure of its own, not an object or an array."""
    if not isinstance(schema, dict) or _STRUCTURE & schema.keys():
        return False
    types = schema.get("type")
    types = set(types) if isinstance(types, list) else {types}
    return not types & {"object", "array"}


def inlined(schemas: dict[str, Any], node: dict[str, Any]) -> dict[str, Any] | None:
    """The inline form of a reference with siblings, or None when it must stay a reference."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX) or len(node) == 1:
        return None
    target = schemas.get(ref[len(SCHEMA_PREFIX) :])
    if not is_scalar(target):
        return None
    assert isinstance(target, dict)
    siblings = {key: value for key, value in node.items() if key != "$ref"}
    if any(key not in ANNOTATIONS and key in target for key in siblings):
        return None
    return {**copy.deepcopy(target), **copy.deepcopy(siblings)}


def inline_scalar_refs(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with references to scalar types that carry siblings inlined."""
    schemas = document.get("components", {}).get("schemas", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            replacement = inlined(schemas, node)
            if replacement is not None:
                return replacement
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    result = walk(document)
    assert isinstance(result, dict)
    return result
