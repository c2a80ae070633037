"""What the inbox page shows: read-only views of accounts, messages, replies, callbacks and lists.

Contract: every function here only reads, inside the caller's transaction, and returns frozen
dataclasses (no HTTP, no HTML). Messages come newest first (by id, the order they were sent in);
``message_page`` finds them by ``query``: a message ID, a recipient's number (digits anywhere in
it, ``+`` and spaces ignored) or name, the text, the sender, the list's name or a reply's text.
A recipient's delivery over time (``RecipientView.events``) is rebuilt from what the state holds:
sent, the carrier's interim ``pending`` receipt (replanned with ``delivery.plan``), the final
status, replies and link clicks; ``expected`` is the outcome still to come, as planned when the
message was sent. Callbacks of a message are those whose event parameters name it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from ..store.db import MAX_INT64, Tx, parse_time
from . import delivery, numbers
from .lists import ContactList

PAGE_SIZE = 50
#: How many recipients' numbers a message's line in the list names.
SHOWN_RECIPIENTS = 3
_MESSAGE_EVENTS = ("dlr", "reply", "link_hit")


@dataclass(frozen=True)
class AccountSummary:
    id: int
    name: str
    parent_id: int | None
    is_reseller: bool
    is_demo: bool
    currency: str
    balance: int  # millionths of the currency, as everywhere in the domain
    goo_enabled: bool
    messages: int
    replies: int
    numbers: tuple[str, ...]  # leased virtual numbers
    dlr_callback: str | None
    reply_callback: str | None
    link_hits_callback: str | None


@dataclass(frozen=True)
class StatusCounts:
    """A message's recipients by delivery status."""

    pending: int = 0
    delivered: int = 0
    soft_bounce: int = 0
    hard_bounce: int = 0
    cancelled: int = 0


@dataclass(frozen=True)
class MessageSummary:
    id: int
    account_id: int
    kind: str
    created: str
    send_at: str
    scheduled: bool  # send_at still in the future
    sender: str | None
    text: str
    list_id: int | None
    list_name: str | None
    recipients: int
    sms: int  # parts charged, over all recipients
    cost: int
    currency: str
    cancelled: bool
    suppressed: int
    statuses: StatusCounts
    replies: int
    link_hits: int
    first_recipients: tuple[str, ...]


@dataclass(frozen=True)
class MessagePage:
    """One page of an account's messages, newest first; ``next_before`` continues it (None: the end)."""

    account_id: int
    query: str
    total: int
    messages: tuple[MessageSummary, ...]
    next_before: int | None


@dataclass(frozen=True)
class Event:
    """One step of a recipient's message over time."""

    at: str
    kind: str  # scheduled, sent, pending, delivered, soft-bounce, hard-bounce, cancelled, reply, opt-out, click
    detail: str = ""


@dataclass(frozen=True)
class RecipientView:
    id: int
    msisdn: str
    first_name: str | None
    last_name: str | None
    sender: str
    text: str
    parts: int
    status: str
    dlr_at: str | None
    optout: bool
    link_code: str | None
    unsub_code: str | None
    link_hits: int
    events: tuple[Event, ...]
    expected: Event | None


@dataclass(frozen=True)
class ReplyView:
    id: int
    account_id: int
    message_id: int
    recipient_id: int | None
    msisdn: str
    longcode: str
    text: str
    received_at: str
    is_optout: bool
    first_name: str | None
    last_name: str | None


@dataclass(frozen=True)
class AttemptView:
    attempt: int
    at: str
    ok: bool
    status_code: int | None
    error: str | None
    duration_ms: int


@dataclass(frozen=True)
class CallbackView:
    id: int
    account_id: int
    kind: str
    url: str
    created: str
    status: str  # pending, delivered, failed
    next_attempt_at: str | None
    completed_at: str | None
    attempts: tuple[AttemptView, ...]

    @property
    def params(self) -> list[tuple[str, str]]:
        """The URL's query parameters, the event's last (they follow the URL's own)."""
        return parse_qsl(urlsplit(self.url).query, keep_blank_values=True)

    @property
    def message_id(self) -> int | None:
        """The message the event is about (the URL's last ``message_id``), if any."""
        return _message_named(self.url)


@dataclass(frozen=True)
class MessageDetail:
    summary: MessageSummary
    validity: int  # minutes
    dlr_callback: str | None
    reply_callback: str | None
    link_hits_callback: str | None
    tracked_link_url: str | None
    recipients: tuple[RecipientView, ...]
    recipients_total: int  # every recipient, also those beyond the limit
    replies: tuple[ReplyView, ...]
    callbacks: tuple[CallbackView, ...]


@dataclass(frozen=True)
class ListSummary:
    id: int
    name: str
    created: str | None
    fields: tuple[str, ...]  # the names of its custom fields, in slot order
    contacts: int
    active: int
    callback_url: str | None


@dataclass(frozen=True)
class OptOutView:
    msisdn: str
    created: str
    source: str


_ACCOUNTS = """SELECT a.*, (SELECT COUNT(*) FROM messages m WHERE m.account_id = a.id) AS message_count,
        (SELECT COUNT(*) FROM replies r WHERE r.account_id = a.id) AS reply_count
    FROM accounts a"""


def accounts(tx: Tx) -> list[AccountSummary]:
    """Every account, oldest first, with its balance and how many messages and replies it has."""
    return [_account(tx, row) for row in tx.all(f"{_ACCOUNTS} ORDER BY a.id")]


def account(tx: Tx, account_id: int) -> AccountSummary | None:
    row = tx.one(f"{_ACCOUNTS} WHERE a.id = ?", (account_id,)) if 0 < account_id <= MAX_INT64 else None
    return None if row is None else _account(tx, row)


def _account(tx: Tx, row: sqlite3.Row) -> AccountSummary:
    return AccountSummary(
        id=row["id"],
        name=row["name"],
        parent_id=row["parent_id"],
        is_reseller=bool(row["is_reseller"]),
        is_demo=bool(row["is_demo"]),
        currency=row["currency"],
        balance=row["balance"],
        goo_enabled=bool(row["goo_enabled"]),
        messages=row["message_count"],
        replies=row["reply_count"],
        numbers=tuple(numbers.account_numbers(tx, row["id"])),
        dlr_callback=row["dlr_callback"],
        reply_callback=row["reply_callback"],
        link_hits_callback=row["link_hits_callback"],
    )


def default_account_id(tx: Tx) -> int | None:
    """The account a visitor most likely wants: the one that sent last, else the demo, else the first."""
    value = tx.scalar(
        """SELECT COALESCE((SELECT account_id FROM messages ORDER BY id DESC LIMIT 1),
               (SELECT id FROM accounts WHERE is_demo = 1 ORDER BY id LIMIT 1),
               (SELECT MIN(id) FROM accounts))"""
    )
    return None if value is None else int(value)


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere (``ESCAPE '\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search(query: str) -> tuple[str, list[object]]:
    """The WHERE condition on ``messages m`` for ``query``, and its parameters."""
    words = query.strip()
    if not words:
        return "1 = 1", []
    pattern = _like(words)
    conditions = [
        "m.text LIKE ? ESCAPE '\\'",
        "m.sender LIKE ? ESCAPE '\\'",
        "m.list_name LIKE ? ESCAPE '\\'",
        """EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = m.id
               AND (r.first_name LIKE ? ESCAPE '\\' OR r.last_name LIKE ? ESCAPE '\\'))""",
        "EXISTS (SELECT 1 FROM replies p WHERE p.message_id = m.id AND p.text LIKE ? ESCAPE '\\')",
    ]
    params: list[object] = [pattern] * 6
    digits = words.replace(" ", "").removeprefix("+")
    if digits.isdigit():
        conditions.append("EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = m.id AND r.msisdn LIKE ?)")
        params.append(f"%{digits}%")
        if len(digits) < 19:
            conditions.append("m.id = ?")
            params.append(int(digits))
    return "(" + " OR ".join(conditions) + ")", params


def message_page(
    tx: Tx, account_id: int, query: str = "", before: int | None = None, limit: int = PAGE_SIZE
) -> MessagePage:
    """The account's messages matching ``query``, newest first, older than message ``before``."""
    condition, params = _search(query)
    where = f"m.account_id = ? AND {condition}"
    total = int(tx.scalar(f"SELECT COUNT(*) FROM messages m WHERE {where}", [account_id, *params]))
    window = "" if before is None else "AND m.id < ?"
    rows = tx.all(
        f"""SELECT m.*, a.currency FROM messages m JOIN accounts a ON a.id = m.account_id
            WHERE {where} {window} ORDER BY m.id DESC LIMIT ?""",
        [account_id, *params, *([] if before is None else [before]), limit + 1],
    )
    more = len(rows) > limit
    summaries = _summaries(tx, rows[:limit])
    return MessagePage(
        account_id=account_id,
        query=query,
        total=total,
        messages=tuple(summaries),
        next_before=summaries[-1].id if more else None,
    )


def _summaries(tx: Tx, rows: list[sqlite3.Row]) -> list[MessageSummary]:
    """Summaries of message rows (with the account's ``currency``), in three queries for all of them."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    marks = ", ".join("?" * len(ids))
    statuses: dict[int, dict[str, int]] = {i: {} for i in ids}
    hits: dict[int, int] = dict.fromkeys(ids, 0)
    for row in tx.all(
        f"""SELECT message_id, status, COUNT(*) AS n, SUM(link_hits) AS hits FROM recipients
            WHERE message_id IN ({marks}) GROUP BY message_id, status""",
        ids,
    ):
        statuses[row["message_id"]][row["status"]] = row["n"]
        hits[row["message_id"]] += row["hits"] or 0
    replies = {
        row[0]: row[1]
        for row in tx.all(
            f"SELECT message_id, COUNT(*) FROM replies WHERE message_id IN ({marks}) GROUP BY message_id", ids
        )
    }
    shown: dict[int, list[str]] = {i: [] for i in ids}
    for row in tx.all(
        f"""SELECT message_id, msisdn FROM (
                SELECT message_id, msisdn, ROW_NUMBER() OVER (PARTITION BY message_id ORDER BY id) AS n
                FROM recipients WHERE message_id IN ({marks}))
            WHERE n <= ? ORDER BY message_id, n""",
        [*ids, SHOWN_RECIPIENTS],
    ):
        shown[row["message_id"]].append(row["msisdn"])
    return [
        MessageSummary(
            id=row["id"],
            account_id=row["account_id"],
            kind=row["kind"],
            created=row["created"],
            send_at=row["send_at"],
            scheduled=not row["cancelled"] and row["send_at"] > tx.now_text,
            sender=row["sender"],
            text=row["text"],
            list_id=row["list_id"],
            list_name=row["list_name"],
            recipients=row["recipients"],
            sms=row["sms"],
            cost=row["cost"],
            currency=row["currency"],
            cancelled=bool(row["cancelled"]),
            suppressed=row["suppressed"],
            statuses=StatusCounts(
                pending=statuses[row["id"]].get("pending", 0),
                delivered=statuses[row["id"]].get("delivered", 0),
                soft_bounce=statuses[row["id"]].get("soft-bounce", 0),
                hard_bounce=statuses[row["id"]].get("hard-bounce", 0),
                cancelled=statuses[row["id"]].get("cancelled", 0),
            ),
            replies=replies.get(row["id"], 0),
            link_hits=hits[row["id"]],
            first_recipients=tuple(shown[row["id"]]),
        )
        for row in rows
    ]


def message(tx: Tx, message_id: int, recipients_limit: int = -1) -> MessageDetail | None:
    """One message with its recipients (the first ``recipients_limit``; -1: all), their delivery
    over time, its replies and its callbacks."""
    if not 0 < message_id <= MAX_INT64:
        return None
    row = tx.one(
        "SELECT m.*, a.currency FROM messages m JOIN accounts a ON a.id = m.account_id WHERE m.id = ?", (message_id,)
    )
    if row is None:
        return None
    summary = _summaries(tx, [row])[0]
    replies = tuple(_reply(r) for r in tx.all("SELECT * FROM replies WHERE message_id = ? ORDER BY id", (message_id,)))
    recipients = tuple(
        _recipient(tx, row, r, [reply for reply in replies if reply.recipient_id == r["id"]])
        for r in tx.all(
            "SELECT * FROM recipients WHERE message_id = ? ORDER BY id LIMIT ?", (message_id, recipients_limit)
        )
    )
    return MessageDetail(
        summary=summary,
        validity=row["validity"],
        dlr_callback=row["dlr_callback"],
        reply_callback=row["reply_callback"],
        link_hits_callback=row["link_hits_callback"],
        tracked_link_url=row["tracked_link_url"],
        recipients=recipients,
        recipients_total=int(tx.scalar("SELECT COUNT(*) FROM recipients WHERE message_id = ?", (message_id,))),
        replies=replies,
        callbacks=tuple(callbacks(tx, account_id=row["account_id"], message_id=message_id, since=row["created"])),
    )


def _recipient(tx: Tx, message: sqlite3.Row, row: sqlite3.Row, replies: list[ReplyView]) -> RecipientView:
    events: list[Event] = []
    status = row["status"]
    if message["send_at"] > message["created"]:
        events.append(Event(message["created"], "scheduled", f"for {message['send_at']}"))
    if message["cancelled"]:
        events.append(Event(_cancelled_at(tx, message["id"]) or message["created"], "cancelled"))
    elif message["send_at"] <= tx.now_text:
        parts = f"{row['parts']} part{'s' if row['parts'] != 1 else ''}"
        events.append(Event(message["send_at"], "sent", f"from {row['sender']}, {parts}"))
        planned = delivery.plan(row["msisdn"], parse_time(message["send_at"]), message["validity"]).pending_dlr_at
        interim = None if planned is None else f"{planned:%Y-%m-%d %H:%M:%S}"
        # The interim receipt happened if its time came before the recipient's message was settled.
        if interim is not None and row["pending_dlr_at"] is None and interim <= (row["dlr_at"] or tx.now_text):
            events.append(Event(interim, "pending", "the carrier's interim receipt"))
    if status in delivery.FINAL_STATUSES and row["dlr_at"]:
        events.append(Event(row["dlr_at"], status))
    for reply in replies:
        events.append(Event(reply.received_at, "reply", reply.text))
        if reply.is_optout:
            events.append(Event(reply.received_at, "opt-out", "replied STOP: on the Global Opt-Out list"))
    if row["link_hits"]:
        clicks = f"{row['link_hits']} click{'s' if row['link_hits'] != 1 else ''} in all"
        events.append(Event(row["last_hit_at"], "click", f"on the tracked link (the latest; {clicks})"))
    expected = None
    if status == "pending" and row["due_at"] and not message["cancelled"]:
        expected = Event(row["due_at"], row["final_status"], "as planned when sent")
    return RecipientView(
        id=row["id"],
        msisdn=row["msisdn"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        sender=row["sender"],
        text=row["text"],
        parts=row["parts"],
        status=status,
        dlr_at=row["dlr_at"],
        optout=bool(row["optout"]),
        link_code=row["link_code"],
        unsub_code=row["unsub_code"],
        link_hits=row["link_hits"],
        events=tuple(sorted(events, key=lambda event: event.at)),
        expected=expected,
    )


def _cancelled_at(tx: Tx, message_id: int) -> str | None:
    """When the message was cancelled: the time of its refund, if it cost anything."""
    value = tx.scalar("SELECT MIN(created) FROM transactions WHERE message_id = ? AND amount > 0", (message_id,))
    return None if value is None else str(value)


def _reply(row: sqlite3.Row) -> ReplyView:
    return ReplyView(
        id=row["id"],
        account_id=row["account_id"],
        message_id=row["message_id"],
        recipient_id=row["recipient_id"],
        msisdn=row["msisdn"],
        longcode=row["longcode"],
        text=row["text"],
        received_at=row["received_at"],
        is_optout=bool(row["is_optout"]),
        first_name=row["first_name"],
        last_name=row["last_name"],
    )


def replies(tx: Tx, account_id: int, query: str = "", limit: int = PAGE_SIZE) -> list[ReplyView]:
    """The account's replies and inbound messages, newest first; ``query`` matches text or number."""
    where = "account_id = ?"
    params: list[object] = [account_id]
    if query.strip():
        pattern = _like(query.strip())
        where += " AND (text LIKE ? ESCAPE '\\' OR msisdn LIKE ? ESCAPE '\\' OR longcode LIKE ? ESCAPE '\\')"
        params += [pattern, pattern, pattern]
    rows = tx.all(f"SELECT * FROM replies WHERE {where} ORDER BY id DESC LIMIT ?", [*params, limit])
    return [_reply(row) for row in rows]


def callbacks(
    tx: Tx,
    account_id: int,
    kind: str | None = None,
    status: str | None = None,
    message_id: int | None = None,
    since: str | None = None,
    limit: int = PAGE_SIZE,
) -> list[CallbackView]:
    """The account's callbacks with every attempt, newest first.

    With ``message_id``, those of the message's events (receipts, replies, link hits), which name
    it in their own parameters (the last ``message_id`` of the URL; the account's URL may carry one
    of its own before it); ``since`` (the message's creation) narrows the search.
    """
    where = ["account_id = ?"]
    params: list[object] = [account_id]
    for column, value in (("kind", kind), ("status", status)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if since is not None:
        where.append("created >= ?")
        params.append(since)
    if message_id is not None:
        where.append(f"kind IN ({', '.join('?' * len(_MESSAGE_EVENTS))}) AND url LIKE ?")
        params += [*_MESSAGE_EVENTS, f"%message_id={message_id}%"]
    rows = tx.all(
        f"SELECT * FROM callbacks WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
        [*params, limit if message_id is None else -1],
    )
    if message_id is not None:
        rows = [row for row in rows if _message_named(row["url"]) == message_id][:limit]
    attempts: dict[int, list[AttemptView]] = {row["id"]: [] for row in rows}
    if rows:
        for a in tx.all(
            f"""SELECT * FROM callback_attempts WHERE callback_id IN ({", ".join("?" * len(rows))})
                ORDER BY callback_id, attempt""",
            list(attempts),
        ):
            attempts[a["callback_id"]].append(
                AttemptView(a["attempt"], a["at"], bool(a["ok"]), a["status_code"], a["error"], a["duration_ms"])
            )
    return [
        CallbackView(
            id=row["id"],
            account_id=row["account_id"],
            kind=row["kind"],
            url=row["url"],
            created=row["created"],
            status=row["status"],
            next_attempt_at=row["next_attempt_at"],
            completed_at=row["completed_at"],
            attempts=tuple(attempts[row["id"]]),
        )
        for row in rows
    ]


def _message_named(url: str) -> int | None:
    named = [value for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True) if key == "message_id"]
    return int(named[-1]) if named and named[-1].isdigit() and int(named[-1]) > 0 else None


def contact_lists(tx: Tx, account_id: int) -> list[ListSummary]:
    """The account's lists, newest first, with how many contacts each has (and how many are active)."""
    rows = tx.all(
        """SELECT l.*, COUNT(c.id) AS total, COALESCE(SUM(c.status = 'active'), 0) AS active
           FROM lists l LEFT JOIN contacts c ON c.list_id = l.id
           WHERE l.account_id = ? GROUP BY l.id ORDER BY l.id DESC""",
        (account_id,),
    )
    result = []
    for row in rows:
        fields = ContactList.from_row(row).fields
        result.append(
            ListSummary(
                id=row["id"],
                name=row["name"],
                created=row["created"],
                fields=tuple(fields[slot] for slot in sorted(fields)),
                contacts=row["total"],
                active=row["active"],
                callback_url=row["callback_url"],
            )
        )
    return result


def contact_list(tx: Tx, list_id: int) -> ContactList | None:
    """The list ``list_id``, whichever account it belongs to."""
    row = tx.one("SELECT * FROM lists WHERE id = ?", (list_id,)) if 0 < list_id <= MAX_INT64 else None
    return None if row is None else ContactList.from_row(row)


def optouts(tx: Tx, account_id: int, limit: int = PAGE_SIZE) -> list[OptOutView]:
    """The account's Global Opt-Out list, latest first."""
    rows = tx.all(
        "SELECT msisdn, created, source FROM optouts WHERE account_id = ? ORDER BY created DESC, msisdn LIMIT ?",
        (account_id, limit),
    )
    return [OptOutView(row["msisdn"], row["created"], row["source"]) for row in rows]
