"""The translator: one legacy call carried out as calls of current operations, sans I/O.

Contract: ``translate(request, now)`` is a generator. It yields each ``Call`` of a current
operation it needs (the operation id, its arguments as Python values the way the current API's
clients pass them, and credentials when the call is made as another account) and is sent back the
operation's answer as a dict, the JSON of the current API without its ``error`` block; a refusal
is thrown into it as ``CurrentError(code, description)``. It returns the ``Answer`` to render, or
raises ``LegacyError`` for the error envelope. ``Call(OWN_ACCOUNT_ID)`` asks the backend for the
caller's own account id, which no current operation answers. Which current operations, with which
arguments, and which answer fields come from which current fields is read from the legacy spec
(``mapping``); the procedures below hold only the order of the calls and what no single field
says (``x-derived``). A backend runs the calls: the simulator's handlers in process, or the
generated client against a real service (``drive`` and ``drive_async`` turn the generator).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from . import values as v
from .mapping import Mapping, Method, Parameter, load
from .model import Answer, Element, LegacyError, LegacyRequest, Param, authentication_failed

#: The pseudo-operation of the caller's own account id (``x-current-operations`` names it too).
OWN_ACCOUNT_ID = "$own-account-id"
#: Where the legacy API's history starts: windows of "everything" start here (x-assumption).
EPOCH = "2009-01-01 00:00:00"
API_VERSION = "0.4"
PAGE = 100
NO_ACCESS_TO_LIST = "NO ACCESS TO LIST"
AUTH_CODES = frozenset({"AUTH_FAILED", "AUTH_FAILED_NO_DATA"})
MAX_RECIPIENTS = 1000
_BOUNCED = frozenset({"soft-bounce", "hard-bounce"})
# Transforms the procedures carry out themselves, because they call the current API.
_CARRIED_OUT = frozenset({"list-ref", "offset", "limit"})


@dataclass(frozen=True)
class Call:
    operation: str
    arguments: dict[str, Any] = field(default_factory=dict)
    credentials: tuple[str, str] | None = None

    def __repr__(self) -> str:  # credentials stay out of logs
        return f"Call({self.operation!r}, {self.arguments!r}{', as another account' if self.credentials else ''})"


class CurrentError(Exception):
    """A current operation refused the call: its error code and description."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description


class ListNotFound(Exception):
    """A list reference (id or name) matches no list of the caller."""


Translation = Generator[Call, Any, Answer]
Steps = Generator[Call, Any, Any]


class Context:
    """One legacy call being translated: its method, parameters, clock and mapping."""

    def __init__(self, request: LegacyRequest, method: Method, now: datetime, mapping: Mapping) -> None:
        self.request = request
        self.method = method
        self.now = now
        self.mapping = mapping
        self.values = method.read(request.params)

    # ------------------------------------------------------------ parameters
    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        return value if isinstance(value, str) else None

    def convert(self, parameter: Parameter, value: str) -> Any:
        transform, name = parameter.transform, parameter.name
        if transform in v.TIMED:
            return v.TIMED[transform](name, value, self.now)
        return v.REQUEST[transform](name, value)

    def arguments(
        self, operation: str, given: dict[str, Any], values: dict[str, Param] | None = None
    ) -> dict[str, Any]:
        """The arguments of ``operation``: the mapped parameters, the fixed arguments of
        ``x-current-operations``, then ``given`` (which wins; None leaves an argument out).
        ``values`` are a ``<recipient>`` row's, read with the row's own parameters."""
        parameters = self.method.parameters if values is None else self.method.row_parameters
        values = self.values if values is None else values
        arguments: dict[str, Any] = {}
        for name, parameter in parameters.items():
            targets = parameter.to(operation)
            if not targets or parameter.transform in _CARRIED_OUT or parameter.kind == "array":
                continue
            raw = values.get(name)
            if parameter.transform in ("date-start", "date-end"):
                converted = self.convert(parameter, raw if isinstance(raw, str) else "")
            elif isinstance(raw, str):
                converted = self.convert(parameter, raw)
            else:
                continue
            if converted is not None:
                arguments.update(dict.fromkeys(targets, converted))
        arguments.update({k: val for k, val in self.method.fixed(operation).items() if val != OWN_ACCOUNT_ID})
        for key, val in given.items():
            if val is None:
                arguments.pop(key, None)
            else:
                arguments[key] = val
        return arguments

    # ------------------------------------------------------------ calls
    def call(self, operation: str, values: dict[str, Param] | None = None, **given: Any) -> Steps:
        """Call ``operation`` with the arguments the mapping gives it (see ``arguments``)."""
        result = yield Call(operation, self.arguments(operation, given, values))
        return result

    def raw(self, operation: str, credentials: tuple[str, str] | None = None, **arguments: Any) -> Steps:
        """Call ``operation`` with exactly ``arguments`` (lookups the mapping's transforms make)."""
        result = yield Call(operation, arguments, credentials)
        return result

    def every(self, operation: str, items: str, total: str, **arguments: Any) -> Steps:
        """Every row of a paginated operation: ``(total, rows)``."""
        rows: list[dict[str, Any]] = []
        page = 1
        while True:
            answer = yield from self.raw(operation, **arguments, page=page, max=PAGE)
            got = answer.get(items) or []
            rows.extend(got)
            count = int(answer.get(total) or 0)
            if not got or page * PAGE >= count:
                return count, rows
            page += 1

    def window(self, operation: str, items: str, total: str, **arguments: Any) -> Steps:
        """The rows ``offset``/``limit`` ask for (the ``offset`` transform): ``(total, rows)``."""
        offset = v.integer("offset", self.text("offset") or "0")
        limit = v.integer("limit", self.text("limit") or "0")
        if 0 < limit <= PAGE and offset % limit == 0:
            answer = yield from self.raw(operation, **arguments, page=offset // limit + 1, max=limit)
            return int(answer.get(total) or 0), list(answer.get(items) or [])
        rows: list[dict[str, Any]] = []
        page, skip = offset // PAGE + 1, offset % PAGE
        while True:
            answer = yield from self.raw(operation, **arguments, page=page, max=PAGE)
            got = answer.get(items) or []
            rows.extend(got)
            count = int(answer.get(total) or 0)
            if (limit and len(rows) - skip >= limit) or not got or page * PAGE >= count:
                break
            page += 1
        rows = rows[skip:]
        return count, rows[:limit] if limit else rows

    def list_id(self, name: str) -> Steps:
        """The id of the list a parameter names (the ``list-ref`` transform)."""
        ref = (self.text(name) or "").strip()
        # ASCII digits only: str.isdigit also takes superscripts ("³"), which int() refuses.
        if re.fullmatch(r"[0-9]{1,18}", ref):
            try:
                yield from self.raw("get_list", list_id=int(ref), members="none")
                return int(ref)
            except CurrentError as exc:
                if exc.code not in ("NOT_FOUND", "NO_ACCESS", "FIELD_INVALID"):
                    raise
        _, lists = yield from self.every("get_lists", "lists", "lists_total")
        for found in lists:
            if found.get("name") == ref:
                return int(found["id"])
        raise ListNotFound(ref)

    # ------------------------------------------------------------ answers
    def record(self, schema: str, sources: dict[str, Any], **derived: Any) -> list[Element]:
        """The elements of a record: each field of ``schema`` in document order, from ``derived``
        (None leaves it out) or from its ``x-current`` source; fields without either are left out."""
        elements: list[Element] = []
        for spec in self.mapping.fields(schema):
            if spec.name in derived:
                value = derived[spec.name]
                if value is not None:
                    elements.append((spec.name, value if isinstance(value, (str, list)) else v.as_text(value, None)))
                continue
            if spec.source is None:
                continue
            found: Any = sources
            for part in spec.source:
                found = found.get(part) if isinstance(found, dict) else None
            if found is None and not spec.required:
                continue
            elements.append((spec.name, v.as_text(found, spec.transform)))
        return elements

    def answer(self, total: int | None, *body: Element) -> Answer:
        return Answer(self.method.name, total, list(body))

    def rows(self, total: int, element: str, rows: list[list[Element]]) -> Answer:
        """A list answer: ``<dataset>`` of rows, or the empty ``<data>`` when there are none."""
        if not rows:
            return self.answer(total, ("data", []))
        return self.answer(total, ("dataset", [(element, row) for row in rows]))

    def status(self, text: str) -> Answer:
        """A status answer, placed as this method places it (reference §2, §3.2)."""
        name = self.method.name
        beam = self.request.dialect == "beam"
        failure = text.startswith("failed") or text == NO_ACCESS_TO_LIST
        if name in ("contact-lists.add-recipient", "contact-lists.add-multiple-recipients") and not failure:
            return self.answer(1, ("response", text)) if beam else self.answer(1, ("data", [("result", text)]))
        if name == "recipient.delete-global" and not failure:
            return self.answer(1, ("data", [("result", text)]))
        if name == "contact-lists.delete-recipient" and not failure:
            return self.answer(1, ("response" if beam else "result", text))
        return self.answer(1, ("response", text))


# ---------------------------------------------------------------- messages
def _send(ctx: Context, **given: Any) -> Steps:
    return (yield from ctx.call("send_sms", **given))


def _save_numbers(ctx: Context, list_id: int, numbers: str) -> Steps:
    for number in numbers.split(","):
        try:
            yield from ctx.call("add_to_list", list_id=list_id, msisdn=number)
        except CurrentError as exc:
            # Already on the list, opted out or deleted there: the legacy call leaves it as it is.
            if exc.code in AUTH_CODES:
                raise


def messages_single(ctx: Context) -> Translation:
    list_id = (yield from ctx.list_id("contact_list")) if "contact_list" in ctx.values else None
    sent = yield from _send(ctx)
    if list_id is not None:
        yield from _save_numbers(ctx, list_id, ctx.arguments("send_sms", {})["to"])
    data = ctx.record(
        "MessagesSingleAnswer.data",
        {"send_sms": sent},
        result="queued",
        contact_list_addition="no list provided" if list_id is None else str(list_id),
    )
    return ctx.answer(1, ("data", data))


def messages_multiple(ctx: Context) -> Translation:
    list_id = (yield from ctx.list_id("contact_list")) if "contact_list" in ctx.values else None
    numbers = ctx.arguments("send_sms", {})["to"]
    sent = yield from _send(ctx)
    if list_id is not None:
        yield from _save_numbers(ctx, list_id, numbers)
    data = ctx.record(
        "MessagesMultipleAnswer.data",
        {"send_sms": sent},
        result="queued",
        total_recipients=len(numbers.split(",")),
        contact_list_addition="no list provided" if list_id is None else str(list_id),
    )
    return ctx.answer(1, ("data", data))


def messages_add(ctx: Context) -> Translation:
    list_id = yield from ctx.list_id("list_id")
    message = ctx.arguments("send_sms", {})["message"]
    if v.truthy(ctx.text("optout") or "") and v.CURRENT_OPT_OUT not in message:
        message = f"{message} {v.CURRENT_OPT_OUT}"
    sent = yield from _send(ctx, list_id=list_id, message=message)
    balance = yield from ctx.call("get_balance")
    data = ctx.record(
        "MessagesAddAnswer.data",
        {"send_sms": sent, "get_balance": balance},
        result="queued",
        message=message,
        charge_error="None",
    )
    return ctx.answer(1, ("data", data))


def messages_get(ctx: Context) -> Translation:
    now = ctx.now.strftime("%Y-%m-%d %H:%M:%S")
    later = (ctx.now + timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    _, scheduled = yield from ctx.every(
        "get_message_report",
        "messages",
        "messages_total",
        **ctx.arguments("get_message_report", {"start": now, "end": later}),
    )
    _, sent = yield from ctx.every(
        "get_user_sms_sent", "messages", "total", **ctx.arguments("get_user_sms_sent", {"end": now})
    )
    queued = [int(m["id"]) for m in scheduled if m.get("status") == "scheduled"]
    senders: dict[int, Any] = {}
    for row in sent:
        senders.setdefault(int(row["message_id"]), row.get("caller_id"))
    ids = list(dict.fromkeys([*sorted(queued, reverse=True), *senders]))
    offset = v.integer("offset", ctx.text("offset") or "0")
    limit = v.integer("limit", ctx.text("limit") or "0")
    page = ids[offset : offset + limit] if limit else ids[offset:]
    rows = []
    for message_id in page:
        message = yield from ctx.call("get_sms", message_id=message_id)
        waiting = message_id in queued and message_id not in senders
        sender = senders.get(message_id)
        pending = int((message.get("delivery_stats") or {}).get("pending") or 0)
        rows.append(
            ctx.record(
                "MessageRow",
                {"get_sms": message},
                list_id=(message.get("list") or {}).get("id", 0),
                mobile_from="" if waiting else ("REPLY-NUMBER" if sender in (None, "") else str(sender)),
                datetime_actioned=v.UNSET_TIME if waiting else v.datetime_text(message.get("send_at")),
                status="queued" if waiting else ("active" if pending else "completed"),
                schedule="Yes" if waiting else "No",
            )
        )
    return ctx.rows(len(ids), "data", rows)


def messages_responses(ctx: Context) -> Translation:
    arguments = ctx.arguments("get_sms_responses", {})
    total, found = yield from ctx.window("get_sms_responses", "responses", "total", **arguments)
    rows = [ctx.record("ResponseRow", {"get_sms_responses": {"responses": row}}) for row in found]
    return ctx.rows(total, "data", rows)


# ---------------------------------------------------------------- lists
def contact_lists_get(ctx: Context) -> Translation:
    total, found = yield from ctx.every("get_lists", "lists", "lists_total")
    found.sort(key=lambda row: (str(row.get("name", "")).casefold(), row.get("id", 0)))
    offset = v.integer("offset", ctx.text("offset") or "0")
    limit = v.integer("limit", ctx.text("limit") or "0")
    page = found[offset : offset + limit] if limit else found[offset:]
    rows = [ctx.record("ListRow", {"get_lists": {"lists": row}}) for row in page]
    return ctx.rows(total, "data", rows)


def contact_lists_add(ctx: Context) -> Translation:
    created = yield from ctx.call("add_list")
    return ctx.answer(1, ("data", ctx.record("ContactListsAddAnswer.data", {"add_list": created})))


def contact_lists_delete(ctx: Context) -> Translation:
    list_id = yield from ctx.list_id("id")
    yield from ctx.call("remove_list", list_id=list_id)
    return ctx.answer(1, ("response", "DELETED"))


def _recipients(ctx: Context, members: str) -> Translation:
    list_id = yield from ctx.list_id("id")
    found = yield from ctx.raw("get_list", list_id=list_id, members="none")
    active = int(found.get("members_active") or 0)
    total = active if members == "active" else int(found.get("members_total") or 0) - active
    _, contacts = yield from ctx.window("get_list", "members", "members_total", list_id=list_id, members=members)
    rows = []
    for contact in contacts:
        msisdn = str(contact.get("msisdn", ""))
        _, records = yield from ctx.every("get_contact_sms_stats", "records", "total", mobile=msisdn)
        bounces = sum(1 for record in records if record.get("delivery_status") in _BOUNCED)
        rows.append(
            ctx.record(
                "RecipientRow",
                {"get_list": {"members": contact}},
                dest_country=v.country_of(msisdn),
                bounce_count=bounces,
            )
        )
    return ctx.rows(total, "data", rows)


def contact_lists_get_recipients(ctx: Context) -> Translation:
    status = (ctx.text("status") or "active").strip().lower()
    if status not in ("active", "deleted", "opt-out"):
        raise v.invalid("status", "(expected active, deleted or opt-out)")
    return (yield from _recipients(ctx, "active" if status == "active" else "inactive"))


def contact_lists_get_unsubscribed(ctx: Context) -> Translation:
    return (yield from _recipients(ctx, "inactive"))


def _add_recipient(ctx: Context, list_id: int, values: dict[str, Param] | None = None) -> Steps:
    """Add one recipient (the call's own parameters, or a ``<recipient>`` row's ``values``), or
    update it when it is on the list: the legacy result text."""
    try:
        yield from ctx.call("add_to_list", values, list_id=list_id)
        return "ADDED"
    except CurrentError as exc:
        if exc.code != "KEY_EXISTS":
            raise
    arguments = ctx.arguments("add_to_list", {"list_id": list_id}, values)
    msisdn = arguments["msisdn"]
    if "countrycode" in arguments:
        formatted = yield from ctx.raw("format_number", msisdn=msisdn, countrycode=arguments["countrycode"])
        msisdn = str((formatted.get("number") or {}).get("international") or msisdn)
    yield from ctx.call("edit_list_member", values, list_id=list_id, msisdn=msisdn)
    return "DUPLICATE" if ctx.request.dialect == "beam" else "DUPLCIATE / UPDATED"


def _result(ctx: Context, total: int, text: str, list_id: int) -> Answer:
    if ctx.request.dialect == "beam":
        return ctx.answer(total, ("response", text))
    return ctx.answer(
        total, ("data", ctx.record("RecipientResultAnswer.data", {"add_to_list": {"list_id": list_id}}, result=text))
    )


def _status_of(ctx: Context, exc: CurrentError) -> str:
    status = ctx.method.failures.get(exc.code)
    if status is None:
        raise exc
    return status


def contact_lists_add_recipient(ctx: Context) -> Translation:
    list_id = yield from ctx.list_id("list_id")
    try:
        text = yield from _add_recipient(ctx, list_id)
    except CurrentError as exc:
        text = _status_of(ctx, exc)
        if text.startswith("failed") or text == NO_ACCESS_TO_LIST:
            return ctx.status(text)
    return _result(ctx, 1, text, list_id)


def contact_lists_add_multiple_recipients(ctx: Context) -> Translation:
    list_id = yield from ctx.list_id("list_id")
    given = ctx.values["recipients"]
    if not isinstance(given, list) or not given:
        raise LegacyError("Invalid parameter: recipients (expected <recipient> elements)", ctx.method.name)
    if len(given) > MAX_RECIPIENTS:
        raise LegacyError(f"Invalid parameter: recipients (at most {MAX_RECIPIENTS} a call)", ctx.method.name)
    text = ""
    for row in given:
        values = _row_values(ctx, row)
        try:
            text = yield from _add_recipient(ctx, list_id, values)
        except CurrentError as exc:
            text = _status_of(ctx, exc)
    if text.startswith("failed") or text == NO_ACCESS_TO_LIST:
        return ctx.answer(len(given), ("response", text))
    return _result(ctx, len(given), text, list_id)


def _row_values(ctx: Context, row: dict[str, str]) -> dict[str, Param]:
    """One ``<recipient>`` read with the row schema's names and aliases (mobile required)."""
    folded = {key.lower(): value for key, value in row.items()}
    values: dict[str, Param] = {}
    for name, parameter in ctx.method.row_parameters.items():
        for candidate in (name, *parameter.aliases):
            if folded.get(candidate.lower()):
                values[name] = folded[candidate.lower()]
                break
    if "mobile" not in values:
        raise LegacyError("Missing parameter: recipient/mobile", ctx.method.name)
    return values


def contact_lists_delete_recipient(ctx: Context) -> Translation:
    list_id = yield from ctx.list_id("list_id")
    try:
        yield from ctx.call("delete_from_list", list_id=list_id)
    except CurrentError as exc:
        return ctx.status(_status_of(ctx, exc))
    return ctx.status("DELETED")


def contact_lists_update_custom_fields(ctx: Context) -> Translation:
    list_id = yield from ctx.list_id("id")
    named = yield from ctx.call("add_field_to_list", list_id=list_id)
    data = ctx.record("UpdateCustomFieldsAnswer.data", {"add_field_to_list": named}, result="UPDATED")
    return ctx.answer(1, ("data", data))


def recipient_delete_global(ctx: Context) -> Translation:
    try:
        yield from ctx.call("delete_from_list")
    except CurrentError as exc:
        return ctx.status(_status_of(ctx, exc))
    return ctx.status("DELETED")


def api_version(ctx: Context) -> Translation:
    yield from ctx.call("get_balance")
    return ctx.answer(1, ("data", [("version", API_VERSION)]))


# ---------------------------------------------------------------- clients
def _clients(ctx: Context, schema: str) -> Translation:
    total, found = yield from ctx.window("get_clients", "clients", "clients_total")
    return ctx.rows(total, "data", [ctx.record(schema, {"get_clients": {"clients": row}}) for row in found])


def clients_get(ctx: Context) -> Translation:
    return (yield from _clients(ctx, "ClientRow"))


def clients_get_full(ctx: Context) -> Translation:
    return (yield from _clients(ctx, "ClientFullRow"))


def clients_get_by_id(ctx: Context) -> Translation:
    client = yield from ctx.call("get_client")
    data = ctx.record("ClientAnswer.data", {"get_clients": {"clients": client}})
    return ctx.answer(1, ("data", data))


def clients_add(ctx: Context) -> Translation:
    given: dict[str, Any] = {}
    if "name_company" not in ctx.values:
        given["name"] = ctx.text("name")
    client = yield from ctx.call("add_client", **given)
    credentials = (str(client.get("apikey", "")), str(client.get("apisecret", "")))
    default = ctx.method.fixed("add_list")
    created = yield from ctx.raw("add_list", credentials, **default)
    data = ctx.record("ClientsAddAnswer.data", {"add_client": client, "add_list": created}, result="CLIENT ADDED")
    return ctx.answer(1, ("data", data))


# ---------------------------------------------------------------- transactions
def _ledger_rows(ctx: Context, schema: str, entries: list[dict[str, Any]]) -> Steps:
    rows = []
    for entry in entries:
        send = entry.get("type_id") == 3
        detail = (yield from ctx.raw("get_transaction", id=int(entry["id"]))) if send else {}
        amount = float(entry.get("amount") or 0)
        rows.append(
            ctx.record(
                schema,
                {"get_transactions": {"transactions": entry}, "get_transaction": detail},
                message_status="Sent" if send else None,
                message_cost=v.money(-amount) if send else None,
            )
        )
    return rows


def _information(arguments: dict[str, Any]) -> Element:
    text = f"The dataset is limited between {arguments['start']} and {arguments['end']} - all dates are in GMT"
    return ("information", text)


def _transactions(ctx: Context, client_id: int) -> Translation:
    arguments = ctx.arguments("get_transactions", {"client_id": client_id})
    total, entries = yield from ctx.window("get_transactions", "transactions", "transactions_total", **arguments)
    rows = yield from _ledger_rows(ctx, "TransactionRow", entries)
    listed = ctx.rows(total, "data", rows)
    return Answer(listed.method, listed.total, [_information(arguments), *listed.body])


def transactions_get(ctx: Context) -> Translation:
    own = yield Call(OWN_ACCOUNT_ID)
    return (yield from _transactions(ctx, int(own)))


def transactions_get_users(ctx: Context) -> Translation:
    arguments = ctx.arguments("get_transactions", {})
    return (yield from _transactions(ctx, int(arguments["client_id"])))


def transactions_get_clients(ctx: Context) -> Translation:
    _, clients = yield from ctx.every("get_clients", "clients", "clients_total")
    offset = v.integer("offset", ctx.text("offset") or "0")
    limit = v.integer("limit", ctx.text("limit") or "0")
    clients = clients[offset : offset + limit] if limit else clients[offset:]
    users = []
    for client in clients:
        arguments = ctx.arguments("get_transactions", {"client_id": int(client["id"])})
        _, entries = yield from ctx.every("get_transactions", "transactions", "transactions_total", **arguments)
        ledger = yield from _ledger_rows(ctx, "ClientTransaction", entries)
        user = ctx.record(
            "ClientLedger",
            {"get_clients": {"clients": client}},
            transactions=[("transaction", row) for row in ledger],
        )
        users.append(user)
    if not users:
        return ctx.answer(None, ("data", []))
    return ctx.answer(None, ("dataset", [("user", user) for user in users]))


def transactions_get_detail(ctx: Context) -> Translation:
    entry = yield from ctx.call("get_transaction")
    return ctx.answer(1, ("data", ctx.record("TransactionDetailAnswer.data", {"get_transaction": entry})))


PROCEDURES: dict[str, Callable[[Context], Translation]] = {
    "messages.single": messages_single,
    "messages.multiple": messages_multiple,
    "messages.add": messages_add,
    "messages.get": messages_get,
    "messages.responses": messages_responses,
    "contact-lists.get": contact_lists_get,
    "contact-lists.add": contact_lists_add,
    "contact-lists.delete": contact_lists_delete,
    "contact-lists.get-recipients": contact_lists_get_recipients,
    "contact-lists.get-unsubscribed": contact_lists_get_unsubscribed,
    "contact-lists.add-recipient": contact_lists_add_recipient,
    "contact-lists.add-multiple-recipients": contact_lists_add_multiple_recipients,
    "contact-lists.delete-recipient": contact_lists_delete_recipient,
    "contact-lists.update-custom-fields": contact_lists_update_custom_fields,
    "recipient.delete-global": recipient_delete_global,
    "api.version": api_version,
    "clients.get": clients_get,
    "clients.get-full": clients_get_full,
    "clients.get-by-id": clients_get_by_id,
    "clients.add": clients_add,
    "transactions.get": transactions_get,
    "transactions.get-users": transactions_get_users,
    "transactions.get-clients": transactions_get_clients,
    "transactions.get-detail": transactions_get_detail,
}


def translate(request: LegacyRequest, now: datetime, mapping: Mapping | None = None) -> Translation:
    """Carry out ``request`` (see the module's contract)."""
    mapping = mapping or load()
    method = mapping.method(request.method)
    try:
        ctx = Context(request, method, now, mapping)
        return (yield from PROCEDURES[method.name](ctx))
    except CurrentError as exc:
        if exc.code in AUTH_CODES:
            raise authentication_failed(request.key, request.secret, method.name) from None
        status = method.failures.get(exc.code)
        if status is not None:
            return ctx.status(status)
        raise LegacyError(exc.description or exc.code, method.name) from None
    except ListNotFound:
        return ctx.status(NO_ACCESS_TO_LIST)
    except LegacyError as exc:
        raise LegacyError(exc.text, method.name) from None


def drive(translation: Translation, run: Callable[[Call], Any]) -> Answer:
    """Turn a translation with a blocking backend: ``run(call)`` answers or raises ``CurrentError``."""
    try:
        call = next(translation)
        while True:
            try:
                result = run(call)
            except CurrentError as exc:
                call = translation.throw(exc)
            else:
                call = translation.send(result)
    except StopIteration as done:
        answer: Answer = done.value
        return answer


async def drive_async(translation: Translation, run: Callable[[Call], Awaitable[Any]]) -> Answer:
    """``drive`` with an async backend."""
    try:
        call = next(translation)
        while True:
            try:
                result = await run(call)
            except CurrentError as exc:
                call = translation.throw(exc)
            else:
                call = translation.send(result)
    except StopIteration as done:
        answer: Answer = done.value
        return answer
