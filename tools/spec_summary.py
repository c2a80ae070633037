"""Print a readable summary of the bundled spec: operations per tag, error codes, callbacks.

``python -m tools.spec_summary [dist/openapi.json]``; ``summarise(document)`` returns the text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tools.spec_checks import TAGS, method_of, operations


def _assumptions(node: Any) -> int:
    if isinstance(node, dict):
        return int("x-assumption" in node) + sum(_assumptions(v) for v in node.values())
    if isinstance(node, list):
        return sum(_assumptions(v) for v in node)
    return 0


def summarise(document: dict[str, Any]) -> str:
    info = document["info"]
    ops = list(operations(document))
    lines = [
        f"{info['title']} {info['version']} (OpenAPI {document['openapi']})",
        f"{len(ops)} operations, {len(document['components']['schemas'])} schemas, "
        f"{len(document.get('webhooks', {}))} webhooks",
        "",
        "Operations per tag:",
    ]
    by_tag: dict[str, list[str]] = {tag: [] for tag in TAGS}
    for path, _, op in ops:
        by_tag.setdefault(op["tags"][0], []).append(method_of(path) or path)
    for tag, methods in by_tag.items():
        lines.append(f"  {tag:<10} {len(methods):>2}  {', '.join(methods)}")

    codes: Counter[str] = Counter()
    assumed: Counter[str] = Counter()
    for _, _, op in ops:
        for entry in op.get("x-error-codes", []):
            codes[entry["code"]] += 1
            if "assumed" in entry:
                assumed[entry["code"]] += 1
    shared = ["AUTH_FAILED_NO_DATA and AUTH_FAILED (401)", "NOT_IMPLEMENTED (404)", "OVER_LIMIT (429)"]
    lines += ["", f"Error codes: {', '.join(shared)} on every operation; HTTP 400 codes per operation:"]
    for code, count in sorted(codes.items(), key=lambda item: (-item[1], item[0])):
        note = f" ({assumed[code]} assumed)" if assumed[code] else ""
        lines.append(f"  {code:<20} {count:>2} operations{note}")

    lines += ["", "Callbacks (GET to your URL, retried after 1 min, 5 min, 1 h, 24 h):"]
    send_sms = document["paths"]["/send-sms.json"]["post"]
    for name, expressions in send_sms.get("callbacks", {}).items():
        lines.append(f"  send-sms {name:<10} -> {next(iter(expressions))}")
    for name in document.get("webhooks", {}):
        lines.append(f"  account default {name}")
    paginated = sum(1 for _, _, op in ops if "x-pagination" in op)
    safe = sum(1 for _, _, op in ops if op.get("x-safe-to-retry"))
    lines += [
        "",
        f"{paginated} paginated operations; {safe} safe to retry (reads); "
        f"{_assumptions(document)} choices recorded as x-assumption; "
        f"omitted: {', '.join(m['method'] for m in document.get('x-omitted-methods', []))}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else "dist/openapi.json")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"spec_summary: cannot read {path}: {exc} (run `make bundle` first)", file=sys.stderr)
        return 1
    print(summarise(document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
