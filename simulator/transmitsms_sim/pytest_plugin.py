"""pytest plugin: a running simulator with a fresh account, for your own test suites.

Installed with ``transmitsms-sim`` (entry point ``pytest11``; the client distribution,
``transmitsms``, registers nothing), it provides:

``transmitsms_sim``
    A real HTTP server on ``127.0.0.1`` (an ephemeral port; one per test session, stopped at its
    end), reset before each test, with a new account. ``transmitsms_sim.client`` and
    ``transmitsms_sim.async_client`` are SDK clients (``TransmitSMS``, ``AsyncTransmitSMS``) of
    that account, pointed at it, with the client-side rate limit off; ``transmitsms_sim.http`` is
    a raw ``httpx.Client`` with the account's credentials; ``base_url``, ``api_key`` and
    ``api_secret`` are there for any other client.
``transmitsms_sim_inprocess``
    The same without a socket: every client's requests go straight into a new app (see
    ``inprocess.py``).

Both use a manual clock (``handle.advance(seconds)`` moves it and delivers what falls due) and no
rate limit::

    def test_delivery(transmitsms_sim):
        sent = transmitsms_sim.client.sms.send(message="Hi", to="61491570156")
        transmitsms_sim.advance(10)
        stats = transmitsms_sim.client.reporting.get_sms_stats(message_id=sent.message_id).stats
        assert stats.delivered == 1

The SDK clients need the client distribution (``pip install transmitsms``, or
``transmitsms-sim[client]``): it is imported on first use of ``client`` or ``async_client``, and
its absence is an ``ImportError`` saying so. The async client keeps no idle connection, so it
works from any event loop (one ``asyncio.run`` per test, or pytest-asyncio's). Every other import
happens inside the fixtures, so registering the plugin loads nothing but this module.

**Warnings.** The simulator reads requests as the real service does, leniently, and reports each
leniency it applies (an unknown parameter ignored, ``list_id=0`` read as absent, ``1`` read as a
boolean...; the docs' *The simulator*, *Faithful and lenient*). After each test that used one of
these fixtures, the warnings its requests caused are reported as ``SimulatorWarning``s (pytest's
warnings summary shows them), or, opted in, fail the test, naming each one: with the ini option
``transmitsms_sim_fail_on_warnings = true``, the command-line flag
``--transmitsms-sim-fail-on-warnings``, or the marker ``@pytest.mark.transmitsms_sim_fail_on_warnings``
on a test. ``handle.warnings()`` lists them.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import httpx

    from transmitsms import AsyncTransmitSMS, TransmitSMS

_CLIENT_MISSING = (
    "transmitsms_sim.{name} is an SDK client: install the client distribution (pip install transmitsms, or "
    "transmitsms-sim[client]); the raw httpx client needs nothing more: transmitsms_sim.http"
)


def _no_keepalive_transport() -> httpx.AsyncBaseTransport:
    import httpx

    # A pooled connection belongs to the event loop that opened it; none is kept, so any loop works.
    return httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))


@dataclass
class SimulatorHandle:
    """A simulator and an account on it: SDK and raw clients of the account, and the control API.

    ``client`` and ``async_client`` are built on first use (and closed by the fixture).
    """

    base_url: str
    api_key: str
    api_secret: str = field(repr=False)
    account_id: int
    http: httpx.Client = field(repr=False)
    control: httpx.Client = field(repr=False)
    sync_transport: Callable[[], httpx.BaseTransport | None] = field(default=lambda: None, repr=False)
    async_transport: Callable[[], httpx.AsyncBaseTransport] = field(default=_no_keepalive_transport, repr=False)
    #: Warnings with an id above this one are this handle's (the cursor when it was made).
    warnings_after: int = 0

    def _sdk(self, attribute: str) -> Any:
        """The ``transmitsms`` module, or an ImportError saying that ``attribute`` needs it."""
        try:
            return import_module("transmitsms")
        except ImportError as exc:
            raise ImportError(_CLIENT_MISSING.format(name=attribute)) from exc

    def _sdk_options(self) -> dict[str, Any]:
        return {"api_key": self.api_key, "api_secret": self.api_secret, "base_url": self.base_url, "rate_limit": None}

    @cached_property
    def client(self) -> TransmitSMS:
        """A ``TransmitSMS`` of this account, pointed at the simulator, without client-side rate limit."""
        client: TransmitSMS = self._sdk("client").TransmitSMS(**self._sdk_options(), transport=self.sync_transport())
        return client

    @cached_property
    def async_client(self) -> AsyncTransmitSMS:
        """An ``AsyncTransmitSMS`` of this account, pointed at the simulator, without client-side rate limit."""
        sdk = self._sdk("async_client")
        client: AsyncTransmitSMS = sdk.AsyncTransmitSMS(**self._sdk_options(), transport=self.async_transport())
        return client

    def close(self) -> None:
        """Close the SDK clients built so far (the async one holds no connection to close)."""
        if "client" in self.__dict__:
            self.client.close()

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

    # No rate limit and no limit on wrong credentials: a test suite calls faster than an account
    # may, and its tests of wrong secrets would soon be answered 429 instead of 401.
    return Settings(db_path=None, rate_limit=0, auth_failure_limit=0, time_scale=0, create_demo_account=False)


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
        ) as http:
            handle = _track(
                request,
                SimulatorHandle(
                    transmitsms_sim_server,
                    account["api_key"],
                    account["api_secret"],
                    account["id"],
                    http,
                    control,
                    warnings_after=cursor,
                ),
            )
            try:
                yield handle
            finally:
                handle.close()


@pytest.fixture
def transmitsms_sim_inprocess(request: pytest.FixtureRequest) -> Iterator[SimulatorHandle]:
    """A new in-process simulator (no socket) with a new account."""
    from transmitsms_sim import create_app
    from transmitsms_sim.inprocess import BASE_URL, InProcess

    app = create_app(_settings())
    try:
        with InProcess(app) as sim, sim.client(timeout=30) as control:
            account = control.post("/_sim/accounts", json={"name": "pytest"}).json()
            with sim.client(auth=(account["api_key"], account["api_secret"]), timeout=30) as http:
                handle = _track(
                    request,
                    SimulatorHandle(
                        BASE_URL,
                        account["api_key"],
                        account["api_secret"],
                        account["id"],
                        http,
                        control,
                        sync_transport=sim.transport,
                        async_transport=sim.async_transport,
                    ),
                )
                try:
                    yield handle
                finally:
                    handle.close()
    finally:
        app.state.runtime.close()
