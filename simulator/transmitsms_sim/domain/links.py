"""Tracked links and unsubscribe links in messages, and clicks on them.

Contract: ``[tracked-link]`` in a message becomes ``TapTh.is/<code>``, a code unique to the
recipient, and ``[unsub-reply-link]`` becomes ``UnsubRep.ly/<code>``. Codes are 8 characters,
derived from a counter so that a run is reproducible. ``click(tx, code)`` records a click: a tracked
link counts a hit (get-link-hits, the link-hits callback); an unsubscribe link opts the recipient
out.

    >>> len(encode(1)), encode(1) != encode(2)
    (8, True)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.db import Tx
from . import accounts, callbacks, lists, optouts
from .errors import NotFound

TRACK_PREFIX = "TapTh.is/"
UNSUB_PREFIX = "UnsubRep.ly/"
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SPACE = 62**8
# An odd multiplier not divisible by 31 is invertible modulo 62^8: distinct counters, distinct codes.
_MULTIPLIER = 25214903917


def encode(counter: int) -> str:
    value = (counter * _MULTIPLIER + 11) % _SPACE
    chars = []
    for _ in range(8):
        value, digit = divmod(value, 62)
        chars.append(_ALPHABET[digit])
    return "".join(chars)


def new_code(tx: Tx) -> str:
    counter = int(tx.get_meta("link_counter") or 0) + 1
    tx.set_meta("link_counter", str(counter))
    return encode(counter)


@dataclass(frozen=True)
class Click:
    kind: str
    message_id: int
    msisdn: str
    hits: int


def click(tx: Tx, code: str) -> Click:
    """Record a click on a tracked or unsubscribe link."""
    row = tx.one("SELECT * FROM recipients WHERE link_code = ?", (code,))
    if row is not None:
        hits = row["link_hits"] + 1
        tx.exec("UPDATE recipients SET link_hits = ?, last_hit_at = ? WHERE id = ?", (hits, tx.now_text, row["id"]))
        _notify_hit(tx, row["id"])
        return Click("tracked", row["message_id"], row["msisdn"], hits)
    row = tx.one("SELECT * FROM recipients WHERE unsub_code = ?", (code,))
    if row is None:
        raise NotFound(f"No link has the code {code}.")
    account = accounts.get(tx, row["account_id"])
    assert account is not None
    list_id = tx.scalar("SELECT list_id FROM messages WHERE id = ?", (row["message_id"],))
    if account.goo_enabled:
        optouts.add_global(tx, account, row["msisdn"], "link")
    elif list_id and lists.find(tx, account.id, int(list_id)) is not None:
        # A list removed since the send has no member left to deactivate; the opt-out still counts.
        lists.deactivate(tx, account.id, int(list_id), row["msisdn"], "optout")
    tx.exec("UPDATE recipients SET optout = 1 WHERE id = ?", (row["id"],))
    return Click("unsubscribe", row["message_id"], row["msisdn"], 0)


def _notify_hit(tx: Tx, recipient_id: int) -> None:
    row = tx.one(
        """SELECT r.*, m.list_id, m.link_hits_callback, a.link_hits_callback AS account_url
           FROM recipients r JOIN messages m ON m.id = r.message_id JOIN accounts a ON a.id = r.account_id
           WHERE r.id = ?""",
        (recipient_id,),
    )
    assert row is not None
    url = row["link_hits_callback"] or row["account_url"]
    if not url:
        return
    params = [
        ("datetime", tx.now_text),
        ("firstname", row["first_name"] or ""),
        ("lastname", row["last_name"] or ""),
        ("link_hits", str(row["link_hits"])),
        ("list_id", str(row["list_id"] or 0)),
        ("longcode", row["sender"]),
        ("message", row["text"]),
        ("message_id", str(row["message_id"])),
        ("mobile", row["msisdn"]),
        ("user_id", str(row["account_id"])),
    ]
    callbacks.enqueue(tx, row["account_id"], "link_hit", url, params, tx.now_text)
