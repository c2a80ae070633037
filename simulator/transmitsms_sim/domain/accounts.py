"""Accounts: credentials, prices, settings and sender IDs.

Contract: ``create(tx, NewAccount(...))`` makes an account (optionally the client of a reseller)
with an API key and secret, generated in the service's formats when not given (``new_api_key``: 32
lower-case hexadecimal characters; ``new_api_secret``: 16 letters and digits, which third-party
clients that validate credentials accept); ``authenticate(tx, key, secret)`` finds the account those credentials
belong to, comparing secrets in constant time. An ``Account`` is a snapshot: read the balance
through ``billing`` when it matters.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import string
from dataclasses import dataclass, field
from datetime import datetime

from ..store.db import MAX_INT64, Tx
from . import money
from .errors import KeyExists

_SECRET_ALPHABET = string.ascii_letters + string.digits
SENDER_KINDS = {"business_name": "Business Name", "mobile_number": "Mobile Number"}


@dataclass(frozen=True)
class Account:
    id: int
    parent_id: int | None
    is_reseller: bool
    is_demo: bool
    name: str
    contact: str | None
    email: str
    msisdn: str | None
    timezone: str
    currency: str
    balance: int
    sms_price: int
    number_price: int
    sms_margin: float
    number_margin: float
    client_pays: bool
    credit_based: bool
    payment_method: str | None
    fixed_top_up_amount: int
    goo_enabled: bool
    api_key: str
    api_secret: str = field(repr=False)
    dlr_callback: str | None
    reply_callback: str | None
    link_hits_callback: str | None
    created: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Account:
        # Through a dict: sqlite3.Row finds a column by comparing its name with each column's in
        # turn, and accounts have 28; this runs twice on every API call (issue 11).
        r = dict(zip(row.keys(), row, strict=True))
        return cls(
            id=r["id"],
            parent_id=r["parent_id"],
            is_reseller=bool(r["is_reseller"]),
            is_demo=bool(r["is_demo"]),
            name=r["name"],
            contact=r["contact"],
            email=r["email"],
            msisdn=r["msisdn"],
            timezone=r["timezone"],
            currency=r["currency"],
            balance=r["balance"],
            sms_price=r["sms_price"],
            number_price=r["number_price"],
            sms_margin=r["sms_margin"],
            number_margin=r["number_margin"],
            client_pays=bool(r["client_pays"]),
            credit_based=bool(r["credit_based"]),
            payment_method=r["payment_method"],
            fixed_top_up_amount=r["fixed_top_up_amount"],
            goo_enabled=bool(r["goo_enabled"]),
            api_key=r["api_key"],
            api_secret=r["api_secret"],
            dlr_callback=r["dlr_callback"],
            reply_callback=r["reply_callback"],
            link_hits_callback=r["link_hits_callback"],
            created=r["created"],
        )


@dataclass(frozen=True)
class NewAccount:
    """What a new account starts with. Amounts are in the account's currency."""

    name: str = "Simulated account"
    email: str | None = None
    balance: float = 100.0
    currency: str = "AUD"
    sms_price: float = 0.087
    number_price: float = 25.0
    reseller: bool = False
    goo_enabled: bool = True
    credit_based: bool = True
    timezone: str = "Australia/Sydney"
    contact: str | None = None
    msisdn: str | None = None
    password: str | None = field(default=None, repr=False)
    api_key: str | None = None
    api_secret: str | None = field(default=None, repr=False)
    business_names: tuple[str, ...] = ()
    mobile_numbers: tuple[str, ...] = ()
    dlr_callback: str | None = None
    reply_callback: str | None = None
    link_hits_callback: str | None = None
    client_pays: bool = True
    sms_margin: float = 0.0
    number_margin: float = 0.0
    payment_method: str | None = None
    fixed_top_up_amount: float = 0.0


def new_api_key() -> str:
    """An API key as the service issues them: 32 hexadecimal characters."""
    return secrets.token_hex(16)


def new_api_secret(length: int = 16) -> str:
    """An API secret of letters and digits only (the SETTINGS page asks for an alphanumeric secret)."""
    return "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(length))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 20_000)
    return f"pbkdf2_sha256${salt.hex()}${digest.hex()}"


def create(tx: Tx, spec: NewAccount, parent: Account | None = None, demo: bool = False) -> Account:
    """Create an account; as a client of ``parent`` when given. Raises KeyExists for a used key or email."""
    api_key = spec.api_key or new_api_key()
    api_secret = spec.api_secret or new_api_secret()
    if tx.one("SELECT 1 FROM accounts WHERE api_key = ?", (api_key,)):
        raise KeyExists("An account with this API key already exists.")
    email = spec.email or f"account-{secrets.token_hex(6)}@sim.transmitsms.invalid"
    if tx.one("SELECT 1 FROM accounts WHERE email = ?", (email,)):
        raise KeyExists("User already exists")
    sms_price = money.to_micros(spec.sms_price)
    number_price = money.to_micros(spec.number_price)
    if parent is not None:
        sms_price = parent.sms_price + money.margin_micros(spec.sms_margin)
        number_price = parent.number_price + money.margin_micros(spec.number_margin)
    account_id = tx.insert(
        """INSERT INTO accounts (parent_id, is_reseller, is_demo, name, contact, email, password_hash, msisdn,
               timezone, currency, balance, sms_price, number_price, sms_margin, number_margin, client_pays,
               credit_based, payment_method, fixed_top_up_amount, goo_enabled, api_key, api_secret,
               dlr_callback, reply_callback, link_hits_callback, created)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            parent.id if parent else None,
            int(spec.reseller),
            int(demo),
            spec.name,
            spec.contact,
            email,
            hash_password(spec.password) if spec.password else None,
            spec.msisdn,
            spec.timezone,
            parent.currency if parent else spec.currency,
            sms_price,
            number_price,
            spec.sms_margin,
            spec.number_margin,
            int(spec.client_pays),
            int(spec.credit_based),
            spec.payment_method,
            money.to_micros(spec.fixed_top_up_amount),
            int(spec.goo_enabled),
            api_key,
            api_secret,
            spec.dlr_callback,
            spec.reply_callback,
            spec.link_hits_callback,
            tx.now_text,
        ),
    )
    for name in spec.business_names:
        add_sender_id(tx, account_id, "business_name", name)
    for number in spec.mobile_numbers:
        add_sender_id(tx, account_id, "mobile_number", number)
    account = get(tx, account_id)
    assert account is not None
    return account


def get(tx: Tx, account_id: int) -> Account | None:
    if not 0 < account_id <= MAX_INT64:
        return None
    row = tx.one("SELECT * FROM accounts WHERE id = ?", (account_id,))
    return Account.from_row(row) if row else None


def all_accounts(tx: Tx) -> list[Account]:
    return [Account.from_row(row) for row in tx.all("SELECT * FROM accounts ORDER BY id")]


def demo_account(tx: Tx) -> Account | None:
    row = tx.one("SELECT * FROM accounts WHERE is_demo = 1 ORDER BY id LIMIT 1")
    return Account.from_row(row) if row else None


def authenticate(tx: Tx, api_key: str, api_secret: str) -> Account | None:
    """The account these credentials belong to, or None."""
    account_id = authenticated_id(tx, api_key, api_secret)
    return None if account_id is None else get(tx, account_id)


def authenticated_id(tx: Tx, api_key: str, api_secret: str) -> int | None:
    """The ID of the account these credentials belong to, or None: ``authenticate`` without reading
    the whole account, for the API's pipeline, which reads it again in the operation's transaction."""
    row = tx.one("SELECT id, api_secret FROM accounts WHERE api_key = ?", (api_key,))
    if row is None or not hmac.compare_digest(row[1].encode(), api_secret.encode()):
        return None
    return int(row[0])


_SETTABLE = frozenset(
    {"dlr_callback", "reply_callback", "link_hits_callback", "goo_enabled", "credit_based", "name", "is_reseller"}
)


def update_settings(tx: Tx, account_id: int, changes: dict[str, object]) -> Account:
    """Change account settings that the control API exposes (callback URLs, GOO, reseller flag)."""
    unknown = set(changes) - _SETTABLE
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
    for column, value in changes.items():
        stored = int(value) if isinstance(value, bool) else value
        tx.exec(f"UPDATE accounts SET {column} = ? WHERE id = ?", (stored, account_id))
    account = get(tx, account_id)
    assert account is not None
    return account


def add_sender_id(tx: Tx, account_id: int, kind: str, value: str) -> None:
    if kind not in SENDER_KINDS:
        raise ValueError(f"unknown sender ID kind {kind!r}")
    tx.exec("INSERT OR IGNORE INTO sender_ids (account_id, kind, value) VALUES (?, ?, ?)", (account_id, kind, value))


def sender_ids(tx: Tx, account_id: int) -> dict[str, list[str]]:
    """The account's alphanumeric senders and verified mobile numbers, by kind."""
    groups: dict[str, list[str]] = {kind: [] for kind in SENDER_KINDS}
    for row in tx.all("SELECT kind, value FROM sender_ids WHERE account_id = ? ORDER BY value", (account_id,)):
        groups[row["kind"]].append(row["value"])
    return groups


def months_later(moment: datetime, months: int = 1) -> datetime:
    """The same day ``months`` later (the last day of the month when it is shorter)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    if year > 9999:
        return datetime.max.replace(microsecond=0)
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
