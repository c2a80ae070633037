"""Reading request envelopes and writing answers: the legacy API's XML.

Contract: ``parse_request(text)`` reads a request envelope (reference §1.2) into a
``LegacyRequest``: whitespace before ``<?xml`` is ignored; the root is ``<request>`` or ``<beam>``;
element order is free, unknown elements are ignored, empty elements are absent, and parameter
names are lowercased (``sendTime`` is ``sendtime``). A parameter with child elements (only
``<recipients>`` has them) becomes a list of rows, one per child. Anything else raises
``LegacyError`` with one line saying why: text that is not well-formed XML, another root, no
``<method>``, a document type declaration, or nesting deeper than any envelope has.

``render(answer, now)`` writes the answer envelope (§1.3): ``<?xml version='1.0'?>``, a root
``<xml>`` with ``method``, ``total`` (when not None), ``time`` and ``timestamp`` (GMT), then the
body, tab-indented; ``render_error(error, now)`` the error envelope (§1.4, no ``total``).

Why the standard library's parser, and not defusedxml: the attacks defusedxml guards against
all need a document type declaration (entity expansion such as billion laughs, external entities
and DTD retrieval), and no legacy client sends one, so a request with a DOCTYPE is refused
outright the moment expat reports it, before any entity is declared; expat itself (2.4 and later)
also caps entity amplification. What is left, size and depth, is bounded here: the transport caps
the body's size, and ``parse_request`` refuses nesting deeper than ``MAX_DEPTH``. One dependency
fewer, and the refusal is a clear one-line error instead of a library's exception text.
"""

from __future__ import annotations

import calendar
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from xml.sax.saxutils import escape

from .model import Answer, Element, LegacyError, LegacyRequest, Param, Value

ROOTS = ("request", "beam")
#: request > params > recipients > recipient > field is the deepest an envelope goes.
MAX_DEPTH = 8
DECLARATION = "<?xml version='1.0'?>"
# Characters XML 1.0 cannot carry, even escaped.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class _Builder(ET.TreeBuilder):
    """A tree builder that refuses document type declarations and deep nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise LegacyError("Malformed XML: a document type declaration (<!DOCTYPE>) is not accepted")

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise LegacyError(f"Malformed XML: elements nest deeper than {MAX_DEPTH} levels")
        return super().start(tag, attrs)

    def end(self, tag: str) -> ET.Element:
        self.depth -= 1
        return super().end(tag)


def _root(text: str) -> ET.Element:
    parser = ET.XMLParser(target=_Builder())
    try:
        parser.feed(text.lstrip())
        root = parser.close()
    except ET.ParseError as exc:
        raise LegacyError(f"Malformed XML: {exc}") from None
    return root


def _text(element: ET.Element) -> str:
    return (element.text or "").strip()


def _is_empty(element: ET.Element) -> bool:
    return len(element) == 0 and not _text(element)


def _params(element: ET.Element) -> dict[str, Param]:
    params: dict[str, Param] = {}
    for child in element:
        name = child.tag.lower()
        if len(child):
            rows = [{f.tag.lower(): _text(f) for f in row if not _is_empty(f)} for row in child]
            params[name] = rows
        elif not _is_empty(child):
            # A name given twice keeps its first value: element order carries no meaning.
            params.setdefault(name, _text(child))
    return params


def parse_request(text: str) -> LegacyRequest:
    """The request of an XML envelope; ``LegacyError`` when it is not one (see the module)."""
    if not text.strip():
        raise LegacyError("Malformed XML: the request is empty")
    root = _root(text)
    if root.tag.lower() not in ROOTS:
        raise LegacyError(f"Malformed XML: the root element is <{root.tag}>, expected <request>")
    fields: dict[str, ET.Element] = {}
    for child in root:
        fields.setdefault(child.tag.lower(), child)
    method = _text(fields["method"]) if "method" in fields else ""
    if not method:
        raise LegacyError("Missing parameter: method")
    params = _params(fields["params"]) if "params" in fields else {}
    return LegacyRequest(
        method=method,
        key=_text(fields["key"]) if "key" in fields else "",
        secret=_text(fields["secret"]) if "secret" in fields else "",
        params=params,
        dialect="beam" if root.tag.lower() == "beam" else "request",
    )


def method_of(text: str) -> str:
    """The ``<method>`` of a document, if it can be read at all (for the error envelope)."""
    match = re.search(r"<method>\s*([A-Za-z0-9._-]{1,64})\s*</method>", text)
    return match.group(1) if match else ""


def _clean(text: str) -> str:
    return escape(_XML_INVALID.sub("\ufffd", text))


def _write(name: str, value: Value, depth: int, out: list[str]) -> None:
    pad = "\t" * depth
    if value is None or value == "":
        out.append(f"{pad}<{name}></{name}>" if name == "data" else f"{pad}<{name} />")
    elif isinstance(value, list):
        out.append(f"{pad}<{name}>")
        for child_name, child in value:
            _write(child_name, child, depth + 1, out)
        out.append(f"{pad}</{name}>")
    else:
        out.append(f"{pad}<{name}>{_clean(value)}</{name}>")


def _envelope(method: str, total: int | None, now: datetime, body: list[Element]) -> bytes:
    out = [DECLARATION, "<xml>", f"\t<method>{_clean(method)}</method>"]
    if total is not None:
        out.append(f"\t<total>{total}</total>")
    out.append(f"\t<time>{now:%Y-%m-%d %H:%M:%S} GMT</time>")
    out.append(f"\t<timestamp>{calendar.timegm(now.timetuple())} GMT</timestamp>")
    for name, value in body:
        if name == "data" and value == []:
            out.append("\t<data>\n</data>")  # the empty list, as recorded (reference §1.3)
        else:
            _write(name, value, 1, out)
    out.append("</xml>")
    return ("\n".join(out) + "\n").encode("utf-8")


def render(answer: Answer, now: datetime) -> bytes:
    """The answer envelope of ``answer`` at ``now`` (UTC, naive)."""
    return _envelope(answer.method, answer.total, now, answer.body)


def render_error(error: LegacyError, now: datetime) -> bytes:
    """The error envelope (no ``total``)."""
    return _envelope(error.method, None, now, [("error", error.text)])
