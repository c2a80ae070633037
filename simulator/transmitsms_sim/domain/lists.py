"""Contact lists, their custom fields and their contacts.

Contract: a list belongs to one account and has a name unique in it (case-insensitive), first and
last name fields, and up to 10 custom fields in slots 1 to 10, with different names, none of them a
name the list callback or personalisation already uses (``RESERVED_FIELD_NAMES``). A contact is one number on one list;
removing it (delete-from-list) or opting it out keeps it as ``inactive``, so it still counts in
``members_total`` and a later add-to-list answers DUPLICATE_DELETED or OPTOUT. Every addition and
removal is notified to the list's callback URL (set-list-callback) in the same transaction.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass

from ..store.db import MAX_INT64, Tx
from . import callbacks, phones
from .accounts import Account
from .errors import BadMobile, BadMobileCountry, DuplicateDeleted, FieldInvalid, KeyExists, NotFound, OptOut
from .pages import Page

SLOTS = range(1, 11)
#: The list callback sends each custom field as a parameter named after it, beside these: a custom
#: field of exactly one of these names would replace the callback's own parameter. In another case
#: (``FirstName``, as the reference's add-list example names one) it is a parameter of its own, and
#: ``[FirstName]`` in a message is the contact's first name, which personalisation reads first.
RESERVED_FIELD_NAMES = frozenset({"type", "datetime_entry", "list_id", "mobile", "firstname", "lastname"})
LIST_NOT_FOUND = "List with such id does not exist."
CONTACT_NOT_FOUND = "Contact with such mobile does not exist in this list."


@dataclass(frozen=True)
class ContactList:
    id: int
    account_id: int
    name: str
    created: str | None
    fields: dict[int, str]
    callback_id: int | None
    callback_secret: str | None
    callback_url: str | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> ContactList:
        return cls(
            id=row["id"],
            account_id=row["account_id"],
            name=row["name"],
            created=row["created"],
            fields=_load_fields(row["fields"]),
            callback_id=row["callback_id"],
            callback_secret=row["callback_secret"],
            callback_url=row["callback_url"],
        )

    def slot_named(self, name: str) -> int | None:
        lowered = name.strip().lower()
        return next((slot for slot, field in self.fields.items() if field.lower() == lowered), None)


@dataclass(frozen=True)
class Contact:
    id: int
    list_id: int
    msisdn: str
    first_name: str
    last_name: str
    fields: dict[int, str]
    status: str
    inactive_reason: str | None
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Contact:
        return cls(
            id=row["id"],
            list_id=row["list_id"],
            msisdn=row["msisdn"],
            first_name=row["first_name"],
            last_name=row["last_name"],
            fields=_load_fields(row["fields"]),
            status=row["status"],
            inactive_reason=row["inactive_reason"],
            created_at=row["created_at"],
        )

    def named_values(self, contact_list: ContactList) -> list[tuple[str, str]]:
        """``(field name, value)`` for each named custom field of the list, in slot order."""
        return [(name, self.fields.get(slot, "")) for slot, name in sorted(contact_list.fields.items())]


@dataclass(frozen=True)
class ListCounts:
    total: int
    active: int


def _check_unique_names(fields: dict[int, str]) -> None:
    seen: dict[str, int] = {}
    for slot, name in sorted(fields.items()):
        key = name.strip().lower()
        if name.strip() in RESERVED_FIELD_NAMES:
            raise FieldInvalid.named(f"field_{slot}", f'cannot be named "{name}": the name of a contact\'s own value')
        if key in seen:
            raise FieldInvalid.named(f"field_{slot}", f'repeats the name of "field_{seen[key]}"')
        seen[key] = slot


def find(tx: Tx, account_id: int, list_id: int) -> ContactList | None:
    if not 0 < list_id <= MAX_INT64:
        return None
    row = tx.one("SELECT * FROM lists WHERE id = ? AND account_id = ?", (list_id, account_id))
    return ContactList.from_row(row) if row else None


def get(tx: Tx, account_id: int, list_id: int) -> ContactList:
    """The account's list, or NotFound."""
    found = find(tx, account_id, list_id)
    if found is None:
        raise NotFound(LIST_NOT_FOUND)
    return found


def counts(tx: Tx, list_id: int) -> ListCounts:
    row = tx.one(
        "SELECT COUNT(*), COALESCE(SUM(status = 'active'), 0) FROM contacts WHERE list_id = ?",
        (list_id,),
    )
    assert row is not None
    return ListCounts(total=row[0], active=row[1])


def page_of_lists(tx: Tx, account_id: int, page: Page) -> tuple[int, list[ContactList]]:
    total = int(tx.scalar("SELECT COUNT(*) FROM lists WHERE account_id = ?", (account_id,)))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        "SELECT * FROM lists WHERE account_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (account_id, page.size, page.sql_offset),
    )
    return total, [ContactList.from_row(row) for row in rows]


def create(tx: Tx, account: Account, name: str, fields: dict[int, str], automatic: bool = False) -> ContactList:
    """A new empty list; KeyExists if the account has a list of that name."""
    _check_unique_names(fields)
    # In Python, not SQL: SQLite's NOCASE folds ASCII letters only ("Ärzte" and "ärzte" would differ).
    wanted = name.casefold()
    if any(row[0].casefold() == wanted for row in tx.all("SELECT name FROM lists WHERE account_id = ?", (account.id,))):
        raise KeyExists("List with such name already exists.")
    list_id = tx.insert(
        "INSERT INTO lists (account_id, name, created, fields) VALUES (?, ?, ?, ?)",
        (account.id, name, None if automatic else tx.now_text, _store_fields(fields)),
    )
    return get(tx, account.id, list_id)


def name_fields(tx: Tx, contact_list: ContactList, fields: dict[int, str]) -> ContactList:
    """Name (or rename) custom field slots of the list."""
    merged = {**contact_list.fields, **fields}
    _check_unique_names(merged)
    tx.exec("UPDATE lists SET fields = ? WHERE id = ?", (_store_fields(merged), contact_list.id))
    return get(tx, contact_list.account_id, contact_list.id)


def remove(tx: Tx, account_id: int, list_id: int) -> None:
    contact_list = get(tx, account_id, list_id)
    tx.exec("DELETE FROM contacts WHERE list_id = ?", (contact_list.id,))
    tx.exec("DELETE FROM imports WHERE list_id = ?", (contact_list.id,))
    tx.exec("UPDATE numbers SET list_id = NULL WHERE list_id = ?", (contact_list.id,))
    tx.exec("DELETE FROM lists WHERE id = ?", (contact_list.id,))


def members(tx: Tx, list_id: int, status: str | None, page: Page) -> tuple[int, list[Contact]]:
    """One page of the list's contacts (``status`` active or inactive, or all), by number."""
    where = "list_id = ?"
    params: list[object] = [list_id]
    if status:
        where += " AND status = ?"
        params.append(status)
    total = int(tx.scalar(f"SELECT COUNT(*) FROM contacts WHERE {where}", params))
    if page.beyond_any_data:
        return total, []
    rows = tx.all(
        f"SELECT * FROM contacts WHERE {where} ORDER BY msisdn LIMIT ? OFFSET ?",
        [*params, page.size, page.sql_offset],
    )
    return total, [Contact.from_row(row) for row in rows]


#: What a send needs of each active member: number, first and last name, ``(field name, value)``s.
Recipient = tuple[str, str, str, tuple[tuple[str, str], ...]]


def active_recipients(tx: Tx, contact_list: ContactList) -> list[Recipient]:
    """The list's active members as a send reads them (``Contact.named_values`` for the values), in order.

    Not ``Contact`` objects: a send to a list reads every member, and building each one (and
    finding each column of a sqlite3.Row by name) was most of the cost of reading them (issue 11).
    """
    named = sorted(contact_list.fields.items())
    rows = tx.all(
        """SELECT msisdn, first_name, last_name, fields FROM contacts
           WHERE list_id = ? AND status = 'active' ORDER BY id""",
        (contact_list.id,),
    )
    if not named:  # a list without custom fields: nothing to read from each member's values
        return [(msisdn, first_name, last_name, ()) for msisdn, first_name, last_name, _ in rows]
    found: list[Recipient] = []
    for msisdn, first_name, last_name, stored in rows:
        values = _load_fields(stored)
        found.append((msisdn, first_name, last_name, tuple((name, values.get(slot, "")) for slot, name in named)))
    return found


def contact(tx: Tx, list_id: int, msisdn: str) -> Contact | None:
    row = tx.one("SELECT * FROM contacts WHERE list_id = ? AND msisdn = ?", (list_id, msisdn))
    return Contact.from_row(row) if row else None


def get_contact(tx: Tx, contact_list: ContactList, msisdn: str) -> Contact:
    found = contact(tx, contact_list.id, msisdn)
    if found is None:
        raise NotFound(CONTACT_NOT_FOUND)
    return found


def notify(tx: Tx, contact_list: ContactList, member: Contact, action: str) -> None:
    """Queue the list-action callback for ``member`` being added or deleted, if the list has a URL."""
    if not contact_list.callback_url:
        return
    params = [
        ("type", action),
        ("datetime_entry", tx.now_text),
        ("list_id", str(contact_list.id)),
        ("mobile", member.msisdn),
        ("firstname", member.first_name),
        ("lastname", member.last_name),
        *member.named_values(contact_list),
    ]
    callbacks.enqueue(tx, contact_list.account_id, "list_action", contact_list.callback_url, params, tx.now_text)


def is_globally_opted_out(tx: Tx, account_id: int, msisdn: str) -> bool:
    return tx.one("SELECT 1 FROM optouts WHERE account_id = ? AND msisdn = ?", (account_id, msisdn)) is not None


def valid_mobile(raw: str, region: str | None) -> str:
    """The E.164 form of a contact's number; BAD_MOBILE or BAD_MOBILE_COUNTRY when unusable."""
    e164 = phones.to_e164(raw, region)
    if e164 is None:
        raise BadMobile()
    if not phones.country_available(e164):
        raise BadMobileCountry()
    if not phones.is_mobile(e164):
        raise BadMobile()
    return e164


def _store_fields(values: dict[int, str]) -> str:
    """Slot -> text (a list's field names, a contact's values) as stored: JSON keyed by slot."""
    return json.dumps({str(k): v for k, v in sorted(values.items())})


def _load_fields(stored: str) -> dict[int, str]:
    if stored == "{}":  # most contacts have no custom values: no JSON to parse (read per member of a send)
        return {}
    return {int(slot): text for slot, text in json.loads(stored).items()}


def add(
    tx: Tx,
    contact_list: ContactList,
    msisdn: str,
    first_name: str | None,
    last_name: str | None,
    values: dict[int, str],
) -> Contact:
    """Add a number (already in E.164 form) to the list, with add-to-list's rules."""
    existing = contact(tx, contact_list.id, msisdn)
    if existing is not None:
        if existing.status == "active":
            raise KeyExists("Contact with such mobile already exists")
        if existing.inactive_reason == "optout":
            raise OptOut()
        raise DuplicateDeleted()
    if is_globally_opted_out(tx, contact_list.account_id, msisdn):
        raise OptOut()
    return _insert(tx, contact_list, msisdn, first_name, last_name, values)


def _insert(
    tx: Tx,
    contact_list: ContactList,
    msisdn: str,
    first_name: str | None,
    last_name: str | None,
    values: dict[int, str],
) -> Contact:
    """Insert a new active member (the caller has checked the number may join) and notify the list."""
    contact_id = tx.insert(
        """INSERT INTO contacts (list_id, account_id, msisdn, first_name, last_name, fields, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 'active', ?)""",
        (
            contact_list.id,
            contact_list.account_id,
            msisdn,
            first_name or "",
            last_name or "",
            _store_fields(values),
            tx.now_text,
        ),
    )
    member = Contact.from_row(tx.one("SELECT * FROM contacts WHERE id = ?", (contact_id,)))  # type: ignore[arg-type]
    notify(tx, contact_list, member, "add")
    return member


def edit(
    tx: Tx,
    contact_list: ContactList,
    msisdn: str,
    first_name: str | None,
    last_name: str | None,
    values: dict[int, str],
) -> Contact:
    """Change the given details of a contact on the list; absent ones stay as they are."""
    member = get_contact(tx, contact_list, msisdn)
    if member.status != "active":
        raise OptOut() if member.inactive_reason == "optout" else DuplicateDeleted()
    tx.exec(
        "UPDATE contacts SET first_name = ?, last_name = ?, fields = ? WHERE id = ?",
        (
            member.first_name if first_name is None else first_name,
            member.last_name if last_name is None else last_name,
            _store_fields({**member.fields, **values}),
            member.id,
        ),
    )
    return get_contact(tx, contact_list, msisdn)


def upsert(
    tx: Tx, contact_list: ContactList, msisdn: str, first_name: str, last_name: str, values: dict[int, str]
) -> str:
    """Add or update a contact for a bulk import: ``added``, ``updated`` or ``optout`` (left alone)."""
    existing = contact(tx, contact_list.id, msisdn)
    if is_globally_opted_out(tx, contact_list.account_id, msisdn) or (
        existing is not None and existing.inactive_reason == "optout"
    ):
        return "optout"
    if existing is None:
        _insert(tx, contact_list, msisdn, first_name, last_name, values)
        return "added"
    tx.exec(
        """UPDATE contacts SET first_name = ?, last_name = ?, fields = ?, status = 'active', inactive_reason = NULL
           WHERE id = ?""",
        (
            first_name or existing.first_name,
            last_name or existing.last_name,
            _store_fields({**existing.fields, **values}),
            existing.id,
        ),
    )
    if existing.status != "active":
        notify(tx, contact_list, get_contact(tx, contact_list, msisdn), "add")
    return "updated"


def deactivate(tx: Tx, account_id: int, list_id: int, msisdn: str, reason: str) -> list[int]:
    """Make the number inactive on one list (or every list of the account when ``list_id`` is 0).

    Returns the IDs of the lists it was active on; notifies each list's callback.
    """
    if list_id:
        get(tx, account_id, list_id)
        rows = tx.all(
            "SELECT * FROM contacts WHERE list_id = ? AND msisdn = ? AND status = 'active'", (list_id, msisdn)
        )
    else:
        rows = tx.all(
            "SELECT * FROM contacts WHERE account_id = ? AND msisdn = ? AND status = 'active' ORDER BY list_id",
            (account_id, msisdn),
        )
    changed = []
    for row in rows:
        member = Contact.from_row(row)
        tx.exec("UPDATE contacts SET status = 'inactive', inactive_reason = ? WHERE id = ?", (reason, member.id))
        notify(tx, get(tx, account_id, member.list_id), member, "delete")
        changed.append(member.list_id)
    return changed


def join(tx: Tx, contact_list: ContactList, msisdn: str) -> str:
    """Add a sender to a list on an inbound message: ``new``, ``existing`` or ``optout``."""
    existing = contact(tx, contact_list.id, msisdn)
    if is_globally_opted_out(tx, contact_list.account_id, msisdn) or (
        existing is not None and existing.inactive_reason == "optout"
    ):
        return "optout"
    if existing is not None and existing.status == "active":
        return "existing"
    upsert(tx, contact_list, msisdn, "", "", {})
    return "new"


def set_callback(tx: Tx, contact_list: ContactList, url: str | None) -> ContactList:
    """Set or clear the list's Forward-to URL; the subscription keeps its ID and secret."""
    callback_id = contact_list.callback_id or contact_list.id
    secret = contact_list.callback_secret or secrets.token_hex(5)
    tx.exec(
        "UPDATE lists SET callback_id = ?, callback_secret = ?, callback_url = ? WHERE id = ?",
        (callback_id, secret, url, contact_list.id),
    )
    return get(tx, contact_list.account_id, contact_list.id)
