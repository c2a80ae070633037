"""Keywords: add, edit and list the keywords of virtual numbers."""

from __future__ import annotations

from typing import Any

from ...domain import keywords, phones
from ...domain.errors import FieldInvalid
from .base import Call, handles, number, page_block


def _keyword(found: keywords.Keyword) -> dict[str, Any]:
    return {
        "id": found.id,
        "keyword": found.keyword,
        "reference": found.reference,
        "number": number(found.number),
        "list_id": found.list_id,
        "welcome_message": found.welcome_message,
        "member_message": found.members_message,
        "forward_url": found.forward_url,
        "forward_sms": found.forward_sms,
        "forward_email": found.forward_email,
        "status": found.status,
        "billing_date": found.billing_date,
    }


def _options(params: dict[str, Any]) -> keywords.KeywordOptions:
    forward_sms = params.get("forward_sms")
    return keywords.KeywordOptions(
        reference=params.get("reference"),
        list_id=params.get("list_id"),
        welcome_message=params.get("welcome_message"),
        members_message=params.get("members_message"),
        forward_url=params.get("forward_url"),
        forward_email=params.get("forward_email"),
        forward_sms=",".join(phones.lookup_key(n) for n in forward_sms.split(",")) if forward_sms else None,
    )


@handles("add_keyword")
def add_keyword(call: Call) -> dict[str, Any]:
    p = call.params
    found = keywords.add(
        call.tx, call.account, p["keyword"], phones.lookup_key(p["number"]), _options(p), p.get("activate", True)
    )
    return _keyword(found)


@handles("edit_keyword")
def edit_keyword(call: Call) -> dict[str, Any]:
    p = call.params
    status = p.get("status")
    if "activate" in p:
        from_activate = "open" if p["activate"] else "closed"
        if status is not None and status != from_activate:
            raise FieldInvalid('Fields "status" and "activate" disagree')
        status = from_activate
    found = keywords.edit(call.tx, call.account, p["keyword"], phones.lookup_key(p["number"]), _options(p), status)
    return _keyword(found)


@handles("get_keywords")
def get_keywords(call: Call) -> dict[str, Any]:
    wanted = call.params.get("number")
    total, found = keywords.page_of(
        call.tx, call.account.id, phones.lookup_key(wanted) if wanted else None, call.page()
    )
    return {
        "page": page_block(call.page(), total),
        "keywords_total": total,
        "keywords": [_keyword(k) for k in found],
    }
