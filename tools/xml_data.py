"""Read the API's XML answers into the data model of its JSON answers, guided by the spec.

The service answers ``/<method>.xml`` with the same data as ``/<method>.json``: a ``<response>``
root, one element per field, nested elements for objects and repeated ``<item>`` elements for
arrays. XML carries no types, so the schema of the matching JSON response decides them.

Contract: ``xml_to_data(text, schema, doc)`` returns the JSON value that ``schema`` (resolved in
the OpenAPI document ``doc``) describes. Rules: an empty element is null where the schema allows
null, else an empty array, object or string; text becomes an integer, a number or a boolean
(``true``/``false``) where the schema's types allow, trying them in that order, else stays a string;
for ``anyOf``/``oneOf`` the first branch whose reading validates is used. Elements the schema does
not describe are read by shape (children make an object, ``<item>`` children an array). Raises
``ValueError`` for text that is not well-formed XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from tools.spec_checks import Document, object_properties, resolve, schema_validator

_INTEGER = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


def xml_to_data(text: str, schema: Any, doc: Document) -> Any:
    """Parse an XML answer and read its root element as ``schema``."""
    try:
        root = ET.fromstring(text.strip())
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    return _read(root, schema, doc)


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return [str(t) for t in declared]
    if isinstance(declared, str):
        return [declared]
    if "properties" in schema or "allOf" in schema or "additionalProperties" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    if "const" in schema or "enum" in schema:
        return ["string"]
    return []


def _is_empty(element: ET.Element) -> bool:
    return len(element) == 0 and not (element.text or "").strip()


def _read(element: ET.Element, schema: Any, doc: Document) -> Any:
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        schema = {}
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if branches:
            readings = [_read(element, branch, doc) for branch in branches]
            for branch, value in zip(branches, readings, strict=True):
                if schema_validator(doc, branch).is_valid(value):
                    return value
            return readings[0]
    types = _types(schema)
    if _is_empty(element):
        for kind, empty in (("null", None), ("array", []), ("object", {}), ("string", "")):
            if kind in types:
                return empty
        return None if not types else ""
    if len(element) > 0 and types and not {"array", "object"} & set(types):
        # Children where the schema wants a scalar: read by shape, so that validation rejects it.
        return _read(element, {}, doc)
    if "array" in types and (len(element) > 0 or "object" not in types):
        return [_read(child, schema.get("items", {}), doc) for child in element]
    if "object" in types or (not types and len(element) > 0):
        if not types and all(child.tag == "item" for child in element):
            return [_read(child, {}, doc) for child in element]
        return _read_object(element, schema, doc)
    return _read_scalar(element.text or "", types)


def _read_object(element: ET.Element, schema: dict[str, Any], doc: Document) -> dict[str, Any]:
    properties = object_properties(doc, schema)
    patterns = schema.get("patternProperties", {})
    extra = schema.get("additionalProperties")
    result: dict[str, Any] = {}
    for child in element:
        if child.tag in properties:
            child_schema: Any = properties[child.tag]
        else:
            child_schema = next((s for p, s in patterns.items() if re.search(p, child.tag)), None)
            if child_schema is None:
                child_schema = extra if isinstance(extra, dict) else {}
        result[child.tag] = _read(child, child_schema, doc)
    return result


def _read_scalar(text: str, types: list[str]) -> Any:
    value = text.strip()
    if "integer" in types and _INTEGER.match(value):
        return int(value)
    if "number" in types and _NUMBER.match(value):
        number = float(value)
        return int(number) if number.is_integer() and "." not in value else number
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    if not types:
        if _INTEGER.match(value):
            return int(value)
        if value in ("true", "false"):
            return value == "true"
    return text
