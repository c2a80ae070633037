"""The ``transmitsms`` command: its parser, its commands' dispatch, and one line and an exit status per error.

Command tree (``transmitsms COMMAND --help`` for each)::

    transmitsms [--profile NAME] [--base-url URL] [--json | --csv] [--debug] COMMAND
      login [--api-key KEY] [--api-secret-stdin] [--no-verify]   save a profile (secret prompted, never echoed)
      logout | profiles                                           remove the profile | list profiles (keys masked)
      balance
      send (--to N... | --list ID | --file CSV) --message TEXT [--from S] [--at TIME] [--validity MIN]
           [--countrycode CC] [--journal PATH] [--chunk-size N] [--number-column NAME] [--reconcile-after S]
      sms get ID | status ID | replies ID | cancel ID | ls [--start T] [--end T]
      lists ls | show ID | create NAME [--field F]... | rm ID | add ID NUMBER [...] | import ID FILE.csv
      numbers ls [--available] | lease [NUMBER] | show NUMBER
      keywords ls [--number N] | add KEYWORD NUMBER [key=value...] | edit KEYWORD NUMBER [key=value...]
      clients ls | show ID | add NAME EMAIL [key=value...] | edit ID [key=value...]
      email add EMAIL [--max-sms N] | rm EMAIL
      callbacks parse URL | verify URL | sign URL
      api OPERATION [key=value...] | api --list

Listings show one page; ``--all`` pages through every page (with a progress bar). Every command
is built on the generated client: its resource methods, its models and ``transmitsms.operations``
(``api`` finds any method there by its name); none describes the API a second time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from .._runtime.version import __version__
from . import commands
from .errors import EXIT_CODES, INTERNAL, INTERRUPTED, USAGE, describe, exit_code
from .output import Mode, Output

Handler = Callable[[commands.Context, argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line and exit status 2 (no usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, f"transmitsms: {message} (see {self.prog} --help)\n")


def _common() -> _Parser:
    # SUPPRESS: a flag given before the command is not overwritten by the subcommand's default.
    common = _Parser(add_help=False)
    group = common.add_argument_group("global options")
    group.add_argument("--profile", default=argparse.SUPPRESS, help="the profile of the config file to use")
    group.add_argument("--base-url", default=argparse.SUPPRESS, help="the API's base URL (the simulator's, say)")
    formats = group.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    formats.add_argument("--csv", action="store_true", default=argparse.SUPPRESS, help="print CSV")
    group.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="tracebacks for bugs")
    return common


def _epilog() -> str:
    rows = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES)
    return (
        "credentials: --profile, else TRANSMITSMS_API_KEY and TRANSMITSMS_API_SECRET, else the default\n"
        "profile of the config file (transmitsms login writes it); TRANSMITSMS_BASE_URL or --base-url.\n\n"
        f"exit status:\n{rows}"
    )


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="transmitsms",
        description="The Transmit SMS API from the shell.",
        parents=[common],
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"transmitsms {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    top.required = True

    def command(
        parent: Any, name: str, handler: Handler, help_text: str, *, paged: bool = False
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        if paged:
            sub.add_argument("--all", action="store_true", help="every page, not only the first")
        sub.set_defaults(handler=handler)
        return sub

    def group(name: str, help_text: str) -> Any:
        sub = top.add_parser(name, help=help_text, description=help_text, parents=[common])
        inner = sub.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
        inner.required = True
        return inner

    login = command(top, "login", commands.login, "save credentials as a profile of the config file")
    login.add_argument("--api-key", help="the API key (prompted for when absent)")
    login.add_argument("--api-secret-stdin", action="store_true", help="read the secret from stdin, not a prompt")
    login.add_argument("--no-verify", action="store_true", help="do not check the credentials with get-balance")
    command(top, "logout", commands.logout, "remove the profile from the config file")
    command(top, "profiles", commands.profiles, "list the profiles of the config file (keys masked)")
    command(top, "balance", commands.balance, "the account's balance")

    send = command(top, "send", commands.send, "send an SMS to numbers, a list, or (resumably) a CSV file")
    target = send.add_argument_group("recipients (one of)")
    target.add_argument("--to", action="append", metavar="NUMBER", help="a number, or numbers separated by commas")
    target.add_argument("--list", type=int, metavar="ID", help="the active contacts of a list")
    target.add_argument("--file", metavar="CSV", help="a CSV file: a bulk send in chunks of 500, with a journal")
    send.add_argument("--message", required=True, help="the text; with --file, [Column] is personalised")
    send.add_argument("--from", dest="from_", metavar="SENDER", help="a virtual number or sender ID")
    send.add_argument("--at", metavar="'YYYY-MM-DD HH:MM:SS'", help="send at this UTC time")
    send.add_argument("--validity", type=int, metavar="MINUTES", help="minutes to keep trying to deliver")
    send.add_argument("--countrycode", help="convert local numbers for this country")
    send.add_argument("--dlr-callback", metavar="URL")
    send.add_argument("--reply-callback", metavar="URL")
    send.add_argument("--link-hits-callback", metavar="URL")
    send.add_argument("--tracked-link-url", metavar="URL")
    send.add_argument("--replies-to-email", metavar="EMAIL")
    bulk = send.add_argument_group("with --file")
    bulk.add_argument("--journal", metavar="PATH", help="the job's journal (default: CSV.journal)")
    bulk.add_argument("--chunk-size", type=int, default=500, help="numbers per send, 1 to 500 (500)")
    bulk.add_argument("--number-column", metavar="NAME", help="the CSV column of the numbers")
    bulk.add_argument(
        "--reconcile-after", type=float, default=120.0, metavar="SECONDS", help="settle time of a chunk in doubt (120)"
    )

    sms = group("sms", "sent messages: details, recipients' status, replies, cancelling")
    command(sms, "get", commands.sms_get, "a message's details").add_argument("id", type=int)
    command(sms, "status", commands.sms_status, "each recipient's delivery status", paged=True).add_argument(
        "id", type=int
    )
    command(sms, "replies", commands.sms_replies, "the replies to a message", paged=True).add_argument("id", type=int)
    command(sms, "cancel", commands.sms_cancel, "cancel a scheduled message").add_argument("id", type=int)
    sms_ls = command(sms, "ls", commands.sms_ls, "messages sent in a time window (last 24 h)", paged=True)
    sms_ls.add_argument("--start", metavar="'YYYY-MM-DD HH:MM:SS'")
    sms_ls.add_argument("--end", metavar="'YYYY-MM-DD HH:MM:SS'")

    lists = group("lists", "contact lists and their contacts")
    command(lists, "ls", commands.lists_ls, "the account's lists", paged=True)
    command(lists, "show", commands.lists_show, "a list and its contacts", paged=True).add_argument("id", type=int)
    create = command(lists, "create", commands.lists_create, "create a list")
    create.add_argument("name")
    create.add_argument("--field", action="append", default=[], metavar="NAME", help="a custom field (up to 10)")
    command(lists, "rm", commands.lists_rm, "delete a list").add_argument("id", type=int)
    add = command(lists, "add", commands.lists_add, "add (or update) a contact")
    add.add_argument("id", type=int)
    add.add_argument("number")
    add.add_argument("--first-name")
    add.add_argument("--last-name")
    add.add_argument("--countrycode")
    add.add_argument("--field", action="append", default=[], metavar="NAME=VALUE", help="a custom field's value")
    imp = command(lists, "import", commands.lists_import, "add every contact of a CSV file")
    imp.add_argument("id", type=int)
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--countrycode")
    imp.add_argument("--number-column", metavar="NAME")

    numbers = group("numbers", "dedicated virtual numbers")
    numbers_ls = command(numbers, "ls", commands.numbers_ls, "the account's numbers", paged=True)
    numbers_ls.add_argument("--available", action="store_true", help="numbers available to lease instead")
    command(numbers, "lease", commands.numbers_lease, "lease a number").add_argument("number", nargs="?")
    command(numbers, "show", commands.numbers_show, "a number's details").add_argument("number")

    keywords = group("keywords", "keywords on virtual numbers")
    command(keywords, "ls", commands.keywords_ls, "the account's keywords", paged=True).add_argument("--number")
    for name, handler in (("add", commands.keywords_add), ("edit", commands.keywords_edit)):
        sub = command(keywords, name, handler, f"{name} a keyword (more options as key=value)")
        sub.add_argument("keyword")
        sub.add_argument("number")
        sub.add_argument("options", nargs="*", metavar="key=value")

    clients = group("clients", "a reseller's client accounts")
    command(clients, "ls", commands.clients_ls, "the client accounts", paged=True)
    command(clients, "show", commands.clients_show, "a client account").add_argument("id", type=int)
    client_add = command(clients, "add", commands.clients_add, "create a client account (password prompted)")
    client_add.add_argument("name")
    client_add.add_argument("email")
    client_add.add_argument("options", nargs="*", metavar="key=value")
    client_edit = command(clients, "edit", commands.clients_edit, "change a client account")
    client_edit.add_argument("id", type=int)
    client_edit.add_argument("options", nargs="*", metavar="key=value")

    email = group("email", "email addresses allowed to send SMS by email")
    email_add = command(email, "add", commands.email_add, "allow an address")
    email_add.add_argument("email")
    email_add.add_argument("--max-sms", type=int)
    email_add.add_argument("--number", help="send from this virtual number")
    command(email, "rm", commands.email_rm, "remove an address").add_argument("email")

    callbacks = group("callbacks", "read, verify and sign callback URLs")
    command(callbacks, "parse", commands.callbacks_parse, "the fields of a callback URL").add_argument("url")
    for name, handler, text in (
        ("verify", commands.callbacks_verify, "check a signed callback URL (secret: TRANSMITSMS_CALLBACK_SECRET)"),
        ("sign", commands.callbacks_sign, "sign a callback URL (secret: TRANSMITSMS_CALLBACK_SECRET)"),
    ):
        command(callbacks, name, handler, text).add_argument("url")

    api = command(top, "api", commands.api, "call any API method by its name (send-sms, get_lists...)", paged=True)
    api.add_argument("operation", nargs="?", help="the method, as in the reference (get-sms) or snake_case")
    api.add_argument("params", nargs="*", metavar="key=value")
    api.add_argument("--list", action="store_true", help="list every method")
    return parser


def run(argv: Sequence[str], *, stdout: Any = None, stderr: Any = None) -> int:
    """Parse ``argv``, run the command, return its exit status (see ``errors.EXIT_CODES``)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, a usage error: argparse has printed what to say
        return exc.code if isinstance(exc.code, int) else USAGE
    mode: Mode = "json" if getattr(args, "json", False) else "csv" if getattr(args, "csv", False) else "table"
    out = Output(mode, stdout=stdout, stderr=stderr)
    context = commands.Context(args, out)
    try:
        status: int = args.handler(context, args)
        return status
    except KeyboardInterrupt:
        out.err.print("transmitsms: interrupted (a bulk send resumes: run the same command again)")
        return INTERRUPTED
    except Exception as exc:
        code = exit_code(exc)
        if code == INTERNAL and getattr(args, "debug", False):
            raise
        hint = " (a bug: run with --debug and report it)" if code == INTERNAL else ""
        print(f"transmitsms: {describe(exc)}{hint}", file=stderr or sys.stderr)
        return code
    finally:
        context.close()
