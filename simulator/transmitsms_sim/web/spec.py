"""The bundled OpenAPI document the simulator serves, and what the front-end reads from it.

Contract: ``load_spec()`` returns the bundled document (``transmitsms_spec.load``: the copy the
wheel ships, made at build time, or in a checkout a bundle of ``spec/``); ``spec_json_bytes()`` and
``spec_yaml_bytes()`` are its two published forms. ``operations(doc)`` maps each method name
(``send-sms``) to an ``Operation``: its operationId, its request schema with every ``$ref``
inlined (or None when it takes no parameters), the value type each property names, and its
error codes. ``inline(doc, node)`` is the reference inliner (``transmitsms_spec.dereference``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from transmitsms_spec import dereference, dump_yaml, form_schema, load, method_of, published_json, resolve

inline = dereference


@dataclass(frozen=True)
class Operation:
    method: str
    operation_id: str
    request_schema: dict[str, Any] | None
    property_refs: dict[str, str]
    error_codes: frozenset[str]


@cache
def load_spec() -> dict[str, Any]:
    return load()


def spec_json_bytes() -> bytes:
    return published_json()


@cache
def spec_yaml_bytes() -> bytes:
    return dump_yaml(load_spec()).encode()


def _named_patterns(doc: dict[str, Any]) -> dict[str, str]:
    """The name of each component schema by its ``pattern`` (the first name, for shared ones)."""
    found: dict[str, str] = {}
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if isinstance(schema, dict) and isinstance(schema.get("pattern"), str):
            found.setdefault(schema["pattern"], name)
    return found


def operations(doc: dict[str, Any]) -> dict[str, Operation]:
    """Every operation of the document, by method name."""
    found: dict[str, Operation] = {}
    by_pattern = _named_patterns(doc)
    for path, item in doc.get("paths", {}).items():
        method = method_of(path)
        operation = item.get("post") if isinstance(item, dict) else None
        if method is None or not isinstance(operation, dict):
            continue
        raw_schema = form_schema(operation)
        schema = dereference(doc, raw_schema) if raw_schema is not None else None
        refs: dict[str, str] = {}
        if raw_schema is not None:
            for name, prop in (resolve(doc, raw_schema) or {}).get("properties", {}).items():
                if isinstance(prop, dict) and isinstance(prop.get("$ref"), str):
                    refs[name] = prop["$ref"].rsplit("/", 1)[-1]
                elif isinstance(prop, dict) and prop.get("pattern") in by_pattern:
                    # The bundle may inline a referenced scalar type; its pattern still names it.
                    refs[name] = by_pattern[prop["pattern"]]
        codes = frozenset(entry["code"] for entry in operation.get("x-error-codes", []) if isinstance(entry, dict))
        found[method] = Operation(
            method=method,
            operation_id=operation["operationId"],
            request_schema=schema,
            property_refs=refs,
            error_codes=codes,
        )
    return found
