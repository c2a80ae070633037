"""The embedded SQLite database and its transactions.

Contract: ``Database(path)`` opens (or creates) the database file in WAL mode, or an in-memory
database when ``path`` is None, and creates the schema of ``schema.sql``. ``transaction(now)`` is a
context manager yielding a ``Tx``: everything done through it commits together, or not at all if
the block raises. That is how a change of state and the callbacks it causes (outbox rows) are
written atomically. One connection serves the whole process; a lock serialises transactions, so
the database may be used from the event loop and from a test's thread alike.

    >>> db = Database(None)
    >>> with db.transaction(datetime(2026, 1, 1)) as tx:
    ...     tx.set_meta("greeting", "hello")
    >>> db.get_meta("greeting")
    'hello'
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from types import TracebackType
from typing import Any

#: First identifiers of each kind of record: distinct ranges, so that an ID of one kind passed
#: where another is expected finds nothing instead of the wrong record.
ID_SEEDS: dict[str, int] = {
    "accounts": 54910,
    "messages": 339000000,
    "recipients": 937000000,
    "replies": 36000000,
    "lists": 4070000,
    "contacts": 100000,
    "imports": 500,
    "keywords": 7000,
    "transactions": 9187000,
    "forwards": 0,
    "callbacks": 0,
    "callback_attempts": 0,
}

TABLES: tuple[str, ...] = (
    "meta", "accounts", "sender_ids", "transactions", "messages", "recipients", "replies", "optouts",
    "lists", "contacts", "imports", "numbers", "keywords", "emails", "forwards", "callbacks",
    "callback_attempts",
)  # fmt: skip

#: SQLite integers are signed 64-bit: larger identifiers cannot exist.
MAX_INT64 = 2**63 - 1

Params = Sequence[Any] | dict[str, Any]
#: Up to this many rows, ``Tx.insert_rows`` binds each row (measured: the JSON route pays from about 10).
_FEW_ROWS = 8


@lru_cache(maxsize=4096)  # the same few moments are formatted again and again (every transaction's now)
def fmt_time(moment: datetime) -> str:
    """``YYYY-MM-DD HH:MM:SS``, the API's and the database's format (UTC, no zone)."""
    # Not strftime: it does not pad years before 1000, which would break the text ordering.
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    )


def later(moment: datetime, delta: timedelta) -> datetime:
    """``moment + delta``, stopping at the end of year 9999 instead of overflowing."""
    try:
        return moment + delta
    except OverflowError:
        return datetime.max.replace(microsecond=0)


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


@dataclass
class Effect:
    """Something to do once the transaction has committed (wake the callback worker, fetch a file)."""

    kind: str
    payload: dict[str, Any] = field(default_factory=dict)


class Tx:
    """One open transaction, with the simulated time it runs at."""

    def __init__(self, conn: sqlite3.Connection, now: datetime) -> None:
        self.conn = conn
        self.now = now.replace(microsecond=0)
        self.now_text = fmt_time(self.now)
        self.effects: list[Effect] = []

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def exec(self, sql: str, params: Params = ()) -> int:
        """Run a statement; return the number of rows it changed."""
        return self.conn.execute(sql, params).rowcount

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT; return the new row's ID."""
        rowid = self.conn.execute(sql, params).lastrowid
        assert rowid is not None
        return rowid

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """INSERT ``rows`` (values of ``columns``, each ``str``, ``int`` or None) into ``table``, in order.

        The same as ``executemany`` of a one-row INSERT (which it is, for a few rows). For more, one
        statement: a column whose value is the same in every row is bound once, and the others
        travel as one JSON array read back by ``json_each``, so that SQLite does the per-row work
        rather than Python binding each value of each row (a third of the time of a 500-recipient
        send, issue 11). ``table`` and ``columns`` are the caller's own names, never input.
        """
        if len(rows) <= _FEW_ROWS:  # a JSON document costs more than it saves for a few rows
            placeholders = ", ".join("?" * len(columns))
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows)
            return
        by_column = list(zip(*rows, strict=True))
        varying = [k for k, column in enumerate(by_column) if column.count(column[0]) != len(column)]
        position = {k: n for n, k in enumerate(varying)}
        values = [f"json_extract(value, '$[{position[k]}]')" if k in position else "?" for k in range(len(columns))]
        constants = [column[0] for k, column in enumerate(by_column) if k not in position]
        # One JSON array per row, of its varying values ([] each when no value varies).
        per_row = zip(*(by_column[k] for k in varying), strict=True) if varying else ([] for _ in rows)
        data = json.dumps(list(per_row), ensure_ascii=False, allow_nan=False)
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM json_each(?) ORDER BY key",
            (*constants, data),
        )

    def set_meta(self, key: str, value: str) -> None:
        self.exec(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?", (key, value, value)
        )

    def get_meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def effect(self, kind: str, **payload: Any) -> None:
        self.effects.append(Effect(kind, payload))


class _Transaction:
    """``Database.transaction``: under the lock, BEGIN IMMEDIATE; COMMIT, or ROLLBACK if the block raises.

    A class rather than a generator-based context manager: every API call opens two, and the
    generator's machinery cost more than the BEGIN and COMMIT themselves (issue 11).
    """

    __slots__ = ("conn", "lock", "now")

    def __init__(self, lock: threading.RLock, conn: sqlite3.Connection, now: datetime) -> None:
        self.lock, self.conn, self.now = lock, conn, now

    def __enter__(self) -> Tx:
        self.lock.acquire()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            return Tx(self.conn, self.now)
        except BaseException:
            self.lock.release()
            raise

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        try:
            self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
        finally:
            self.lock.release()


class Database:
    """The simulator's one SQLite connection."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        if path:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        schema = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
        with self._lock:
            self._conn.executescript(schema)
            self._seed_ids()

    def _seed_ids(self) -> None:
        known = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_sequence")}
        for table, start in ID_SEEDS.items():
            if table not in known:
                self._conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, start))

    def transaction(self, now: datetime) -> _Transaction:
        """Run the block in one transaction at simulated time ``now``; commit on success."""
        return _Transaction(self._lock, self._conn, now)

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def changes(self) -> int:
        """A counter that grows whenever a row is inserted, changed or deleted (SQLite's
        ``total_changes`` of the one connection): what live views poll to learn that the state moved."""
        with self._lock:
            return self._conn.total_changes

    def reset(self) -> None:
        """Delete every record and restart the identifier ranges."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for table in TABLES:
                    if table != "meta":
                        self._conn.execute(f"DELETE FROM {table}")
                self._conn.execute("DELETE FROM sqlite_sequence")
                self._seed_ids()
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()
