"""The legacy XML API served by the simulator: ``/api`` and ``/api-wrapper/<method>``.

Contract: ``routes(runtime)`` are the two routes of the first-generation API on the same accounts
(key and secret), clock and state as the current API. Each legacy call is translated by
``transmitsms_legacy`` into calls of current operations, and each of those runs exactly as the
same operation over HTTP would after authentication: its parameters (written as a form would
carry them) validated against the current spec, its handler in one transaction, the effects
applied after the commit (callbacks to the outbox and the worker woken), so a ``messages.single``
is charged, delivered, reported and called back like a send-sms. A legacy call counts once
against the account's rate limit (an ``<error>`` when over it); the credentials are checked first
(the legacy authentication failure, the secret masked). Nothing reaches the client as a 5xx: an
unexpected exception is recorded in ``/_sim/errors`` and answered with the error envelope.
"""

from __future__ import annotations

import math
from datetime import datetime
from functools import cached_property
from typing import Any

from starlette.routing import Route

from transmitsms_legacy import OWN_ACCOUNT_ID, Call, CurrentError, LegacyError, LegacyRequest, drive, translate
from transmitsms_legacy.asgi import LegacyEndpoint
from transmitsms_legacy.model import Answer, authentication_failed

from ..domain import accounts
from ..domain.errors import ApiError
from ..store.db import fmt_time
from .diagnostics import Diagnostics
from .handlers import HANDLERS
from .handlers import Call as HandlerCall
from .runtime import Runtime
from .validation import RequestValidator


def form_value(value: Any) -> str:
    """An argument as a form field carries it (what the current API's clients send)."""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


class SimulatorService:
    """The in-process backend of ``transmitsms_legacy``: current operations run by their handlers."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.max_body_bytes = runtime.settings.max_body_bytes

    @cached_property
    def validators(self) -> dict[str, RequestValidator]:
        """The current API's validators by operation id."""
        return {validator.operation.operation_id: validator for validator in self.runtime.validators.values()}

    def now(self) -> datetime:
        return self.runtime.clock.now()

    def internal_error(self, where: str, exc: BaseException) -> None:
        self.runtime.record_internal_error(where, exc)

    def _account(self, key: str, secret: str) -> accounts.Account | None:
        if not key:
            return None
        with self.runtime.sim.transaction() as tx:
            return accounts.authenticate(tx, key, secret)

    def run(self, account_id: int, call: Call) -> Any:
        """One current operation, as the HTTP pipeline runs it after authentication."""
        if call.operation == OWN_ACCOUNT_ID:
            return account_id
        if call.credentials is not None:
            other = self._account(*call.credentials)
            if other is None:
                raise CurrentError("AUTH_FAILED", "The auth data you have provided is invalid.")
            account_id = other.id
        validator = self.validators.get(call.operation)
        if validator is None:  # a mapping naming no current operation: the spec tests catch it
            raise CurrentError("NOT_IMPLEMENTED", f"No current operation {call.operation}.")
        # The translator writes canonical forms; a leniency it needed anyway is reported like any
        # other request's, so that a mapping that relies on one shows in /_sim/warnings.
        diagnostics = Diagnostics(strict=self.runtime.settings.strict)
        try:
            raw = {name: form_value(value) for name, value in call.arguments.items()}
            params = validator.validate(raw, diagnostics)
            with self.runtime.sim.transaction() as tx:
                account = accounts.get(tx, account_id)
                assert account is not None
                data = HANDLERS[call.operation](HandlerCall(tx, account, params))
                effects = tx.effects
        except ApiError as exc:
            self._warn(account_id, call.operation, 400, diagnostics)
            raise CurrentError(exc.code, exc.description) from None
        self._warn(account_id, call.operation, 200, diagnostics)
        self.runtime.apply_effects(effects)
        return data

    def _warn(self, account_id: int, operation: str, status: int, diagnostics: Diagnostics) -> None:
        if diagnostics.leniencies:
            self.runtime.warnings.record(
                at=fmt_time(self.now()),
                account_id=account_id,
                method=operation,
                request=f"legacy XML API -> {operation}",
                status=status,
                leniencies=diagnostics.leniencies,
            )

    async def answer(self, request: LegacyRequest) -> Answer:
        # Wrong credentials count against the same address and key as the current API's do.
        guessers = [("address", request.peer), ("api_key", request.key)]
        wait = self.runtime.auth_failures.wait(guessers)
        if wait > 0:
            raise LegacyError(
                f"Too many failed authentication attempts: retry in {max(1, math.ceil(wait))} seconds", request.method
            )
        account = self._account(request.key, request.secret)
        if account is None:
            self.runtime.auth_failures.failed(guessers)
            raise authentication_failed(request.key, request.secret, request.method)
        wait = self.runtime.limiter.wait(account.id)
        if wait > 0:
            raise LegacyError(f"Rate limit exceeded: retry in {max(1, math.ceil(wait))} seconds", request.method)
        self.runtime.maybe_run_due()
        return drive(translate(request, self.now()), lambda call: self.run(account.id, call))


def routes(runtime: Runtime) -> list[Route]:
    endpoint = LegacyEndpoint(SimulatorService(runtime))
    return [
        Route("/api", endpoint),
        Route("/api-wrapper/{method:path}", endpoint),
    ]
