"""Reading success answers: tolerant by default, held to the spec's schemas in strict mode.

The service's answers differ from its documentation (spec, *Responses*): fields absent, null, of
another type, arrays omitted when empty. A client must read them all (issue 10):

* **Tolerant** (the default): the generated ``from_dict`` of every model reads each field on its
  own; one the answer lacks is ``UNSET``, one of another shape keeps the value as received (its
  annotation does not hold then), unknown fields are kept in ``additional_properties``. Only an
  answer that is not a JSON object, or carries an error code, raises.
* **Strict** (opt-in: ``strict_responses=True`` or ``TRANSMITSMS_STRICT_RESPONSES=1``): before
  parsing, ``problem(schemas, name, body)`` checks the answer against the operation's success schema
  of the spec (generated into ``response_schemas.py``), and the first deviation raises
  ``MalformedResponseError`` naming the operation and the field (``responses[0].msisdn``). Then
  every annotation holds.

``problem`` implements the JSON Schema keywords the generated schemas use (``SUPPORTED``; the
generator refuses a response schema with any other keyword, so nothing is silently unchecked):
``type`` (``integer`` excludes booleans and numbers with a fraction), ``properties``,
``patternProperties``, ``required``,
``additionalProperties``, ``items``, ``maxItems``, ``anyOf``, ``allOf``, ``enum``, ``const``,
``minimum``, ``maximum``, ``minLength``, ``pattern`` and ``$ref`` (a name in ``schemas``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

# What the generated ``from_dict`` of a field raises on a value of the wrong shape (``dict("x")``,
# ``None["a"]``, an open enum given a number, a missing key...), caught field by field.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)

SUPPORTED = frozenset(
    {
        "type",
        "properties",
        "patternProperties",
        "required",
        "additionalProperties",
        "items",
        "maxItems",
        "anyOf",
        "allOf",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "pattern",
        "$ref",
    }
)

Schemas = Mapping[str, Mapping[str, Any]]
#: What strict mode checks one answer against: the schemas, and the name of the answer's schema.
StrictSchema = tuple[Schemas, str]

_JSON_TYPES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A JSON Schema (ECMA-262) pattern as a Python regex: ``$`` is the end of the text, where
    Python's ``$`` also matches before a final newline (``"2020-01-01\\n"`` is no date)."""
    out = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _type_ok(value: Any, expected: str) -> bool:
    found = _json_type(value)
    return found == expected or (expected == "number" and found == "integer")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _describe(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _check(schemas: Schemas, schema: Mapping[str, Any], value: Any, path: str) -> tuple[str, str] | None:
    """The first deviation of ``value`` from ``schema`` as ``(path, what)``, or None."""
    ref = schema.get("$ref")
    if ref is not None:
        found = _check(schemas, schemas[ref], value, path)
        if found is not None:
            return found
    for branch in schema.get("allOf", ()):
        found = _check(schemas, branch, value, path)
        if found is not None:
            return found
    branches = schema.get("anyOf")
    if branches is not None:
        deviations = [_check(schemas, branch, value, path) for branch in branches]
        if all(d is not None for d in deviations):
            # The deepest deviation is the most telling (a field of the object branch, say).
            return max((d for d in deviations if d is not None), key=lambda d: len(d[0]))
    expected = schema.get("type")
    if expected is not None:
        allowed: list[str] = [str(t) for t in expected] if isinstance(expected, list) else [str(expected)]
        if not any(_type_ok(value, t) for t in allowed):
            wanted = " or ".join(_JSON_TYPES.get(t, t) for t in allowed)
            return path, f"expected {wanted}, got {_describe(value)}"
    if "const" in schema and value != schema["const"]:
        return path, f"expected {schema['const']!r}, got {_describe(value)}"
    if "enum" in schema and value not in schema["enum"]:
        return path, f"expected one of {', '.join(map(str, schema['enum']))}, got {_describe(value)}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return path, f"expected at least {schema['minimum']}, got {_describe(value)}"
        if "maximum" in schema and value > schema["maximum"]:
            return path, f"expected at most {schema['maximum']}, got {_describe(value)}"
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            return path, f"expected at least {schema['minLength']} characters, got {_describe(value)}"
        if "pattern" in schema and _compiled(schema["pattern"]).search(value) is None:
            return path, f"expected text matching {schema['pattern']}, got {_describe(value)}"
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        for name in schema.get("required", ()):
            if name not in value:
                return _join(path, name), "missing"
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                applicable = [properties[name]]
            else:
                applicable = [sub for pattern, sub in patterns.items() if _compiled(pattern).search(name)]
                if not applicable and isinstance(extra, Mapping):
                    applicable = [extra]
            for sub in applicable:
                found = _check(schemas, sub, item, _join(path, name))
                if found is not None:
                    return found
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return path, f"expected at most {schema['maxItems']} items, got {len(value)}"
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                found = _check(schemas, items, item, _join(path, index))
                if found is not None:
                    return found
    return None


def problem(schemas: Schemas, name: str, body: Any) -> tuple[str, str] | None:
    """The first deviation of ``body`` from the schema ``name`` as ``(field path, what)``, or None.

    The path names the field as Python would reach it in the JSON (``responses[0].msisdn``);
    ``(root)`` is the body itself.
    """
    found = _check(schemas, schemas[name], body, "")
    if found is None:
        return None
    path, what = found
    return (path or "(root)", what)
