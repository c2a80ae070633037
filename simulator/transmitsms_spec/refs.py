"""``$ref`` resolution, dereferencing, and the one inlining rule of the spec's value types.

Contract:

* ``lookup(doc, ref)`` is the node an internal reference (``#/components/schemas/Money``) points
  to, resolved by ``referencing`` (JSON Pointer escapes and percent-encoding included); it raises
  ``UnresolvableReference`` for a reference to another document or to nothing.
* ``resolve(doc, node)`` follows a chain of references from ``node`` and returns the node at its
  end, or None when a reference cannot be resolved or the chain loops: the spec checks report a
  broken document instead of raising. With ``merge_siblings``, the keywords beside each ``$ref``
  are laid over its target (what ``tools.spec_diff`` compares).
* ``dereference(doc, node)`` is ``node`` with every reference replaced by its target, siblings
  laid over it, recursively: a self-contained schema for a validator (the simulator's requests).
* ``is_value_type(schema)`` is the spec's one idea of a scalar type: a schema of a single value
  (not an object or an array) with no structure of its own and no fixed set of values (an
  ``enum`` or ``const`` is a named type for generators, so it stays a reference).
* ``inline_value_refs(doc, bare=...)`` replaces references to value types by the type itself.
  With ``bare=False`` (the published bundle) only references carrying keywords of their own,
  which openapi-generator misreads as composed schemas; with ``bare=True`` (the document given
  to openapi-python-client, which drops both the siblings and the target's ``default``) every
  one. A reference whose siblings would change a keyword the type already has (``minimum`` on
  a type with a ``minimum``) is kept: merging would change its meaning, since JSON Schema
  applies both.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

Document = dict[str, Any]

SCHEMA_PREFIX = "#/components/schemas/"
#: Keywords that only describe a value: a sibling of a reference may replace the target's.
ANNOTATIONS = frozenset({"description", "title", "deprecated", "readOnly", "writeOnly", "examples", "default"})
_STRUCTURE = frozenset(
    {"properties", "items", "allOf", "anyOf", "oneOf", "additionalProperties", "$ref", "enum", "const"}
)
_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean", "null"})
_BASE_URI = "urn:transmitsms:openapi"
_MAX_DEPTH = 64


class UnresolvableReference(LookupError):
    """A ``$ref`` that points to another document, or to nothing in this one."""


def lookup(doc: Document, ref: str) -> Any:
    """The node ``ref`` (an internal reference, ``#/...``) points to in ``doc``."""
    if not ref.startswith("#"):
        raise UnresolvableReference(f"{ref}: only internal references (#/...) are allowed")
    resolver = Registry().with_resource(_BASE_URI, Resource.opaque(doc)).resolver(base_uri=_BASE_URI)
    try:
        return resolver.lookup(ref).contents
    except Unresolvable as exc:
        raise UnresolvableReference(f"{ref}: no such node in the document") from exc


def resolve(doc: Document, node: Any, *, merge_siblings: bool = False) -> Any:
    """The node at the end of ``node``'s chain of references; None if it breaks or loops."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            return None
        seen.add(ref)
        try:
            target = lookup(doc, ref)
        except UnresolvableReference:
            return None
        siblings = {key: value for key, value in node.items() if key != "$ref"} if merge_siblings else {}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return node


def dereference(doc: Document, node: Any, depth: int = 0) -> Any:
    """``node`` with every internal reference replaced by its target (siblings laid over it).

    Raises:
        UnresolvableReference: a reference points nowhere.
        ValueError: the references nest too deep (a cycle).
    """
    if depth > _MAX_DEPTH:
        raise ValueError("$ref nesting too deep (a cycle?)")
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            target = dereference(doc, lookup(doc, node["$ref"]), depth + 1)
            siblings = {k: dereference(doc, v, depth + 1) for k, v in node.items() if k != "$ref"}
            return {**target, **siblings} if isinstance(target, dict) else target
        return {k: dereference(doc, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [dereference(doc, item, depth + 1) for item in node]
    return node


def refs_in(node: Any) -> Iterator[str]:
    """Every ``$ref`` string anywhere under ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def is_value_type(schema: Any) -> bool:
    """A schema of one scalar value, with no structure and no fixed set of values (see the module)."""
    if not isinstance(schema, dict) or _STRUCTURE & schema.keys():
        return False
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types]
    return bool(type_list) and all(t in _SCALAR_TYPES for t in type_list)


def inlined(schemas: dict[str, Any], node: dict[str, Any], *, bare: bool) -> dict[str, Any] | None:
    """The inline form of a reference to a value type, or None when it must stay a reference."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX) or (len(node) == 1 and not bare):
        return None
    target = schemas.get(ref[len(SCHEMA_PREFIX) :])
    if not is_value_type(target):
        return None
    assert isinstance(target, dict)
    siblings = {key: value for key, value in node.items() if key != "$ref"}
    if any(key not in ANNOTATIONS and key in target for key in siblings):
        return None
    return {**copy.deepcopy(target), **copy.deepcopy(siblings)}


def inline_value_refs(doc: Document, *, bare: bool) -> Document:
    """A copy of ``doc`` with references to value types inlined (see the module docstring)."""
    schemas = doc.get("components", {}).get("schemas", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            replacement = inlined(schemas, node, bare=bare)
            if replacement is not None:
                return replacement
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    result = walk(doc)
    assert isinstance(result, dict)
    return result
