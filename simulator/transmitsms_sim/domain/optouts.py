"""Opt-outs: the account's Global Opt-Out (GOO) list and unsubscribing from lists.

Contract: when the account's GOO is on, a number that opts out (a STOP reply, an unsubscribe link,
optout-list-member) goes on the GOO list and is made inactive on every list of the account; sends
to it are suppressed from then on. When the GOO is off, optout-list-member unsubscribes from the
given list only, and replies and links opt nobody out.
"""

from __future__ import annotations

from ..store.db import Tx
from . import lists
from .accounts import Account
from .errors import NotFound

#: Replies that opt the sender out, alone in the message and in any case.
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})


def is_stop(text: str) -> bool:
    return text.strip().upper() in STOP_WORDS


def is_opted_out(tx: Tx, account_id: int, msisdn: str) -> bool:
    return lists.is_globally_opted_out(tx, account_id, msisdn)


def numbers(tx: Tx, account_id: int) -> frozenset[str]:
    """The account's Global Opt-Out list."""
    return frozenset(row[0] for row in tx.all("SELECT msisdn FROM optouts WHERE account_id = ?", (account_id,)))


def add_global(tx: Tx, account: Account, msisdn: str, source: str) -> list[int]:
    """Put the number on the GOO list and deactivate it on every list; return those lists' IDs."""
    tx.exec(
        "INSERT OR IGNORE INTO optouts (account_id, msisdn, created, source) VALUES (?, ?, ?, ?)",
        (account.id, msisdn, tx.now_text, source),
    )
    return lists.deactivate(tx, account.id, 0, msisdn, "optout")


def opt_out_member(tx: Tx, account: Account, list_id: int, msisdn: str) -> list[int]:
    """optout-list-member: unsubscribe from one list (or all), and from everything with the GOO on."""
    if list_id:
        lists.get(tx, account.id, list_id)
    if account.goo_enabled:
        changed = lists.deactivate(tx, account.id, 0, msisdn, "optout")
        if changed:
            add_global(tx, account, msisdn, "api")
    else:
        changed = lists.deactivate(tx, account.id, list_id, msisdn, "optout")
    if not changed:
        raise NotFound(lists.CONTACT_NOT_FOUND)
    return changed
