"""The inbox page under ``/_sim/ui``: what the simulator holds, as a person wants to see it.

Contract: server-rendered HTML (Jinja2 templates in ``templates/``, autoescaped: every value that
came from a request is shown as text), with its own stylesheet, script and icon (``static/``,
served from here: the Content-Security-Policy allows nothing else). Every route is wrapped by the
control API's guard (``control.guarded``): the page is open to exactly whom the control API is.

=======  ==========================================  ============================================
GET      /_sim/ui                                    an account's messages, newest first
                                                     (``?account=&q=&before=``)
GET      /_sim/ui/messages/{id}                      one message: recipients, delivery over time,
                                                     replies, link clicks, callbacks
GET      /_sim/ui/received                           replies and inbound messages (``?account=&q=``)
GET      /_sim/ui/callbacks                          callbacks, every attempt and its answer
                                                     (``?account=&kind=&status=``)
GET      /_sim/ui/lists, /_sim/ui/lists/{id}         lists and the Global Opt-Out list; a list's
                                                     contacts (``?page=``)
GET      /_sim/ui/api/messages, .../messages/{id}    the same views as JSON
GET      /_sim/ui/api/changes                        ``?since=<version>``: answers when the state
                                                     has changed (or after ``LONG_POLL_SECONDS``)
POST     /_sim/ui/actions/reply                      a handset's message (``from``, ``to``,
                                                     ``message``; ``stop`` sends STOP)
POST     /_sim/ui/actions/dlr                        force an outcome (``message_id``, ``msisdn``,
                                                     ``status``)
POST     /_sim/ui/actions/click                      click a link (``code``)
POST     /_sim/ui/actions/advance                    move the clock (``seconds``)
GET      /_sim/ui/static/{name}                      the page's stylesheet, script and icon
=======  ==========================================  ============================================

Live updates: the page's script long-polls ``api/changes`` with the state's version (the store's
change counter); when it moves, the script fetches the page again and swaps the regions marked
``data-live`` (twice a second at most), leaving alone a region whose form the user is typing in. A long poll, not
server-sent events: uvicorn waits for open responses when it shuts down, and a stream that never
ends would hold ``Ctrl-C`` (and every test's server) until the browser goes away.

Actions are the control API's own operations (``control.inject_inbound``, ``force_outcome``,
``click_link``, ``advance_clock``). A POST must come from this page: its ``Origin`` (and
``Sec-Fetch-Site``, when the browser sends them) must be the page's own host, as the guard holds
every request under ``/_sim/`` to (``access.py``), and it must carry the page's CSRF token (a random
value per running simulator, compared in constant time). The script
posts with ``Accept: application/json`` and gets ``{"notice"}`` or the control API's error
block; a plain form post is answered with a redirect back to the page, the notice in its query.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from ..domain import inbox, lists, money
from ..domain.delivery import FINAL_STATUSES
from ..domain.pages import Page
from ..store.db import Tx, parse_time
from . import control
from .control import ControlError, Endpoint
from .runtime import Runtime

UI = "/_sim/ui"
#: How long ``api/changes`` holds a request while nothing changes: short, since a server shutting
#: down waits for it.
LONG_POLL_SECONDS = 1.5
_POLL_STEP = 0.05
MAX_FORM_BYTES = 64 * 1024
CONTACTS_PER_PAGE = 100
#: Recipients shown on a message's page; the rest are counted.
RECIPIENTS_SHOWN = 200
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}
#: The clock's buttons: seconds and their label.
ADVANCE_PRESETS = ((5, "+5 s"), (60, "+1 min"), (3600, "+1 h"), (86400, "+1 day"))


@dataclass(frozen=True)
class Asset:
    body: bytes
    content_type: str
    etag: str


@cache
def assets() -> dict[str, Asset]:
    """The files of ``static/``, read once from the installed package."""
    found = {}
    for item in resources.files(__package__).joinpath("static").iterdir():
        suffix = "." + item.name.rsplit(".", 1)[-1]
        if item.is_file() and suffix in _STATIC_TYPES:
            body = item.read_bytes()
            found[item.name] = Asset(body, _STATIC_TYPES[suffix], hashlib.sha256(body).hexdigest()[:16])
    return found


def static_url(name: str) -> str:
    """The URL of a static file, versioned by its content so that browsers may cache it for good."""
    return f"{UI}/static/{name}?v={assets()[name].etag}"


def span(seconds: int) -> str:
    """``5 s``, ``1 h 2 min``, ``3 d``: a duration in its two largest units."""
    days, rest = divmod(max(seconds, 0), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    shown = [f"{value} {unit}" for value, unit in ((days, "d"), (hours, "h"), (minutes, "min"), (secs, "s")) if value]
    return " ".join(shown[:2]) or "0 s"


def since(moment: str | None, origin: str | None) -> str:
    """``+5 s``: how long after ``origin`` (a stored time) ``moment`` came; empty when it did not."""
    if not moment or not origin or moment < origin:
        return ""
    return "+" + span(int((parse_time(moment) - parse_time(origin)).total_seconds()))


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


@cache
def environment() -> jinja2.Environment:
    """The templates, autoescaped; an undefined name is an error, not an empty string."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("transmitsms_sim.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = lambda micros, currency: money.currency_text(micros, currency)
    env.filters["since"] = since
    env.globals.update(
        ui=UI,
        static=static_url,
        plural=plural,
        advance_presets=ADVANCE_PRESETS,
        final_statuses=FINAL_STATUSES,
    )
    return env


def _secure(endpoint: Endpoint) -> Endpoint:
    """Every answer of the page, the guard's refusals included, carries the security headers."""

    async def wrapper(request: Request) -> Response:
        response = await endpoint(request)
        response.headers.update(SECURITY_HEADERS)
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return wrapper


def _int(value: str | None, name: str) -> int | None:
    if value is None or value == "":
        return None
    if not value.isdigit() or len(value) > 18:
        raise ControlError(400, f"{name} must be a positive whole number")
    return int(value)


def _back(value: str | None) -> str:
    """Where a plain form post returns to: a path of the page, nothing else (no open redirect)."""
    if value and value.startswith(UI) and not value.startswith("//"):
        split = urlsplit(value)
        if not split.scheme and not split.netloc:
            return value
    return UI


def _with_notice(path: str, notice: str, level: str) -> str:
    split = urlsplit(path)
    kept = [part for part in split.query.split("&") if part and not part.startswith(("notice=", "level="))]
    query = "&".join([*kept, urlencode({"notice": notice, "level": level})])
    return f"{split.path}?{query}"


def _clock(runtime: Runtime) -> dict[str, Any]:
    clock = runtime.clock
    mode = "manual" if clock.manual else ("real time" if clock.scale == 1 else f"accelerated x{clock.scale:g}")
    return {"now": f"{clock.now():%Y-%m-%d %H:%M:%S}", "mode": clock.mode, "describe": mode, "scale": clock.scale}


def build(runtime: Runtime) -> list[BaseRoute]:
    """The inbox page's routes, bound to ``runtime``."""
    sim = runtime.sim
    csrf = secrets.token_urlsafe(32)

    def route(path: str, endpoint: Endpoint, method: str) -> Route:
        return Route(path, _secure(control.guarded(runtime, endpoint, json_body=False)), methods=[method])

    def render(request: Request, template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
        query = request.query_params
        html = (
            environment()
            .get_template(template)
            .render(
                csrf=csrf,
                here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
                notice=query.get("notice", ""),
                level="error" if query.get("level") == "error" else "ok",
                **context,
            )
        )
        return HTMLResponse(html, status_code=http_status)

    def frame(tx: Tx, account_id: int | None, tab: str) -> dict[str, Any]:
        """What every page shows around its content: the version, the clock, the accounts."""
        everyone = inbox.accounts(tx)
        current = next((a for a in everyone if a.id == account_id), None)
        return {
            "version": runtime.db.changes(),
            "clock": _clock(runtime),
            "accounts": everyone,
            "current": current,
            "tab": tab,
        }

    def chosen(tx: Tx, request: Request) -> int | None:
        """The account the query names, else the one a visitor most likely wants."""
        named = _int(request.query_params.get("account"), "account")
        return named if named is not None else inbox.default_account_id(tx)

    def account_frame(tx: Tx, request: Request, tab: str) -> dict[str, Any]:
        """``frame`` of the account the query names (404 if there is none such) or would choose."""
        context = frame(tx, chosen(tx, request), tab)
        if context["current"] is None and request.query_params.get("account"):
            raise ControlError(404, "There is no such account.")
        return context

    async def page(request: Request, build_page: Callable[[Tx], tuple[str, dict[str, Any]]]) -> Response:
        """A page made by ``build_page`` in one transaction, or the page saying why not."""
        try:
            with sim.transaction() as tx:
                template, context = build_page(tx)
        except ControlError as exc:
            with sim.transaction() as tx:
                context = frame(tx, None, "")
            return render(request, "error.html", exc.status, description=exc.description, **context)
        return render(request, template, **context)

    # ------------------------------------------------------------------ pages

    async def messages_page(request: Request) -> Response:
        def build_page(tx: Tx) -> tuple[str, dict[str, Any]]:
            context = account_frame(tx, request, "messages")
            query = request.query_params.get("q", "")[:200]
            before = _int(request.query_params.get("before"), "before")
            current = context["current"]
            found = None if current is None else inbox.message_page(tx, current.id, query, before)
            return "messages.html", {**context, "query": query, "page": found}

        return await page(request, build_page)

    async def message_page(request: Request) -> Response:
        def build_page(tx: Tx) -> tuple[str, dict[str, Any]]:
            message_id = _int(request.path_params["message_id"], "the message ID") or 0
            detail = inbox.message(tx, message_id, RECIPIENTS_SHOWN)
            if detail is None:
                raise ControlError(404, "There is no such message.")
            context = frame(tx, detail.summary.account_id, "messages")
            return "message.html", {**context, "detail": detail, "m": detail.summary}

        return await page(request, build_page)

    async def received_page(request: Request) -> Response:
        def build_page(tx: Tx) -> tuple[str, dict[str, Any]]:
            context = account_frame(tx, request, "received")
            query = request.query_params.get("q", "")[:200]
            current = context["current"]
            found = [] if current is None else inbox.replies(tx, current.id, query)
            return "received.html", {**context, "query": query, "replies": found}

        return await page(request, build_page)

    async def callbacks_page(request: Request) -> Response:
        def build_page(tx: Tx) -> tuple[str, dict[str, Any]]:
            context = account_frame(tx, request, "callbacks")
            kind = request.query_params.get("kind", "")
            status = request.query_params.get("status", "")
            current = context["current"]
            found = [] if current is None else inbox.callbacks(tx, current.id, kind=kind or None, status=status or None)
            return "callbacks.html", {**context, "callbacks": found, "kind": kind, "status": status}

        return await page(request, build_page)

    async def lists_page(request: Request) -> Response:
        def build_page(tx: Tx) -> tuple[str, dict[str, Any]]:
            context = account_frame(tx, request, "lists")
            current = context["current"]
            found = [] if current is None else inbox.contact_lists(tx, current.id)
            optouts = [] if current is None else inbox.optouts(tx, current.id)
            return "lists.html", {**context, "lists": found, "optouts": optouts}

        return await page(request, build_page)

    async def list_page(request: Request) -> Response:
        def build_page(tx: Tx) -> tuple[str, dict[str, Any]]:
            found = inbox.contact_list(tx, _int(request.path_params["list_id"], "the list ID") or 0)
            if found is None:
                raise ControlError(404, "There is no such list.")
            number = _int(request.query_params.get("page"), "page") or 1
            window = Page(number, CONTACTS_PER_PAGE)
            total, members = lists.members(tx, found.id, None, window)
            return "list.html", {
                **frame(tx, found.account_id, "lists"),
                "list": found,
                "fields": [found.fields[slot] for slot in sorted(found.fields)],
                "members": [(member, dict(member.named_values(found))) for member in members],
                "total": total,
                "page_number": number,
                "pages": window.count_for(total),
            }

        return await page(request, build_page)

    # ------------------------------------------------------------------ JSON

    async def api_messages(request: Request) -> Response:
        try:
            with sim.transaction() as tx:
                account_id = chosen(tx, request)
                if account_id is None or inbox.account(tx, account_id) is None:
                    raise ControlError(404, "There is no such account.")
                found = inbox.message_page(
                    tx,
                    account_id,
                    request.query_params.get("q", "")[:200],
                    _int(request.query_params.get("before"), "before"),
                )
        except ControlError as exc:
            return _error(exc.status, "NOT_FOUND" if exc.status == 404 else "FIELD_INVALID", exc.description)
        return JSONResponse(dataclasses.asdict(found))

    async def api_message(request: Request) -> Response:
        try:
            message_id = _int(request.path_params["message_id"], "the message ID") or 0
        except ControlError as exc:
            return _error(exc.status, "FIELD_INVALID", exc.description)
        with sim.transaction() as tx:
            detail = inbox.message(tx, message_id)
        if detail is None:
            return _error(404, "NOT_FOUND", "There is no such message.")
        view = dataclasses.asdict(detail)
        for callback, shown in zip(detail.callbacks, view["callbacks"], strict=True):
            shown["params"] = callback.params
        return JSONResponse(view)

    async def api_changes(request: Request) -> Response:
        since_version = request.query_params.get("since", "")
        if since_version.isdigit():
            deadline = asyncio.get_running_loop().time() + LONG_POLL_SECONDS
            while runtime.db.changes() == int(since_version) and asyncio.get_running_loop().time() < deadline:
                if await request.is_disconnected():
                    break
                await asyncio.sleep(_POLL_STEP)
        return JSONResponse({"version": runtime.db.changes(), "clock": _clock(runtime)})

    # ------------------------------------------------------------------ actions

    async def action(request: Request, perform: Callable[[dict[str, str]], Awaitable[str]]) -> Response:
        """Run an action posted by the page; answer JSON to the script, a redirect to a plain form."""
        wants_json = "application/json" in request.headers.get("accept", "")
        back = UI
        try:
            fields = await _form(request)
            back = _back(fields.get("next"))
            if not _from_this_page(request, fields.get("csrf", ""), csrf):
                raise ControlError(403, "This action must come from the inbox page: reload it and try again.")
            notice = await perform(fields)
        except ControlError as exc:
            if wants_json or exc.status == 403:
                return _error(exc.status, "NO_ACCESS" if exc.status == 403 else "FIELD_INVALID", exc.description)
            return RedirectResponse(_with_notice(back, exc.description, "error"), status_code=303)
        except Exception as exc:
            status, code, description = control.failure(runtime, request, exc)
            if wants_json:
                return _error(status, code, description)
            return RedirectResponse(_with_notice(back, description, "error"), status_code=303)
        if wants_json:
            return JSONResponse({"notice": notice})
        return RedirectResponse(_with_notice(back, notice, "ok"), status_code=303)

    async def reply(request: Request) -> Response:
        async def perform(fields: dict[str, str]) -> str:
            handset = _required(fields, "from")
            text = "STOP" if fields.get("stop") else _required(fields, "message")
            received = await control.inject_inbound(runtime, handset, fields.get("to") or None, text)
            about = f"on message {received.message_id}" if received.message_id else f"on {received.longcode}"
            optout = "; opted out (Global Opt-Out)" if received.is_optout else ""
            return f"{handset} sent “{text}” (reply {received.reply_id} {about}){optout}."

        return await action(request, perform)

    async def force_dlr(request: Request) -> Response:
        async def perform(fields: dict[str, str]) -> str:
            message_id = _int(_required(fields, "message_id"), "message_id") or 0
            msisdn, status = _required(fields, "msisdn"), _required(fields, "status")
            report = await control.force_outcome(runtime, message_id, msisdn, status)
            attempts = plural(report.callback_attempts, "callback attempt")
            return f"{msisdn} on message {message_id}: {status} ({attempts})."

        return await action(request, perform)

    async def click(request: Request) -> Response:
        async def perform(fields: dict[str, str]) -> str:
            result = await control.click_link(runtime, _required(fields, "code"))
            link = f"{result.msisdn} clicked the {result.kind} link of message {result.message_id}"
            if result.kind == "tracked":
                return f"{link}: {plural(result.hits, 'click')}."
            return f"{link}: opted out."

        return await action(request, perform)

    async def advance(request: Request) -> Response:
        async def perform(fields: dict[str, str]) -> str:
            try:
                seconds = float(_required(fields, "seconds"))
            except ValueError as exc:
                raise ControlError(400, "seconds must be a number") from exc
            report = await control.advance_clock(runtime, seconds)
            done = f"{plural(report.receipts, 'receipt')}, {plural(report.callback_attempts, 'callback attempt')}"
            return f"Clock advanced {span(round(seconds))} to {runtime.clock.now():%Y-%m-%d %H:%M:%S}: {done}."

        return await action(request, perform)

    # ------------------------------------------------------------------ static files

    async def static(request: Request) -> Response:
        asset = assets().get(request.path_params["name"])
        if asset is None:
            return Response("Not found", status_code=404, media_type="text/plain")
        headers = {"ETag": f'"{asset.etag}"', "Cache-Control": "public, max-age=31536000, immutable"}
        if request.headers.get("if-none-match") == headers["ETag"]:
            return Response(status_code=304, headers=headers)
        return Response(asset.body, media_type=asset.content_type, headers=headers)

    async def slash(request: Request) -> Response:
        # Without it the API's catch-all route would answer /_sim/ui/ with an API error.
        return RedirectResponse(UI, status_code=308)

    return [
        route(UI, messages_page, "GET"),
        route(f"{UI}/", slash, "GET"),
        route(f"{UI}/messages/{{message_id}}", message_page, "GET"),
        route(f"{UI}/received", received_page, "GET"),
        route(f"{UI}/callbacks", callbacks_page, "GET"),
        route(f"{UI}/lists", lists_page, "GET"),
        route(f"{UI}/lists/{{list_id}}", list_page, "GET"),
        route(f"{UI}/api/messages", api_messages, "GET"),
        route(f"{UI}/api/messages/{{message_id}}", api_message, "GET"),
        route(f"{UI}/api/changes", api_changes, "GET"),
        route(f"{UI}/actions/reply", reply, "POST"),
        route(f"{UI}/actions/dlr", force_dlr, "POST"),
        route(f"{UI}/actions/click", click, "POST"),
        route(f"{UI}/actions/advance", advance, "POST"),
        route(f"{UI}/static/{{name}}", static, "GET"),
    ]


def _error(status: int, code: str, description: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "description": description}}, status_code=status)


def _required(fields: dict[str, str], name: str) -> str:
    value = fields.get(name, "").strip()
    if not value:
        raise ControlError(400, f"{name} is required")
    return value


async def _form(request: Request) -> dict[str, str]:
    """The posted form's fields (the last value of each), refusing bodies a form of the page never makes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise ControlError(400, "the form is too large")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise ControlError(400, "the form is too large")
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise ControlError(400, "the action takes a form (application/x-www-form-urlencoded)")
    form = await request.form(max_fields=50)
    return {key: value for key, value in form.items() if isinstance(value, str)}


def _from_this_page(request: Request, token: str, expected: str) -> bool:
    """Whether a POST comes from a page this simulator served (see the module's contract).

    Its ``Origin`` and ``Sec-Fetch-Site`` were checked by the guard (``access.py``), as for every
    request under ``/_sim/``; what is left is the page's token.
    """
    return hmac.compare_digest(token.encode("utf-8", "replace"), expected.encode())
