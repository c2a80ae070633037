"""The callback outbox: what to notify, where, and what became of each attempt.

Contract: the domain calls ``enqueue`` inside the transaction that changes the state the callback
reports, so a callback is never lost nor sent for a change that was rolled back. The callback
worker (``workers/callbacks.py``) takes ``due`` rows, calls their URL with a GET, and reports each
attempt with ``record_attempt``, which schedules the next retry (after the delays of the settings:
1 minute, 5 minutes, 1 hour, 24 hours) or gives the callback up after the last one.

Event parameters are appended to the query the URL already has, as the vendor documents:

    >>> build_url("https://example.com/dlr?mine=1", [("status", "delivered"), ("datetime", "2026-01-01 00:00:00")])
    'https://example.com/dlr?mine=1&status=delivered&datetime=2026-01-01%2000%3A00%3A00'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from ..store.db import Tx, fmt_time, later, parse_time

KINDS = ("dlr", "reply", "link_hit", "list_action")


@dataclass(frozen=True)
class DueCallback:
    id: int
    url: str
    attempts: int


def build_url(base: str, params: list[tuple[str, str]]) -> str:
    """``base`` with ``params`` appended to its own query (its fragment dropped)."""
    split = urlsplit(base)
    extra = urlencode(params, quote_via=quote)
    query = f"{split.query}&{extra}" if split.query else extra
    return urlunsplit((split.scheme, split.netloc, split.path or "/", query, ""))


def enqueue(tx: Tx, account_id: int, kind: str, base_url: str, params: list[tuple[str, str]], at: str) -> int:
    """Add a callback to the outbox, due at ``at`` (the time of the event it reports)."""
    assert kind in KINDS
    callback_id = tx.insert(
        """INSERT INTO callbacks (account_id, kind, url, created, next_attempt_at, status)
           VALUES (?, ?, ?, ?, ?, 'pending')""",
        (account_id, kind, build_url(base_url, params), at, at),
    )
    tx.effect("callbacks")
    return callback_id


def due(tx: Tx, limit: int, exclude: frozenset[int] = frozenset()) -> list[DueCallback]:
    """Pending callbacks whose next attempt is due, oldest first."""
    rows = tx.all(
        """SELECT id, url, attempts FROM callbacks WHERE status = 'pending' AND next_attempt_at <= ?
           ORDER BY next_attempt_at, id LIMIT ?""",
        (tx.now_text, limit + len(exclude)),
    )
    found = [DueCallback(row["id"], row["url"], row["attempts"]) for row in rows if row["id"] not in exclude]
    return found[:limit]


def next_due_at(tx: Tx) -> str | None:
    value = tx.scalar("SELECT MIN(next_attempt_at) FROM callbacks WHERE status = 'pending'")
    return None if value is None else str(value)


def record_attempt(
    tx: Tx,
    callback_id: int,
    *,
    ok: bool,
    status_code: int | None,
    error: str | None,
    duration_ms: int,
    retry_delays: tuple[int, ...],
) -> str:
    """Record one delivery attempt; return the callback's new status (pending, delivered, failed)."""
    row = tx.one("SELECT attempts, status FROM callbacks WHERE id = ?", (callback_id,))
    if row is None or row["status"] != "pending":
        return "gone"
    attempt = row["attempts"] + 1
    tx.insert(
        """INSERT INTO callback_attempts (callback_id, attempt, at, status_code, error, ok, duration_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (callback_id, attempt, tx.now_text, status_code, error, int(ok), duration_ms),
    )
    if ok:
        status, next_at = "delivered", None
    elif attempt > len(retry_delays):
        status, next_at = "failed", None
    else:
        status, next_at = "pending", fmt_time(later(tx.now, timedelta(seconds=retry_delays[attempt - 1])))
    tx.exec(
        """UPDATE callbacks SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?,
               completed_at = CASE WHEN ? = 'pending' THEN NULL ELSE ? END WHERE id = ?""",
        (attempt, status, next_at, None if ok else error, status, tx.now_text, callback_id),
    )
    return status


def listing(
    tx: Tx, account_id: int | None = None, status: str | None = None, kind: str | None = None, limit: int = 1000
) -> list[dict[str, Any]]:
    """Callbacks with all their attempts, newest first: what the control API shows."""
    where, params = ["1 = 1"], []
    for column, value in (("account_id", account_id), ("status", status), ("kind", kind)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    rows = tx.all(
        f"SELECT * FROM callbacks WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
        [*params, limit],
    )
    result = []
    for row in rows:
        attempts = tx.all("SELECT * FROM callback_attempts WHERE callback_id = ? ORDER BY attempt", (row["id"],))
        result.append(
            {
                "id": row["id"],
                "account_id": row["account_id"],
                "kind": row["kind"],
                "url": row["url"],
                "created": row["created"],
                "status": row["status"],
                "attempts": [
                    {
                        "attempt": a["attempt"],
                        "at": a["at"],
                        "ok": bool(a["ok"]),
                        "status_code": a["status_code"],
                        "error": a["error"],
                        "duration_ms": a["duration_ms"],
                    }
                    for a in attempts
                ],
                "next_attempt_at": row["next_attempt_at"],
                "last_error": row["last_error"],
                "completed_at": row["completed_at"],
            }
        )
    return result


def seconds_until(tx: Tx, moment: str) -> float:
    return (parse_time(moment) - tx.now).total_seconds()
