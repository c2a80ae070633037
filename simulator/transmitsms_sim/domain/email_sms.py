"""Email SMS: the addresses (or whole domains, ``*@example.com``) allowed to send SMS by email.

Contract: ``add`` authorises an address once per account (KEY_EXISTS after that), with the most
parts one email may become and optionally a leased number to send from (FIELD_INVALID when the
number is not the account's). ``delete`` removes an address; a wildcard removes every address of
its domain, itself included; removing nothing is NOT_FOUND.
"""

from __future__ import annotations

from ..store.db import Tx
from . import numbers
from .accounts import Account
from .errors import KeyExists, NotFound


def add(tx: Tx, account: Account, email: str, max_sms: int, number: str | None) -> None:
    if number is not None:
        numbers.owned_by(tx, account.id, number)
    if tx.one("SELECT 1 FROM emails WHERE account_id = ? AND email = ?", (account.id, email)):
        raise KeyExists("This email is already authorised.")
    tx.exec(
        "INSERT INTO emails (account_id, email, max_sms, number, created) VALUES (?, ?, ?, ?, ?)",
        (account.id, email, max_sms, number, tx.now_text),
    )


def delete(tx: Tx, account: Account, email: str) -> int:
    """Remove the address (every address of the domain for ``*@domain``); return how many went."""
    if email.startswith("*@"):
        domain = email[2:].lower()
        removed = tx.exec(
            "DELETE FROM emails WHERE account_id = ? AND (lower(email) LIKE ? ESCAPE '\\' OR email = ?)",
            (account.id, "%@" + domain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"), email),
        )
    else:
        removed = tx.exec("DELETE FROM emails WHERE account_id = ? AND email = ?", (account.id, email))
    if not removed:
        raise NotFound("This email is not authorised.")
    return removed


def authorised(tx: Tx, account_id: int) -> list[str]:
    return [row[0] for row in tx.all("SELECT email FROM emails WHERE account_id = ? ORDER BY email", (account_id,))]
