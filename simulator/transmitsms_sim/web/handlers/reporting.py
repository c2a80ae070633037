"""Reporting: four views of a message, the activity reports, counts and the message log."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ...domain import lists, messages, phones, reports
from .base import Call, amount, contact, field_values, handles, number, page_block, region_of, sender, window

_GENERIC = {"delivered": "delivered", "pending": "pending", "soft-bounce": "failed", "hard-bounce": "failed"}
_ALL_TIME = timedelta(days=365 * 100)


def _delivery_stats(counts: reports.Counts) -> dict[str, int]:
    return {
        "delivered": counts.delivered,
        "pending": counts.pending,
        "bounced": counts.bounced,
        "responses": counts.responses,
        "optouts": counts.optouts,
    }


def _summary(call: Call, message: messages.Message, with_text: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "message_id": message.id,
        "send_at": message.send_at,
        "recipients": message.recipients,
        "cost": amount(message.cost),
        "sms": message.sms,
    }
    if with_text:
        data["message"] = message.text
    if message.list_id is not None:
        data["list"] = {"id": message.list_id, "name": message.list_name or ""}
    data["delivery_stats"] = _delivery_stats(reports.counts(call.tx, message))
    return data


@handles("get_sms")
def get_sms(call: Call) -> dict[str, Any]:
    return _summary(call, messages.readable(call.tx, call.account, call.params["message_id"]))


@handles("get_sms_stats")
def get_sms_stats(call: Call) -> dict[str, Any]:
    message = messages.readable(call.tx, call.account, call.params["message_id"])
    counts = reports.counts(call.tx, message)
    return {
        "stats": {
            "hard_bounced": counts.hard_bounced,
            "soft_bounced": counts.soft_bounced,
            "total": counts.recipients,
            "recipientCount": counts.recipients + message.suppressed,
            "delivered": counts.delivered,
            "pending": counts.pending,
            "bounced": counts.bounced,
            "responses": counts.responses,
            "opt-outs": counts.optouts,
            "link_hits": counts.link_hits,
        }
    }


@handles("get_sms_sent")
def get_sms_sent(call: Call) -> dict[str, Any]:
    p = call.params
    message = messages.readable(call.tx, call.account, p["message_id"])
    contact_list = lists.get(call.tx, call.account.id, p["list_id"]) if "list_id" in p else None
    total, found = reports.recipients_page(call.tx, message, p.get("delivery"), p.get("optouts"), call.page())
    rows = []
    for row in found:
        item: dict[str, Any] = {
            "msisdn": number(row.msisdn),
            "first_name": row.first_name,
            "last_name": row.last_name,
            "delivery_status": row.status,
            "optout": bool(row.optout),
            "responses": row.responses,
        }
        if contact_list is not None:
            member = lists.contact(call.tx, contact_list.id, row.msisdn)
            if member is not None:
                item["fields"] = field_values(member.named_values(contact_list), False)
        rows.append(item)
    return {
        "page": page_block(call.page(), total),
        "total": total,
        "message": _summary(call, message),
        "recipients": rows,
    }


@handles("get_sms_delivery_status")
def get_sms_delivery_status(call: Call) -> dict[str, Any]:
    message = messages.readable(call.tx, call.account, call.params["message_id"])
    row = reports.sent_to(call.tx, message, phones.lookup_key(call.params["msisdn"]))
    return {
        "stats": {
            "message_id": message.id,
            "sender_id": sender(row.sender),
            "mobile": number(row.msisdn),
            "send_at": message.send_at,
            "datetime": row.dlr_at,
            "status": _GENERIC.get(row.status, row.status),
            "message": row.text,
        }
    }


@handles("get_message_log")
def get_message_log(call: Call) -> dict[str, Any]:
    message = messages.readable(call.tx, call.account, call.params["message_id"])
    row = reports.sent_to(call.tx, message, phones.lookup_key(call.params["mobile"]))
    return {
        "message_id": message.id,
        "message": row.text,
        "mobile": number(row.msisdn),
        "caller_id": sender(row.sender),
        "datetime_send": message.send_at,
    }


@handles("get_sms_sent_count")
def get_sms_sent_count(call: Call) -> dict[str, Any]:
    start, end = window(call, timedelta(hours=24), timedelta(days=7), '"start" and "end" must be within 7 days')
    return {"count": reports.sent_count(call.tx, call.account, start, end)}


@handles("get_user_sms_sent")
def get_user_sms_sent(call: Call) -> dict[str, Any]:
    start, end = window(call, timedelta(hours=24))
    msisdn = phones.lookup_key(call.params["msisdn"]) if "msisdn" in call.params else None
    total, found = reports.user_sms_sent(call.tx, call.account, start, end, msisdn, call.page())
    rows = [
        {
            "id": row.id,
            "message_id": row.message_id,
            "message": row.text,
            "sent_at": row.send_at,
            "msisdn": number(row.msisdn),
            "caller_id": sender(row.sender),
            "status": row.status,
        }
        for row in found
    ]
    return {"page": page_block(call.page(), total), "total": total, "messages": rows}


@handles("get_contact_sms_stats")
def get_contact_sms_stats(call: Call) -> dict[str, Any]:
    p = call.params
    region = region_of(p)
    msisdn = phones.to_e164(p["mobile"], region) if region else phones.lookup_key(p["mobile"])
    start: str | None = None
    end: str | None = None
    if "start" in p or "end" in p:
        start, end = window(call, _ALL_TIME)
    total, found = reports.contact_sms(
        call.tx,
        call.account,
        msisdn or p["mobile"],
        start,
        end,
        p.get("sort_field", "datetime_send"),
        p.get("order", "asc"),
        call.page(),
    )
    records = [
        {"message_id": row.message_id, "datetime_send": row.send_at, "delivery_status": row.status} for row in found
    ]
    return {"page": page_block(call.page(), total), "total": total, "records": records}


@handles("get_message_report")
def get_message_report(call: Call) -> dict[str, Any]:
    p = call.params
    start, end = window(call, timedelta(hours=24), timedelta(days=30), '"start" and "end" must be within 30 days')
    contact_list = lists.get(call.tx, call.account.id, p["list_id"]) if "list_id" in p else None
    as_array = p.get("response_style") == "array"
    kind = p.get("type", "all")
    total, sms_total, found = reports.message_report(
        call.tx,
        call.account,
        start,
        end,
        phones.lookup_key(p["number"]) if "number" in p else None,
        None if kind == "all" else kind,
        call.page(),
    )
    rows = []
    for message in found:
        counts = reports.counts(call.tx, message)
        row: dict[str, Any] = {
            "type": message.kind,
            "id": message.id,
            "sms": message.sms,
            "cost": amount(-message.cost),
            "sent_at": message.send_at,
            "status": message.status(call.tx.now_text),
            "message": message.text,
            "pending": counts.pending,
            "delivered": counts.delivered,
            "soft_bounced": counts.soft_bounced,
            "hard_bounced": counts.hard_bounced,
            "optouts": counts.optouts,
            "responses": counts.responses,
        }
        only = reports.only_recipient(call.tx, message)
        if only is not None:
            row["msisdn"] = number(only.msisdn)
            member = lists.contact(call.tx, contact_list.id, only.msisdn) if contact_list else None
            if member is not None and contact_list is not None:
                shown = contact(contact_list, member, as_array)
                row["first_name"], row["last_name"] = shown["first_name"], shown["last_name"]
                if "fields" in shown:
                    row["fields"] = shown["fields"]
        rows.append(row)
    return {"page": page_block(call.page(), total), "messages_total": total, "sms_total": sms_total, "messages": rows}
