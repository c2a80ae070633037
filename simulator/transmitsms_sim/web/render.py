"""The API's two answer formats: JSON, and XML shaped like the vendor's examples.

Contract: ``render(data, fmt, status)`` turns an answer (dicts, lists, strings, numbers, booleans,
None) into a response. XML has a ``<response>`` root, one element per field, nested elements for
objects, ``<item>`` elements for arrays, empty elements for null and empty values, ``true`` and
``false`` for booleans. A field name that is not a valid XML name (``Virtual Number``) has each
character that cannot appear in one replaced by ``_``.

    >>> print(to_xml({"total": 1, "list": {"id": 5}, "items": [1], "first_name": None}))
    <?xml version="1.0"?>
    <response>
        <total>1</total>
        <list>
            <id>5</id>
        </list>
        <items>
            <item>1</item>
        </items>
        <first_name/>
    </response>
    <BLANKLINE>
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.sax.saxutils import escape

from starlette.responses import Response

JSON_TYPE = "application/json"
XML_TYPE = "application/xml; charset=utf-8"
_NAME_START = re.compile(r"[^A-Za-z_]")
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.\-]")
# Characters XML 1.0 cannot carry at all, even escaped.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_name(name: str) -> str:
    """``name`` made a valid XML element name."""
    cleaned = _NAME_CHARS.sub("_", name) or "_"
    if _NAME_START.match(cleaned[0]) or cleaned.lower().startswith("xml"):
        cleaned = "_" + cleaned
    return cleaned


def _text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return escape(_XML_INVALID.sub("\ufffd", str(value)))


def _element(name: str, value: Any, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    tag = xml_name(name)
    if value is None or value == "" or value == [] or value == {}:
        out.append(f"{pad}<{tag}/>")
    elif isinstance(value, dict):
        out.append(f"{pad}<{tag}>")
        for key, child in value.items():
            _element(str(key), child, depth + 1, out)
        out.append(f"{pad}</{tag}>")
    elif isinstance(value, list):
        out.append(f"{pad}<{tag}>")
        for child in value:
            _element("item", child, depth + 1, out)
        out.append(f"{pad}</{tag}>")
    else:
        out.append(f"{pad}<{tag}>{_text(value)}</{tag}>")


def to_xml(data: dict[str, Any]) -> str:
    out = ['<?xml version="1.0"?>', "<response>"]
    for key, value in data.items():
        _element(key, value, 1, out)
    out.append("</response>")
    return "\n".join(out) + "\n"


def to_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def render(data: dict[str, Any], fmt: str, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    if fmt == "xml":
        return Response(to_xml(data).encode(), status_code=status, media_type=XML_TYPE, headers=headers)
    return Response(to_json(data), status_code=status, media_type=JSON_TYPE, headers=headers)


def error_body(code: str, description: str) -> dict[str, Any]:
    return {"error": {"code": code, "description": description}}


SUCCESS = {"code": "SUCCESS", "description": "OK"}
