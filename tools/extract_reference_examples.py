"""Extract the request/response examples of the vendor's API reference into a data file.

The reference (``transmitsms-api-v2.md``, rendered from the vendor's Postman collection) lives
outside this repository, in ``../shared/reference/``. Tests must not read it: this script copies
every example it holds into ``tests/data/reference_examples.json``, which is committed. Run it
again (``make reference-data``) when the reference changes.

Contract: each extracted example is an object with ``section`` (the method's heading),
``example`` (the example's title), ``http_method`` and ``url`` of the request, ``params`` (the
request parameters as ``[name, value]`` pairs, in order, as the reference lists them), ``method``
(e.g. ``send-sms``, or null for the introduction's authentication error), ``format`` (``json`` or
``xml``), ``status`` (the HTTP status) and ``body`` (the response text, verbatim), and
``request``: the request as Postman sends it, ``{"path", "query", "body", "disabled"}``. The
reference lists the query string's parameters and the body's together; ``query`` is the URL's
query string read as pairs, ``body`` the listed parameters that are not in it (for GET too: Postman
sends a body it was given), and ``disabled`` those Postman marks disabled and does not send. The
script fails, naming the line, on an example it cannot parse, rather than skipping it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "transmitsms-api-v2.md"
DEFAULT_OUTPUT = ROOT / "tests" / "data" / "reference_examples.json"

_SECTION = re.compile(r"^### (?P<title>.+?) — `(?P<verb>[A-Z]+) (?P<url>[^`]+)`\s*$")
_EXAMPLE = re.compile(r"^\*\*(?P<title>.+?)\*\* — request `(?P<verb>[A-Z]+) (?P<url>[^`]+)`\s*$")
_RESPONSE = re.compile(r"^Response HTTP (?P<status>\d{3}):\s*$")
_FENCE = re.compile(r"^```(?P<lang>\w*)\s*$")
_ROW = re.compile(r"^\| (?P<name>[^|]*?) \| `(?P<value>[^`]*)` \|$")
_AUTH_ERROR_HEADING = "API Key related error response"
_DISABLED = " (disabled)"


class ExtractionError(Exception):
    """The reference has an example this script cannot parse."""


def _method_and_format(url: str, line_no: int) -> tuple[str, str]:
    path = urlsplit(url).path
    match = re.fullmatch(r"/([a-z0-9-]+)\.(json|xml)", path)
    if not match:
        raise ExtractionError(f"line {line_no}: cannot read the method from {url!r}")
    return match.group(1), match.group(2)


def request_of(url: str, params: list[list[str]]) -> dict[str, Any]:
    """The request an example sends: see the module's contract.

    The URLs are written as Postman shows them, unencoded (``?message=Hi {name}, ...&to=1``), so the
    query string is split at ``&`` and each pair at its first ``=``, which is how a server reads them.
    """
    parts = urlsplit(url)
    query = [[name, value] for name, value in parse_qsl(parts.query, keep_blank_values=True)]
    disabled = [pair for pair in params if pair[0].endswith(_DISABLED)]
    body = [pair for pair in params if not pair[0].endswith(_DISABLED)]
    for pair in query:
        if pair in body:
            body.remove(pair)
    return {"path": parts.path, "query": query, "body": body, "disabled": disabled}


def _read_fence(lines: list[str], start: int) -> tuple[str, str, int]:
    """Return (language, text, index after the closing fence) of the fence opening at ``start``."""
    opening = _FENCE.match(lines[start])
    if not opening:
        raise ExtractionError(f"line {start + 1}: expected a code fence")
    end = start + 1
    while end < len(lines) and not lines[end].strip().startswith("```"):
        end += 1
    if end >= len(lines):
        raise ExtractionError(f"line {start + 1}: unterminated code fence")
    return opening.group("lang"), "\n".join(lines[start + 1 : end]), end + 1


def extract(text: str) -> list[dict[str, Any]]:
    """Every example of the reference, in document order."""
    lines = text.splitlines()
    examples: list[dict[str, Any]] = []
    section = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if (match := _SECTION.match(line)) is not None:
            section = match.group("title").strip()
        elif _AUTH_ERROR_HEADING in line:
            fence = next(i for i in range(index + 1, len(lines)) if lines[i].startswith("```"))
            _, body, index = _read_fence(lines, fence)
            examples.append(
                {
                    "section": "Authentication",
                    "example": _AUTH_ERROR_HEADING,
                    "http_method": None,
                    "url": None,
                    "params": [],
                    "method": None,
                    "format": "json",
                    "status": 401,
                    "body": body.strip() + "\n",
                }
            )
            continue
        elif (match := _EXAMPLE.match(line)) is not None:
            example = match.group("title").strip()
            url = match.group("url")
            method, fmt = _method_and_format(url, index + 1)
            params: list[list[str]] = []
            status = None
            index += 1
            while index < len(lines) and status is None:
                if (row := _ROW.match(lines[index])) is not None and row.group("name") != "param":
                    params.append([row.group("name"), row.group("value")])
                elif (response := _RESPONSE.match(lines[index])) is not None:
                    status = int(response.group("status"))
                elif _EXAMPLE.match(lines[index]) or _SECTION.match(lines[index]):
                    raise ExtractionError(f"line {index + 1}: example {example!r} has no response")
                index += 1
            while index < len(lines) and not lines[index].startswith("```"):
                index += 1
            if index >= len(lines):
                raise ExtractionError(f"example {example!r} of {section!r}: no response body")
            lang, body, index = _read_fence(lines, index)
            if lang != fmt:
                raise ExtractionError(f"example {example!r} of {section!r}: a {lang} body for a .{fmt} request")
            examples.append(
                {
                    "section": section,
                    "example": example,
                    "http_method": match.group("verb"),
                    "url": url,
                    "params": params,
                    "method": method,
                    "format": fmt,
                    "status": status,
                    "body": body.strip() + "\n",
                    "request": request_of(url, params),
                }
            )
            continue
        index += 1
    return examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if not args.reference.is_file():
        print(f"extract: {args.reference} not found (the reference lives beside the repository)", file=sys.stderr)
        return 1
    try:
        examples = extract(args.reference.read_text(encoding="utf-8"))
    except ExtractionError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 1
    payload = {"source": args.reference.name, "examples": examples}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for example in examples:
        counts[example["format"]] = counts.get(example["format"], 0) + 1
    summary = ", ".join(f"{n} {fmt}" for fmt, n in sorted(counts.items()))
    print(f"extracted {len(examples)} examples ({summary}) into {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
