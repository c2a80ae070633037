"""Bulk imports of contacts from a CSV file (add-contacts-bulk and its progress).

Contract: ``start`` records an import ``in progress`` and asks (through an effect) for the file to
be fetched; the front-end fetches it and calls ``complete`` with its text, or ``fail`` with the
reason. The file has a header row: ``Mobile`` is required; ``Firstname`` and ``Lastname`` are
optional; any other column whose header matches a custom field name of the list (any case) fills
that field. Rows are counted as the API reports them: blank or without a usable number ``skipped``,
a number repeated in the file ``duplicates`` (the first row is kept), opted out ``optout``, the
rest ``imported`` (added, or updated when already on the list).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass

from ..store.db import Tx
from . import lists, phones
from .accounts import Account
from .errors import NotFound

_MOBILE = {"mobile", "msisdn", "mobile number", "phone", "number"}
_FIRST = {"firstname", "first_name", "first name"}
_LAST = {"lastname", "last_name", "last name"}


@dataclass(frozen=True)
class ImportProgress:
    list_id: int
    status: str
    importlength: int
    completed: int
    duplicates: int
    skipped: int
    optout: int
    imported: int
    error: str | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> ImportProgress:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


def start(tx: Tx, account: Account, contact_list: lists.ContactList, file_url: str, region: str | None) -> int:
    import_id = tx.insert(
        """INSERT INTO imports (list_id, account_id, file_url, region, status, created)
           VALUES (?, ?, ?, ?, 'in progress', ?)""",
        (contact_list.id, account.id, file_url, region, tx.now_text),
    )
    tx.effect("import", import_id=import_id, url=file_url)
    return import_id


def unfinished(tx: Tx) -> list[tuple[int, str]]:
    """Imports still in progress (to fetch again after a restart)."""
    return [(row[0], row[1]) for row in tx.all("SELECT id, file_url FROM imports WHERE status = 'in progress'")]


def fail(tx: Tx, import_id: int, reason: str) -> None:
    tx.exec(
        "UPDATE imports SET status = 'failed', error = ? WHERE id = ? AND status = 'in progress'", (reason, import_id)
    )


def complete(tx: Tx, import_id: int, text: str) -> ImportProgress:
    """Import the CSV ``text`` into the import's list and record the counts."""
    row = tx.one("SELECT * FROM imports WHERE id = ?", (import_id,))
    if row is None or row["status"] != "in progress":
        raise NotFound("No import in progress has this ID.")
    contact_list = lists.find(tx, row["account_id"], row["list_id"])
    if contact_list is None:
        fail(tx, import_id, "The list was removed during the import.")
        return progress_of(tx, import_id)
    rows = list(csv.reader(io.StringIO(text)))
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    mobile_col = next((i for i, name in enumerate(header) if name in _MOBILE), None)
    if mobile_col is None:
        fail(tx, import_id, "The file has no Mobile column.")
        return progress_of(tx, import_id)
    first_col = next((i for i, name in enumerate(header) if name in _FIRST), None)
    last_col = next((i for i, name in enumerate(header) if name in _LAST), None)
    slots = {i: slot for i, name in enumerate(header) if (slot := contact_list.slot_named(name)) is not None}
    counts = {"duplicates": 0, "skipped": 0, "optout": 0, "imported": 0}
    seen: set[str] = set()
    data = rows[1:]
    for cells in data:

        def cell(index: int | None, cells: list[str] = cells) -> str:
            return cells[index].strip() if index is not None and index < len(cells) else ""

        raw = cell(mobile_col)
        e164 = phones.mobile_e164(raw, row["region"]) if raw else None
        if e164 is None:
            counts["skipped"] += 1
            continue
        if e164 in seen:
            counts["duplicates"] += 1
            continue
        seen.add(e164)
        values = {slot: cell(index) for index, slot in slots.items()}
        outcome = lists.upsert(tx, contact_list, e164, cell(first_col), cell(last_col), values)
        counts["optout" if outcome == "optout" else "imported"] += 1
    tx.exec(
        """UPDATE imports SET status = 'completed', importlength = ?, completed = ?, duplicates = ?, skipped = ?,
               optout = ?, imported = ? WHERE id = ?""",
        (
            len(data),
            len(data),
            counts["duplicates"],
            counts["skipped"],
            counts["optout"],
            counts["imported"],
            import_id,
        ),
    )
    return progress_of(tx, import_id)


def progress_of(tx: Tx, import_id: int) -> ImportProgress:
    row = tx.one("SELECT * FROM imports WHERE id = ?", (import_id,))
    assert row is not None
    return ImportProgress.from_row(row)


def latest(tx: Tx, account: Account, list_id: int) -> ImportProgress:
    """The progress of the latest import into the account's list."""
    lists.get(tx, account.id, list_id)
    row = tx.one("SELECT * FROM imports WHERE list_id = ? ORDER BY id DESC LIMIT 1", (list_id,))
    if row is None:
        raise NotFound("No import was found for this list.")
    return ImportProgress.from_row(row)
