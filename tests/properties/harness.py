"""A fresh simulator per example, driven through the generated client.

Contract: ``fresh_simulator()`` builds a new simulator app (in-memory database, manual clock at
``tests.support.simulator.T0``, no rate limit, no demo account), runs it in-process with its lifespan (so its callback
worker runs), and closes it on exit. ``Sim`` wraps the control API the tests need and opens
``TransmitSMS`` (and ``AsyncTransmitSMS``) clients for any account on it. Every response of the
control API is checked; an internal error recorded by the simulator fails the example that caused
it (``assert_no_internal_errors``).

The property tests import nothing of the simulator beyond ``create_app``, ``Settings`` and the
in-process runner: what they know of its behaviour comes from the spec, written into their models.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.support.simulator import settings
from transmitsms import AsyncTransmitSMS, TransmitSMS
from transmitsms_sim import create_app
from transmitsms_sim.inprocess import BASE_URL, InProcess


@dataclass(frozen=True)
class Credentials:
    id: int
    api_key: str
    api_secret: str = field(repr=False)


class Sim:
    """One simulator, its control API and clients for its accounts."""

    def __init__(self, app: Any, runner: InProcess) -> None:
        self.app = app
        self.runner = runner
        self.control = runner.client(timeout=30)
        self._clients: list[TransmitSMS] = []

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.control.request(method, path, **kwargs)
        assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    def account(self, **options: Any) -> Credentials:
        created = self._json("POST", "/_sim/accounts", json=options)
        return Credentials(created["id"], created["api_key"], created["api_secret"])

    def top_up(self, account_id: int, amount: float) -> None:
        self._json("POST", f"/_sim/accounts/{account_id}/top-up", json={"amount": amount})

    def advance(self, seconds: float) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", "/_sim/clock/advance", json={"seconds": seconds})
        return found

    def flush(self) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", "/_sim/flush")
        return found

    def inbound(self, sender: str, message: str, to: str | None = None) -> httpx.Response:
        """A handset's message; the raw answer (201, or 400 when it has no account to go to)."""
        body: dict[str, Any] = {"from": sender, "message": message}
        if to is not None:
            body["to"] = to
        return self.control.post("/_sim/inbound", json=body)

    def click(self, code: str) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", f"/_sim/links/{code}/click")
        return found

    def messages(self, account_id: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._json(
            "GET", "/_sim/messages", params={"account_id": account_id, "limit": 100000}
        )["messages"]
        return found

    def assert_no_internal_errors(self) -> None:
        errors = self._json("GET", "/_sim/errors")["errors"]
        assert errors == [], f"the simulator recorded internal errors: {errors}"

    def client(self, account: Credentials) -> TransmitSMS:
        """A blocking client for ``account``: no rate limit, no retries (an error must show)."""
        client = TransmitSMS(
            api_key=account.api_key,
            api_secret=account.api_secret,
            base_url=BASE_URL,
            http_client=self.runner.client(timeout=30),
            rate_limit=None,
            max_retries=0,
        )
        self._clients.append(client)
        return client

    def async_client(self, account: Credentials) -> AsyncTransmitSMS:
        """An async client for ``account`` on ``httpx.ASGITransport`` (the same app and database)."""
        return AsyncTransmitSMS(
            api_key=account.api_key,
            api_secret=account.api_secret,
            base_url=BASE_URL,
            transport=httpx.ASGITransport(app=self.app, client=("127.0.0.1", 50000)),
            rate_limit=None,
            max_retries=0,
        )

    def close(self) -> None:
        for client in self._clients:
            client.http_client.close()
        self.control.close()


@contextmanager
def fresh_simulator(**overrides: Any) -> Iterator[Sim]:
    """A new simulator for one example; see the module's contract."""
    # The lifespan's loops wake every tick_interval; a short one makes closing the app quick.
    app = create_app(settings(**{"tick_interval": 0.01, **overrides}))
    try:
        with InProcess(app) as runner:
            sim = Sim(app, runner)
            try:
                yield sim
                sim.assert_no_internal_errors()
            finally:
                sim.close()
    finally:
        app.state.runtime.close()
