"""Numbers: leasing, listing and configuring virtual numbers; sender IDs."""

from __future__ import annotations

from typing import Any

from ...domain import accounts, lists, numbers, phones
from .base import Call, amount, handles, number, page_block


def _number(leased: numbers.VirtualNumber) -> dict[str, Any]:
    return {
        "number": number(leased.number),
        "price": amount(leased.price),
        "auto_renew": leased.auto_renew,
        "next_charge": leased.next_charge,
        "status": leased.status,
    }


@handles("lease_number")
def lease_number(call: Call) -> dict[str, Any]:
    wanted = call.params.get("number")
    leased = numbers.lease(
        call.tx, call.account, phones.lookup_key(wanted) if wanted else None, call.params.get("forward_url")
    )
    return _number(leased)


@handles("get_numbers")
def get_numbers(call: Call) -> dict[str, Any]:
    page = call.page()
    kind = call.params.get("filter", "owned")
    rows: list[dict[str, Any]]
    if kind == "available":
        total, free = numbers.available(call.tx, page)
        rows = [{"number": number(n), "price": amount(call.account.number_price)} for n in free]
    else:
        total, owned = numbers.owned(call.tx, call.account.id, page)
        rows = [_number(leased) for leased in owned]
    return {"page": page_block(page, total), "numbers_total": total, "filter": kind, "numbers": rows}


@handles("get_number")
def get_number(call: Call) -> dict[str, Any]:
    return _number(numbers.owned_by(call.tx, call.account.id, phones.lookup_key(call.params["number"])))


@handles("edit_number_options")
def edit_number_options(call: Call) -> dict[str, Any]:
    p = call.params
    target = phones.lookup_key(p["number"])
    numbers.owned_by(call.tx, call.account.id, target)
    if "list_id" in p:
        lists.get(call.tx, call.account.id, p["list_id"])
    options = {name: p.get(name) for name in numbers.OPTIONS}
    if options["forward_sms"]:
        options["forward_sms"] = ",".join(phones.lookup_key(n) for n in str(options["forward_sms"]).split(","))
    numbers.edit_options(call.tx, call.account, target, options)
    return {}


@handles("get_sender_ids")
def get_sender_ids(call: Call) -> dict[str, Any]:
    groups = accounts.sender_ids(call.tx, call.account.id)
    return {
        "caller_ids": {
            "Virtual Number": numbers.account_numbers(call.tx, call.account.id),
            "Business Name": groups["business_name"],
            "Mobile Number": groups["mobile_number"],
        }
    }
