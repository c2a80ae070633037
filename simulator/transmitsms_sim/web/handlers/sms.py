"""SMS: send and cancel, format numbers, replies, message-reply, link hits."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ...domain import inbound, keywords, messages, phones, reports
from ...domain.errors import FieldInvalid
from .base import Call, amount, handles, moment, number, page_block, region_of, window

ZERO_STATS = {"delivered": 0, "pending": 0, "bounced": 0, "responses": 0, "optouts": 0}


@handles("send_sms")
def send_sms(call: Call) -> dict[str, Any]:
    p = call.params
    request = messages.SendRequest(
        text=p["message"],
        to=tuple(p["to"].split(",")) if "to" in p else (),
        list_id=p.get("list_id"),
        region=region_of(p),
        sender=p.get("from"),
        send_at=moment("send_at", p["send_at"]) if "send_at" in p else None,
        validity=p.get("validity"),
        replies_to_email=p.get("replies_to_email"),
        tracked_link_url=p.get("tracked_link_url"),
        link_hits_callback=p.get("link_hits_callback"),
        dlr_callback=p.get("dlr_callback"),
        reply_callback=p.get("reply_callback"),
        kind="campaign" if "list_id" in p else "api",
    )
    message = messages.send(call.tx, call.account, request)
    data: dict[str, Any] = {
        "message_id": message.id,
        "send_at": message.send_at,
        "recipients": message.recipients,
        "cost": amount(message.cost),
        "sms": message.sms,
    }
    if message.list_id is not None:
        data["list"] = {"id": message.list_id, "name": message.list_name}
    data["delivery_stats"] = dict(ZERO_STATS)
    return data


@handles("cancel_sms")
def cancel_sms(call: Call) -> dict[str, Any]:
    messages.cancel(call.tx, call.account, call.params["id"])
    return {"success": "OK"}


@handles("format_number")
def format_number(call: Call) -> dict[str, Any]:
    region = region_of(call.params)
    assert region is not None
    formatted = phones.format_number(call.params["msisdn"], region)
    if formatted is None:
        raise FieldInvalid.named("msisdn", "is not a phone number")
    return {
        "number": {
            "countrycode": formatted.country_code,
            "nationalnumber": formatted.national_number,
            "national_leading_zeroes": formatted.national_number,
            "rawinput": None,
            "international": formatted.international,
            "type": formatted.type,
            "isValid": formatted.valid,
        }
    }


def _replies_answer(call: Call, total: int, found: list[reports.Reply], include_original: bool) -> dict[str, Any]:
    rows = []
    for reply in found:
        row: dict[str, Any] = {
            "id": reply.id,
            "message_id": reply.message_id,
            "list_id": reply.list_id,
            "received_at": reply.received_at,
            "first_name": reply.first_name,
            "last_name": reply.last_name,
            "msisdn": number(reply.msisdn),
            "response": reply.text,
            "longcode": number(reply.longcode),
        }
        if include_original and reply.original is not None:
            row["original_message"] = reply.original
        rows.append(row)
    return {"page": page_block(call.page(), total), "total": total, "responses": rows}


@handles("get_sms_responses")
def get_sms_responses(call: Call) -> dict[str, Any]:
    p = call.params
    message_id = keyword_id = None
    if "message_id" in p:
        message_id = messages.readable(call.tx, call.account, p["message_id"]).id
    elif "keyword_id" in p:
        keyword_id = keywords.by_id(call.tx, call.account, p["keyword_id"]).id
    else:
        keyword_id = keywords.owned(call.tx, call.account, phones.lookup_key(p["number"]), p["keyword"]).id
    start, end = window(call, timedelta(days=30))
    total, found = reports.replies(
        call.tx,
        call.account,
        start=start,
        end=end,
        message_id=message_id,
        keyword_id=keyword_id,
        msisdn=phones.lookup_key(p["msisdn"]) if "msisdn" in p else None,
        page=call.page(),
    )
    return _replies_answer(call, total, found, p.get("include_original", False))


@handles("get_user_sms_responses")
def get_user_sms_responses(call: Call) -> dict[str, Any]:
    start, end = window(call, timedelta(days=30))
    total, found = reports.replies(
        call.tx, call.account, start=start, end=end, keywords=call.params.get("keywords"), page=call.page()
    )
    return _replies_answer(call, total, found, call.params.get("include_original", False))


@handles("message_reply")
def message_reply(call: Call) -> dict[str, Any]:
    p = call.params
    inbound.answer(call.tx, call.account, p["message"], phones.lookup_key(p["from"]), p["to"])
    return {"result": "SYSTEM: Message response handled\n"}


@handles("get_link_hits")
def get_link_hits(call: Call) -> dict[str, Any]:
    message = messages.readable(call.tx, call.account, call.params["message_id"])
    total, found = reports.link_hits(call.tx, message, call.page())
    hits = [
        {
            "msisdn": number(row.msisdn),
            "first_name": row.first_name,
            "last_name": row.last_name,
            "link_hits": row.link_hits,
            "datetime": row.last_hit_at,
        }
        for row in found
    ]
    return {"page": page_block(call.page(), total), "total": total, "hits": hits}
