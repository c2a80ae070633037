"""What happens to each message after it is sent: deterministic delivery outcomes and DLRs.

Contract: every recipient starts ``pending``. Its outcome is decided when the message is sent, by
the last three digits of the number (like a carrier's test numbers), so tests can choose it:

=============  ===========================================================================
Number ends     Outcome
=============  ===========================================================================
``000``         ``hard-bounce`` 5 seconds after sending (disconnected handset)
``001``         ``soft-bounce`` 5 seconds after sending (handset off, out of range)
``002``         a ``pending`` receipt after 5 seconds, then nothing: expires at ``validity``
``003``         ``delivered`` after 1 hour (a slow carrier; a shorter ``validity`` expires it)
anything else   ``delivered`` 5 seconds after sending
=============  ===========================================================================

A recipient still pending when its ``validity`` runs out (72 hours by default) gets a
``soft-bounce``. ``process_due`` applies the outcomes whose time has come (run with the clock) and
queues a DLR callback for each; ``force`` applies a chosen outcome now (the control API).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..store.db import Tx, fmt_time, later
from . import callbacks
from .errors import NotFound, SimulationError

FINAL_STATUSES = ("delivered", "soft-bounce", "hard-bounce")
DEFAULT_DELAY = timedelta(seconds=5)
#: Last digits of a number -> (final status, delay); None: the carrier never reports.
RULES: dict[str, tuple[str, timedelta] | None] = {
    "000": ("hard-bounce", DEFAULT_DELAY),
    "001": ("soft-bounce", DEFAULT_DELAY),
    "002": None,
    "003": ("delivered", timedelta(hours=1)),
}
DEFAULT_VALIDITY_MINUTES = 72 * 60


@dataclass(frozen=True)
class Plan:
    final_status: str
    at: datetime
    pending_dlr_at: datetime | None


def plan(msisdn: str, sent_at: datetime, validity_minutes: int) -> Plan:
    """The outcome of a message to ``msisdn`` sent at ``sent_at``, and when it happens."""
    expires = later(sent_at, timedelta(minutes=validity_minutes or DEFAULT_VALIDITY_MINUTES))
    rule = RULES.get(msisdn[-3:], ("delivered", DEFAULT_DELAY))
    if rule is None:
        return Plan("soft-bounce", expires, min(later(sent_at, DEFAULT_DELAY), expires))
    status, delay = rule
    if later(sent_at, delay) > expires:
        return Plan("soft-bounce", expires, None)
    return Plan(status, later(sent_at, delay), None)


class Planner:
    """``plan`` for many recipients of one message, as stored: ``(final_status, at, pending_dlr_at)``.

    A plan depends only on the rule a number falls under, so it is worked out (and its times
    formatted) once per rule and message instead of once per recipient: on a 500-recipient send
    that was a third of the simulator's time (issue 11).
    """

    def __init__(self, sent_at: datetime, validity_minutes: int) -> None:
        self.sent_at = sent_at
        self.validity_minutes = validity_minutes
        self._by_rule: dict[str, tuple[str, str, str | None]] = {}

    def __call__(self, msisdn: str) -> tuple[str, str, str | None]:
        key = msisdn[-3:] if msisdn[-3:] in RULES else ""
        planned = self._by_rule.get(key)
        if planned is None:
            outcome = plan(msisdn, self.sent_at, self.validity_minutes)
            pending = fmt_time(outcome.pending_dlr_at) if outcome.pending_dlr_at else None
            planned = self._by_rule[key] = (outcome.final_status, fmt_time(outcome.at), pending)
        return planned


#: Recipients with the URL their receipts go to (``dlr_url``): the message's own, else the account's.
_RECIPIENTS_WITH_DLR_URL = """
    SELECT r.*, COALESCE(NULLIF(m.dlr_callback, ''), a.dlr_callback) AS dlr_url
    FROM recipients r
    LEFT JOIN messages m ON m.id = r.message_id
    LEFT JOIN accounts a ON a.id = m.account_id"""


def _notify(tx: Tx, recipient: sqlite3.Row, status: str, at: str) -> None:
    """Queue the receipt of ``recipient``, a row of ``_RECIPIENTS_WITH_DLR_URL``, if it has a URL."""
    url = recipient["dlr_url"]
    if not url:
        return
    params = [
        ("message_id", str(recipient["message_id"])),
        ("mobile", recipient["msisdn"]),
        ("datetime", at),
        ("status", status),
        ("user_id", str(recipient["account_id"])),
        ("longcode", recipient["sender"]),
    ]
    callbacks.enqueue(tx, recipient["account_id"], "dlr", url, params, at)


def process_due(tx: Tx) -> int:
    """Apply every outcome due by now; return how many receipts were produced."""
    produced = 0
    for row in tx.all(
        f"""{_RECIPIENTS_WITH_DLR_URL}
            WHERE r.pending_dlr_at IS NOT NULL AND r.pending_dlr_at <= ? ORDER BY r.pending_dlr_at, r.id""",
        (tx.now_text,),
    ):
        tx.exec("UPDATE recipients SET pending_dlr_at = NULL WHERE id = ?", (row["id"],))
        _notify(tx, row, "pending", row["pending_dlr_at"])
        produced += 1
    for row in tx.all(
        f"{_RECIPIENTS_WITH_DLR_URL} WHERE r.status = 'pending' AND r.due_at <= ? ORDER BY r.due_at, r.id",
        (tx.now_text,),
    ):
        _finish(tx, row, row["final_status"], row["due_at"])
        produced += 1
    return produced


def _finish(tx: Tx, recipient: sqlite3.Row, status: str, at: str) -> None:
    tx.exec(
        "UPDATE recipients SET status = ?, dlr_at = ?, due_at = NULL, pending_dlr_at = NULL WHERE id = ?",
        (status, at, recipient["id"]),
    )
    _notify(tx, recipient, status, at)


def force(tx: Tx, message_id: int, msisdn: str, status: str) -> None:
    """Give a pending recipient its final ``status`` now (the control API's DLR override)."""
    if status not in FINAL_STATUSES:
        raise SimulationError(f"status must be one of {', '.join(FINAL_STATUSES)}")
    row = tx.one(f"{_RECIPIENTS_WITH_DLR_URL} WHERE r.message_id = ? AND r.msisdn = ?", (message_id, msisdn))
    if row is None:
        raise NotFound(f"{msisdn} is not a recipient of message {message_id}.")
    if row["status"] != "pending":
        raise SimulationError(f"the message to {msisdn} is already {row['status']}")
    send_at = tx.scalar("SELECT send_at FROM messages WHERE id = ?", (message_id,))
    if str(send_at) > tx.now_text:
        raise SimulationError("the message is scheduled and has not been sent yet")
    _finish(tx, row, status, fmt_time(tx.now))
