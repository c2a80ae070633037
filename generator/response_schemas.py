"""The success schemas of the spec, as the client's strict mode checks answers against them.

Contract: ``response_schemas(doc)`` returns ``{name: schema}`` for the schema of every operation's
200 answer and every component schema those reach, each reduced to the JSON Schema keywords that
``transmitsms._runtime.reading`` checks, with ``$ref`` written as the component's name. Keywords
that describe without constraining (``description``, ``examples``, ``format``, ``x-`` extensions...)
are dropped; any other keyword raises ``ContextError``, so that the strict mode never silently
checks less than the spec says. ``success_schema(operation)`` is the name of an operation's 200
schema.
"""

from __future__ import annotations

from typing import Any

from generator.context import ContextError

Document = dict[str, Any]

_PREFIX = "#/components/schemas/"
_DESCRIPTIVE = frozenset({"description", "examples", "example", "format", "title", "deprecated", "default"})
_SCHEMA_MAPS = ("properties", "patternProperties")
_SCHEMA_LISTS = ("anyOf", "allOf")


def _checked() -> frozenset[str]:
    # The keywords the client's strict mode checks are the runtime's to say; imported when used,
    # as generator.context imports the runtime's error table.
    from transmitsms._runtime.reading import SUPPORTED

    return SUPPORTED


def success_schema(operation: dict[str, Any]) -> str:
    """The component name of the schema of an operation's 200 JSON answer."""
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    if not ref.startswith(_PREFIX):
        raise ContextError(f"{operation.get('operationId')}: the 200 answer's schema must be a named component")
    return str(ref[len(_PREFIX) :])


def _reduce(node: Any, where: str, found: set[str]) -> Any:
    if not isinstance(node, dict):
        raise ContextError(f"{where}: a schema must be an object, got {node!r}")
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DESCRIPTIVE or key.startswith("x-") or key in ("readOnly", "writeOnly"):
            continue
        if key not in _checked():
            raise ContextError(f"{where}: the client's strict mode cannot check the keyword {key!r}")
        if key == "$ref":
            if not str(value).startswith(_PREFIX):
                raise ContextError(f"{where}: {value!r} is not a component schema")
            out[key] = value[len(_PREFIX) :]
            found.add(out[key])
        elif key in _SCHEMA_MAPS:
            out[key] = {name: _reduce(sub, f"{where}.{name}", found) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS:
            out[key] = [_reduce(sub, f"{where}.{key}[{i}]", found) for i, sub in enumerate(value)]
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _reduce(value, f"{where}.{key}", found)
        elif key == "additionalProperties" and value is True:
            continue
        else:
            out[key] = value
    return out


def response_schemas(doc: Document) -> dict[str, Any]:
    """Every schema the success answers use, reduced (see the module's contract), sorted by name."""
    components = doc["components"]["schemas"]
    pending = [success_schema(item["post"]) for item in doc["paths"].values()]
    reduced: dict[str, Any] = {}
    while pending:
        name = pending.pop()
        if name in reduced:
            continue
        if name not in components:
            raise ContextError(f"schema {name!r} is referenced but not defined")
        refs: set[str] = set()
        reduced[name] = _reduce(components[name], name, refs)
        pending.extend(refs)
    return dict(sorted(reduced.items()))
