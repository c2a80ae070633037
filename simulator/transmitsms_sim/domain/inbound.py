"""Messages from handsets: replies, inbound messages, keywords, opt-outs and forwarding.

Contract: ``receive(tx, handset, to, text)`` takes a message from ``handset`` to the number ``to``:

* ``to`` leased by an account: a reply to that account's latest message sent from the number to
  the handset, else an inbound message (``message_id`` 0); an open keyword that the text starts
  with, else the number's inbound options, add the handset to a list and answer with the welcome or
  members message (real outbound messages, charged).
* ``to`` a shared-pool number (or absent): a reply to the latest message any account sent to the
  handset from that number (from any number, when absent); none is a ``SimulationError``.

A reply of STOP (and its variants) with the account's Global Opt-Out on opts the handset out and is
flagged ``is_optout``. The reply callback goes to the message's ``reply_callback``, else the
keyword's or the number's forward URL, else the account default. Email and SMS forwards are
recorded (``forwards`` table), not sent.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.db import Tx
from . import accounts, callbacks, keywords, lists, messages, numbers, optouts
from .accounts import Account
from .errors import NotFound, SimulationError


@dataclass(frozen=True)
class Received:
    reply_id: int
    account_id: int
    message_id: int
    keyword_id: int | None
    longcode: str
    is_optout: bool


def _latest_recipient(tx: Tx, handset: str, sender: str | None, account_id: int | None) -> sqlite3.Row | None:
    where = ["r.msisdn = ?", "m.cancelled = 0", "m.send_at <= ?"]
    params: list[object] = [handset, tx.now_text]
    if sender is not None:
        where.append("r.sender = ?")
        params.append(sender)
    if account_id is not None:
        where.append("r.account_id = ?")
        params.append(account_id)
    return tx.one(
        f"""SELECT r.* FROM recipients r JOIN messages m ON m.id = r.message_id
            WHERE {" AND ".join(where)} AND r.sender GLOB '[0-9]*' ORDER BY m.send_at DESC, r.id DESC LIMIT 1""",
        params,
    )


def receive(tx: Tx, handset: str, to: str | None, text: str) -> Received:
    """Take a message from a handset; see the module's contract."""
    leased = numbers.find(tx, to) if to else None
    if leased is not None:
        account = accounts.get(tx, leased.account_id)
        assert account is not None
        recipient = _latest_recipient(tx, handset, leased.number, account.id)
        return _record(tx, account, handset, leased.number, text, recipient, leased)
    recipient = _latest_recipient(tx, handset, to, None)
    if recipient is None:
        where = f" from {to}" if to else ""
        raise SimulationError(f"no message was sent to {handset}{where}: the message has no account to go to")
    account = accounts.get(tx, recipient["account_id"])
    assert account is not None
    return _record(tx, account, handset, recipient["sender"], text, recipient, None)


def _record(
    tx: Tx,
    account: Account,
    handset: str,
    longcode: str,
    text: str,
    recipient: sqlite3.Row | None,
    leased: numbers.VirtualNumber | None,
) -> Received:
    message = messages.find(tx, recipient["message_id"]) if recipient is not None else None
    keyword = keywords.match(tx, leased.number, text) if leased is not None else None
    first_name, last_name = _names(tx, message, handset, recipient)
    opting_out = account.goo_enabled and optouts.is_stop(text)
    reply_id = tx.insert(
        """INSERT INTO replies (account_id, message_id, recipient_id, list_id, keyword_id, msisdn, longcode, text,
               received_at, is_optout, first_name, last_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            account.id,
            message.id if message else 0,
            recipient["id"] if recipient is not None else None,
            (message.list_id or 0) if message else 0,
            keyword.id if keyword else None,
            handset,
            longcode,
            text,
            tx.now_text,
            int(opting_out),
            first_name,
            last_name,
        ),
    )
    if opting_out:
        optouts.add_global(tx, account, handset, "reply")
        if recipient is not None:
            tx.exec("UPDATE recipients SET optout = 1 WHERE id = ?", (recipient["id"],))
    elif keyword is not None:
        _join_and_answer(
            tx, account, keyword.list_id, handset, longcode, keyword.welcome_message, keyword.members_message
        )
    elif leased is not None and leased.list_id:
        _join_and_answer(tx, account, leased.list_id, handset, longcode, leased.welcome_message, leased.members_message)
    forward_email = keyword.forward_email if keyword else (leased.forward_email if leased else None)
    forward_sms = keyword.forward_sms if keyword else (leased.forward_sms if leased else None)
    targets = [("email", address) for address in (forward_email or "").split(",") if address]
    targets += [("sms", number) for number in (forward_sms or "").split(",") if number]
    if message is not None and message.replies_to_email:
        targets.append(("email", message.replies_to_email))
    for kind, target in targets:
        tx.insert(
            "INSERT INTO forwards (account_id, kind, target, text, reply_id, created) VALUES (?, ?, ?, ?, ?, ?)",
            (account.id, kind, target, text, reply_id, tx.now_text),
        )
    url = (
        (message.reply_callback if message else None)
        or (keyword.forward_url if keyword else None)
        or (leased.forward_url if leased else None)
        or account.reply_callback
    )
    if url:
        params = [
            ("user_id", str(account.id)),
            ("message_id", str(message.id if message else 0)),
            ("response", text),
            ("response_id", str(reply_id)),
            ("mobile", handset),
            ("longcode", longcode),
            ("datetime_entry", tx.now_text),
            ("is_optout", "yes" if opting_out else "no"),
        ]
        callbacks.enqueue(tx, account.id, "reply", url, params, tx.now_text)
    return Received(
        reply_id, account.id, message.id if message else 0, keyword.id if keyword else None, longcode, opting_out
    )


def _names(
    tx: Tx, message: messages.Message | None, handset: str, recipient: sqlite3.Row | None
) -> tuple[str | None, str | None]:
    if message is not None and message.list_id:
        member = lists.contact(tx, message.list_id, handset)
        if member is not None:
            return member.first_name or None, member.last_name or None
    if recipient is not None:
        return recipient["first_name"] or None, recipient["last_name"] or None
    return None, None


def _join_and_answer(
    tx: Tx, account: Account, list_id: int, handset: str, number: str, welcome: str | None, members: str | None
) -> None:
    contact_list = lists.find(tx, account.id, list_id)
    if contact_list is None:
        return
    joined = lists.join(tx, contact_list, handset)
    answer = welcome if joined == "new" else (members if joined == "existing" else None)
    if answer:
        messages.send_one(tx, account, answer, handset, number, "keyword")


def reply_target(tx: Tx, account: Account, handset: str, to: str) -> sqlite3.Row:
    """The latest message the account received from ``handset`` on number (or for message) ``to``."""
    row = tx.one(
        """SELECT * FROM replies WHERE account_id = ? AND msisdn = ? AND (longcode = ? OR message_id = ?)
           ORDER BY received_at DESC, id DESC LIMIT 1""",
        (account.id, handset, to, int(to) if to.isdigit() and len(to) < 19 else -1),
    )
    if row is None:
        raise NotFound(f"No message from {handset} was received on {to}.")
    return row


def answer(tx: Tx, account: Account, text: str, handset: str, to: str) -> messages.Message:
    """message-reply: send ``text`` back to ``handset`` from the number its message came in on."""
    received = reply_target(tx, account, handset, to)
    request = messages.SendRequest(text=text, to=(handset,), sender=received["longcode"])
    return messages.dispatch(tx, account, request, [messages.Target(handset)], received["longcode"])
