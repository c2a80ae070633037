"""What the callbacks template renders: one typed payload per webhook of the spec.

Contract: ``callback_payloads(doc)`` turns the webhooks of the bundled document (not the
preprocessed one, which has none) into ``CallbackInfo`` rows, in the order of ``webhooks``. Each
payload field gets the kind the runtime reads it as (``_runtime/callbacks.py``): a
``CallbackDigits`` is an integer, a ``CallbackDateTime`` a UTC date-time (by ``$ref`` or, where
the bundle inlined the reference, by type and pattern), a ``yes``/``no`` enum a bool, another enum
an open enum, a string without a pattern text. Any other field raises ``ContextError``: a new
shape needs a decision, not a silent string. Each payload's ``x-event-key`` (the fields that
identify one event, for ``dedupe_key``) must name fields of it, or raises too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.context import ContextError, Document
from transmitsms_spec import resolve


@dataclass(frozen=True)
class EnumInfo:
    """An open enum of a callback field."""

    class_name: str
    members: tuple[tuple[str, str], ...]
    description: str


@dataclass(frozen=True)
class CallbackFieldInfo:
    """One documented parameter of a callback payload."""

    name: str
    attribute: str
    kind: str
    required: bool
    annotation: str
    description: str
    enum: EnumInfo | None


@dataclass(frozen=True)
class CallbackInfo:
    """One callback payload (a webhook of the spec)."""

    event: str
    schema: str
    class_name: str
    function: str
    summary: str
    description: str
    details: str
    fields: tuple[CallbackFieldInfo, ...]
    #: ``x-event-key``: the attributes (in the spec's order) whose values identify one event.
    event_key: tuple[str, ...]

    @property
    def fields_constant(self) -> str:
        """The module constant holding the field table (``_DLR_FIELDS``)."""
        return f"_{naming.snake(self.event).upper()}_FIELDS"

    @property
    def required_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


# Reference targets of callback fields, by the kind the runtime reads them as.
_CALLBACK_KINDS = {"CallbackDigits": ("INTEGER", "int"), "CallbackDateTime": ("DATETIME", "_dt.datetime")}


def _member_name(value: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper()
    return name if name and not name[0].isdigit() else f"VALUE_{name}"


def _value_type(doc: Document, prop: dict[str, Any]) -> str | None:
    """The ``_CALLBACK_KINDS`` schema a field is, by reference or, once inlined by the bundle, by shape."""
    ref = prop.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    schemas = doc.get("components", {}).get("schemas", {})
    for name in _CALLBACK_KINDS:
        shape = schemas.get(name, {})
        if prop.get("type") == shape.get("type") and "pattern" in prop and prop.get("pattern") == shape.get("pattern"):
            return name
    return None


def _callback_field(
    doc: Document, schema_name: str, name: str, prop: dict[str, Any], required: bool
) -> CallbackFieldInfo:
    target = _value_type(doc, prop)
    description = str(prop.get("description", "")).strip()
    enum = None
    if target is not None:
        if target not in _CALLBACK_KINDS:
            raise ContextError(f"{schema_name}.{name}: no callback field kind for $ref {prop.get('$ref')!r}")
        kind, base = _CALLBACK_KINDS[target]
    elif prop.get("type") == "string" and isinstance(prop.get("enum"), list):
        values = [str(v) for v in prop["enum"]]
        if sorted(values) == ["no", "yes"]:
            kind, base = "YES_NO", "bool"
        else:
            enum = EnumInfo(
                class_name=schema_name + naming.pascal(name),
                members=tuple((_member_name(v), v) for v in values),
                description=description,
            )
            kind, base = "ENUM", enum.class_name
    elif prop.get("type") == "string" and "pattern" not in prop:
        kind, base = "TEXT", "str"
    else:
        raise ContextError(f"{schema_name}.{name}: no callback field kind for {prop!r}")
    return CallbackFieldInfo(
        name=name,
        attribute=naming.argument_name(name),
        kind=kind,
        required=required,
        annotation=base if required else f"{base} | None",
        description=description,
        enum=enum,
    )


def _event_key(schema_name: str, schema: dict[str, Any], fields: tuple[CallbackFieldInfo, ...]) -> tuple[str, ...]:
    """The attributes ``x-event-key`` names; a payload without one, or naming no field of it, raises."""
    names = schema.get("x-event-key")
    by_name = {f.name: f.attribute for f in fields}
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n in by_name for n in names):
        raise ContextError(f"{schema_name}: x-event-key must list the fields that identify one event, got {names!r}")
    return tuple(by_name[n] for n in names)


def callback_payloads(doc: Document) -> tuple[CallbackInfo, ...]:
    """The payloads of the spec's webhooks, in the order of ``webhooks``."""
    out = []
    for event, item in doc.get("webhooks", {}).items():
        path_item = resolve(doc, item)
        operation = path_item["get"]
        parameters = operation.get("parameters", [])
        if len(parameters) != 1 or parameters[0].get("in") != "query":
            raise ContextError(f"webhook {event!r}: expected one query parameter object holding the payload")
        ref = parameters[0]["schema"].get("$ref", "")
        schema_name = ref.rsplit("/", 1)[-1]
        schema = resolve(doc, parameters[0]["schema"])
        required = set(schema.get("required", []))
        fields = tuple(
            _callback_field(doc, schema_name, name, prop, name in required)
            for name, prop in schema["properties"].items()
        )
        out.append(
            CallbackInfo(
                event=event,
                schema=schema_name,
                class_name=schema_name,
                function="parse_" + naming.snake(event),
                summary=str(operation.get("summary", "")).strip(),
                description=str(schema.get("description", "")).strip(),
                details=str(operation.get("description", "")).strip(),
                fields=fields,
                event_key=_event_key(schema_name, schema, fields),
            )
        )
    return tuple(out)
