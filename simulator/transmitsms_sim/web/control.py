"""The control API under ``/_sim/``: what tests use to steer the simulator (not part of the vendor's API).

Contract: JSON in (``Content-Type: application/json``), JSON out. Only loopback clients may call
it, unless the settings have a ``control_token`` and the request carries it in ``X-Sim-Token``
(``access.py`` has the whole rule: no forwarded or cross-site requests, loopback ``Host`` names,
the token required even on loopback with ``require_control_token``); others get 403. Errors are
``{"error": {"code", "description"}}`` with 400 (bad request), 403, 404 or 415 (a body that is not
declared JSON). The routes:

=======  ===============================  =================================================
POST     /_sim/accounts                   create an account (returns its key and secret)
GET      /_sim/accounts                   list accounts (no secrets)
PATCH    /_sim/accounts/{id}              change callback URLs, GOO, reseller flag, name
POST     /_sim/accounts/{id}/top-up       credit the balance ``{"amount": 10}``
POST     /_sim/accounts/{id}/sender-ids   allow a sender ``{"kind": "business_name", "value": "MyBrand"}``
POST     /_sim/reset                      delete all data (the demo account is recreated)
GET      /_sim/clock                      the simulated time
POST     /_sim/clock/advance              ``{"seconds": 60}``: move time on and run what falls due
POST     /_sim/clock/set                  ``{"now": "YYYY-MM-DD HH:MM:SS"}`` (forward only)
POST     /_sim/flush                      run due work and deliver due callbacks now
POST     /_sim/inbound                    a handset's message ``{"from", "to"?, "message"}``
POST     /_sim/dlr                        force an outcome ``{"message_id", "msisdn", "status"}``
POST     /_sim/links/{code}/click         click a tracked or unsubscribe link
GET      /_sim/messages                   messages and their recipients (``?account_id=&limit=``)
GET      /_sim/callbacks                  callbacks and every attempt (``?account_id=&status=&kind=``)
GET      /_sim/forwards                   recorded email and SMS forwards
GET      /_sim/errors                     internal errors (should stay empty)
GET      /_sim/warnings                   leniencies applied to API requests (``?account_id=&after=&code=&limit=``)
DELETE   /_sim/warnings                   forget them (ids keep increasing)
=======  ===============================  =================================================

``GET /_sim/warnings`` answers ``{"warnings": [...], "last_id": n}``, oldest first; each warning has
``id``, ``at`` (simulated time), ``account_id``, ``method``, ``request``, ``status`` (of the
answer), ``code``, ``message`` and ``parameter``. ``after=<id>`` returns only newer ones, and
``last_id`` is the cursor to pass next time (``/_sim/reset`` forgets them too).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..domain import accounts, billing, callbacks, delivery, inbound, links, money, phones
from ..domain.errors import ApiError, SimulationError
from ..store.db import Tx
from . import access
from .runtime import FlushReport, Runtime

Endpoint = Callable[[Request], Awaitable[Response]]


class ControlError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def _fail(status: int, code: str, description: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "description": description}}, status_code=status)


async def _json(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body.strip():
        return {}
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise ControlError(400, f"the body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ControlError(400, "the body must be a JSON object")
    return data


def _account_view(account: accounts.Account, balance: int, secret: bool = False) -> dict[str, Any]:
    view = {
        "id": account.id,
        "name": account.name,
        "email": account.email,
        "api_key": account.api_key,
        "parent_id": account.parent_id,
        "reseller": account.is_reseller,
        "currency": account.currency,
        "balance": money.shown(balance),
        "sms_price": money.shown(account.sms_price),
        "goo_enabled": account.goo_enabled,
        "dlr_callback": account.dlr_callback,
        "reply_callback": account.reply_callback,
        "link_hits_callback": account.link_hits_callback,
    }
    if secret:
        view["api_secret"] = account.api_secret
    return view


_NEW_ACCOUNT_FIELDS = {f.name for f in dataclasses.fields(accounts.NewAccount)}


def guarded(runtime: Runtime, endpoint: Endpoint, *, json_body: bool = True) -> Endpoint:
    """``endpoint`` behind the control API's access rule: the one guard of everything under ``/_sim/``.

    ``access.refusal`` decides (loopback peers, or the settings' ``control_token`` in
    ``X-Sim-Token``; no forwarded, cross-site or foreign-``Host`` requests), else 403 ``NO_ACCESS``.
    The inbox page (``ui.py``) is wrapped by this same function, with ``json_body=False`` since its
    actions are forms carrying its CSRF token, so a change of the rule applies to both. The errors
    of a control operation become the API's error block.
    """

    async def wrapper(request: Request) -> Response:
        refused = access.refusal(request, runtime.settings, json_body=json_body)
        if refused is not None:
            return _fail(refused.status, refused.code, refused.description)
        try:
            return await endpoint(request)
        except Exception as exc:
            status, code, description = failure(runtime, request, exc)
            return _fail(status, code, description)

    return wrapper


def failure(runtime: Runtime, request: Request, exc: Exception) -> tuple[int, str, str]:
    """The HTTP status, error code and description that answer ``exc`` raised by a control operation.

    An exception no operation raises on purpose is an internal error: recorded (``/_sim/errors``)
    and answered with a generic description, never the exception's text. A client that went away
    while sending its body is not one (nobody reads the answer).
    """
    if isinstance(exc, ClientDisconnect):
        return 400, "FIELD_INVALID", "The client disconnected before sending its whole request."
    if isinstance(exc, ControlError):
        return exc.status, "FIELD_INVALID", exc.description
    if isinstance(exc, SimulationError | ValueError | TypeError | KeyError):
        return 400, "FIELD_INVALID", str(exc)
    if isinstance(exc, ApiError):
        return (404 if exc.code == "NOT_FOUND" else 400), exc.code, exc.description
    runtime.record_internal_error(f"control {request.url.path}", exc)
    return 400, "FIELD_INVALID", "The control request could not be processed."


# The control API's operations, shared by its JSON routes and the inbox page's actions: each
# applies one change through the domain, acts on the effects once committed and does what fell due.


async def advance_clock(runtime: Runtime, seconds: float) -> FlushReport:
    """Move the clock ``seconds`` forward (0 to ten years) and do what falls due on the way."""
    if not 0 <= seconds <= 10 * 365 * 86400:
        raise ControlError(400, "seconds must be between 0 and ten years")
    runtime.clock.advance(seconds)
    return await runtime.flush()


async def inject_inbound(runtime: Runtime, sender: str, to: str | None, message: str) -> inbound.Received:
    """A message from handset ``sender`` to number ``to`` (None: the last number that wrote to it)."""
    handset = phones.lookup_key(sender)
    number = phones.lookup_key(to) if to else None
    if not handset.isdigit() or (number is not None and not number.isdigit()):
        raise ControlError(400, "from and to must be phone numbers")
    with runtime.sim.transaction() as tx:
        received = inbound.receive(tx, handset, number, message)
        effects = tx.effects
    runtime.apply_effects(effects)
    await runtime.flush()
    return received


async def force_outcome(runtime: Runtime, message_id: int, msisdn: str, status: str) -> FlushReport:
    """Give the pending recipient ``msisdn`` of ``message_id`` its final ``status`` now."""
    with runtime.sim.transaction() as tx:
        delivery.force(tx, message_id, phones.lookup_key(msisdn), status)
        effects = tx.effects
    runtime.apply_effects(effects)
    return await runtime.flush()


async def click_link(runtime: Runtime, code: str) -> links.Click:
    """Click the tracked or unsubscribe link ``code``."""
    with runtime.sim.transaction() as tx:
        result = links.click(tx, code)
        effects = tx.effects
    runtime.apply_effects(effects)
    await runtime.flush()
    return result


def build(runtime: Runtime) -> list[BaseRoute]:
    """The control API's routes, bound to ``runtime``."""
    sim = runtime.sim

    async def index(request: Request) -> Response:
        return JSONResponse(
            {
                "clock": {"now": runtime.clock.now().isoformat(sep=" "), "mode": runtime.clock.mode},
                "endpoints": [f"{', '.join(sorted(r.methods or []))} {r.path}" for r in routes if isinstance(r, Route)],
            }
        )

    async def create_account(request: Request) -> Response:
        body = await _json(request)
        parent_id = body.pop("parent_id", None)
        unknown = set(body) - _NEW_ACCOUNT_FIELDS
        if unknown:
            raise ControlError(400, f"unknown account fields: {', '.join(sorted(unknown))}")
        for name in ("business_names", "mobile_numbers"):
            if name in body:
                body[name] = tuple(body[name])
        spec = accounts.NewAccount(**body)
        with sim.transaction() as tx:
            parent = accounts.get(tx, int(parent_id)) if parent_id is not None else None
            if parent_id is not None and parent is None:
                raise ControlError(404, f"no account {parent_id}")
            account = billing.open_account(tx, spec, parent=parent)
            balance = billing.balance(tx, account.id)
        return JSONResponse(_account_view(account, balance, secret=True), status_code=201)

    async def list_accounts(request: Request) -> Response:
        with sim.transaction() as tx:
            found = [_account_view(a, billing.balance(tx, a.id)) for a in accounts.all_accounts(tx)]
        return JSONResponse({"accounts": found})

    def _account(tx: Tx, request: Request) -> accounts.Account:
        """The account the path names, or a 404."""
        try:
            account = accounts.get(tx, int(request.path_params["account_id"]))
        except ValueError as exc:
            raise ControlError(404, "no such account") from exc
        if account is None:
            raise ControlError(404, "no such account")
        return account

    async def update_account(request: Request) -> Response:
        body = await _json(request)
        with sim.transaction() as tx:
            account = _account(tx, request)
            updated = accounts.update_settings(tx, account.id, body)
            balance = billing.balance(tx, account.id)
        return JSONResponse(_account_view(updated, balance))

    async def top_up(request: Request) -> Response:
        body = await _json(request)
        amount = money.to_micros(float(body["amount"]))
        if amount <= 0:
            raise ControlError(400, "the amount must be positive")
        with sim.transaction() as tx:
            account = _account(tx, request)
            entry_id = billing.top_up(tx, account, amount)
            balance = billing.balance(tx, account.id)
        return JSONResponse({"transaction_id": entry_id, "balance": money.shown(balance)})

    async def add_sender(request: Request) -> Response:
        body = await _json(request)
        with sim.transaction() as tx:
            account = _account(tx, request)
            value = str(body["value"])
            accounts.add_sender_id(
                tx, account.id, str(body["kind"]), phones.lookup_key(value) if value.lstrip("+").isdigit() else value
            )
            groups = accounts.sender_ids(tx, account.id)
        return JSONResponse({"sender_ids": groups})

    async def reset(request: Request) -> Response:
        runtime.reset()
        demo = runtime.demo
        return JSONResponse({"reset": True, "demo_account": demo.api_key if demo else None})

    async def clock(request: Request) -> Response:
        return JSONResponse(
            {"now": runtime.clock.now().isoformat(sep=" "), "mode": runtime.clock.mode, "scale": runtime.clock.scale}
        )

    async def advance(request: Request) -> Response:
        body = await _json(request)
        report = await advance_clock(runtime, float(body.get("seconds", 0)))
        return JSONResponse({"now": runtime.clock.now().isoformat(sep=" "), **report.as_dict()})

    async def set_clock(request: Request) -> Response:
        body = await _json(request)
        runtime.clock.set(datetime.strptime(str(body["now"]), "%Y-%m-%d %H:%M:%S"))
        report = await runtime.flush()
        return JSONResponse({"now": runtime.clock.now().isoformat(sep=" "), **report.as_dict()})

    async def flush(request: Request) -> Response:
        report = await runtime.flush()
        return JSONResponse({"now": runtime.clock.now().isoformat(sep=" "), **report.as_dict()})

    async def inbound_message(request: Request) -> Response:
        body = await _json(request)
        to = str(body["to"]) if body.get("to") else None
        received = await inject_inbound(runtime, str(body["from"]), to, str(body["message"]))
        return JSONResponse(dataclasses.asdict(received), status_code=201)

    async def force_dlr(request: Request) -> Response:
        body = await _json(request)
        report = await force_outcome(runtime, int(body["message_id"]), str(body["msisdn"]), str(body["status"]))
        return JSONResponse(report.as_dict())

    async def click(request: Request) -> Response:
        result = await click_link(runtime, request.path_params["code"])
        return JSONResponse(dataclasses.asdict(result))

    async def list_messages(request: Request) -> Response:
        account_id = request.query_params.get("account_id")
        limit = int(request.query_params.get("limit", "100"))
        with sim.transaction() as tx:
            where, params = ("WHERE account_id = ?", [int(account_id)]) if account_id else ("", [])
            rows = tx.all(f"SELECT * FROM messages {where} ORDER BY id DESC LIMIT ?", [*params, limit])
            result = []
            for row in rows:
                recipients = tx.all(
                    """SELECT msisdn, sender, text, parts, status, final_status, due_at, dlr_at, optout, link_code,
                           unsub_code, link_hits FROM recipients WHERE message_id = ? ORDER BY id""",
                    (row["id"],),
                )
                item = {k: v for k, v in dict(row).items() if k != "payer_id"}
                item["cost"] = money.shown(row["cost"])
                item["recipients_detail"] = [dict(r) for r in recipients]
                result.append(item)
        return JSONResponse({"messages": result})

    async def list_callbacks(request: Request) -> Response:
        q = request.query_params
        with sim.transaction() as tx:
            found = callbacks.listing(
                tx,
                account_id=int(q["account_id"]) if q.get("account_id") else None,
                status=q.get("status"),
                kind=q.get("kind"),
            )
        return JSONResponse({"callbacks": found})

    async def list_forwards(request: Request) -> Response:
        account_id = request.query_params.get("account_id")
        with sim.transaction() as tx:
            where, params = ("WHERE account_id = ?", [int(account_id)]) if account_id else ("", [])
            rows = tx.all(f"SELECT * FROM forwards {where} ORDER BY id", params)
        return JSONResponse({"forwards": [dict(r) for r in rows]})

    async def errors(request: Request) -> Response:
        return JSONResponse({"errors": list(runtime.internal_errors)})

    def _int_query(request: Request, name: str, default: int | None) -> int | None:
        value = request.query_params.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except ValueError as exc:
            raise ControlError(400, f"{name} must be an integer") from exc

    async def list_warnings(request: Request) -> Response:
        found = runtime.warnings.listing(
            account_id=_int_query(request, "account_id", None),
            after=_int_query(request, "after", 0) or 0,
            code=request.query_params.get("code") or None,
            limit=_int_query(request, "limit", 1000) or 1000,
        )
        return JSONResponse({"warnings": [w.as_dict() for w in found], "last_id": runtime.warnings.last_id})

    async def clear_warnings(request: Request) -> Response:
        runtime.warnings.clear()
        return JSONResponse({"cleared": True, "last_id": runtime.warnings.last_id})

    def guard(endpoint: Endpoint) -> Endpoint:
        return guarded(runtime, endpoint)

    routes: list[BaseRoute] = [
        Route("/_sim", guard(index), methods=["GET"]),
        Route("/_sim/accounts", guard(create_account), methods=["POST"]),
        Route("/_sim/accounts", guard(list_accounts), methods=["GET"]),
        Route("/_sim/accounts/{account_id}", guard(update_account), methods=["PATCH"]),
        Route("/_sim/accounts/{account_id}/top-up", guard(top_up), methods=["POST"]),
        Route("/_sim/accounts/{account_id}/sender-ids", guard(add_sender), methods=["POST"]),
        Route("/_sim/reset", guard(reset), methods=["POST"]),
        Route("/_sim/clock", guard(clock), methods=["GET"]),
        Route("/_sim/clock/advance", guard(advance), methods=["POST"]),
        Route("/_sim/clock/set", guard(set_clock), methods=["POST"]),
        Route("/_sim/flush", guard(flush), methods=["POST"]),
        Route("/_sim/inbound", guard(inbound_message), methods=["POST"]),
        Route("/_sim/dlr", guard(force_dlr), methods=["POST"]),
        Route("/_sim/links/{code}/click", guard(click), methods=["POST"]),
        Route("/_sim/messages", guard(list_messages), methods=["GET"]),
        Route("/_sim/callbacks", guard(list_callbacks), methods=["GET"]),
        Route("/_sim/forwards", guard(list_forwards), methods=["GET"]),
        Route("/_sim/errors", guard(errors), methods=["GET"]),
        Route("/_sim/warnings", guard(list_warnings), methods=["GET"]),
        Route("/_sim/warnings", guard(clear_warnings), methods=["DELETE"]),
    ]
    return routes
