"""pytest plugin: a running simulator with a fresh account, for your own test suites.

Installed with the package (entry point ``pytest11``), it provides:

``transmitsms_sim``
    A real HTTP server on ``127.0.0.1`` (an ephemeral port; one per test session, stopped at its
    end), reset before each test, with a new account. Point any HTTP client, or the SDK, at
    ``transmitsms_sim.base_url`` with ``transmitsms_sim.api_key`` / ``api_secret``.
``transmitsms_sim_inprocess``
    The same without a socket: ``transmitsms_sim_inprocess.client`` is an ``httpx.Client``
    wired straight into a new app (see ``inprocess.py``).

Both use a manual clock (``handle.advance(seconds)`` moves it and delivers what falls due) and no
rate limit::

    def test_delivery(transmitsms_sim):
        sent = transmitsms_sim.client.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"}).json()
        transmitsms_sim.advance(10)
        report = transmitsms_sim.client.post("/get-sms-stats.json", data={"message_id": sent["message_id"]})
        assert report.json()["stats"]["delivered"] == 1

**Warnings.** The simulator reads requests as the real service does, leniently, and reports each
leniency it applies (an unknown parameter ignored, ``list_id=0`` read as absent, ``1`` read as a
boolean...; README, *Warnings*). After each test that used one of these fixtures, the warnings its
requests caused are reported as ``SimulatorWarning``s (pytest's warnings summary shows them), or,
opted in, fail the test, naming each one: with the ini option ``transmitsms_sim_fail_on_warnings =
true``, the command-line flag ``--transmitsms-sim-fail-on-warnings``, or the marker
``@pytest.mark.transmitsms_sim_fail_on_warnings`` on a test. ``handle.warnings()`` lists them.

The imports happen inside the fixtures, so installing the client alone (without the simulator's
dependencies) leaves pytest untouched.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import httpx


@dataclass
class SimulatorHandle:
    """A simulator and an account on it, with helpers for the control API."""

    base_url: str
    api_key: str
    api_secret: str = field(repr=False)
    account_id: int
    client: httpx.Client
    control: httpx.Client
    #: Warnings with an id above this one are this handle's (the cursor when it was made).
    warnings_after: int = 0

    def _control(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.control.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    def advance(self, seconds: float) -> dict[str, Any]:
        """Move the simulated clock forward and deliver everything that falls due."""
        result: dict[str, Any] = self._control("POST", "/_sim/clock/advance", json={"seconds": seconds})
        return result

    def flush(self) -> dict[str, Any]:
        result: dict[str, Any] = self._control("POST", "/_sim/flush")
        return result

    def inbound(self, sender: str, message: str, to: str | None = None) -> dict[str, Any]:
        """A message from handset ``sender`` to number ``to`` (default: the last one that wrote to it)."""
        body = {"from": sender, "message": message, **({"to": to} if to else {})}
        result: dict[str, Any] = self._control("POST", "/_sim/inbound", json=body)
        return result

    def force_dlr(self, message_id: int, msisdn: str, status: str) -> dict[str, Any]:
        body = {"message_id": message_id, "msisdn": msisdn, "status": status}
        result: dict[str, Any] = self._control("POST", "/_sim/dlr", json=body)
        return result

    def click(self, code: str) -> dict[str, Any]:
        result: dict[str, Any] = self._control("POST", f"/_sim/links/{code}/click")
        return result

    def callbacks(self, **filters: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._control("GET", "/_sim/callbacks", params=filters)["callbacks"]
        return found

    def messages(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._control("GET", "/_sim/messages", params={"account_id": self.account_id})[
            "messages"
        ]
        return found

    def create_account(self, **options: Any) -> dict[str, Any]:
        result: dict[str, Any] = self._control("POST", "/_sim/accounts", json=options)
        return result

    def warnings(self) -> list[dict[str, Any]]:
        """The warnings of this handle's account's requests since the handle was made, oldest first."""
        params = {"account_id": self.account_id, "after": self.warnings_after}
        found: list[dict[str, Any]] = self._control("GET", "/_sim/warnings", params=params)["warnings"]
        return found


class SimulatorWarning(UserWarning):
    """A request the simulator read leniently, as the real service would (see the module docstring)."""


_FAIL_OPTION = "transmitsms_sim_fail_on_warnings"
_HANDLES = pytest.StashKey[list[SimulatorHandle]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        _FAIL_OPTION,
        "fail a test whose requests the transmitsms simulator read leniently (default: report them as warnings)",
        type="bool",
        default=False,
    )
    parser.getgroup("transmitsms_sim").addoption(
        "--transmitsms-sim-fail-on-warnings",
        action="store_true",
        dest=_FAIL_OPTION,
        help="fail a test whose requests the transmitsms simulator read leniently",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{_FAIL_OPTION}: fail this test if the transmitsms simulator read one of its requests leniently"
    )


def _fails_on_warnings(item: pytest.Item) -> bool:
    return bool(
        item.get_closest_marker(_FAIL_OPTION) is not None
        or item.config.getoption(_FAIL_OPTION, default=False)
        or item.config.getini(_FAIL_OPTION)
    )


def _describe(found: list[dict[str, Any]]) -> str:
    return "\n".join(f"  {w['request']} -> {w['status']}: {w['code']}: {w['message']}" for w in found)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """After a test that passed, report (or fail on) the warnings its simulator requests caused."""
    result = yield
    found = [w for handle in item.stash.get(_HANDLES, []) for w in handle.warnings()]
    if found:
        summary = f"the transmitsms simulator read {len(found)} request parameter(s) leniently:\n{_describe(found)}"
        if _fails_on_warnings(item):
            pytest.fail(summary + "\n(canonical requests are what the generated client sends)", pytrace=False)
        warnings.warn(SimulatorWarning(summary), stacklevel=1)
    return result


def _track(request: pytest.FixtureRequest, handle: SimulatorHandle) -> SimulatorHandle:
    request.node.stash.setdefault(_HANDLES, []).append(handle)
    return handle


def _settings() -> Any:
    from transmitsms_sim import Settings

    return Settings(db_path=None, rate_limit=0, time_scale=0, create_demo_account=False)


@pytest.fixture(scope="session")
def transmitsms_sim_server() -> Iterator[str]:
    """The base URL of a simulator serving on 127.0.0.1 for the whole session."""
    from transmitsms_sim import create_app
    from transmitsms_sim.background import ServerThread

    app = create_app(_settings())
    try:
        with ServerThread(app) as server:
            yield server.base_url
    finally:
        app.state.runtime.close()


@pytest.fixture
def transmitsms_sim(request: pytest.FixtureRequest, transmitsms_sim_server: str) -> Iterator[SimulatorHandle]:
    """The session's simulator, reset, with a new account (balance 100 AUD, GOO on)."""
    import httpx

    with httpx.Client(base_url=transmitsms_sim_server, timeout=30) as control:
        control.post("/_sim/reset").raise_for_status()
        account = control.post("/_sim/accounts", json={"name": "pytest"}).json()
        cursor = control.get("/_sim/warnings", params={"limit": 1}).json()["last_id"]
        with httpx.Client(
            base_url=transmitsms_sim_server, auth=(account["api_key"], account["api_secret"]), timeout=30
        ) as client:
            yield _track(
                request,
                SimulatorHandle(
                    transmitsms_sim_server,
                    account["api_key"],
                    account["api_secret"],
                    account["id"],
                    client,
                    control,
                    cursor,
                ),
            )


@pytest.fixture
def transmitsms_sim_inprocess(request: pytest.FixtureRequest) -> Iterator[SimulatorHandle]:
    """A new in-process simulator (no socket) with a new account."""
    from transmitsms_sim import create_app
    from transmitsms_sim.inprocess import BASE_URL, InProcess

    app = create_app(_settings())
    try:
        with InProcess(app) as sim, sim.client(timeout=30) as control:
            account = control.post("/_sim/accounts", json={"name": "pytest"}).json()
            with sim.client(auth=(account["api_key"], account["api_secret"]), timeout=30) as client:
                yield _track(
                    request,
                    SimulatorHandle(
                        BASE_URL, account["api_key"], account["api_secret"], account["id"], client, control
                    ),
                )
    finally:
        app.state.runtime.close()
