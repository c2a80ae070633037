"""Keywords: the first word of an inbound message routes it on a dedicated virtual number.

Contract: a keyword belongs to a leased number (FIELD_INVALID otherwise) and is unique on it,
case-insensitively (KEY_EXISTS). It has a list (given, or an automatic list named "auto list for
keyword <KEYWORD>"), auto-reply messages for new and existing members, forwarding targets, and a
status, ``open`` or ``closed``; only open keywords match inbound messages (``match``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.db import MAX_INT64, Tx
from . import lists, numbers
from .accounts import Account, months_later
from .errors import FieldInvalid, KeyExists, NoAccess, NotFound
from .pages import Page

KEYWORD_NOT_FOUND = "Keyword does not exist on this number."


@dataclass(frozen=True)
class Keyword:
    id: int
    account_id: int
    number: str
    keyword: str
    reference: str | None
    list_id: int
    welcome_message: str | None
    members_message: str | None
    forward_url: str | None
    forward_email: str | None
    forward_sms: str | None
    status: str
    billing_date: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Keyword:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class KeywordOptions:
    reference: str | None = None
    list_id: int | None = None
    welcome_message: str | None = None
    members_message: str | None = None
    forward_url: str | None = None
    forward_email: str | None = None
    forward_sms: str | None = None


def find(tx: Tx, number: str, keyword: str) -> Keyword | None:
    row = tx.one("SELECT * FROM keywords WHERE number = ? AND keyword = ?", (number, keyword))
    return Keyword.from_row(row) if row else None


def by_id(tx: Tx, account: Account, keyword_id: int) -> Keyword:
    """The account's keyword; NOT_FOUND, or NO_ACCESS when it is another account's."""
    row = tx.one("SELECT * FROM keywords WHERE id = ?", (keyword_id,)) if 0 < keyword_id <= MAX_INT64 else None
    if row is None:
        raise NotFound("Keyword with such id does not exist.")
    if row["account_id"] != account.id:
        raise NoAccess.to("keyword")
    return Keyword.from_row(row)


def owned(tx: Tx, account: Account, number: str, keyword: str) -> Keyword:
    found = find(tx, number, keyword)
    if found is None or found.account_id != account.id:
        raise NotFound(KEYWORD_NOT_FOUND)
    return found


def add(tx: Tx, account: Account, keyword: str, number: str, options: KeywordOptions, activate: bool) -> Keyword:
    numbers.owned_by(tx, account.id, number)
    if find(tx, number, keyword) is not None:
        raise KeyExists("Keyword already exists on this number.")
    if options.list_id is not None:
        list_id = lists.get(tx, account.id, options.list_id).id
    else:
        name = f"auto list for keyword {keyword.upper()}"
        existing = tx.one("SELECT id FROM lists WHERE account_id = ? AND name = ?", (account.id, name))
        list_id = existing[0] if existing else lists.create(tx, account, name, {}, automatic=True).id
    keyword_id = tx.insert(
        """INSERT INTO keywords (account_id, number, keyword, reference, list_id, welcome_message, members_message,
               forward_url, forward_email, forward_sms, status, billing_date, created)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            account.id,
            number,
            keyword.upper(),
            options.reference,
            list_id,
            options.welcome_message,
            options.members_message,
            options.forward_url,
            options.forward_email,
            options.forward_sms,
            "open" if activate else "closed",
            months_later(tx.now).date().isoformat(),
            tx.now_text,
        ),
    )
    return by_id(tx, account, keyword_id)


def edit(tx: Tx, account: Account, keyword: str, number: str, options: KeywordOptions, status: str | None) -> Keyword:
    """Change the given options of a keyword; absent ones stay as they are."""
    found = owned(tx, account, number, keyword)
    if options.list_id is not None:
        lists.get(tx, account.id, options.list_id)
    changes = {name: value for name, value in vars(options).items() if value is not None}
    if status is not None:
        if status not in ("open", "closed"):
            raise FieldInvalid.named("status", "has invalid value, expected one of: open, closed")
        changes["status"] = status
    for column, value in changes.items():
        tx.exec(f"UPDATE keywords SET {column} = ? WHERE id = ?", (value, found.id))
    return by_id(tx, account, found.id)


def page_of(tx: Tx, account_id: int, number: str | None, page: Page) -> tuple[int, list[Keyword]]:
    where = "account_id = ?"
    params: list[object] = [account_id]
    if number is not None:
        where += " AND number = ?"
        params.append(number)
    total = int(tx.scalar(f"SELECT COUNT(*) FROM keywords WHERE {where}", params))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        f"SELECT * FROM keywords WHERE {where} ORDER BY keyword, id LIMIT ? OFFSET ?",
        [*params, page.size, page.sql_offset],
    )
    return total, [Keyword.from_row(row) for row in rows]


def match(tx: Tx, number: str, text: str) -> Keyword | None:
    """The open keyword of ``number`` that ``text`` starts with, if any."""
    words = text.split()
    if not words:
        return None
    found = find(tx, number, words[0])
    return found if found is not None and found.status == "open" else None
