"""The journal of a bulk send: one local SQLite file that makes ``send_bulk`` resumable and never send twice.

Contract: ``Journal.open(path)`` opens (or creates) the file, takes an exclusive lock on it for as
long as it is open (a second process on the same journal gets ``JournalBusyError``), and recovers
an interrupted run: a chunk left ``sending`` (the process died while its request was in flight)
becomes ``in_doubt``. Every change is one committed transaction (WAL, ``synchronous=FULL``),
made *before* the step it records is taken, so that a process killed at any instruction leaves a
journal that tells the truth or errs on the side of doubt:

``planned``   in the plan, never sent (or proven not sent by reconciliation)
``sending``   its request is about to leave or is in flight (only while a run is alive)
``sent``      the service accepted it: message id, recipients, parts, cost (``reconciled`` when
              proven through the reports rather than by the answer)
``failed``    the service refused it with an error code: nothing was sent
``in_doubt``  the request may have reached the service and no answer came: never resent until
              reconciliation proves it was not sent

Every transition is also appended to ``events`` (the audit trail). Times written by the client
are its UTC clock (``YYYY-MM-DD HH:MM:SS.ffffff``); ``service_floor`` and ``window_floor`` are the
*service's* clock (``YYYY-MM-DD HH:MM:SS``), see ``bulk``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final, Literal, Self

from .exceptions import TransmitSMSError

#: The journal's schema version; a journal of another version is refused, not guessed at.
FORMAT: Final = 1

ChunkState = Literal["planned", "sending", "sent", "failed", "in_doubt"]
STATES: Final[tuple[ChunkState, ...]] = ("planned", "sending", "sent", "failed", "in_doubt")

_SCHEMA = """
CREATE TABLE job (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    message TEXT NOT NULL,
    options TEXT NOT NULL,
    recipients INTEGER NOT NULL,
    service_floor TEXT
);
CREATE TABLE chunks (
    seq INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    recipients TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('planned', 'sending', 'sent', 'failed', 'in_doubt')),
    attempts INTEGER NOT NULL DEFAULT 0,
    attempt_started TEXT,
    attempt_ended TEXT,
    window_floor TEXT,
    message_id INTEGER,
    recipients_sent INTEGER,
    sms INTEGER,
    cost REAL,
    send_at TEXT,
    optouts INTEGER,
    reconciled INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_description TEXT,
    note TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE rejected (
    position INTEGER PRIMARY KEY,
    value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('invalid', 'duplicate'))
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    seq INTEGER,
    state TEXT NOT NULL,
    detail TEXT NOT NULL
);
"""


class JournalError(TransmitSMSError, ValueError):
    """The journal cannot be used for this job: another job's, another format, or not a journal."""


class JournalBusyError(JournalError):
    """Another process has this journal open (running the same job): two runs would race."""


def utc_now() -> str:
    """The client's UTC clock as the journal writes it."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True, slots=True)
class Chunk:
    """One row of ``chunks``: up to ``chunk_size`` recipients sent one text in one send-sms call."""

    seq: int
    text: str
    recipients: tuple[str, ...]
    state: ChunkState
    attempts: int = 0
    attempt_started: str | None = None
    attempt_ended: str | None = None
    window_floor: str | None = None
    message_id: int | None = None
    recipients_sent: int | None = None
    sms: int | None = None
    cost: float | None = None
    send_at: str | None = None
    optouts: int | None = None
    reconciled: bool = False
    error_code: str | None = None
    error_description: str | None = None
    note: str | None = None

    @property
    def size(self) -> int:
        return len(self.recipients)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Chunk:
        return cls(
            seq=row["seq"],
            text=row["text"],
            recipients=tuple(row["recipients"].split(",")) if row["recipients"] else (),
            state=row["state"],
            attempts=row["attempts"],
            attempt_started=row["attempt_started"],
            attempt_ended=row["attempt_ended"],
            window_floor=row["window_floor"],
            message_id=row["message_id"],
            recipients_sent=row["recipients_sent"],
            sms=row["sms"],
            cost=row["cost"],
            send_at=row["send_at"],
            optouts=row["optouts"],
            reconciled=bool(row["reconciled"]),
            error_code=row["error_code"],
            error_description=row["error_description"],
            note=row["note"],
        )


@dataclass(frozen=True, slots=True)
class JobRecord:
    """The ``job`` row: what was planned, and the service clock's latest known lower bound."""

    fingerprint: str
    created_at: str
    message: str
    options: dict[str, Any]
    recipients: int
    service_floor: str | None


class Journal:
    """An open journal file; see the module's contract. Use as a context manager, or ``close()``."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: IO[bytes] | None) -> None:
        self.path = path
        self._db = connection
        self._lock = lock
        self.recovered = 0  # chunks found ``sending`` on opening, now ``in_doubt``

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Journal:
        """Open or create the journal at ``path`` and lock it.

        Raises:
            JournalBusyError: another process holds it.
            JournalError: the file is not a journal of this format.
        """
        target = Path(path)
        lock = _lock(target)
        try:
            connection = sqlite3.connect(target, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            _unlock(lock)
            raise JournalError(f"cannot open the journal {target}: {exc}") from exc
        connection.row_factory = sqlite3.Row
        journal = cls(target, connection, lock)
        try:
            journal._prepare()
        except sqlite3.DatabaseError as exc:
            journal.close()
            raise JournalError(f"{target} is not a bulk-send journal: {exc}") from exc
        except BaseException:
            journal.close()
            raise
        return journal

    def _prepare(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            # Statement by statement inside one transaction (executescript would commit on its own).
            with self._transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
            return
        if not {"job", "chunks", "rejected", "events"} <= tables:
            raise JournalError(f"{self.path} is an SQLite file but not a bulk-send journal")
        row = self._db.execute("SELECT format FROM job").fetchone()
        if row is not None and row[0] != FORMAT:
            raise JournalError(f"{self.path} is a journal of format {row[0]}; this client reads format {FORMAT}")
        now = utc_now()
        with self._transaction():
            stuck = [r[0] for r in self._db.execute("SELECT seq FROM chunks WHERE state = 'sending'")]
            for seq in stuck:
                self._set(
                    seq,
                    now,
                    "in_doubt",
                    "the run stopped while this chunk's request was in flight",
                    attempt_ended=now,
                    note="the run stopped while its request was in flight",
                )
        self.recovered = len(stuck)

    def close(self) -> None:
        """Close the database and release the lock."""
        self._db.close()
        _unlock(self._lock)
        self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def job(self) -> JobRecord | None:
        """The job this journal holds, or None for a new journal."""
        row = self._db.execute("SELECT * FROM job").fetchone()
        if row is None:
            return None
        return JobRecord(
            fingerprint=row["fingerprint"],
            created_at=row["created_at"],
            message=row["message"],
            options=json.loads(row["options"]),
            recipients=row["recipients"],
            service_floor=row["service_floor"],
        )

    def chunks(self, state: ChunkState | None = None) -> list[Chunk]:
        """The chunks, in plan order (only those in ``state`` when given)."""
        if state is None:
            rows = self._db.execute("SELECT * FROM chunks ORDER BY seq")
        else:
            rows = self._db.execute("SELECT * FROM chunks WHERE state = ? ORDER BY seq", (state,))
        return [Chunk.from_row(row) for row in rows]

    def chunk(self, seq: int) -> Chunk:
        row = self._db.execute("SELECT * FROM chunks WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return Chunk.from_row(row)

    def rejected(self) -> list[tuple[str, str]]:
        """The inputs left out of the plan, as ``(value, reason)``, in input order."""
        return [(r[0], r[1]) for r in self._db.execute("SELECT value, reason FROM rejected ORDER BY position")]

    def known_message_ids(self) -> set[int]:
        """The message ids of every chunk known to be sent."""
        rows = self._db.execute("SELECT message_id FROM chunks WHERE message_id IS NOT NULL")
        return {int(r[0]) for r in rows}

    def events(self) -> Iterator[tuple[str, int | None, str, str]]:
        """The audit trail: ``(at, seq, state, detail)`` in order."""
        for row in self._db.execute("SELECT at, seq, state, detail FROM events ORDER BY id"):
            yield row[0], row[1], row[2], row[3]

    # ------------------------------------------------------------------ writing

    def create(
        self,
        *,
        fingerprint: str,
        message: str,
        options: dict[str, Any],
        chunks: Sequence[tuple[str, Sequence[str]]],
        rejected: Sequence[tuple[int, str, str]],
    ) -> None:
        """Write the plan of a new job: every chunk ``planned``, in one transaction."""
        now = utc_now()
        with self._transaction():
            self._db.execute(
                "INSERT INTO job (id, format, fingerprint, created_at, message, options, recipients)"
                " VALUES (1, ?, ?, ?, ?, ?, ?)",
                (
                    FORMAT,
                    fingerprint,
                    now,
                    message,
                    json.dumps(options, sort_keys=True),
                    sum(len(c[1]) for c in chunks),
                ),
            )
            self._db.executemany(
                "INSERT INTO chunks (seq, text, recipients, size, state, updated_at) VALUES (?, ?, ?, ?, 'planned', ?)",
                [(seq, text, ",".join(numbers), len(numbers), now) for seq, (text, numbers) in enumerate(chunks, 1)],
            )
            self._db.executemany("INSERT INTO rejected (position, value, reason) VALUES (?, ?, ?)", rejected)
            self._event(now, None, "planned", f"{len(chunks)} chunks, {len(rejected)} inputs left out")

    def set_service_floor(self, floor: str) -> None:
        """Record a service time that has certainly passed (only ever moves forward)."""
        with self._transaction():
            self._db.execute(
                "UPDATE job SET service_floor = ? WHERE service_floor IS NULL OR service_floor < ?", (floor, floor)
            )

    def begin_attempt(self, seq: int, window_floor: str) -> None:
        """``planned`` -> ``sending``: written before the request leaves."""
        now = utc_now()
        with self._transaction():
            self._db.execute(
                "UPDATE chunks SET state = 'sending', attempts = attempts + 1, attempt_started = ?,"
                " attempt_ended = NULL, window_floor = ?, note = NULL, updated_at = ?"
                " WHERE seq = ? AND state = 'planned'",
                (now, window_floor, now, seq),
            )
            self._check_changed(seq, "planned")
            self._event(now, seq, "sending", f"attempt, service floor {window_floor}")

    def mark_sent(
        self,
        seq: int,
        *,
        message_id: int,
        recipients_sent: int,
        sms: int,
        cost: float,
        send_at: str,
        reconciled: bool = False,
        detail: str = "",
    ) -> None:
        """``sending`` or ``in_doubt`` -> ``sent``."""
        now = utc_now()
        with self._transaction():
            self._db.execute(
                "UPDATE chunks SET state = 'sent', message_id = ?, recipients_sent = ?, sms = ?, cost = ?, send_at = ?,"
                " reconciled = ?, attempt_ended = COALESCE(attempt_ended, ?), error_code = NULL,"
                " error_description = NULL, note = NULL, updated_at = ?"
                " WHERE seq = ? AND state IN ('sending', 'in_doubt')",
                (message_id, recipients_sent, sms, cost, send_at, int(reconciled), now, now, seq),
            )
            self._check_changed(seq, "sending or in_doubt")
            self._event(now, seq, "sent", detail or f"message {message_id}, {recipients_sent} recipients")

    def set_optouts(self, seq: int, optouts: int) -> None:
        """How many of a sent chunk's recipients the service suppressed as opted out."""
        with self._transaction():
            self._db.execute("UPDATE chunks SET optouts = ? WHERE seq = ?", (optouts, seq))

    def mark_failed(self, seq: int, code: str, description: str) -> None:
        """``sending`` -> ``failed``: the service refused the chunk, nothing was sent."""
        now = utc_now()
        with self._transaction():
            self._db.execute(
                "UPDATE chunks SET state = 'failed', error_code = ?, error_description = ?, attempt_ended = ?,"
                " updated_at = ? WHERE seq = ? AND state = 'sending'",
                (code, description, now, now, seq),
            )
            self._check_changed(seq, "sending")
            self._event(now, seq, "failed", f"{code}: {description}")

    def mark_in_doubt(self, seq: int, reason: str) -> None:
        """``sending`` -> ``in_doubt``: no answer, and the request may have reached the service."""
        now = utc_now()
        with self._transaction():
            self._db.execute(
                "UPDATE chunks SET state = 'in_doubt', attempt_ended = ?, note = ?, updated_at = ?"
                " WHERE seq = ? AND state = 'sending'",
                (now, reason, now, seq),
            )
            self._check_changed(seq, "sending")
            self._event(now, seq, "in_doubt", reason)

    def note(self, seq: int, note: str) -> None:
        """Say why an ``in_doubt`` chunk is still in doubt (the last reconciliation's finding)."""
        now = utc_now()
        with self._transaction():
            self._db.execute("UPDATE chunks SET note = ?, updated_at = ? WHERE seq = ?", (note, now, seq))
            self._event(now, seq, "in_doubt", note)

    def back_to_planned(self, seq: int, reason: str) -> None:
        """``sending`` (certainly not sent), ``in_doubt`` (proven not sent) or ``failed`` (to retry) -> ``planned``."""
        now = utc_now()
        with self._transaction():
            self._db.execute(
                "UPDATE chunks SET state = 'planned', note = ?, updated_at = ? WHERE seq = ?"
                " AND state IN ('sending', 'in_doubt', 'failed')",
                (reason, now, seq),
            )
            self._check_changed(seq, "sending, in_doubt or failed")
            self._event(now, seq, "planned", reason)

    # ------------------------------------------------------------------ internals

    def _check_changed(self, seq: int, expected: str) -> None:
        if self._db.execute("SELECT changes()").fetchone()[0] != 1:
            raise JournalError(f"chunk {seq} of {self.path} is not {expected}: the journal changed under this run")

    def _set(self, seq: int, now: str, state: ChunkState, detail: str, **columns: Any) -> None:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self._db.execute(
            f"UPDATE chunks SET state = ?, {assignments}, updated_at = ? WHERE seq = ?",
            (state, *columns.values(), now, seq),
        )
        self._event(now, seq, state, detail)

    def _event(self, now: str, seq: int | None, state: str, detail: str) -> None:
        self._db.execute("INSERT INTO events (at, seq, state, detail) VALUES (?, ?, ?, ?)", (now, seq, state, detail))

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an exception), on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _lock(path: Path) -> IO[bytes] | None:
    """An exclusive advisory lock on ``<journal>.lock``, held until closed (released by the OS if the process dies)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory lock; one run at a time is the caller's to keep
        return None
    try:
        handle = open(path.with_name(path.name + ".lock"), "ab")  # noqa: SIM115 - held for the journal's lifetime
    except OSError as exc:
        raise JournalError(f"cannot open the journal {path}: {exc}") from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise JournalBusyError(f"{path} is in use by another process running the same bulk send") from exc
    return handle


def _unlock(handle: IO[bytes] | None) -> None:
    if handle is not None:
        handle.close()
