"""What each ``transmitsms`` command does, with the generated client (see ``app`` for the tree).

Each handler takes the ``Context`` (the parsed arguments, the output, the client built on first
use) and returns an exit status; errors are raised and turned into one line by ``app.run``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .. import operations
from .._runtime.bulk import BulkProgress, BulkSummary
from .._runtime.callback_tokens import CallbackSigner
from .._runtime.constants import DEFAULT_PAGE_SIZE
from .._runtime.exceptions import APIConnectionError, APIError, ConfigurationError
from .._runtime.operation import Operation
from .._runtime.recipients import read_recipients
from .._runtime.redaction import mask_key
from ..sdk import TransmitSMS
from . import config
from .errors import INCOMPLETE, INVALID, OK, UsageError
from .output import Output, plain, update
from .params import call_arguments

ENV_CALLBACK_SECRET = "TRANSMITSMS_CALLBACK_SECRET"
#: The most numbers ``send --to`` takes: one send-sms call (``--file`` for more).
MAX_TO = 500


class Context:
    """One run of the command: its arguments, its output, and the client (built on first use)."""

    def __init__(self, args: argparse.Namespace, out: Output) -> None:
        self.args = args
        self.out = out
        self._client: TransmitSMS | None = None

    def client(self) -> TransmitSMS:
        if self._client is None:
            warnings: list[str] = []
            settings = config.resolve(
                getattr(self.args, "profile", None), getattr(self.args, "base_url", None), warn=warnings
            )
            for warning in warnings:
                self.out.warn(warning)
            self._client = TransmitSMS(
                api_key=settings.api_key, api_secret=settings.api_secret, base_url=settings.base_url
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def _answer(model: Any) -> dict[str, Any]:
    """A model as shown: plain data without the answer's ``error`` block (``SUCCESS``, once it succeeded)."""
    data: dict[str, Any] = plain(model)
    block = data.get("error")
    if isinstance(block, Mapping) and block.get("code") == "SUCCESS":
        del data["error"]
    return data


def _show(context: Context, model: Any, title: str | None = None) -> int:
    context.out.show(_answer(model), title=title)
    return OK


def _operation(group: str, method: str) -> Operation:
    return next(op for op in operations.OPERATIONS.values() if op.group == group and op.sdk_method == method)


def _listing(context: Context, group: str, method: str, title: str, **arguments: Any) -> int:
    """Show the items of one page of a paginated method, or of every page with ``--all``."""
    operation = _operation(group, method)
    assert operation.pagination is not None
    resource = getattr(context.client(), group)
    items_key = operation.pagination.items
    if not getattr(context.args, "all", False):
        arguments.setdefault("max", DEFAULT_PAGE_SIZE)  # the API's largest page, not its default of 10
        answer = _answer(getattr(resource, method)(**arguments))
        items = answer.get(items_key) or []
        context.out.show(items, title=title)
        page = answer.get("page") or {}
        total = answer.get(operation.pagination.total)
        if page.get("count", 1) > 1:
            context.out.line(f"page {page.get('number', 1)} of {page['count']} ({total} in all): --all for every page")
        return OK
    pager = getattr(resource, operation.pagination.iterator)(**arguments)
    rows: list[Any] = []
    with context.out.progress(f"{title}: pages", None, "pages") as bar:
        for number, answer in enumerate(pager.pages(), 1):
            data = _answer(answer)
            rows.extend(data.get(items_key) or [])
            update(bar, number, max(number, int((data.get("page") or {}).get("count", number))))
    context.out.show(rows, title=title)
    return OK


# ------------------------------------------------------------------------------------------ profiles


def login(context: Context, args: argparse.Namespace) -> int:
    name = getattr(args, "profile", None) or config.DEFAULT_PROFILE
    key = args.api_key or _prompt("API key: ")
    if args.api_secret_stdin:
        secret = sys.stdin.readline().strip()
    elif sys.stdin.isatty():
        secret = getpass.getpass("API secret (not shown): ").strip()
    else:
        raise UsageError("no terminal to ask for the API secret: pipe it with --api-secret-stdin")
    if not key or not secret:
        raise UsageError("the API key and the API secret must not be empty")
    base_url = getattr(args, "base_url", None)
    if not args.no_verify:
        with TransmitSMS(api_key=key, api_secret=secret, base_url=base_url) as client:
            balance = client.account.get_balance()
        context.out.line(f"credentials accepted: balance {balance.balance} {balance.currency}")
    path = config.config_path()
    config.save_profile(path, name, key, secret, base_url)
    context.out.line(f"saved profile {name!r} (API key {mask_key(key)}) to {path}, readable only by you")
    return OK


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the API key: pass --api-key")
    return input(text).strip()


def logout(context: Context, args: argparse.Namespace) -> int:
    name = getattr(args, "profile", None) or config.DEFAULT_PROFILE
    path = config.config_path()
    if not config.remove_profile(path, name):
        raise ConfigurationError(f"no profile {name!r} in {path}")
    context.out.line(f"removed profile {name!r} from {path}")
    return OK


def profiles(context: Context, args: argparse.Namespace) -> int:
    warnings: list[str] = []
    found = config.load_profiles(config.config_path(), warnings)
    for warning in warnings:
        context.out.warn(warning)
    rows = [
        {"profile": name, "api_key": mask_key(v.get("api_key", "")), "base_url": v.get("base_url", "")}
        for name, v in found.items()
    ]
    context.out.show(rows, title=f"profiles in {config.config_path()}")
    return OK


# ------------------------------------------------------------------------------------------ sending


def balance(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().account.get_balance())


def _send_options(args: argparse.Namespace) -> dict[str, Any]:
    names = ("from_", "validity", "countrycode", "dlr_callback", "reply_callback", "link_hits_callback")
    options = {name: getattr(args, name) for name in (*names, "tracked_link_url", "replies_to_email")}
    options["send_at"] = args.at
    return {name: value for name, value in options.items() if value is not None}


def send(context: Context, args: argparse.Namespace) -> int:
    chosen = [flag for flag, value in (("--to", args.to), ("--list", args.list), ("--file", args.file)) if value]
    if len(chosen) != 1:
        raise UsageError(
            "give exactly one of --to, --list and --file" + (f", not {' and '.join(chosen)}" if chosen else "")
        )
    options = _send_options(args)
    if args.file:
        return _send_file(context, args, options)
    bulk_only = [flag for flag in ("journal", "number_column") if getattr(args, flag)]
    if bulk_only:
        raise UsageError(f"--{bulk_only[0].replace('_', '-')} goes with --file")
    if args.to:
        numbers = [n.strip() for value in args.to for n in value.split(",") if n.strip()]
        if len(numbers) > MAX_TO:
            raise UsageError(f"--to takes at most {MAX_TO} numbers (got {len(numbers)}): use --file for a bulk send")
        answer = context.client().sms.send(message=args.message, to=numbers, **options)
    else:
        answer = context.client().sms.send(message=args.message, list_id=args.list, **options)
    return _show(context, answer)


def _send_file(context: Context, args: argparse.Namespace, options: dict[str, Any]) -> int:
    journal = args.journal or f"{args.file}.journal"
    client = context.client()
    with context.out.progress("sending", None, "recipients") as bar:

        def progress(step: BulkProgress) -> None:
            update(bar, step.done, step.total)

        summary = client.sms.send_bulk(
            Path(args.file),
            message=args.message,
            journal=journal,
            chunk_size=args.chunk_size,
            reconcile_after=args.reconcile_after,
            progress=progress,
            **({"number_field": args.number_column} if args.number_column else {}),
            **options,
        )
    return _bulk_summary(context, summary, args.reconcile_after)


def _bulk_summary(context: Context, summary: BulkSummary, reconcile_after: float) -> int:
    shown: dict[str, Any] = {
        "journal": summary.journal,
        "recipients": summary.recipients,
        "sent": summary.sent,
        **{f"skipped.{reason}": n for reason, n in summary.skipped.items()},
        **{f"failed.{code}": n for code, n in summary.failed.items()},
        "in_doubt": summary.in_doubt,
        "pending": summary.pending,
        "cost": summary.cost,
        "messages": len(summary.message_ids),
    }
    if summary.stopped:
        shown["stopped"] = summary.stopped
    context.out.show(shown, title="bulk send")
    for chunk in summary.chunks:
        if chunk.state in ("in_doubt", "failed"):
            reason = chunk.note if chunk.state == "in_doubt" else f"{chunk.error_code}: {chunk.error_description}"
            context.out.line(f"chunk {chunk.seq} ({len(chunk.recipients)} recipients) {chunk.state}: {reason}")
    if summary.in_doubt:
        context.out.line(
            f"{summary.in_doubt} recipients in doubt: run the same command again in {reconcile_after:g} s or later "
            "to reconcile them (nothing is sent twice)"
        )
    if summary.pending:
        context.out.line(f"{summary.pending} recipients not sent yet: run the same command again to resume")
    return OK if summary.complete and not summary.failed else INCOMPLETE


# ------------------------------------------------------------------------------------------ messages


def sms_get(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().reporting.get_sms(message_id=args.id))


def sms_status(context: Context, args: argparse.Namespace) -> int:
    return _listing(context, "reporting", "get_sms_sent", f"recipients of message {args.id}", message_id=args.id)


def sms_replies(context: Context, args: argparse.Namespace) -> int:
    return _listing(context, "sms", "get_sms_responses", f"replies to message {args.id}", message_id=args.id)


def sms_cancel(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().sms.cancel(id=args.id))


def sms_ls(context: Context, args: argparse.Namespace) -> int:
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    end = args.end or now.strftime("%Y-%m-%d %H:%M:%S")
    start = args.start or (now - timedelta(hours=24)).strftime("%Y-%m-%d %H:%M:%S")
    return _listing(context, "reporting", "get_user_sms_sent", f"sent {start} to {end}", start=start, end=end)


# ------------------------------------------------------------------------------------------ lists


def lists_ls(context: Context, args: argparse.Namespace) -> int:
    return _listing(context, "lists", "get_lists", "lists")


def lists_show(context: Context, args: argparse.Namespace) -> int:
    return _listing(context, "lists", "get_list", f"contacts of list {args.id}", list_id=args.id)


def lists_create(context: Context, args: argparse.Namespace) -> int:
    if len(args.field) > 10:
        raise UsageError(f"a list has at most 10 custom fields, got {len(args.field)}")
    fields = {f"field_{n}": name for n, name in enumerate(args.field, 1)}
    return _show(context, context.client().lists.add_list(name=args.name, **fields))


def lists_rm(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().lists.remove_list(list_id=args.id))


def _list_fields(context: Context, list_id: int) -> dict[str, str]:
    """The list's custom fields: lower-cased name -> the ``field_N`` argument that sets it."""
    fields = _answer(context.client().lists.get_list(list_id=list_id, max=1)).get("fields") or {}
    if isinstance(fields, Mapping):
        return {str(label).lower(): str(key) for key, label in fields.items() if label}
    return {str(e.get("value", "")).lower(): str(e.get("name")) for e in fields if isinstance(e, Mapping)}


def _contact_arguments(values: Mapping[str, str], fields: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """add-to-list arguments for a contact's values by name; the names that are no field of the list."""
    arguments: dict[str, Any] = {}
    unknown = []
    for name, value in values.items():
        lowered = name.strip().lower().replace(" ", "_")
        if lowered in ("first_name", "firstname"):
            arguments["first_name"] = value
        elif lowered in ("last_name", "lastname"):
            arguments["last_name"] = value
        elif name.strip().lower() in fields:
            arguments[fields[name.strip().lower()]] = value
        elif lowered.startswith("field_") and lowered[6:].isdigit():
            arguments[lowered] = value
        else:
            unknown.append(name)
    return arguments, unknown


def lists_add(context: Context, args: argparse.Namespace) -> int:
    values = {"first_name": args.first_name, "last_name": args.last_name}
    for pair in args.field:
        name, sep, value = pair.partition("=")
        if not sep:
            raise UsageError(f"--field takes NAME=VALUE, got {pair!r}")
        values[name] = value
    given = {k: v for k, v in values.items() if v is not None}
    arguments, unknown = _contact_arguments(given, _list_fields(context, args.id) if args.field else {})
    if unknown:
        raise UsageError(f"list {args.id} has no field {unknown[0]!r}")
    if args.countrycode:
        arguments["countrycode"] = args.countrycode
    return _show(context, context.client().lists.add_to_list(list_id=args.id, msisdn=args.number, **arguments))


def lists_import(context: Context, args: argparse.Namespace) -> int:
    rows = list(read_recipients(Path(args.file), args.number_column))
    fields = _list_fields(context, args.id)
    client = context.client()
    added = 0
    failures: list[tuple[int, str, str]] = []
    ignored: set[str] = set()
    with context.out.progress(f"importing into list {args.id}", len(rows), "contacts") as bar:
        for line, row in enumerate(rows, 2):
            arguments, unknown = _contact_arguments(row.fields, fields)
            ignored.update(unknown)
            if args.countrycode:
                arguments["countrycode"] = args.countrycode
            try:
                client.lists.add_to_list(list_id=args.id, msisdn=row.raw, **arguments)
            except APIConnectionError:
                raise
            except APIError as exc:
                if exc.code in ("NOT_FOUND", "AUTH_FAILED", "AUTH_FAILED_NO_DATA", "NO_ACCESS", "OVER_LIMIT"):
                    raise  # every other row would fail the same way
                failures.append((line, row.raw, f"{exc.code}: {exc.description}"))
            else:
                added += 1
            update(bar, added + len(failures))
    for name in sorted(ignored):
        context.out.warn(f"column {name!r} is not a field of list {args.id}: ignored")
    context.out.show({"list": args.id, "rows": len(rows), "added": added, "failed": len(failures)}, title="import")
    for line, raw, reason in failures:
        context.out.line(f"line {line} ({raw}): {reason}")
    return OK if not failures else INCOMPLETE


# ------------------------------------------------------------------------------------------ numbers, keywords


def numbers_ls(context: Context, args: argparse.Namespace) -> int:
    extra = {"filter": "available"} if args.available else {}
    return _listing(context, "numbers", "get_numbers", "available numbers" if args.available else "numbers", **extra)


def numbers_lease(context: Context, args: argparse.Namespace) -> int:
    extra = {"number": args.number} if args.number else {}
    return _show(context, context.client().numbers.lease_number(**extra))


def numbers_show(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().numbers.get_number(number=args.number))


def keywords_ls(context: Context, args: argparse.Namespace) -> int:
    extra = {"number": args.number} if args.number else {}
    return _listing(context, "keywords", "get_keywords", "keywords", **extra)


def _with_options(method: Callable[..., Any], options: list[str], **given: Any) -> Any:
    return method(**call_arguments(method, options, given))


def keywords_add(context: Context, args: argparse.Namespace) -> int:
    method = context.client().keywords.add_keyword
    return _show(context, _with_options(method, args.options, keyword=args.keyword, number=args.number))


def keywords_edit(context: Context, args: argparse.Namespace) -> int:
    method = context.client().keywords.edit_keyword
    return _show(context, _with_options(method, args.options, keyword=args.keyword, number=args.number))


# ------------------------------------------------------------------------------------------ clients, email


def clients_ls(context: Context, args: argparse.Namespace) -> int:
    return _listing(context, "resellers", "get_clients", "clients")


def clients_show(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().resellers.get_client(client_id=args.id))


def clients_add(context: Context, args: argparse.Namespace) -> int:
    method = context.client().resellers.add_client
    given: dict[str, Any] = {"name": args.name, "email": args.email}
    if not any(option.startswith("password=") for option in args.options):
        if not sys.stdin.isatty():
            raise UsageError("no terminal to ask for the client's password: pass password=...")
        given["password"] = getpass.getpass("the client's password (not shown): ")
    return _show(context, _with_options(method, args.options, **given))


def clients_edit(context: Context, args: argparse.Namespace) -> int:
    method = context.client().resellers.edit_client
    return _show(context, _with_options(method, args.options, client_id=args.id))


def email_add(context: Context, args: argparse.Namespace) -> int:
    extra = {k: v for k, v in (("max_sms", args.max_sms), ("number", args.number)) if v is not None}
    return _show(context, context.client().email_sms.add_email(email=args.email, **extra))


def email_rm(context: Context, args: argparse.Namespace) -> int:
    return _show(context, context.client().email_sms.delete_email(email=args.email))


# ------------------------------------------------------------------------------------------ callbacks


def callbacks_parse(context: Context, args: argparse.Namespace) -> int:
    from ..callbacks import parse_callback

    parsed = parse_callback(args.url)
    context.out.show({"kind": type(parsed).__name__, **plain(parsed)})
    return OK


def _signer() -> CallbackSigner:
    secret = os.environ.get(ENV_CALLBACK_SECRET)
    if not secret:
        if not sys.stdin.isatty():
            raise ConfigurationError(f"set {ENV_CALLBACK_SECRET} to the secret your callback URLs are signed with")
        secret = getpass.getpass("callback signing secret (not shown): ")
    try:
        return CallbackSigner(secret)
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None


def callbacks_verify(context: Context, args: argparse.Namespace) -> int:
    if _signer().verify(args.url):
        context.out.show({"url": args.url, "signature": "valid"})
        return OK
    context.out.show({"url": args.url, "signature": "INVALID"})
    return INVALID


def callbacks_sign(context: Context, args: argparse.Namespace) -> int:
    context.out.show({"url": _signer().sign(args.url)})
    return OK


# ------------------------------------------------------------------------------------------ any operation


def _find(name: str) -> Operation:
    wanted = name.strip().removesuffix(".json").lstrip("/").replace("-", "_").lower()
    found = operations.OPERATIONS.get(wanted)
    if found is None:
        close = [n.replace("_", "-") for n in operations.OPERATIONS if wanted and (wanted in n or n in wanted)]
        hint = f"; did you mean {', '.join(close[:5])}?" if close else "; transmitsms api --list shows them all"
        raise UsageError(f"no API method {name!r}{hint}")
    return found


def api(context: Context, args: argparse.Namespace) -> int:
    if args.list or not args.operation:
        rows = [
            {
                "method": op.name.replace("_", "-"),
                "client": f"client.{op.group}.{op.sdk_method}",
                "path": op.path,
                "safe_to_retry": op.safe_to_retry,
                "paginated": op.pagination is not None,
            }
            for op in operations.OPERATIONS.values()
        ]
        context.out.show(rows, title="API methods")
        return OK
    operation = _find(args.operation)
    name = operation.name.replace("_", "-")
    resource = getattr(context.client(), operation.group)
    arguments = call_arguments(getattr(resource, operation.sdk_method), args.params)
    if operation.pagination is None:
        if getattr(args, "all", False):
            raise UsageError(f"{name} is not paginated: --all does not apply")
        return _show(context, getattr(resource, operation.sdk_method)(**arguments))
    if getattr(args, "all", False):
        arguments.pop("page", None)
    return _listing(context, operation.group, operation.sdk_method, name, **arguments)
