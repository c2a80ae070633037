"""``make legacy-guide``: the migration guide from the legacy XML API to the ``transmitsms`` client.

Contract: ``render()`` writes the guide (markdown) from the mapping the legacy spec holds
(``transmitsms_legacy.mapping``) and the current spec (for each operation's tag, hence the client's
resource group, by the generator's naming rule, ``generator.naming``): for each legacy method, the
client calls that replace it, each legacy parameter with the client argument it becomes and how it
is converted, each answer element with the client answer field it comes from, and what has no
twin. ``python -m tools.legacy_guide [--check]`` writes ``docs/legacy-migration.md``, or with
``--check`` exits 1 when the file is not what ``render()`` gives (a test runs the same check).
Nothing in the guide is written by hand: change the spec, then run ``make legacy-guide``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.naming import argument_name, method_name, resource_attribute
from tools.bundle_spec import ROOT
from transmitsms_legacy.mapping import Field, Mapping, Method, build
from transmitsms_spec import load, load_legacy, operations

GUIDE = ROOT / "docs" / "legacy-migration.md"
SKIP_RECORDS = ("Params", "Input")


def _tags() -> dict[str, str]:
    return {op["operationId"]: op["tags"][0] for _, _, op in operations(load())}


def _call(operation: str, tags: dict[str, str]) -> str:
    if operation not in tags:
        return f"`{operation}`"
    tag = tags[operation]
    return f"`client.{resource_attribute(tag)}.{method_name(operation, tag)}()`"


def _argument(operation: str, parameter: str, tags: dict[str, str]) -> str:
    if operation not in tags:
        return f"`{operation}.{parameter}`"
    tag = tags[operation]
    return f"`{resource_attribute(tag)}.{method_name(operation, tag)}({argument_name(parameter)}=...)`"


def _source(source: tuple[str, ...], tags: dict[str, str]) -> str:
    """An answer field's source as the client's answer attribute (``sms.send(...).message_id``)."""
    operation, *path = source
    if operation not in tags:
        return f"`{'.'.join(source)}`"
    tag = tags[operation]
    return f"`{resource_attribute(tag)}.{method_name(operation, tag)}(...).{'.'.join(path)}`"


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _records(mapping: Mapping, method: Method) -> list[tuple[str, tuple[Field, ...]]]:
    """The answer records of ``method``: its answer schema's records, found through its GET wrapper."""
    doc = mapping.document
    operation = doc["paths"].get(f"/api-wrapper/{method.name}", {}).get("get")
    names: list[str] = []
    if operation is not None:
        schema = operation["responses"]["200"]["content"]["text/xml"]["schema"]
        for branch in schema.get("anyOf", [schema]):
            ref = str(branch.get("$ref", "")).rsplit("/", 1)[-1]
            if ref and ref not in ("ErrorAnswer", "StatusAnswer"):
                names.append(ref)
    else:
        names.append("RecipientResultAnswer")
    found = []
    for name in names:
        for record in sorted(mapping.records):
            if record == f"{name}.data":
                found.append((record, mapping.records[record]))
        for spec in mapping.records.get(name, ()):
            row = _row_schema(doc, name, spec.name)
            if row and row in mapping.records:
                found.append((row, mapping.records[row]))
                for inner in mapping.records[row]:
                    nested = _row_schema(doc, row, inner.name)
                    if nested and nested in mapping.records:
                        found.append((nested, mapping.records[nested]))
    return found


def _row_schema(doc: dict[str, Any], schema: str, prop: str) -> str | None:
    node: Any = doc["components"]["schemas"][schema]
    properties = node.get("properties", {})
    items = properties.get(prop, {}).get("items", {})
    ref = str(items.get("$ref", ""))
    return ref.rsplit("/", 1)[-1] or None


def _method(mapping: Mapping, method: Method, tags: dict[str, str]) -> list[str]:
    out = [f"## `{method.name}`", ""]
    operation = mapping.document["paths"].get(f"/api-wrapper/{method.name}", {}).get("get", {})
    if operation.get("summary"):
        out += [f"{operation['summary']}. {_cell(operation.get('description'))}".rstrip(), ""]
    out += ["**Calls:**", ""]
    for step in method.operations:
        when = f" (when {step.when})" if step.when else ""
        fixed = ", ".join(
            f"`{argument_name(k)}={v!r}`" for k, v in step.arguments.items() if not str(v).startswith("$")
        )
        fixed = f", with {fixed}" if fixed else ""
        target = (
            "the account's own id (no call: see below)"
            if step.operation.startswith("$")
            else _call(step.operation, tags)
        )
        out.append(f"- {target}: {_cell(step.use)}{when}{fixed}")
    out.append("")
    rows = [*method.parameters.values(), *method.row_parameters.values()]
    if rows:
        out += ["| Legacy parameter | Client argument | Conversion |", "|---|---|---|"]
        for parameter in rows:
            names = ", ".join(f"`{n}`" for n in (parameter.name, *parameter.aliases))
            required = " (required)" if parameter.required else ""
            targets = "<br>".join(_argument(t.operation, t.parameter, tags) for t in parameter.targets)
            if parameter.no_twin:
                targets = (targets + "<br>" if targets else "") + f"*no twin*: {_cell(parameter.no_twin)}"
            elif not targets:
                targets = f"*derived*: {_cell(parameter.derived)}"
            conversion = _cell(mapping.transforms.get(parameter.transform, {}).get("description"))
            if parameter.derived and parameter.targets:
                conversion = _cell(parameter.derived)
            out.append(f"| {names}{required} | {targets} | {conversion} |")
        out.append("")
    for record, fields in _records(mapping, method):
        out += [f"Answer `{record}`:", "", "| Legacy element | From the client's answer |", "|---|---|"]
        for spec in fields:
            source = _source(spec.source, tags) if spec.source else ""
            if spec.transform:
                source += f" ({spec.transform})"
            if spec.derived:
                source = (source + "; " if source else "") + _cell(spec.derived)
            if spec.no_twin:
                source = (source + "; " if source else "") + f"*no twin*: {_cell(spec.no_twin)}"
            out.append(f"| `{spec.name}` | {source} |")
        out.append("")
    if method.failures:
        statuses = ", ".join(f"`{code}` → `{status}`" for code, status in method.failures.items())
        out += [f"**Refusals answered as a status:** {statuses}; every other error code is `<error>`.", ""]
    for key, label in (("x-no-twin", "No twin"), ("x-assumption", "Assumption"), ("x-derived", "Note")):
        if key in method.notes:
            out += [f"**{label}:** {_cell(method.notes[key])}", ""]
    return out


def render() -> str:
    mapping = build(load_legacy())
    tags = _tags()
    order = mapping.document["components"]["schemas"]["MethodName"]["enum"]
    out = [
        "# Migrating from the Burst SMS XML API to the `transmitsms` client",
        "",
        "<!-- Generated by `make legacy-guide` (tools/legacy_guide.py) from spec/legacy/: do not edit. -->",
        "",
        "The first-generation XML API (2009-2013: `POST /api` with an XML envelope, or",
        "`GET /api-wrapper/<method>`) has 24 methods. Each is carried out by calls of the current REST API;",
        "this page lists them as calls of the Python client, `transmitsms`:",
        "",
        "```python",
        "from transmitsms import TransmitSMS",
        "",
        'client = TransmitSMS(api_key="...", api_secret="...")  # the same key and secret as the XML API',
        "```",
        "",
        "Until an integration is migrated, `transmitsms-sim` serves the XML API on the same accounts as the",
        "current one (`/api` on the simulator), and `transmitsms-legacy-bridge --upstream",
        "https://api.transmitsms.com` serves it in front of the real service. Both carry out each call as",
        "this page says: it is generated from the mapping in the legacy spec (`spec/legacy/`), which they",
        "read too.",
        "",
        "**Everywhere:** `offset`/`limit` become `page`/`max` (or the `iter_*` methods, which walk every",
        "page); datetimes are the same UTC text (`YYYY-MM-DD HH:MM:SS`), but a legacy `sendtime` is a Unix",
        "timestamp; money is a float, not a decimal string; a refusal raises a typed exception",
        "(`transmitsms.APIError` and its subclasses, with `.code`) instead of answering a status text.",
        "",
        "## Conversions",
        "",
        "| Name | What it does |",
        "|---|---|",
    ]
    for name, transform in mapping.transforms.items():
        calls = ", ".join(_call(op, tags) for op in transform.get("operations", []))
        extra = f" Calls {calls}." if calls else ""
        out.append(f"| `{name}` | {_cell(transform.get('description'))}{extra} |")
    out.append("")
    out += ["## Methods", ""]
    out += [f"- [`{name}`](#{name.replace('.', '')})" for name in order]
    out.append("")
    for name in order:
        out += _method(mapping, mapping.methods[name], tags)
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if docs/legacy-migration.md is not up to date")
    parser.add_argument("--out", type=Path, default=GUIDE)
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not args.out.is_file() or args.out.read_text(encoding="utf-8") != text:
            print(f"legacy-guide: {args.out} is not up to date: run `make legacy-guide`", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
