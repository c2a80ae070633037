"""Fixtures of the simulator's tests.

``sim`` is a simulator on a manual clock starting at ``T0``, running in-process with its lifespan
(background worker included). ``api`` calls it as a fresh account, holding every response to the
spec (see ``support.SpecChecker``); ``control`` steers it. ``strict_api`` is the same on a
simulator in strict mode (canonical forms only). After each test, the simulator must have
recorded no internal error. Domain tests use ``simulator``: the domain alone, no HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.simulator.support import Api, Control, SpecChecker
from tests.support.receiver import Receiver
from tests.support.simulator import T0, running, settings
from transmitsms_sim import create_app
from transmitsms_sim.clock import Clock
from transmitsms_sim.domain import accounts, billing
from transmitsms_sim.domain.service import Simulator
from transmitsms_sim.inprocess import InProcess
from transmitsms_sim.store.db import Database
from transmitsms_sim.web.spec import load_spec


@pytest.fixture
def new_app() -> Iterator[Any]:
    """Make apps with ``settings(**overrides)``; their databases are closed after the test."""
    made: list[Any] = []

    def make(**overrides: Any) -> Any:
        app = create_app(settings(**overrides))
        made.append(app)
        return app

    yield make
    for app in made:
        app.state.runtime.close()


@pytest.fixture(scope="session")
def checker() -> SpecChecker:
    return SpecChecker(load_spec())


@pytest.fixture
def sim() -> Iterator[InProcess]:
    with running() as simulator:
        yield simulator


@pytest.fixture
def control(sim: InProcess) -> Iterator[Control]:
    with sim.client(timeout=30) as client:
        handle = Control(client)
        yield handle
        assert handle.errors() == [], "the simulator recorded internal errors"


def _api(sim: InProcess, checker: SpecChecker, account: dict[str, Any]) -> httpx.Client:
    return sim.client(
        auth=(account["api_key"], account["api_secret"]),
        event_hooks={"response": [checker.check]},
        timeout=30,
    )


@pytest.fixture
def account(control: Control) -> dict[str, Any]:
    return control.account(name="Test account", business_names=["MyBrand"])


@pytest.fixture
def api(sim: InProcess, checker: SpecChecker, account: dict[str, Any]) -> Iterator[Api]:
    with _api(sim, checker, account) as client:
        yield Api(client)


@pytest.fixture
def other_api(sim: InProcess, checker: SpecChecker, control: Control) -> Iterator[Api]:
    """A second, unrelated account."""
    with _api(sim, checker, control.account(name="Other account")) as client:
        yield Api(client)


@pytest.fixture
def make_api(sim: InProcess, checker: SpecChecker) -> Iterator[Any]:
    """Open an Api for any account dict (for resellers and their clients)."""
    opened: list[httpx.Client] = []

    def make(account: dict[str, Any]) -> Api:
        client = _api(sim, checker, account)
        opened.append(client)
        return Api(client)

    yield make
    for client in opened:
        client.close()


@pytest.fixture
def strict_api(checker: SpecChecker) -> Iterator[Api]:
    """An account on a simulator of its own in strict mode."""
    with running(strict=True) as strict_sim, strict_sim.client(timeout=30) as control_client:
        account = Control(control_client).account(name="Strict account")
        with _api(strict_sim, checker, account) as client:
            yield Api(client)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as running:
        yield running


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    """The domain alone, on an in-memory database and a manual clock at T0."""
    db = Database(None)
    yield Simulator(db, Clock(scale=0, start=T0))
    db.close()


@pytest.fixture
def acct(simulator: Simulator) -> accounts.Account:
    """An account of the domain tests: 100 AUD, 0.087 per part, GOO on, sender MyBrand."""
    with simulator.transaction() as tx:
        return billing.open_account(tx, accounts.NewAccount(name="Domain", business_names=("MyBrand",)))
