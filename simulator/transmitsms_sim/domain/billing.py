"""Balances and the ledger.

Contract: every change of a balance goes through ``debit`` or ``credit``, which write a ledger
entry (a transaction of get-transactions) with the balance standing after it. ``debit`` refuses
with ``LedgerError`` when a prepaid (credit-based) account's balance does not cover the amount;
post-paid accounts may go negative. ``payer_of`` says who pays for an account's sends: the
account itself, or its reseller when the client does not pay (``client_pays`` false).

Ledger types: 1 Credit Top Up and 3 Message Send are the vendor's; 4 Number Lease and 5 Refund are
the simulator's names for charges the vendor's recorded ledgers do not show.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.db import MAX_INT64, Tx
from . import money
from .accounts import Account, NewAccount, create, get
from .errors import LedgerError

TOP_UP = (1, "Credit Top Up")
MESSAGE_SEND = (3, "Message Send")
NUMBER_LEASE = (4, "Number Lease")
REFUND = (5, "Refund")


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    account_id: int
    description: str
    amount: int
    balance_after: int
    created: str
    type_description: str
    type_id: int
    message_id: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> LedgerEntry:
        return cls(
            id=row["id"],
            account_id=row["account_id"],
            description=row["description"],
            amount=row["amount"],
            balance_after=row["balance_after"],
            created=row["created"],
            type_description=row["type_description"],
            type_id=row["type_id"],
            message_id=row["message_id"],
        )


def balance(tx: Tx, account_id: int) -> int:
    return int(tx.scalar("SELECT balance FROM accounts WHERE id = ?", (account_id,)) or 0)


def payer_of(tx: Tx, account: Account) -> Account:
    """The account that pays for ``account``'s sends and leases."""
    if account.parent_id is not None and not account.client_pays:
        parent = get(tx, account.parent_id)
        if parent is not None:
            return parent
    return account


def can_afford(tx: Tx, payer: Account, amount: int) -> bool:
    return not payer.credit_based or balance(tx, payer.id) >= amount


def _post(tx: Tx, account_id: int, amount: int, kind: tuple[int, str], description: str, message_id: int) -> int:
    tx.exec("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, account_id))
    return tx.insert(
        """INSERT INTO transactions (account_id, type_id, type_description, description, amount, balance_after,
               created, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (account_id, kind[0], kind[1], description, amount, balance(tx, account_id), tx.now_text, message_id),
    )


def debit(
    tx: Tx, payer: Account, amount: int, kind: tuple[int, str], description: str, message_id: int = 0
) -> int | None:
    """Charge ``amount`` (positive) to ``payer``; return the ledger entry's ID (None for a zero amount)."""
    if amount == 0:
        return None
    if not can_afford(tx, payer, amount):
        raise LedgerError()
    return _post(tx, payer.id, -amount, kind, description, message_id)


def credit(tx: Tx, account_id: int, amount: int, kind: tuple[int, str], description: str, message_id: int = 0) -> int:
    """Add ``amount`` (positive) to the account's balance; return the ledger entry's ID."""
    return _post(tx, account_id, amount, kind, description, message_id)


def top_up(tx: Tx, account: Account, amount: int) -> int:
    text = money.currency_text(amount, account.currency, decimals=2)
    return credit(tx, account.id, amount, TOP_UP, f"Credit Top Up - {text}")


def open_account(tx: Tx, spec: NewAccount, parent: Account | None = None, demo: bool = False) -> Account:
    """Create an account and credit its opening balance as a top-up."""
    account = create(tx, spec, parent=parent, demo=demo)
    opening = money.to_micros(spec.balance) if parent is None else 0
    if opening > 0:
        top_up(tx, account, opening)
    found = get(tx, account.id)
    assert found is not None
    return found


def entries(
    tx: Tx, account_id: int, start: str | None, end: str | None, offset: int, limit: int
) -> tuple[int, list[LedgerEntry]]:
    """One page of an account's ledger, newest first, and the number of entries in the window."""
    where = "account_id = ?"
    params: list[object] = [account_id]
    if start:
        where += " AND created >= ?"
        params.append(start)
    if end:
        where += " AND created <= ?"
        params.append(end)
    total = int(tx.scalar(f"SELECT COUNT(*) FROM transactions WHERE {where}", params))
    rows = tx.all(
        f"SELECT * FROM transactions WHERE {where} ORDER BY created DESC, id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [LedgerEntry.from_row(row) for row in rows]


def entry(tx: Tx, entry_id: int) -> LedgerEntry | None:
    if not 0 < entry_id <= MAX_INT64:
        return None
    row = tx.one("SELECT * FROM transactions WHERE id = ?", (entry_id,))
    return LedgerEntry.from_row(row) if row else None
