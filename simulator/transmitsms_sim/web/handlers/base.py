"""What handlers share: the call, the registry, and presenters of common shapes.

Presenters turn domain values into the API's data model: numbers as JSON integers, money to 3
decimals, senders as integers or strings, ``page`` blocks, custom fields as objects or arrays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ...domain import lists, money, phones
from ...domain.accounts import Account
from ...domain.errors import FieldInvalid
from ...domain.pages import Page
from ...store.db import Tx, fmt_time


@dataclass
class Call:
    tx: Tx
    account: Account
    params: dict[str, Any]

    def page(self) -> Page:
        return Page.of(self.params.get("page"), self.params.get("max"))


Handler = Callable[[Call], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def number(value: str) -> int:
    """A phone number as the API answers it: a JSON integer."""
    return int(value) if value.isdigit() else 0


def sender(value: str | None) -> int | str:
    """A sender: an integer for a number, the text for an alphanumeric sender ID."""
    if value is None:
        return ""
    return int(value) if value.isdigit() else value


def amount(micros: int) -> float | int:
    return money.shown(micros)


def page_block(page: Page, total: int) -> dict[str, int]:
    return {"count": page.count_for(total), "number": page.number}


def field_names(contact_list: lists.ContactList, as_array: bool) -> Any:
    """A list's custom field names: ``{field_1: name}`` or ``[{name: field_1, value: name}]``."""
    named = sorted(contact_list.fields.items())
    if not named:
        return []
    if as_array:
        return [{"name": f"field_{slot}", "value": name} for slot, name in named]
    return {f"field_{slot}": name for slot, name in named}


def field_values(pairs: list[tuple[str, str]], as_array: bool) -> Any:
    if as_array:
        return [{"name": name, "value": value} for name, value in pairs]
    return dict(pairs)


def contact(contact_list: lists.ContactList, member: lists.Contact, as_array: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "list_id": member.list_id,
        "msisdn": number(member.msisdn),
        "first_name": member.first_name,
        "last_name": member.last_name,
        "created_at": member.created_at,
        "status": member.status,
    }
    if contact_list.fields:
        data["fields"] = field_values(member.named_values(contact_list), as_array)
    return data


def custom_values(params: dict[str, Any]) -> dict[int, str]:
    """The ``field_n`` parameters of a request, by slot."""
    return {slot: str(params[f"field_{slot}"]) for slot in lists.SLOTS if f"field_{slot}" in params}


def region_of(params: dict[str, Any], name: str = "countrycode") -> str | None:
    """The country of a ``countrycode`` parameter; FIELD_INVALID when it names none."""
    value = params.get(name)
    if value is None:
        return None
    region = phones.resolve_country(value)
    if region is None:
        raise FieldInvalid.named(name, "has invalid value, expected a country code or name")
    return region


def moment(name: str, value: str) -> datetime:
    """A ``YYYY-MM-DD[ HH:MM:SS]`` parameter as a time; FIELD_INVALID for an impossible date."""
    try:
        return datetime.strptime(value if len(value) > 10 else f"{value} 00:00:00", "%Y-%m-%d %H:%M:%S")
    except ValueError as exc:
        raise FieldInvalid.named(name, "is not a valid date and time") from exc


def window(call: Call, default: timedelta, limit: timedelta | None = None, limit_text: str = "") -> tuple[str, str]:
    """The ``start``/``end`` window of a report.

    Without ``start``, the window is ``default`` long, ending at ``end`` (or now); without ``end``
    it ends now (or at ``start``, when that is later). FIELD_INVALID when ``start`` is after
    ``end`` or the window is longer than ``limit``.
    """
    start, end = call.params.get("start"), call.params.get("end")
    start_given = moment("start", start) if start else None
    end_time = moment("end", end) if end else max(call.tx.now, start_given or call.tx.now)
    try:
        start_time = start_given or end_time - default
    except OverflowError:
        start_time = datetime.min
    if start_time > end_time:
        raise FieldInvalid('"start" must be before "end"')
    if limit is not None and end_time - start_time > limit:
        raise FieldInvalid(limit_text)
    return fmt_time(start_time), fmt_time(end_time)
