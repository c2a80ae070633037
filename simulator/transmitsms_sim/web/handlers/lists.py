"""Lists: lists and their custom fields, contacts, opt-outs, bulk imports, list callbacks."""

from __future__ import annotations

from typing import Any

from ...domain import imports, lists, optouts, phones
from ...domain.errors import BadMobile, NotFound
from .base import Call, contact, custom_values, field_names, handles, page_block, region_of


def _as_array(call: Call) -> bool:
    return call.params.get("response_style") == "array"


def _summary(call: Call, contact_list: lists.ContactList) -> dict[str, Any]:
    counts = lists.counts(call.tx, contact_list.id)
    return {
        "id": contact_list.id,
        "name": contact_list.name,
        "created": contact_list.created,
        "members_active": counts.active,
        "fields": field_names(contact_list, _as_array(call)),
        "members_total": counts.total,
    }


@handles("get_list")
def get_list(call: Call) -> dict[str, Any]:
    contact_list = lists.get(call.tx, call.account.id, call.params["list_id"])
    counts = lists.counts(call.tx, contact_list.id)
    members = call.params.get("members")
    found: list[lists.Contact] | None = None
    listed = counts.total
    if members != "none":
        listed, found = lists.members(call.tx, contact_list.id, members, call.page())
    data: dict[str, Any] = {
        "page": page_block(call.page(), listed),
        "members_total": counts.total,
        "id": contact_list.id,
        "name": contact_list.name,
        "created": contact_list.created,
        "members_active": counts.active,
        "fields": field_names(contact_list, _as_array(call)),
    }
    if found is not None:
        data["members"] = [contact(contact_list, member, _as_array(call)) for member in found]
    return data


@handles("get_lists")
def get_lists(call: Call) -> dict[str, Any]:
    total, found = lists.page_of_lists(call.tx, call.account.id, call.page())
    return {
        "page": page_block(call.page(), total),
        "lists_total": total,
        "lists": [_summary(call, contact_list) for contact_list in found],
    }


@handles("get_contact")
def get_contact(call: Call) -> dict[str, Any]:
    contact_list = lists.get(call.tx, call.account.id, call.params["list_id"])
    member = lists.get_contact(call.tx, contact_list, phones.lookup_key(call.params["msisdn"]))
    return contact(contact_list, member, _as_array(call))


@handles("add_list")
def add_list(call: Call) -> dict[str, Any]:
    contact_list = lists.create(call.tx, call.account, call.params["name"], custom_values(call.params))
    return {
        "id": contact_list.id,
        "name": contact_list.name,
        "created": contact_list.created,
        "members_active": 0,
        "fields": field_names(contact_list, _as_array(call)),
    }


@handles("add_field_to_list")
def add_field_to_list(call: Call) -> dict[str, Any]:
    contact_list = lists.get(call.tx, call.account.id, call.params["list_id"])
    named = custom_values(call.params)
    lists.name_fields(call.tx, contact_list, named)
    if _as_array(call):
        return {
            "fields": [{"name": f"custom_{slot}", "value": name} for slot, name in sorted(named.items())],
            "id": contact_list.id,
        }
    return {**{f"custom_{slot}": name for slot, name in sorted(named.items())}, "id": contact_list.id}


@handles("remove_list")
def remove_list(call: Call) -> dict[str, Any]:
    lists.remove(call.tx, call.account.id, call.params["list_id"])
    return {}


@handles("add_to_list")
def add_to_list(call: Call) -> dict[str, Any]:
    p = call.params
    contact_list = lists.get(call.tx, call.account.id, p["list_id"])
    msisdn = lists.valid_mobile(p["msisdn"], region_of(p))
    member = lists.add(call.tx, contact_list, msisdn, p.get("first_name"), p.get("last_name"), custom_values(p))
    return contact(contact_list, member, _as_array(call))


@handles("edit_list_member")
def edit_list_member(call: Call) -> dict[str, Any]:
    p = call.params
    contact_list = lists.get(call.tx, call.account.id, p["list_id"])
    msisdn = phones.lookup_key(p["msisdn"])
    if lists.contact(call.tx, contact_list.id, msisdn) is None and not phones.is_mobile(msisdn):
        raise BadMobile()
    member = lists.edit(call.tx, contact_list, msisdn, p.get("first_name"), p.get("last_name"), custom_values(p))
    return contact(contact_list, member)


def _number(call: Call) -> str:
    region = region_of(call.params)
    raw = call.params["msisdn"]
    return (phones.to_e164(raw, region) or raw) if region else phones.lookup_key(raw)


@handles("delete_from_list")
def delete_from_list(call: Call) -> dict[str, Any]:
    list_id = call.params.get("list_id", 0)
    changed = lists.deactivate(call.tx, call.account.id, list_id, _number(call), "deleted")
    if not changed:
        raise NotFound(lists.CONTACT_NOT_FOUND)
    return {"list_ids": changed}


@handles("optout_list_member")
def optout_list_member(call: Call) -> dict[str, Any]:
    msisdn = phones.lookup_key(call.params["msisdn"])
    return {"list_ids": optouts.opt_out_member(call.tx, call.account, call.params.get("list_id", 0), msisdn)}


@handles("add_contacts_bulk")
def add_contacts_bulk(call: Call) -> dict[str, Any]:
    p = call.params
    region = region_of(p)
    named = custom_values(p)
    if "name" in p:
        contact_list = lists.create(call.tx, call.account, p["name"], named)
    else:
        contact_list = lists.get(call.tx, call.account.id, p["list_id"])
        if named:
            contact_list = lists.name_fields(call.tx, contact_list, named)
    imports.start(call.tx, call.account, contact_list, p["file_url"], region)
    return {"list_id": contact_list.id}


@handles("add_contacts_bulk_progress")
def add_contacts_bulk_progress(call: Call) -> dict[str, Any]:
    progress = imports.latest(call.tx, call.account, call.params["list_id"])
    return {
        "list_id": progress.list_id,
        "status": progress.status,
        "importlength": progress.importlength,
        "completed": progress.completed,
        "duplicates": progress.duplicates,
        "skipped": progress.skipped,
        "optout": progress.optout,
        "imported": progress.imported,
    }


@handles("set_list_callback")
def set_list_callback(call: Call) -> dict[str, Any]:
    contact_list = lists.get(call.tx, call.account.id, call.params["list_id"])
    updated = lists.set_callback(call.tx, contact_list, call.params.get("url"))
    return {"id": updated.callback_id, "secret": updated.callback_secret}
