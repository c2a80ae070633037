"""The recipients of a bulk send: numbers, rows with personalisation fields, or a CSV file.

Contract: ``read_recipients(source, number_field=None)`` yields one ``Recipient`` per input, in
order: ``number`` is the input's digits (spaces, dots, hyphens, brackets and a leading ``+``
removed) or None when they are not a number the API takes (1 to 15 digits); ``raw`` is the input
as given; ``fields`` the row's other values (for ``[Field]`` personalisation). ``source`` is an
iterable of numbers (``str``/``int``) or mappings, or a path (``str``/``os.PathLike``) of a CSV
file; a string that is a number is a number, never a file name.

A row's number is its ``number_field``, else the first of ``NUMBER_FIELDS`` it has (any case).
A CSV file has a header row naming its columns, unless its first cell is a number: then every
line is a number in the first column. ``personalise(template, fields)`` replaces ``[Field]`` by
the field's value (case-insensitive, as the service does for list sends), leaving the tags the
service fills in itself (``[mobile]``, ``[tracked-link]``, ``[unsub-reply-link]``) and any tag
the row has no field for.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeAlias

from .exceptions import TransmitSMSError

#: Column or key names taken as the number when ``number_field`` is not given (in this order).
NUMBER_FIELDS: Final = ("msisdn", "mobile", "to", "number", "phone", "phone_number", "mobile_number")
#: Tags the service replaces itself, per recipient: never filled in here.
SERVICE_TAGS: Final = frozenset({"mobile", "tracked-link", "unsub-reply-link"})

_SEPARATORS = re.compile(r"[\s.\-()]")
_DIGITS = re.compile(r"[0-9]{1,15}")
_TAG = re.compile(r"\[([^\[\]]{1,100})\]")

#: What ``send_bulk`` takes as its recipients.
RecipientSource: TypeAlias = "Iterable[str | int | Mapping[str, Any]] | str | os.PathLike[str]"


class BulkInputError(TransmitSMSError, ValueError):
    """The recipients cannot be read: a missing or unreadable file, a malformed CSV, a row of the wrong type."""


@dataclass(frozen=True, slots=True)
class Recipient:
    """One input: its number (None when invalid), as given, and its personalisation fields."""

    number: str | None
    raw: str
    fields: Mapping[str, str] = field(default_factory=dict)


def normalise_number(value: object) -> str | None:
    """The digits of a phone number as the API takes them, or None (``'+61 491-570-156'`` -> ``'61491570156'``)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = _SEPARATORS.sub("", str(value)).removeprefix("+")
    return text if _DIGITS.fullmatch(text) else None


def personalise(template: str, fields: Mapping[str, str]) -> str:
    """``template`` with each ``[Field]`` the row has replaced by its value (see the module's contract)."""
    if not fields:
        return template
    values = {name.lower(): value for name, value in fields.items()}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if name in SERVICE_TAGS or name not in values:
            return match.group(0)
        return values[name]

    return _TAG.sub(replace, template)


def _looks_like_path(source: str) -> bool:
    return normalise_number(source) is None


def read_recipients(source: RecipientSource, number_field: str | None = None) -> Iterator[Recipient]:
    """The recipients of ``source``, one per input (see the module's contract).

    Raises:
        BulkInputError: ``source`` is a string that is neither a number nor a readable CSV file, a
            CSV file without the number column, or an input that is neither a number nor a mapping.
    """
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        yield from read_csv(Path(source), number_field)
        return
    if isinstance(source, str | bytes | Mapping):
        raise BulkInputError(
            "recipients must be an iterable of numbers or rows, or the path of a CSV file, "
            f"not a single {type(source).__name__}"
        )
    for item in source:
        if isinstance(item, Mapping):
            yield _from_row(item, number_field)
        elif isinstance(item, str | int) and not isinstance(item, bool):
            yield Recipient(normalise_number(item), str(item))
        else:
            raise BulkInputError(f"a recipient must be a number or a mapping, got {type(item).__name__}: {item!r}")


def _from_row(row: Mapping[str, Any], number_field: str | None) -> Recipient:
    key = _number_key(list(row), number_field)
    if key is None:
        wanted = repr(number_field) if number_field else "one of " + ", ".join(NUMBER_FIELDS)
        raise BulkInputError(f"a row has no number field ({wanted}): {sorted(map(str, row))}")
    raw = row[key]
    fields = {str(name): "" if value is None else str(value) for name, value in row.items() if name != key}
    return Recipient(normalise_number(raw), "" if raw is None else str(raw), fields)


def _number_key(names: Iterable[Any], number_field: str | None) -> Any:
    by_lower = {str(name).strip().lower(): name for name in names}
    if number_field is not None:
        return by_lower.get(number_field.strip().lower())
    return next((by_lower[candidate] for candidate in NUMBER_FIELDS if candidate in by_lower), None)


def read_csv(path: Path, number_field: str | None = None) -> Iterator[Recipient]:
    """The recipients of a CSV file (UTF-8, with or without a byte-order mark; see the module's contract).

    Raises:
        BulkInputError: the file cannot be read, is not CSV, or has no number column.
    """
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise BulkInputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        try:
            reader = csv.reader(handle)
            first = next(reader, None)
            if first is None:
                return
            if first and normalise_number(first[0]) is not None and number_field is None:
                for row in (first, *reader):
                    if row and any(cell.strip() for cell in row):
                        yield Recipient(normalise_number(row[0]), row[0])
                return
            header = [cell.strip() for cell in first]
            key = _number_key(header, number_field)
            if key is None:
                wanted = repr(number_field) if number_field else "one of " + ", ".join(NUMBER_FIELDS)
                raise BulkInputError(f"{path}: no number column ({wanted}) in the header {header}")
            index = header.index(key)
            for line, row in enumerate(reader, 2):
                if not row or not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    raise BulkInputError(f"{path}, line {line}: {len(row)} values for {len(header)} columns")
                fields = {name: value for name, value in zip(header, row, strict=True) if name != key}
                yield Recipient(normalise_number(row[index]), row[index], fields)
        except csv.Error as exc:
            raise BulkInputError(f"{path} is not a readable CSV file: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise BulkInputError(f"{path} is not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
