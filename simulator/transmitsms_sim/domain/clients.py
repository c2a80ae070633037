"""Resellers and their client accounts.

Contract: only a reseller may create and read clients (NO_ACCESS otherwise), and only its own: a
client of another reseller is NO_ACCESS, an unknown ID NOT_FOUND. A client has its own API key and
secret, the reseller's currency, and prices of the reseller's plus its margins (in cents). A
client's ledger is readable by the client and by its reseller.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store.db import Tx
from . import money
from .accounts import Account, NewAccount, create, get, hash_password
from .errors import KeyExists, NoAccess, NotFound
from .pages import Page

CLIENT_NOT_FOUND = "Client with such id does not exist."


@dataclass(frozen=True)
class ClientTotals:
    lists: int
    sms: int
    contacts: int
    spend: int
    revenue: int


@dataclass(frozen=True)
class ClientChanges:
    name: str | None = None
    contact: str | None = None
    password: str | None = field(default=None, repr=False)
    msisdn: str | None = None
    timezone: str | None = None
    client_pays: bool | None = None
    sms_margin: float | None = None
    fixed_top_up_amount: float | None = None
    payment_method: str | None = None


def require_reseller(account: Account) -> None:
    if not account.is_reseller:
        raise NoAccess()


def client_of(tx: Tx, reseller: Account, client_id: int) -> Account:
    require_reseller(reseller)
    client = get(tx, client_id)
    if client is None:
        raise NotFound(CLIENT_NOT_FOUND)
    if client.parent_id != reseller.id:
        raise NoAccess()
    return client


def ledger_owner(tx: Tx, caller: Account, account_id: int) -> Account:
    """The account whose ledger ``caller`` asks for: itself, or one of its clients."""
    if account_id == caller.id:
        return caller
    target = get(tx, account_id)
    if target is None:
        raise NotFound(CLIENT_NOT_FOUND)
    if target.parent_id != caller.id:
        raise NoAccess()
    return target


def add(tx: Tx, reseller: Account, spec: NewAccount) -> Account:
    require_reseller(reseller)
    if tx.one("SELECT 1 FROM accounts WHERE parent_id = ? AND name = ?", (reseller.id, spec.name)):
        raise KeyExists("Client with such name already exists.")
    return create(tx, spec, parent=reseller)


def edit(tx: Tx, reseller: Account, client_id: int, changes: ClientChanges) -> Account:
    client = client_of(tx, reseller, client_id)
    if changes.name is not None and tx.one(
        "SELECT 1 FROM accounts WHERE parent_id = ? AND name = ? AND id != ?", (reseller.id, changes.name, client.id)
    ):
        raise KeyExists("Client with such name already exists.")
    columns: dict[str, object] = {}
    for name in ("name", "contact", "msisdn", "timezone", "payment_method"):
        value = getattr(changes, name)
        if value is not None:
            columns[name] = value
    if changes.password is not None:
        columns["password_hash"] = hash_password(changes.password)
    if changes.client_pays is not None:
        columns["client_pays"] = int(changes.client_pays)
    if changes.sms_margin is not None:
        columns["sms_margin"] = changes.sms_margin
        columns["sms_price"] = reseller.sms_price + money.margin_micros(changes.sms_margin)
    if changes.fixed_top_up_amount is not None:
        columns["fixed_top_up_amount"] = money.to_micros(changes.fixed_top_up_amount)
    for column, value in columns.items():
        tx.exec(f"UPDATE accounts SET {column} = ? WHERE id = ?", (value, client.id))
    updated = get(tx, client.id)
    assert updated is not None
    return updated


def page_of(tx: Tx, reseller: Account, page: Page) -> tuple[int, list[Account]]:
    require_reseller(reseller)
    total = int(tx.scalar("SELECT COUNT(*) FROM accounts WHERE parent_id = ?", (reseller.id,)))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        "SELECT * FROM accounts WHERE parent_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (reseller.id, page.size, page.sql_offset),
    )
    return total, [Account.from_row(row) for row in rows]


def totals(tx: Tx, client: Account) -> ClientTotals:
    row = tx.one(
        "SELECT COALESCE(SUM(sms), 0), COALESCE(SUM(cost), 0) FROM messages WHERE account_id = ? AND cancelled = 0",
        (client.id,),
    )
    assert row is not None
    sms, spend = int(row[0]), int(row[1])
    return ClientTotals(
        lists=int(tx.scalar("SELECT COUNT(*) FROM lists WHERE account_id = ?", (client.id,))),
        sms=sms,
        contacts=int(tx.scalar("SELECT COUNT(*) FROM contacts WHERE account_id = ?", (client.id,))),
        spend=spend,
        revenue=sms * money.margin_micros(client.sms_margin),
    )
