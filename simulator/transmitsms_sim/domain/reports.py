"""Reports: the views of sent messages, replies and clicks, all read from the same records.

Contract: every report reads the ``recipients`` rows (one per message per recipient) and the
``replies`` rows, so get-sms, get-sms-stats, get-sms-sent, get-sms-delivery-status, get-message-log,
get-user-sms-sent, get-contact-sms-stats, get-message-report and get-sms-sent-count always agree.
A message counts as sent once its send time has passed and it was not cancelled. Time windows are
inclusive ``YYYY-MM-DD HH:MM:SS`` bounds; pages follow ``pages.Page``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.db import Tx
from .accounts import Account
from .errors import NotFound
from .messages import Message
from .pages import Page

_DELIVERY_FILTERS = {
    "delivered": "r.status = 'delivered'",
    "failed": "r.status IN ('soft-bounce', 'hard-bounce')",
    "pending": "r.status = 'pending'",
}


@dataclass(frozen=True)
class Counts:
    recipients: int
    delivered: int
    pending: int
    soft_bounced: int
    hard_bounced: int
    responses: int
    optouts: int
    link_hits: int

    @property
    def bounced(self) -> int:
        return self.soft_bounced + self.hard_bounced


@dataclass(frozen=True)
class SentTo:
    """One message as sent to one recipient."""

    id: int
    message_id: int
    msisdn: str
    first_name: str | None
    last_name: str | None
    text: str
    sender: str
    status: str
    dlr_at: str | None
    optout: bool
    link_hits: int
    last_hit_at: str | None
    send_at: str
    responses: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> SentTo:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Reply:
    id: int
    message_id: int
    list_id: int
    received_at: str
    first_name: str | None
    last_name: str | None
    msisdn: str
    text: str
    longcode: str
    original: str | None


_SENT_TO = """SELECT r.id, r.message_id, r.msisdn, r.first_name, r.last_name, r.text, r.sender, r.status, r.dlr_at,
    r.optout, r.link_hits, r.last_hit_at, m.send_at,
    (SELECT COUNT(*) FROM replies p WHERE p.recipient_id = r.id) AS responses
    FROM recipients r JOIN messages m ON m.id = r.message_id"""


def counts(tx: Tx, message: Message) -> Counts:
    row = tx.one(
        """SELECT COUNT(*), COALESCE(SUM(status = 'delivered'), 0), COALESCE(SUM(status = 'pending'), 0),
               COALESCE(SUM(status = 'soft-bounce'), 0), COALESCE(SUM(status = 'hard-bounce'), 0),
               COALESCE(SUM(optout), 0), COALESCE(SUM(link_hits), 0)
           FROM recipients WHERE message_id = ? AND status != 'cancelled'""",
        (message.id,),
    )
    assert row is not None
    responses = int(tx.scalar("SELECT COUNT(*) FROM replies WHERE message_id = ?", (message.id,)))
    return Counts(
        recipients=row[0],
        delivered=row[1],
        pending=row[2],
        soft_bounced=row[3],
        hard_bounced=row[4],
        responses=responses,
        optouts=row[5] + message.suppressed,
        link_hits=row[6],
    )


def recipients_page(
    tx: Tx, message: Message, delivery: str | None, optouts: str | None, page: Page
) -> tuple[int, list[SentTo]]:
    where = ["r.message_id = ?"]
    if delivery:
        where.append(_DELIVERY_FILTERS[delivery])
    if optouts == "only":
        where.append("r.optout = 1")
    elif optouts == "omit":
        where.append("r.optout = 0")
    clause = " AND ".join(where)
    total = int(tx.scalar(f"SELECT COUNT(*) FROM recipients r WHERE {clause}", (message.id,)))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(f"{_SENT_TO} WHERE {clause} ORDER BY r.id LIMIT ? OFFSET ?", (message.id, page.size, page.sql_offset))
    return total, [SentTo.from_row(row) for row in rows]


def sent_to(tx: Tx, message: Message, msisdn: str) -> SentTo:
    row = tx.one(f"{_SENT_TO} WHERE r.message_id = ? AND r.msisdn = ?", (message.id, msisdn))
    if row is None:
        raise NotFound(f"{msisdn} is not a recipient of message {message.id}.")
    return SentTo.from_row(row)


def _sent_window(account: Account, now: str, start: str | None, end: str | None) -> tuple[list[str], list[object]]:
    where: list[str] = ["m.account_id = ?", "m.cancelled = 0", "m.send_at <= ?"]
    params: list[object] = [account.id, now]
    if start:
        where.append("m.send_at >= ?")
        params.append(start)
    if end:
        where.append("m.send_at <= ?")
        params.append(end)
    return where, params


def user_sms_sent(
    tx: Tx, account: Account, start: str, end: str, msisdn: str | None, page: Page
) -> tuple[int, list[SentTo]]:
    """Every message to every recipient sent in the window, newest first."""
    where, params = _sent_window(account, tx.now_text, start, end)
    if msisdn:
        where.append("r.msisdn = ?")
        params.append(msisdn)
    clause = " AND ".join(where)
    base = "FROM recipients r JOIN messages m ON m.id = r.message_id"
    total = int(tx.scalar(f"SELECT COUNT(*) {base} WHERE {clause}", params))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        f"{_SENT_TO} WHERE {clause} ORDER BY m.send_at DESC, r.id DESC LIMIT ? OFFSET ?",
        [*params, page.size, page.sql_offset],
    )
    return total, [SentTo.from_row(row) for row in rows]


_CONTACT_SORT = {"delivery_status": "r.status", "message_id": "r.message_id", "datetime_send": "m.send_at"}


def contact_sms(
    tx: Tx, account: Account, msisdn: str, start: str | None, end: str | None, sort: str, order: str, page: Page
) -> tuple[int, list[SentTo]]:
    """The messages sent to one number."""
    where, params = _sent_window(account, tx.now_text, start, end)
    where.append("r.msisdn = ?")
    params.append(msisdn)
    clause = " AND ".join(where)
    total = int(
        tx.scalar(f"SELECT COUNT(*) FROM recipients r JOIN messages m ON m.id = r.message_id WHERE {clause}", params)
    )
    if page.beyond_any_data:
        return total, []
    direction = "DESC" if order == "desc" else "ASC"
    rows = tx.all(
        f"{_SENT_TO} WHERE {clause} ORDER BY {_CONTACT_SORT[sort]} {direction}, r.id {direction} LIMIT ? OFFSET ?",
        [*params, page.size, page.sql_offset],
    )
    return total, [SentTo.from_row(row) for row in rows]


def sent_count(tx: Tx, account: Account, start: str, end: str) -> int:
    """Parts sent to recipients in the window (the ``sms`` of the sends)."""
    where, params = _sent_window(account, tx.now_text, start, end)
    clause = " AND ".join(where)
    query = f"SELECT COALESCE(SUM(r.parts), 0) FROM recipients r JOIN messages m ON m.id = r.message_id WHERE {clause}"
    return int(tx.scalar(query, params))


def message_report(
    tx: Tx, account: Account, start: str, end: str, number: str | None, kind: str | None, page: Page
) -> tuple[int, int, list[Message]]:
    """Messages sent or scheduled in the window: (how many, their parts, one page of them), newest first."""
    where = ["account_id = ?", "send_at >= ?", "send_at <= ?"]
    params: list[object] = [account.id, start, end]
    if number:
        where.append("sender = ?")
        params.append(number)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    clause = " AND ".join(where)
    row = tx.one(f"SELECT COUNT(*), COALESCE(SUM(sms), 0) FROM messages WHERE {clause}", params)
    assert row is not None
    if page.beyond_any_data:
        return row[0], row[1], []
    found = tx.all(
        f"SELECT * FROM messages WHERE {clause} ORDER BY send_at DESC, id DESC LIMIT ? OFFSET ?",
        [*params, page.size, page.sql_offset],
    )
    return row[0], row[1], [Message.from_row(r) for r in found]


def only_recipient(tx: Tx, message: Message) -> SentTo | None:
    rows = tx.all(f"{_SENT_TO} WHERE r.message_id = ? LIMIT 2", (message.id,))
    return SentTo.from_row(rows[0]) if len(rows) == 1 else None


def replies(
    tx: Tx,
    account: Account,
    *,
    start: str | None,
    end: str | None,
    message_id: int | None = None,
    keyword_id: int | None = None,
    msisdn: str | None = None,
    keywords: str | None = None,
    page: Page,
) -> tuple[int, list[Reply]]:
    """Replies and inbound messages received, newest first."""
    where = ["p.account_id = ?"]
    params: list[object] = [account.id]
    for column, value in (("p.message_id", message_id), ("p.keyword_id", keyword_id), ("p.msisdn", msisdn)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if start:
        where.append("p.received_at >= ?")
        params.append(start)
    if end:
        where.append("p.received_at <= ?")
        params.append(end)
    if keywords == "only":
        where.append("p.keyword_id IS NOT NULL")
    elif keywords == "omit":
        where.append("p.keyword_id IS NULL")
    clause = " AND ".join(where)
    total = int(tx.scalar(f"SELECT COUNT(*) FROM replies p WHERE {clause}", params))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        f"""SELECT p.*, COALESCE(r.text, m.text) AS original FROM replies p
            LEFT JOIN recipients r ON r.id = p.recipient_id LEFT JOIN messages m ON m.id = p.message_id
            WHERE {clause} ORDER BY p.received_at DESC, p.id DESC LIMIT ? OFFSET ?""",
        [*params, page.size, page.sql_offset],
    )
    return total, [
        Reply(
            id=row["id"],
            message_id=row["message_id"],
            list_id=row["list_id"],
            received_at=row["received_at"],
            first_name=row["first_name"],
            last_name=row["last_name"],
            msisdn=row["msisdn"],
            text=row["text"],
            longcode=row["longcode"],
            original=row["original"],
        )
        for row in rows
    ]


def link_hits(tx: Tx, message: Message, page: Page) -> tuple[int, list[SentTo]]:
    """The recipients of the message who clicked its tracked link."""
    total = int(tx.scalar("SELECT COUNT(*) FROM recipients WHERE message_id = ? AND link_hits > 0", (message.id,)))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        f"{_SENT_TO} WHERE r.message_id = ? AND r.link_hits > 0 ORDER BY r.last_hit_at DESC, r.id LIMIT ? OFFSET ?",
        (message.id, page.size, page.sql_offset),
    )
    return total, [SentTo.from_row(row) for row in rows]
