"""Resellers: client accounts and ledgers."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ...domain import billing, clients, money, phones
from ...domain.accounts import Account, NewAccount, months_later
from ...domain.errors import NotFound
from ...domain.pages import Page
from .base import Call, amount, handles, number, page_block, window


def _client(call: Call, client: Account, secret: str = "") -> dict[str, Any]:
    totals = clients.totals(call.tx, client)
    created = datetime.strptime(client.created, "%Y-%m-%d %H:%M:%S")
    return {
        "id": client.id,
        "name": client.name,
        "contact": client.contact,
        "email": client.email,
        "msisdn": number(client.msisdn or ""),
        "currency": client.currency,
        "client_pays": client.client_pays,
        "sms_margin": client.sms_margin,
        "timezone": client.timezone,
        "created": client.created,
        "apikey": client.api_key,
        "apisecret": secret,
        "recharge_amount": amount(client.fixed_top_up_amount if client.payment_method == "fixed" else 0),
        "total_lists": totals.lists,
        "total_sms": totals.sms,
        "total_contacts": totals.contacts,
        "total_spend": amount(totals.spend),
        "total_revenue": amount(totals.revenue),
        "credit_based": client.credit_based,
        "trial": "no",
        "trial_expiry_date": months_later(created).date().isoformat(),
        "balance": amount(billing.balance(call.tx, client.id)),
    }


@handles("get_client")
def get_client(call: Call) -> dict[str, Any]:
    return _client(call, clients.client_of(call.tx, call.account, call.params["client_id"]))


@handles("get_clients")
def get_clients(call: Call) -> dict[str, Any]:
    total, found = clients.page_of(call.tx, call.account, call.page())
    return {
        "page": page_block(call.page(), total),
        "clients_total": total,
        "clients": [_client(call, client) for client in found],
    }


@handles("add_client")
def add_client(call: Call) -> dict[str, Any]:
    p = call.params
    clients.require_reseller(call.account)
    spec = NewAccount(
        name=p["name"],
        email=p["email"],
        password=p["password"],
        msisdn=phones.lookup_key(p["msisdn"]),
        contact=p.get("contact"),
        timezone=p.get("timezone", call.account.timezone),
        client_pays=p.get("client_pays", True),
        sms_margin=float(p.get("sms_margin", 0)),
        number_margin=float(p.get("number_margin", 0)),
        fixed_top_up_amount=float(p.get("fixed_top_up_amount", 0)),
        payment_method=p.get("payment_method"),
        api_secret=p.get("api_secret"),
        balance=0,
    )
    client = clients.add(call.tx, call.account, spec)
    return _client(call, client, secret=client.api_secret)


@handles("edit_client")
def edit_client(call: Call) -> dict[str, Any]:
    p = call.params
    changes = clients.ClientChanges(
        name=p.get("name"),
        contact=p.get("contact"),
        password=p.get("password"),
        msisdn=phones.lookup_key(p["msisdn"]) if "msisdn" in p else None,
        timezone=p.get("timezone"),
        client_pays=p.get("client_pays"),
        sms_margin=float(p["sms_margin"]) if "sms_margin" in p else None,
        fixed_top_up_amount=float(p["fixed_top_up_amount"]) if "fixed_top_up_amount" in p else None,
        payment_method=p.get("payment_method"),
    )
    return _client(call, clients.edit(call.tx, call.account, p["client_id"], changes))


def _entry(entry: billing.LedgerEntry, currency: str, standing_as_text: bool) -> dict[str, Any]:
    return {
        "id": entry.id,
        "user_id": entry.account_id,
        "description": entry.description,
        "amount": amount(entry.amount),
        "balance_standing": money.currency_text(entry.balance_after, currency)
        if standing_as_text
        else amount(entry.balance_after),
        "created": entry.created,
        "type_description": entry.type_description,
        "type_id": entry.type_id,
    }


@handles("get_transactions")
def get_transactions(call: Call) -> dict[str, Any]:
    owner = clients.ledger_owner(call.tx, call.account, call.params["client_id"])
    start = end = None
    if "start" in call.params or "end" in call.params:
        start, end = window(call, timedelta(days=365 * 100))
    page: Page = call.page()
    total, found = billing.entries(call.tx, owner.id, start, end, page.sql_offset, page.size)
    if page.beyond_any_data:
        found = []
    data: dict[str, Any] = {"page": page_block(page, total), "transactions_total": total}
    if total:
        data["transactions"] = [_entry(entry, owner.currency, True) for entry in found]
    return data


@handles("get_transaction")
def get_transaction(call: Call) -> dict[str, Any]:
    entry = billing.entry(call.tx, call.params["id"])
    if entry is None:
        raise NotFound("Transaction with such id does not exist.")
    owner = clients.ledger_owner(call.tx, call.account, entry.account_id)
    return {**_entry(entry, owner.currency, False), "message_id": entry.message_id}
