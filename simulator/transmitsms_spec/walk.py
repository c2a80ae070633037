"""Walking the bundled document: its operations, their methods, form bodies and object properties.

Contract: every function takes the bundled document (or a part of it) and never raises on a
malformed one: what is not there is skipped or empty, so that the spec checks can report it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .refs import resolve

Document = dict[str, Any]

#: The one media type of the API's request bodies.
FORM = "application/x-www-form-urlencoded"
VERBS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})

_PATH = re.compile(r"^/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$")


def method_of(path: str) -> str | None:
    """``/send-sms.json`` -> ``send-sms``; None for a path of another shape."""
    match = _PATH.match(path)
    return match.group(1) if match else None


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, http_method, operation)`` for every operation under ``paths``."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for verb, operation in item.items():
            if verb in VERBS and isinstance(operation, dict):
                yield path, verb, operation


def form_schema(operation: dict[str, Any]) -> Any:
    """The schema of an operation's form body (usually a ``$ref``), or None when it takes none."""
    body = operation.get("requestBody")
    content = body.get("content") if isinstance(body, dict) else None
    media = content.get(FORM) if isinstance(content, dict) else None
    return media.get("schema") if isinstance(media, dict) else None


def object_properties(doc: Document, schema: Any) -> dict[str, Any]:
    """The properties of an object schema, with ``allOf`` branches merged."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return {}
    merged: dict[str, Any] = {}
    for branch in schema.get("allOf", []):
        merged.update(object_properties(doc, branch))
    properties = schema.get("properties")
    if isinstance(properties, dict):
        merged.update(properties)
    return merged
