"""How the command shows answers: tables for people (rich), ``--json`` and ``--csv`` for scripts.

Contract: ``plain(value)`` turns a generated model (or a list of them) into JSON-ready data in
the API's own field names (``model.to_dict()``), with every secret field (those the model's
repr redacts, ``format: password`` in the spec) replaced by ``********``, nested models
included. ``Output.show(data)`` prints a mapping as a two-column table (or one JSON object, or a
one-row CSV) and a list of mappings as a table (a JSON array, a CSV with a header); nested values
are flattened to ``a.b`` columns. Tables and progress go to the terminal; JSON and CSV are plain
text on stdout, progress and warnings always on stderr.
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import io
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Literal

import attrs
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .._runtime.redaction import redacted_repr

SECRET = "********"
Mode = Literal["table", "json", "csv"]


def plain(value: Any) -> Any:
    """JSON-ready data for a model, a list, or a plain value (see the module's contract)."""
    if attrs.has(type(value)) and not hasattr(value, "to_dict"):  # a callback payload
        return {item.name: plain(getattr(value, item.name)) for item in attrs.fields(type(value))}
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        data: dict[str, Any] = value.to_dict()
        for item in attrs.fields(type(value)):
            key = item.name if item.name in data else item.name.rstrip("_")
            if key not in data:
                continue
            if item.repr is redacted_repr and data[key]:
                data[key] = SECRET
            else:
                nested = getattr(value, item.name)
                if attrs.has(type(nested)) or isinstance(nested, list):
                    data[key] = plain(nested)
        return data
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}, "c": [1, 2]}`` -> ``{"a.b": 1, "c": "[1, 2]"}``: one cell per column."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Output:
    """Where and how one run of the command prints."""

    def __init__(self, mode: Mode, *, stdout: Any = None, stderr: Any = None) -> None:
        self.mode = mode
        self.out = Console(file=stdout or sys.stdout, highlight=False, soft_wrap=False)
        self.err = Console(file=stderr or sys.stderr, highlight=False, stderr=True)

    def show(self, data: Any, *, title: str | None = None, columns: Sequence[str] | None = None) -> None:
        """Print an answer (see the module's contract)."""
        if self.mode == "json":
            self.out.file.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            return
        rows = [data] if isinstance(data, Mapping) else list(data)
        flat = [flatten(r) if isinstance(r, Mapping) else {"value": r} for r in rows]
        names = list(columns or [])
        for row in flat:
            names.extend(k for k in row if k not in names)
        if self.mode == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(names)
            writer.writerows([_cell(row.get(n)) for n in names] for row in flat)
            self.out.file.write(buffer.getvalue())
            return
        if isinstance(data, Mapping):
            table = Table(title=title, show_header=False, title_justify="left")
            table.add_column(style="bold")
            table.add_column()
            for key, value in flat[0].items():
                table.add_row(Text(key), Text(_cell(value)))
        else:
            table = Table(title=title, title_justify="left")
            for name in names:
                table.add_column(Text(name))
            for row in flat:
                table.add_row(*(Text(_cell(row.get(n))) for n in names))
            if not flat:
                self.out.print(Text(f"{title}: none" if title else "none"))
                return
        self.out.print(table)

    def line(self, text: str) -> None:
        """A line for people: on stdout in table mode, on stderr otherwise (scripts read stdout)."""
        (self.out if self.mode == "table" else self.err).print(Text(text), soft_wrap=True)

    def warn(self, text: str) -> None:
        self.err.print(Text(f"transmitsms: warning: {text}"), soft_wrap=True)

    @contextmanager
    def progress(self, description: str, total: int | None, unit: str) -> Iterator[Progress]:
        """A progress bar on stderr (shown on a terminal only) with rate and time left."""
        columns = [
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn(f"{{task.fields[rate]}} {unit}/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
        ]
        with Progress(*columns, console=self.err, transient=False, disable=not self.err.is_terminal) as bar:
            bar.add_task(description, total=total, rate="-")
            yield bar


def update(bar: Progress, completed: int, total: int | None = None) -> None:
    """Move the (only) task of ``bar`` to ``completed``, with its measured rate."""
    task = bar.tasks[0]
    bar.update(task.id, completed=completed, total=total if total is not None else task.total)
    speed = bar.tasks[0].speed
    bar.update(task.id, rate=f"{speed:.1f}" if speed else "-")
