"""Rewrite the bundled spec into the document openapi-python-client is given.

Contract: ``preprocess(doc)`` returns a new document (``doc`` is not modified) that describes the
same requests and responses, reshaped around the generator's verified limitations:

* **Callbacks leave.** ``webhooks``, operation ``callbacks``, ``components/pathItems`` and the
  schemas only they use are removed: the generator would drop the first three silently and turn
  the payload schemas into string-only models. ``transmitsms.callbacks`` is rendered from the
  original document instead (``generator.context.callback_payloads``).
* **Required-only alternatives become prose.** An object-level ``oneOf``/``anyOf`` whose branches
  only list ``required`` fields (and ``dependentRequired``) is removed and stated in the schema's
  description: the generator would otherwise type the request body as a union (or drop it). The
  service still enforces the rule and answers ``FIELD_EMPTY``.
* **Request bodies are closed.** The service ignores parameters it does not know, so the spec's
  request bodies are open; the client sends only the parameters the spec names (canonical
  requests), so its request models are generated from closed bodies, without an
  ``additional_properties`` map a caller could fill with parameters the service would drop.
* **Referenced primitives are inlined.** A ``$ref`` to a non-object, non-enum schema is replaced
  by a copy of the target merged with the reference's siblings, because the generator drops the
  siblings (``description``) and the target's ``default``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from tools.spec_checks import operations, resolve

Document = dict[str, Any]

_SCHEMA_PREFIX = "#/components/schemas/"
_COMPOSITE_KEYS = ("properties", "allOf", "anyOf", "oneOf", "enum", "const", "items", "additionalProperties")


def preprocess(doc: Document) -> Document:
    """The document to hand to openapi-python-client (see the module docstring)."""
    out = copy.deepcopy(doc)
    _remove_callbacks(out)
    for schema in out.get("components", {}).get("schemas", {}).values():
        _describe_required_alternatives(schema)
    _close_request_bodies(out)
    primitives = {name for name, schema in out["components"]["schemas"].items() if is_primitive(schema)}
    out["paths"] = _inline_refs(out["paths"], out, primitives)
    out["components"] = _inline_refs(out["components"], out, primitives)
    return out


def is_primitive(schema: Any) -> bool:
    """A scalar schema without enum: a string, number, integer or boolean value type."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types]
    if not type_list or not all(t in {"string", "integer", "number", "boolean", "null"} for t in type_list):
        return False
    return not any(key in schema for key in _COMPOSITE_KEYS)


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


def reachable_schemas(doc: Document, roots: Any) -> set[str]:
    """Names of the component schemas referenced from ``roots``, transitively."""
    schemas = doc.get("components", {}).get("schemas", {})
    found: set[str] = set()
    pending = list(refs_in(roots))
    while pending:
        ref = pending.pop()
        if ref.startswith(_SCHEMA_PREFIX):
            name = ref[len(_SCHEMA_PREFIX) :]
            if name not in found and name in schemas:
                found.add(name)
                pending.extend(refs_in(schemas[name]))
        elif ref.startswith("#/"):
            pending.extend(refs_in(resolve(doc, {"$ref": ref})))
    return found


def callback_schema_names(doc: Document) -> set[str]:
    """Schemas used by the callbacks and webhooks and by nothing else."""
    callback_roots = [doc.get("webhooks", {}), doc.get("components", {}).get("pathItems", {})]
    callback_roots += [op.get("callbacks", {}) for op in _operations(doc)]
    used_by_callbacks = reachable_schemas(doc, callback_roots)
    stripped = copy.deepcopy(doc)
    stripped.pop("webhooks", None)
    stripped.get("components", {}).pop("pathItems", None)
    for op in _operations(stripped):
        op.pop("callbacks", None)
    other_roots = [stripped.get("paths", {})] + [
        schema
        for name, schema in stripped.get("components", {}).get("schemas", {}).items()
        if name not in used_by_callbacks
    ]
    other_roots += [v for k, v in stripped.get("components", {}).items() if k != "schemas"]
    return used_by_callbacks - reachable_schemas(stripped, other_roots)


def _operations(doc: Document) -> Iterator[dict[str, Any]]:
    return (op for _, _, op in operations(doc))


def _remove_callbacks(doc: Document) -> None:
    names = callback_schema_names(doc)
    doc.pop("webhooks", None)
    components = doc.get("components", {})
    components.pop("pathItems", None)
    for op in _operations(doc):
        op.pop("callbacks", None)
    for name in names:
        components.get("schemas", {}).pop(name, None)


def _close_request_bodies(doc: Document) -> None:
    for op in _operations(doc):
        body = op.get("requestBody")
        if not isinstance(body, dict):
            continue
        for media in body.get("content", {}).values():
            schema = resolve(doc, media.get("schema", {}))
            if isinstance(schema, dict) and schema.get("type") == "object":
                schema["additionalProperties"] = False


def _required_only(branches: Any) -> bool:
    return (
        isinstance(branches, list)
        and bool(branches)
        and all(isinstance(b, dict) and set(b) == {"required"} for b in branches)
    )


def _field_list(names: list[str], conjunction: str) -> str:
    quoted = [f"`{name}`" for name in names]
    if len(quoted) <= 2:
        return f" {conjunction} ".join(quoted)
    return ", ".join(quoted[:-1]) + f" {conjunction} " + quoted[-1]


def _describe_required_alternatives(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    sentences = []
    for keyword, lead in (("oneOf", "Exactly one of"), ("anyOf", "At least one of")):
        branches = schema.get(keyword)
        if isinstance(branches, list) and _required_only(branches):
            names = [name for branch in branches for name in branch["required"]]
            sentences.append(f"{lead} {_field_list(names, 'or')} is required.")
            del schema[keyword]
    dependent = schema.pop("dependentRequired", None)
    if isinstance(dependent, dict):
        for name, needed in dependent.items():
            sentences.append(f"With `{name}`, {_field_list(list(needed), 'and')} must be given too.")
    if sentences:
        existing = str(schema.get("description", "")).rstrip()
        schema["description"] = " ".join([existing, *sentences]) if existing else " ".join(sentences)


def _inline_refs(node: Any, doc: Document, primitives: set[str]) -> Any:
    if isinstance(node, list):
        return [_inline_refs(value, doc, primitives) for value in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX) and ref[len(_SCHEMA_PREFIX) :] in primitives:
        target = copy.deepcopy(doc["components"]["schemas"][ref[len(_SCHEMA_PREFIX) :]])
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return _inline_refs({**target, **siblings}, doc, primitives)
    return {key: _inline_refs(value, doc, primitives) for key, value in node.items()}
