"""The API's request pipeline: route, method, authenticate, rate-limit, parse, validate, handle, render.

Contract: ``ApiEndpoint`` answers every path outside the spec and control routes. Each step that
refuses a request answers in the API's error shape, in the format the path asks for:

1. ``/<method>.json`` or ``/<method>.xml`` (also ``//2/<method>.json`` of older clients); a path
   without one of those extensions is 404 ``NOT_IMPLEMENTED``;
2. GET or POST; another HTTP method is 405 with ``Allow: GET, POST`` (OPTIONS answers 204 alone);
3. a method of the API, else 404 ``NOT_IMPLEMENTED``;
4. HTTP Basic credentials: none is 401 ``AUTH_FAILED_NO_DATA``, wrong ones 401 ``AUTH_FAILED``;
   after ``Settings.auth_failure_limit`` wrong ones in a minute from one peer address, or for one
   API key, every request from that address or with that key is 429 ``OVER_LIMIT`` with
   ``Retry-After`` until the oldest of them is a minute old (right credentials included, so that
   guessing learns nothing meanwhile);
5. the account's rate limit: 429 ``OVER_LIMIT`` with ``Retry-After`` (whole seconds);
6. the parameters, read as the service reads them and validated against the spec (400
   ``FIELD_EMPTY`` / ``FIELD_INVALID``), or held to their canonical forms in strict mode
   (``Settings.strict``);
7. the operation itself, in one transaction (400 with the rule's code when it refuses).

Every leniency applied while reading the parameters (``diagnostics.py``) is answered in an
``X-Sim-Warning`` header (one per warning) and kept for ``GET /_sim/warnings``, whatever the answer.

Nothing raised past this point reaches the client as a 5xx: an unexpected exception is logged,
kept for ``/_sim/errors``, and answered 400 ``FIELD_INVALID``. A client that disconnects before
its body is in gets no answer and is no error.
"""

from __future__ import annotations

import math
import re
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..domain import accounts
from ..domain.errors import ApiError
from ..store.db import fmt_time
from .auth import MISSING, read_basic
from .diagnostics import Diagnostics, header_values
from .handlers import HANDLERS, Call
from .params import read_params
from .render import SUCCESS, error_body, render
from .runtime import Runtime

_METHOD_FILE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_-]*)\.(json|xml)$")
_API_VERSIONS = ("2", "v2")
ALLOWED = "GET, POST"
WARNING_HEADER = "X-Sim-Warning"
NO_EXTENSION = "The method you are requesting is unsupported: a method's URL ends in .json or .xml."
UNSUPPORTED = "The method you are requesting is unsupported."


def route(path: str) -> tuple[str | None, str]:
    """``(method name, format)`` of a request path; the name is None when the path names none."""
    segments = [segment for segment in path.split("/") if segment]
    if len(segments) == 2 and segments[0] in _API_VERSIONS:
        segments = segments[1:]
    if len(segments) != 1:
        return None, "json"
    match = _METHOD_FILE.match(segments[0])
    if match is None:
        return None, "json"
    return match.group(1), match.group(2)


def _guess_keys(request: Request, credentials: tuple[str, str] | str) -> list[tuple[str, str]]:
    """What wrong credentials are counted against: the peer's address and, when one was sent, the API key."""
    keys = [("address", request.client.host if request.client else "")]
    if isinstance(credentials, tuple):
        keys.append(("api_key", credentials[0]))
    return keys


def _over_limit(fmt: str, wait: float, description: str) -> Response:
    body = error_body("OVER_LIMIT", description)
    return render(body, fmt, 429, headers={"Retry-After": str(max(1, math.ceil(wait)))})


class ApiEndpoint:
    """The ASGI endpoint of the API (every HTTP method, so that it can answer 405 itself)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            response = await self.handle(request)
        except ClientDisconnect:
            # Gone before its body was in (or too slow: deadline.py answers 408 then): nobody to
            # answer, and nothing went wrong here.
            return
        except Exception as exc:
            self.runtime.record_internal_error(f"{request.method} {request.url.path}", exc)
            response = render(error_body("FIELD_INVALID", "The request could not be processed."), "json", 400)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        # The scope's path, not request.url.path, which parses the Host header to build a whole URL
        # first (a twentieth of a get-balance, issue 11); the two differ only by escaping ?, # and \,
        # which no method name contains, so they route alike.
        name, fmt = route(request.scope["path"])
        if name is None:
            return render(error_body("NOT_IMPLEMENTED", NO_EXTENSION), fmt, 404)
        if request.method == "OPTIONS":
            # No Allow header: the spec documents each method as POST (GET is in x-http-methods),
            # and checkers such as schemathesis hold an OPTIONS answer's Allow to the documented set.
            return Response(status_code=204)
        if request.method not in ("GET", "POST"):
            body = error_body("NOT_IMPLEMENTED", f"HTTP {request.method} is not supported; use GET or POST.")
            return render(body, fmt, 405, headers={"Allow": ALLOWED})
        validator = self.runtime.validators.get(name)
        if validator is None:
            return render(error_body("NOT_IMPLEMENTED", UNSUPPORTED), fmt, 404)
        credentials = read_basic(request.headers.get("authorization"))
        if credentials == MISSING:
            return render(error_body("AUTH_FAILED_NO_DATA", "You have not provided auth data."), fmt, 401)
        guessers = _guess_keys(request, credentials)
        wait = self.runtime.auth_failures.wait(guessers)
        if wait > 0:
            # Checked before the credentials, so that a guess cannot tell a right secret by the answer.
            return _over_limit(fmt, wait, "Too many failed authentication attempts: wait before trying again.")
        account_id = None
        if isinstance(credentials, tuple):
            with self.runtime.sim.transaction() as tx:
                account_id = accounts.authenticated_id(tx, *credentials)
        if account_id is None:
            self.runtime.auth_failures.failed(guessers)
            return render(error_body("AUTH_FAILED", "The auth data you have provided is invalid."), fmt, 401)
        wait = self.runtime.limiter.wait(account_id)
        if wait > 0:
            return _over_limit(fmt, wait, "You have exceeded the request limit.")
        diagnostics = Diagnostics(strict=self.runtime.settings.strict)
        try:
            self.runtime.maybe_run_due()
            raw = await read_params(request, self.runtime.settings.max_body_bytes, diagnostics)
            params = validator.validate(raw, diagnostics)
            data = self._run(validator.operation.operation_id, account_id, params)
        except ApiError as exc:
            response = render(error_body(exc.code, exc.description), fmt, 400)
        else:
            data["error"] = dict(SUCCESS)
            response = render(data, fmt)
        if diagnostics.leniencies:
            self._warn(request, name, account_id, response.status_code, diagnostics)
            for value in header_values(diagnostics.leniencies):
                response.headers.append(WARNING_HEADER, value)
        return response

    def _warn(self, request: Request, name: str, account_id: int, status: int, diagnostics: Diagnostics) -> None:
        self.runtime.warnings.record(
            at=fmt_time(self.runtime.clock.now()),
            account_id=account_id,
            method=name,
            request=f"{request.method} {request.url.path}",
            status=status,
            leniencies=diagnostics.leniencies,
        )

    def _run(self, operation_id: str, account_id: int, params: dict[str, Any]) -> dict[str, Any]:
        with self.runtime.sim.transaction() as tx:
            account = accounts.get(tx, account_id)
            assert account is not None
            data = HANDLERS[operation_id](Call(tx, account, params))
            effects = tx.effects
        self.runtime.apply_effects(effects)
        return data
