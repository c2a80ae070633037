"""Extract the samples of the first-generation XML API's reference into a data file.

The reference (``legacy-xml-api.md``, and the seed document ``000_80768b119151c079.txt`` for the
transports) lives outside this repository, in ``../shared/reference/``. Tests must not read it:
this script copies what they need into ``tests/data/legacy_examples.json``, which is committed.
Run it again (``make reference-data``) when the reference changes.

Contract: the file holds ``envelope`` (the request envelope of §1.2, the answer envelope of §1.3
and the authentication failure of §1.4, verbatim), ``statuses`` (the status strings §1.4 lists),
``transports`` (the POST form field and the GET wrapper URL of the seed document), and
``methods``: one entry per method of §2, in order, with ``method``, ``requests`` (each
``<params>`` sample, from code blocks and inline code) and ``responses`` (each answer sample,
verbatim: fragments that may start at ``<method>`` or ``<data>`` and elide with ``…``). The
script fails, naming the line, on a method section it cannot read, rather than skipping it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = ROOT.parent / "shared" / "reference"
DEFAULT_REFERENCE = REFERENCE_DIR / "legacy-xml-api.md"
DEFAULT_SEED = REFERENCE_DIR / "000_80768b119151c079.txt"
DEFAULT_OUTPUT = ROOT / "tests" / "data" / "legacy_examples.json"

_METHOD = re.compile(r"^### (?P<name>[a-z-]+\.[a-z-]+)\b")
_CHAPTER = re.compile(r"^## (?P<number>\d)\. ")
_INLINE_PARAMS = re.compile(r"`(<params>.*?</params>)`")
_STATUSES = re.compile(r"Other status strings: (?P<list>.+?)\.\s*$", re.MULTILINE | re.DOTALL)
_FORM_FIELD = re.compile(r'<input type="hidden" name="(?P<field>\w+)"')
_WRAPPER = re.compile(r"(?P<url>http://\S+/api-wrapper/method\.name\?\S+)")
_POST_URL = re.compile(r"made to (?P<url>http://\S+/api)\b")


class ExtractionError(Exception):
    """The reference has a sample this script cannot read."""


def _fences(lines: list[str], start: int, stop: int) -> list[tuple[int, str]]:
    """``(line number, text)`` of every ```xml block between two lines."""
    found = []
    index = start
    while index < stop:
        if lines[index].strip() == "```xml":
            end = index + 1
            while end < stop and lines[end].strip() != "```":
                end += 1
            if end >= stop:
                raise ExtractionError(f"line {index + 1}: unterminated code block")
            found.append((index + 1, "\n".join(lines[index + 1 : end]).strip()))
            index = end
        index += 1
    return found


def _envelope(lines: list[str], heading: str) -> str:
    start = next((i for i, line in enumerate(lines) if line.startswith(heading)), None)
    if start is None:
        raise ExtractionError(f"no section {heading!r}")
    stop = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("#")), len(lines))
    blocks = _fences(lines, start, stop)
    if not blocks:
        raise ExtractionError(f"line {start + 1}: section {heading!r} has no XML sample")
    return blocks[0][1]


def extract(text: str, seed: str) -> dict[str, Any]:
    """Everything the tests replay, from the reference's text and the seed document's."""
    lines = text.splitlines()
    chapter = 0
    sections: list[tuple[str, int]] = []
    for index, line in enumerate(lines):
        if (match := _CHAPTER.match(line)) is not None:
            chapter = int(match.group("number"))
        elif chapter == 2 and (match := _METHOD.match(line)) is not None:
            sections.append((match.group("name"), index))
    if not sections:
        raise ExtractionError("no method sections (### <method>) in chapter 2")
    chapter3 = next(i for i, line in enumerate(lines) if line.startswith("## 3."))
    methods = []
    for number, (name, start) in enumerate(sections):
        stop = sections[number + 1][1] if number + 1 < len(sections) else chapter3
        requests: list[str] = []
        responses: list[str] = []
        for line_no, block in _fences(lines, start + 1, stop):
            (requests if block.startswith("<params>") else responses).append(block)
            if not block.startswith(("<params>", "<method>", "<data>", "<dataset>")):
                raise ExtractionError(f"line {line_no}: a sample of {name} that is neither <params> nor an answer")
        for line in lines[start + 1 : stop]:
            requests += [m for m in _INLINE_PARAMS.findall(line) if m not in requests]
        methods.append({"method": name, "requests": requests, "responses": responses})
    statuses = _STATUSES.search(text)
    if statuses is None:
        raise ExtractionError("no 'Other status strings' in §1.4")
    field = _FORM_FIELD.search(seed)
    wrapper = _WRAPPER.search(seed)
    post = _POST_URL.search(seed)
    if field is None or wrapper is None or post is None:
        raise ExtractionError("the seed document does not show the POST form field and the GET wrapper URL")
    return {
        "envelope": {
            "request": _envelope(lines, "### 1.2"),
            "answer": _envelope(lines, "### 1.3"),
            "authentication_failure": _envelope(lines, "### 1.4"),
        },
        "statuses": [s.strip().strip("`") for s in statuses.group("list").replace("\n", " ").split(",")],
        "transports": {
            "post_url": post.group("url"),
            "form_field": field.group("field"),
            "get_url": wrapper.group("url"),
        },
        "methods": methods,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    for path in (args.reference, args.seed):
        if not path.is_file():
            print(f"extract: {path} not found (the reference lives beside the repository)", file=sys.stderr)
            return 1
    try:
        data = extract(args.reference.read_text(encoding="utf-8"), args.seed.read_text(encoding="utf-8"))
    except ExtractionError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 1
    payload = {"source": [args.reference.name, args.seed.name], **data}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    methods = data["methods"]
    requests = sum(len(m["requests"]) for m in methods)
    responses = sum(len(m["responses"]) for m in methods)
    print(f"extracted {len(methods)} methods ({requests} requests, {responses} answers) into {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
