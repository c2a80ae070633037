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
* **Referenced value types are inlined.** Every ``$ref`` to a value type (the spec's one idea of
  a scalar: ``transmitsms_spec.refs.is_value_type``) is replaced by the type with the reference's
  siblings laid over it (``inline_value_refs(bare=True)``), because the generator drops the
  siblings (``description``) and the target's ``default``. The bundle already inlined those with
  siblings, by the same rule.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from transmitsms_spec import inline_value_refs, operations, refs_in, resolve

Document = dict[str, Any]

_SCHEMA_PREFIX = "#/components/schemas/"


def preprocess(doc: Document) -> Document:
    """The document to hand to openapi-python-client (see the module docstring)."""
    out = copy.deepcopy(doc)
    _remove_callbacks(out)
    for schema in out.get("components", {}).get("schemas", {}).values():
        _describe_required_alternatives(schema)
    _close_request_bodies(out)
    return inline_value_refs(out, bare=True)


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
