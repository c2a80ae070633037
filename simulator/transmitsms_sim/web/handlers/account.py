"""Account and Email SMS: the balance, and the addresses allowed to send SMS by email."""

from __future__ import annotations

from typing import Any

from ...domain import billing, email_sms, phones
from .base import Call, amount, handles


@handles("get_balance")
def get_balance(call: Call) -> dict[str, Any]:
    return {"balance": amount(billing.balance(call.tx, call.account.id)), "currency": call.account.currency}


@handles("add_email")
def add_email(call: Call) -> dict[str, Any]:
    p = call.params
    wanted = p.get("number")
    email_sms.add(call.tx, call.account, p["email"], p.get("max_sms", 1), phones.lookup_key(wanted) if wanted else None)
    return {"success": True}


@handles("delete_email")
def delete_email(call: Call) -> dict[str, Any]:
    email_sms.delete(call.tx, call.account, call.params["email"])
    return {"success": True}
