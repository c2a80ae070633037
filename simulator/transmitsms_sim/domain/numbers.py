"""Dedicated virtual numbers: a deterministic pool, leases, inbound options; and the shared pool.

Contract: the service has ``POOL``, 1000 Australian mobile numbers (61480000000 to 61480000999),
each leased by at most one account. A lease charges the first month at once and renews monthly on
``next_charge`` (``renew_due``, run with the clock); when a prepaid account cannot pay, the number
is released. Messages sent without ``from`` go out from ``SHARED_POOL``, the shared numbers, chosen
by recipient so that a handset always sees the same one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from ..store.db import Tx
from . import billing
from .accounts import Account, get, months_later
from .errors import FieldInvalid, NotFound
from .pages import Page

POOL: tuple[str, ...] = tuple(f"61480000{n:03d}" for n in range(1000))
SHARED_POOL: tuple[str, ...] = tuple(f"6142800{n:04d}" for n in range(100, 110))
NOT_LEASED = "This number is not leased to you."


@dataclass(frozen=True)
class VirtualNumber:
    number: str
    account_id: int
    price: int
    next_charge: str
    auto_renew: bool
    forward_url: str | None
    forward_email: str | None
    forward_sms: str | None
    list_id: int | None
    welcome_message: str | None
    members_message: str | None
    status: str = "active"

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> VirtualNumber:
        return cls(
            number=row["number"],
            account_id=row["account_id"],
            price=row["price"],
            next_charge=row["next_charge"],
            auto_renew=bool(row["auto_renew"]),
            forward_url=row["forward_url"],
            forward_email=row["forward_email"],
            forward_sms=row["forward_sms"],
            list_id=row["list_id"],
            welcome_message=row["welcome_message"],
            members_message=row["members_message"],
        )


def shared_sender(msisdn: str) -> str:
    """The shared-pool number that sends to ``msisdn`` when no sender is given."""
    return SHARED_POOL[int(msisdn) % len(SHARED_POOL)]


def find(tx: Tx, number: str) -> VirtualNumber | None:
    row = tx.one("SELECT * FROM numbers WHERE number = ?", (number,))
    return VirtualNumber.from_row(row) if row else None


def owned_by(tx: Tx, account_id: int, number: str) -> VirtualNumber:
    """The account's leased number; FIELD_INVALID when it is not leased to the account."""
    found = find(tx, number)
    if found is None or found.account_id != account_id:
        raise FieldInvalid(NOT_LEASED)
    return found


def lease(tx: Tx, account: Account, number: str | None, forward_url: str | None) -> VirtualNumber:
    """Lease ``number`` (or the first available one) and charge its first month."""
    leased = {row[0] for row in tx.all("SELECT number FROM numbers")}
    if number is None:
        number = next((n for n in POOL if n not in leased), None)
        if number is None:
            raise NotFound("No number is available for lease.")
    elif number not in POOL or number in leased:
        raise FieldInvalid("This number is not available.")
    payer = billing.payer_of(tx, account)
    billing.debit(tx, payer, account.number_price, billing.NUMBER_LEASE, f"Number Lease - {number}")
    next_charge = months_later(tx.now).date().isoformat()
    tx.exec(
        """INSERT INTO numbers (number, account_id, leased_at, next_charge, auto_renew, price, forward_url)
           VALUES (?, ?, ?, ?, 1, ?, ?)""",
        (number, account.id, tx.now_text, next_charge, account.number_price, forward_url),
    )
    return owned_by(tx, account.id, number)


def owned(tx: Tx, account_id: int, page: Page) -> tuple[int, list[VirtualNumber]]:
    total = int(tx.scalar("SELECT COUNT(*) FROM numbers WHERE account_id = ?", (account_id,)))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        "SELECT * FROM numbers WHERE account_id = ? ORDER BY number LIMIT ? OFFSET ?",
        (account_id, page.size, page.sql_offset),
    )
    return total, [VirtualNumber.from_row(row) for row in rows]


def available(tx: Tx, page: Page) -> tuple[int, list[str]]:
    leased = {row[0] for row in tx.all("SELECT number FROM numbers")}
    free = [n for n in POOL if n not in leased]
    if page.beyond_any_data:
        return len(free), []
    return len(free), free[page.offset : page.offset + page.size]


def account_numbers(tx: Tx, account_id: int) -> list[str]:
    return [row[0] for row in tx.all("SELECT number FROM numbers WHERE account_id = ? ORDER BY number", (account_id,))]


OPTIONS = ("forward_url", "forward_email", "forward_sms", "list_id", "welcome_message", "members_message")


def edit_options(tx: Tx, account: Account, number: str, options: dict[str, object]) -> VirtualNumber:
    """Set the given inbound options of a leased number; absent options stay as they are."""
    owned_by(tx, account.id, number)
    for name, value in options.items():
        if name not in OPTIONS:
            raise ValueError(f"unknown option {name!r}")
        if value is not None:
            tx.exec(f"UPDATE numbers SET {name} = ? WHERE number = ?", (value, number))
    return owned_by(tx, account.id, number)


def renew_due(tx: Tx) -> int:
    """Charge the leases whose next charge is due; release the numbers whose account cannot pay."""
    today = tx.now.date().isoformat()
    renewed = 0
    # A clock advanced by several months renews a lease once per month that passed.
    while rows := tx.all("SELECT * FROM numbers WHERE next_charge <= ? ORDER BY number", (today,)):
        for row in rows:
            renewed += _renew(tx, VirtualNumber.from_row(row))
    return renewed


def _renew(tx: Tx, leased: VirtualNumber) -> int:
    account = get(tx, leased.account_id)
    payer = billing.payer_of(tx, account) if account else None
    if account is None or payer is None or not leased.auto_renew or not billing.can_afford(tx, payer, leased.price):
        tx.exec("DELETE FROM numbers WHERE number = ?", (leased.number,))
        tx.exec("DELETE FROM keywords WHERE number = ?", (leased.number,))
        return 0
    billing.debit(tx, payer, leased.price, billing.NUMBER_LEASE, f"Number Renewal - {leased.number}")
    due = datetime.combine(date.fromisoformat(leased.next_charge), datetime.min.time())
    tx.exec(
        "UPDATE numbers SET next_charge = ? WHERE number = ?", (months_later(due).date().isoformat(), leased.number)
    )
    return 1
