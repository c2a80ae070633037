"""The bundled OpenAPI document shipped in the package, and what the front-end reads from it.

Contract: ``load_spec()`` returns the document ``make bundle`` copied to
``transmitsms_sim/openapi.json`` (so an installed simulator needs no repository checkout).
``operations(doc)`` maps each method name (``send-sms``) to an ``Operation``: its operationId, its
request schema with every ``$ref`` inlined (or None when it takes no parameters), its error codes
and its HTTP methods. ``inline(doc, node)`` is the reference inliner, usable on any small document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

_PATH = re.compile(r"^/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$")


@dataclass(frozen=True)
class Operation:
    method: str
    operation_id: str
    request_schema: dict[str, Any] | None
    property_refs: dict[str, str]
    error_codes: frozenset[str]


@cache
def load_spec() -> dict[str, Any]:
    text = resources.files("transmitsms_sim").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@cache
def spec_json_bytes() -> bytes:
    return resources.files("transmitsms_sim").joinpath("openapi.json").read_bytes()


@cache
def spec_yaml_bytes() -> bytes:
    return yaml.safe_dump(load_spec(), sort_keys=False, allow_unicode=True, width=100).encode()


def resolve(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def inline(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """``node`` with every internal ``$ref`` replaced by its target (sibling keywords kept)."""
    if depth > 50:
        raise ValueError("$ref nesting too deep (a cycle?)")
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            target = inline(doc, resolve(doc, node["$ref"]), depth + 1)
            siblings = {k: inline(doc, v, depth + 1) for k, v in node.items() if k != "$ref"}
            return {**target, **siblings} if isinstance(target, dict) else target
        return {k: inline(doc, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(doc, item, depth + 1) for item in node]
    return node


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
        match = _PATH.match(path)
        operation = item.get("post") if isinstance(item, dict) else None
        if match is None or not isinstance(operation, dict):
            continue
        body = (operation.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded", {})
        raw_schema = body.get("schema")
        schema = inline(doc, raw_schema) if raw_schema is not None else None
        refs: dict[str, str] = {}
        if raw_schema is not None:
            source = resolve(doc, raw_schema["$ref"]) if "$ref" in raw_schema else raw_schema
            for name, prop in source.get("properties", {}).items():
                if isinstance(prop, dict) and isinstance(prop.get("$ref"), str):
                    refs[name] = prop["$ref"].rsplit("/", 1)[-1]
                elif isinstance(prop, dict) and prop.get("pattern") in by_pattern:
                    # The bundle may inline a referenced scalar type; its pattern still names it.
                    refs[name] = by_pattern[prop["pattern"]]
        codes = frozenset(entry["code"] for entry in operation.get("x-error-codes", []) if isinstance(entry, dict))
        found[match.group(1)] = Operation(
            method=match.group(1),
            operation_id=operation["operationId"],
            request_schema=schema,
            property_refs=refs,
            error_codes=codes,
        )
    return found
