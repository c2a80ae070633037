"""Breaking and non-breaking changes between two versions of the spec.

Contract: ``diff(old, new)`` compares two bundled documents and returns ``Change``s, each
``breaking`` or not, naming the operation (or webhook) and the field concerned. A change is
breaking when a client generated from ``old`` can fail against a service that implements ``new``:

* an operation removed; a request field removed (bodies are closed); a request field added as
  required or made required; a request value narrowed (a type, an enum value or a format dropped;
  a bound tightened; a pattern added or changed, unless only its character classes gained
  characters); a request body made required;
* a response field removed or made optional; a response value widened (a type or an enum value
  added: generated clients decode closed types); a success response removed;
* ``x-safe-to-retry`` turned off (a client would retry a write), ``x-pagination`` changed.

Added operations, optional request fields, relaxed request values, response fields added, error
codes added to ``x-error-codes`` (the set is open) and narrowed response values are not breaking.
Webhook and callback payloads are read by the user's server, so they follow the response rules.
Descriptions, summaries and examples are counted as documentation changes.

``python -m tools.spec_diff BASE`` (``make spec-diff BASE=<git ref>``) bundles ``spec/`` at the git
ref ``BASE`` and in the working tree, prints the report, and checks the version bump against it
(a breaking change needs a new major version). It exits 0 (1 with ``--fail-on-breaking`` when a
change is breaking, 2 when ``BASE`` cannot be bundled).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.bundle_spec import ROOT, SPEC_DIR, BundleError, bundle
from transmitsms_spec import resolve

Document = dict[str, Any]
VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
_DOCS = frozenset({"description", "summary", "title", "example", "examples", "x-assumption", "externalDocs"})
# Keywords whose value bounds a value from above or below: tightening one narrows what is valid.
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems")
# Format changes that accept every value accepted before: they only widen the generated type.
_WIDER_FORMATS = frozenset({(None, "double"), ("float", "double"), (None, "int64"), ("int32", "int64")})


_CLASS = re.compile(r"\[(\^?)((?:\\.|[^\]\\])*)\]")
_CLASS_ITEM = re.compile(r"(?:\\.|[^\\])-(?:\\.|[^\\])|\\.|.", re.S)


def classes_widened(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with characters added to its bracket expressions and nothing else.

    Sound, not complete: every string ``old`` matches, ``new`` matches too (each positive class
    accepts what it did and more; the rest of the pattern is the same text), but most other
    widenings of a regular expression are not recognised and stay breaking.
    """
    old_classes, new_classes = _CLASS.findall(old), _CLASS.findall(new)
    if _CLASS.sub("[]", old) != _CLASS.sub("[]", new) or len(old_classes) != len(new_classes):
        return False
    for (old_negated, old_items), (new_negated, new_items) in zip(old_classes, new_classes, strict=True):
        if old_negated or new_negated:
            return False
        if not set(_CLASS_ITEM.findall(old_items)) <= set(_CLASS_ITEM.findall(new_items)):
            return False
    return True


@dataclass(frozen=True, order=True)
class Change:
    """One difference: where (an operation or webhook), what, and whether it breaks clients."""

    where: str
    what: str
    breaking: bool


# ---------------------------------------------------------------------------- schema views


@dataclass
class View:
    """What a schema allows, flattened over ``$ref``, ``allOf`` and (as a union) ``anyOf``/``oneOf``."""

    types: set[str] | None  # None: any type
    enum: set[Any] | None  # None: any value
    properties: dict[str, Any]
    required: set[str]
    items: Any
    bounds: dict[str, Any]
    pattern: str | None
    format: str | None


def view(doc: Document, schema: Any) -> View:
    schema = resolve(doc, schema, merge_siblings=True)
    if not isinstance(schema, dict):
        return View(None, None, {}, set(), None, {}, None, None)
    types: set[str] | None = None
    if "type" in schema:
        raw = schema["type"]
        types = set(raw) if isinstance(raw, list) else {raw}
    enum: set[Any] | None = None
    if "enum" in schema:
        enum = {_hashable(v) for v in schema["enum"]}
    elif "const" in schema:
        enum = {_hashable(schema["const"])}
    properties = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    bounds = {key: schema[key] for key in (*_UPPER, *_LOWER) if key in schema}
    result = View(
        types, enum, properties, required, schema.get("items"), bounds, schema.get("pattern"), schema.get("format")
    )
    for part in schema.get("allOf", []):
        sub = view(doc, part)
        result.types = sub.types if result.types is None else (result.types & sub.types if sub.types else result.types)
        result.enum = sub.enum if result.enum is None else result.enum
        result.properties = {**sub.properties, **result.properties}
        result.required |= sub.required
        result.bounds = {**sub.bounds, **result.bounds}
        result.pattern = result.pattern or sub.pattern
        result.format = result.format or sub.format
        result.items = result.items or sub.items
    branches = [view(doc, b) for key in ("anyOf", "oneOf") for b in schema.get(key, [])]
    if branches:
        branch_types = [b.types for b in branches]
        if result.types is None and all(t is not None for t in branch_types):
            result.types = set().union(*(t for t in branch_types if t is not None))
        if result.enum is None and all(b.enum is not None for b in branches):
            result.enum = set().union(*(b.enum for b in branches if b.enum is not None))
        for branch in branches:
            for name, prop in branch.properties.items():
                result.properties.setdefault(name, prop)
        # A field is required only when every alternative requires it.
        result.required |= set.intersection(*(b.required for b in branches))
        result.items = result.items or next((b.items for b in branches if b.items), None)
        result.format = result.format or next((b.format for b in branches if b.format), None)
    return result


def _hashable(value: Any) -> Any:
    return repr(value) if isinstance(value, dict | list) else value


def _types_covered(old: set[str], new: set[str]) -> set[str]:
    """Types of ``old`` that ``new`` no longer accepts (``number`` covers ``integer``)."""
    return {t for t in old if t not in new and not (t == "integer" and "number" in new)}


# ---------------------------------------------------------------------------- comparison


class _Differ:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def add(self, where: str, what: str, breaking: bool) -> None:
        self.changes.append(Change(where, what, breaking))

    def schema(self, where: str, path: str, old: Any, new: Any, direction: str, depth: int = 0) -> None:
        """Compare two schemas; ``direction`` is ``request`` (sent by clients) or ``response`` (read)."""
        if depth > 12:
            return
        a, b = view(self.old, old), view(self.new, new)
        sending = direction == "request"
        label = f"{direction} {path}" if path else direction
        if a.types is not None or b.types is not None:
            old_types = a.types or {"any"}
            new_types = b.types or {"any"}
            dropped = set() if "any" in new_types else _types_covered(old_types, new_types)
            added = set() if "any" in old_types else _types_covered(new_types, old_types)
            if dropped or added:
                breaking = bool(dropped) if sending else bool(added)
                self.add(where, f"{label}: type {_set(old_types)} -> {_set(new_types)}", breaking)
        if a.enum != b.enum:
            removed = (a.enum or set()) - (b.enum or set()) if b.enum is not None else set()
            added_values = (b.enum or set()) - (a.enum or set()) if a.enum is not None else set()
            if a.enum is None:
                self.add(where, f"{label}: now limited to {_set(b.enum or set())}", sending)
            elif b.enum is None:
                self.add(where, f"{label}: no longer limited to {_set(a.enum)}", not sending)
            else:
                if removed:
                    self.add(where, f"{label}: values {_set(removed)} removed", sending)
                if added_values:
                    self.add(where, f"{label}: values {_set(added_values)} added", not sending)
        if a.format != b.format:
            representation = (a.format, b.format) in _WIDER_FORMATS
            note = " (the same values; generated types change)" if representation else ""
            narrows = sending and b.format is not None and not representation
            self.add(where, f"{label}: format {a.format} -> {b.format}{note}", narrows)
        if a.pattern != b.pattern:
            wider = a.pattern is not None and b.pattern is not None and classes_widened(a.pattern, b.pattern)
            note = " (its character classes only gained characters)" if wider else ""
            narrows = sending and b.pattern is not None and not wider
            self.add(where, f"{label}: pattern {a.pattern!r} -> {b.pattern!r}{note}", narrows)
        for key in (*_UPPER, *_LOWER):
            before, after = a.bounds.get(key), b.bounds.get(key)
            if before == after:
                continue
            upper = key in _UPPER
            tightened = after is not None and (before is None or (after < before if upper else after > before))
            self.add(where, f"{label}: {key} {before} -> {after}", sending and tightened)
        self.properties(where, path, a, b, direction, depth)
        if a.items is not None and b.items is not None:
            self.schema(where, f"{path}[]", a.items, b.items, direction, depth + 1)

    def properties(self, where: str, path: str, a: View, b: View, direction: str, depth: int) -> None:
        sending = direction == "request"
        for name in sorted(a.properties.keys() | b.properties.keys()):
            field = f"{path}.{name}" if path else name
            label = f"{direction} field `{field}`"
            if name not in b.properties:
                self.add(where, f"{label} removed", True)
            elif name not in a.properties:
                required = name in b.required
                what = f"{label} added{' (required)' if required else ''}"
                self.add(where, what, sending and required)
            else:
                if name in a.required and name not in b.required:
                    self.add(where, f"{label} no longer required", not sending)
                elif name in b.required and name not in a.required:
                    self.add(where, f"{label} now required", sending)
                self.schema(where, field, a.properties[name], b.properties[name], direction, depth + 1)

    def operation(self, where: str, old: dict[str, Any], new: dict[str, Any], received: bool = False) -> None:
        """Compare two operations (``received``: a callback, whose parameters the user's server reads)."""
        request_direction = "response" if received else "request"
        old_body, new_body = _body(self.old, old), _body(self.new, new)
        if (old_body is None) != (new_body is None):
            self.add(where, f"request body {'added' if new_body else 'removed'}", True)
        elif old_body is not None and new_body is not None:
            if new_body[0] and not old_body[0]:
                self.add(where, "request body now required", True)
            self.schema(where, "", old_body[1], new_body[1], request_direction)
        old_params, new_params = _parameters(self.old, old), _parameters(self.new, new)
        for key in sorted(old_params.keys() | new_params.keys()):
            label = f"{key[1]} parameter `{key[0]}`"
            if key not in new_params:
                self.add(where, f"{label} removed", not received)
            elif key not in old_params:
                required = bool(new_params[key].get("required"))
                self.add(where, f"{label} added{' (required)' if required else ''}", required and not received)
            else:
                if new_params[key].get("required") and not old_params[key].get("required"):
                    self.add(where, f"{label} now required", not received)
                self.schema(
                    where, key[0], old_params[key].get("schema"), new_params[key].get("schema"), request_direction
                )
        old_responses, new_responses = old.get("responses", {}), new.get("responses", {})
        for status in sorted(old_responses.keys() | new_responses.keys()):
            if status not in new_responses:
                self.add(where, f"response {status} removed", status.startswith("2"))
            elif status not in old_responses:
                self.add(where, f"response {status} added", False)
            else:
                old_schema = _media_schema(self.old, old_responses[status], JSON)
                new_schema = _media_schema(self.new, new_responses[status], JSON)
                if old_schema is not None and new_schema is not None:
                    self.schema(where, "", old_schema, new_schema, f"response {status}")
        self.extensions(where, old, new)

    def extensions(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("x-safe-to-retry") != new.get("x-safe-to-retry"):
            turned_off = bool(old.get("x-safe-to-retry")) and not new.get("x-safe-to-retry")
            self.add(where, f"x-safe-to-retry {old.get('x-safe-to-retry')} -> {new.get('x-safe-to-retry')}", turned_off)
        if old.get("x-pagination") != new.get("x-pagination"):
            self.add(where, f"x-pagination {old.get('x-pagination')} -> {new.get('x-pagination')}", True)
        old_codes = {e.get("code") for e in old.get("x-error-codes", []) if isinstance(e, dict)}
        new_codes = {e.get("code") for e in new.get("x-error-codes", []) if isinstance(e, dict)}
        if new_codes - old_codes:
            self.add(where, f"error codes added: {_set(new_codes - old_codes)}", False)
        if old_codes - new_codes:
            self.add(where, f"error codes removed: {_set(old_codes - new_codes)}", False)


def _set(values: set[Any]) -> str:
    return "{" + ", ".join(sorted(map(str, values))) + "}"


def _media_schema(doc: Document, response: Any, media_type: str) -> Any:
    response = resolve(doc, response, merge_siblings=True)
    if not isinstance(response, dict):
        return None
    return response.get("content", {}).get(media_type, {}).get("schema")


def _body(doc: Document, operation: dict[str, Any]) -> tuple[bool, Any] | None:
    body = resolve(doc, operation.get("requestBody"), merge_siblings=True)
    if not isinstance(body, dict):
        return None
    content = body.get("content", {})
    media: dict[str, Any] = content.get(FORM) or content.get(JSON) or next(iter(content.values()), {})
    return bool(body.get("required")), media.get("schema")


def _parameters(doc: Document, operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for parameter in operation.get("parameters", []):
        parameter = resolve(doc, parameter, merge_siblings=True)
        if isinstance(parameter, dict) and "name" in parameter:
            found[(parameter["name"], parameter.get("in", "query"))] = parameter
    return found


def _operations(doc: Document) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """``(label, operation, received)`` for every operation, webhook and send-sms-style callback."""
    for path, item in (doc.get("paths") or {}).items():
        for verb in VERBS:
            op = (item or {}).get(verb)
            if isinstance(op, dict):
                yield f"{op.get('operationId') or path} ({verb.upper()} {path})", op, False
                for name, callback in (op.get("callbacks") or {}).items():
                    for expression, callback_item in (callback or {}).items():
                        callback_item = resolve(doc, callback_item, merge_siblings=True) or {}
                        for callback_verb in VERBS:
                            if isinstance(callback_item.get(callback_verb), dict):
                                label = f"callback {name} of {op.get('operationId') or path} ({expression})"
                                yield label, callback_item[callback_verb], True
    for name, item in (doc.get("webhooks") or {}).items():
        item = resolve(doc, item, merge_siblings=True) or {}
        for verb in VERBS:
            if isinstance(item.get(verb), dict):
                yield f"webhook {name} ({verb.upper()})", item[verb], True


def _documentation(old: Any, new: Any) -> int:
    """How many documentation keywords (descriptions, summaries, examples) differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        count = 0
        for key in old.keys() | new.keys():
            if key in _DOCS:
                count += old.get(key) != new.get(key)
            else:
                count += _documentation(old.get(key), new.get(key))
        return count
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return sum(_documentation(a, b) for a, b in zip(old, new, strict=True))
    return 0


def diff(old: Document, new: Document) -> list[Change]:
    """Every change from ``old`` to ``new`` (sorted, without duplicates)."""
    differ = _Differ(old, new)
    before = {label: (op, received) for label, op, received in _operations(old)}
    after = {label: (op, received) for label, op, received in _operations(new)}
    for label in sorted(before.keys() - after.keys()):
        differ.add(label, "removed", not before[label][1])
    for label in sorted(after.keys() - before.keys()):
        differ.add(label, "added", False)
    for label in sorted(before.keys() & after.keys()):
        differ.operation(label, before[label][0], after[label][0], received=before[label][1])
    return sorted(set(differ.changes))


# ---------------------------------------------------------------------------- reporting


def version_problem(old_version: str, new_version: str, breaking: bool, changed: bool) -> str | None:
    """What is wrong with the version bump for these changes, or None."""

    def parts(version: str) -> tuple[int, ...]:
        return tuple(int(p) for p in version.split("-")[0].split(".")[:3] if p.isdigit())

    old_parts, new_parts = parts(old_version), parts(new_version)
    if breaking and new_parts[:1] <= old_parts[:1]:
        return f"breaking changes need a new major version: info.version is {new_version} (was {old_version})"
    if changed and new_parts <= old_parts:
        return f"the spec changed but info.version is still {new_version}: bump it and add a CHANGELOG entry"
    return None


def report(changes: list[Change], old: Document, new: Document, base: str) -> str:
    lines = [f"spec-diff: {base} (version {old['info']['version']}) -> working tree (version {new['info']['version']})"]
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    for title, group in (("Breaking changes", breaking), ("Non-breaking changes", other)):
        lines.append(f"{title}: {len(group)}")
        lines.extend(f"  - {c.where}: {c.what}" for c in group)
    docs = _documentation(old, new)
    lines.append(f"Documentation changes (descriptions, summaries, examples): {docs}")
    problem = version_problem(
        str(old["info"]["version"]), str(new["info"]["version"]), bool(breaking), bool(changes or docs)
    )
    if problem:
        lines.append(f"WARNING: {problem}")
    return "\n".join(lines)


def resolve_ref(ref: str, root: Path = ROOT) -> str:
    """``ref`` if git knows it, else ``origin/<ref>`` if that exists (a fresh clone of another
    branch has no local ``main``), else ``ref`` unchanged so that git names the problem."""
    for candidate in (ref, f"origin/{ref}"):
        found = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}"], cwd=root, capture_output=True
        )
        if found.returncode == 0:
            return candidate
    return ref


def bundle_at(ref: str, root: Path = ROOT) -> Document:
    """The spec as bundled from ``spec/`` at the git ref ``ref`` (see ``resolve_ref``)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", resolve_ref(ref, root), SPEC_DIR.relative_to(ROOT).as_posix()],
        cwd=root,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise BundleError(f"cannot read spec/ at {ref!r}: {archive.stderr.decode(errors='replace').strip()}")
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tmp, filter="data")
        return bundle(Path(tmp) / "spec")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the git ref to compare the working tree with (e.g. main)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)
    try:
        old = bundle_at(args.base)
        new = bundle()
    except BundleError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    changes = diff(old, new)
    print(report(changes, old, new, args.base))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
