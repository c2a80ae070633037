"""The mapping of each legacy method onto the current API, read from the legacy spec.

Contract: ``load()`` reads the bundled legacy document (``transmitsms_spec.load_legacy``) once and
returns the ``Mapping``: for every ``<Method>Params`` schema with ``x-legacy-method``, a ``Method``
with its parameters (name, aliases, whether required, its ``x-current`` targets as
``(operation, parameter)`` pairs, ``x-transform``), its ``x-current-operations`` (each with its
fixed ``arguments``) and its ``x-current-failures``; and for every answer schema, its fields in
document order (``fields``), each with its ``x-current`` source path, transform, and whether it
is derived or has no twin. This module only reads the document; the translator acts on it, and
the migration guide prints it. Nothing about a method's parameters is written anywhere else.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from typing import Any

from transmitsms_spec import load_legacy, object_properties, resolve

from .model import LegacyError, Param

Document = dict[str, Any]
SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True)
class Target:
    operation: str
    parameter: str


@dataclass(frozen=True)
class Parameter:
    name: str
    aliases: tuple[str, ...]
    required: bool
    targets: tuple[Target, ...]
    transform: str
    kind: str  # "string", "integer", "array"
    no_twin: str | None
    derived: str | None
    row: str | None  # the schema of an array's rows

    def to(self, operation: str) -> tuple[str, ...]:
        """The parameters of ``operation`` this one becomes."""
        return tuple(t.parameter for t in self.targets if t.operation == operation)


@dataclass(frozen=True)
class Operation:
    operation: str
    use: str
    when: str | None
    arguments: dict[str, Any]


@dataclass(frozen=True)
class Method:
    name: str
    schema: str
    parameters: dict[str, Parameter]
    operations: tuple[Operation, ...]
    failures: dict[str, str]
    notes: dict[str, str] = field(default_factory=dict)
    #: The parameters of a nested parameter's rows (``<recipients><recipient>``), if it has one.
    row_parameters: dict[str, Parameter] = field(default_factory=dict)

    def fixed(self, operation: str) -> dict[str, Any]:
        """The arguments ``operation`` always gets in this method (``x-current-operations``)."""
        for step in self.operations:
            if step.operation == operation:
                return dict(step.arguments)
        return {}

    def read(self, raw: MappingABC[str, Param]) -> dict[str, Param]:
        """The given parameters under their canonical names (aliases and case folded), empty ones
        dropped; ``LegacyError`` for a missing required one. Unknown names are ignored."""
        folded = {name.lower(): value for name, value in raw.items()}
        values: dict[str, Param] = {}
        for parameter in self.parameters.values():
            for name in (parameter.name, *parameter.aliases):
                value = folded.get(name.lower())
                if value not in (None, "", []):
                    assert value is not None
                    values[parameter.name] = value
                    break
            if parameter.required and parameter.name not in values:
                raise LegacyError(f"Missing parameter: {parameter.name}", self.name)
        return values


@dataclass(frozen=True)
class Field:
    name: str
    source: tuple[str, ...] | None  # ("get_lists", "lists", "id")
    transform: str | None
    derived: str | None
    no_twin: str | None
    required: bool
    element: str | None = None  # the element name of a record (``xml.name``)


@dataclass(frozen=True)
class Mapping:
    methods: dict[str, Method]
    records: dict[str, tuple[Field, ...]]
    transforms: dict[str, dict[str, Any]]
    document: Document

    def method(self, name: str) -> Method:
        found = self.methods.get(name)
        if found is None:
            raise LegacyError(f"Unknown method: {name}", name)
        return found

    def fields(self, schema: str) -> tuple[Field, ...]:
        return self.records[schema]


def _parameter(doc: Document, name: str, schema: Any, required: bool) -> Parameter:
    resolved = resolve(doc, schema, merge_siblings=True) or {}
    targets = []
    for text in resolved.get("x-current", []):
        operation, _, parameter = str(text).partition(".")
        targets.append(Target(operation, parameter))
    kind = str(resolved.get("type", "string"))
    row = None
    if kind == "array":
        ref = resolved.get("items", {}).get("$ref", "")
        row = ref.removeprefix(SCHEMAS) or None
    return Parameter(
        name=name,
        aliases=tuple(resolved.get("x-aliases", [])),
        required=required,
        targets=tuple(targets),
        transform=str(resolved.get("x-transform", "integer" if kind == "integer" else "text")),
        kind=kind,
        no_twin=resolved.get("x-no-twin"),
        derived=resolved.get("x-derived"),
        row=row,
    )


def parameters_of(doc: Document, schema: Any) -> dict[str, Parameter]:
    resolved = resolve(doc, schema) or {}
    required = set(resolved.get("required", []))
    return {
        name: _parameter(doc, name, prop, name in required) for name, prop in object_properties(doc, schema).items()
    }


def _fields(doc: Document, schema: Any) -> tuple[Field, ...]:
    resolved = resolve(doc, schema) or {}
    required: set[str] = set(resolved.get("required", []))
    for branch in resolved.get("allOf", []):
        required |= set((resolve(doc, branch) or {}).get("required", []))
    found = []
    for name, prop in object_properties(doc, schema).items():
        merged = resolve(doc, prop, merge_siblings=True) or {}
        source = merged.get("x-current")
        element = None
        target = resolve(doc, merged.get("items", merged)) or {}
        if isinstance(target.get("xml"), dict):
            element = target["xml"].get("name")
        found.append(
            Field(
                name=name,
                source=tuple(str(source).split(".")) if isinstance(source, str) else None,
                transform=merged.get("x-transform"),
                derived=merged.get("x-derived"),
                no_twin=merged.get("x-no-twin"),
                required=name in required,
                element=element,
            )
        )
    return tuple(found)


def build(doc: Document) -> Mapping:
    """The mapping held by a bundled legacy document."""
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    methods: dict[str, Method] = {}
    records: dict[str, tuple[Field, ...]] = {}
    for name, schema in schemas.items():
        ref = {"$ref": SCHEMAS + name}
        if isinstance(schema, dict) and "x-legacy-method" in schema:
            method = str(schema["x-legacy-method"])
            steps = tuple(
                Operation(
                    operation=str(step["operation"]),
                    use=str(step.get("use", "")),
                    when=step.get("when"),
                    arguments=dict(step.get("arguments", {})),
                )
                for step in schema.get("x-current-operations", [])
            )
            notes = {key: str(schema[key]) for key in ("x-no-twin", "x-assumption", "x-derived") if key in schema}
            parameters = parameters_of(doc, ref)
            rows = [p.row for p in parameters.values() if p.row]
            methods[method] = Method(
                name=method,
                schema=name,
                parameters=parameters,
                row_parameters=parameters_of(doc, {"$ref": SCHEMAS + rows[0]}) if rows else {},
                operations=steps,
                failures={str(k): str(v) for k, v in schema.get("x-current-failures", {}).items()},
                notes=notes,
            )
        elif isinstance(schema, dict):
            records[name] = _fields(doc, ref)
            # Inline records of an answer (``MessagesSingleAnswer.data``) are named by their path.
            for prop, value in object_properties(doc, ref).items():
                if isinstance(value, dict) and ("properties" in value or "allOf" in value) and "$ref" not in value:
                    records[f"{name}.{prop}"] = _fields(doc, value)
    return Mapping(methods=methods, records=records, transforms=dict(doc.get("x-transforms", {})), document=doc)


@functools.cache
def load() -> Mapping:
    """The mapping of the packaged (or, in a checkout, freshly bundled) legacy document."""
    return build(load_legacy())
