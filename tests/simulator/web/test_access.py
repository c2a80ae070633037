"""Who may use /_sim/: every way around the control API's guard that we know of, each refused.

Through the app (``httpx.ASGITransport`` with a chosen peer address), through uvicorn's own
proxy-headers middleware trusting every peer (what ``FORWARDED_ALLOW_IPS='*'`` does), and served
on a socket both by the simulator's own server and by a uvicorn configured to trust forwarded
headers.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread
from transmitsms_sim.server_options import uvicorn_options
from transmitsms_sim.sockets import listen
from transmitsms_sim.web import access

REMOTE = ("203.0.113.9", 4000)
LOOPBACK = ("127.0.0.1", 4000)


def _client(app: Any, peer: tuple[str, int] = LOOPBACK, host: str = "127.0.0.1:8080", **headers: str) -> httpx.Client:
    """A client whose requests reach ``app`` from ``peer``, with ``Host: host``."""
    return _SyncOver(httpx.ASGITransport(app=app, client=peer), base_url=f"http://{host}", headers=headers)


class _SyncOver(httpx.Client):
    """A blocking client over an ASGI transport: each request runs the app on a fresh event loop."""

    def __init__(self, transport: httpx.ASGITransport, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._asgi = transport

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        import anyio

        async def run() -> httpx.Response:
            response = await self._asgi.handle_async_request(request)
            await response.aread()
            return response

        response = anyio.run(run)
        response.request = request
        return response


@pytest.fixture
def app(new_app: Any) -> Any:
    return new_app()


def _refused(response: httpx.Response, status: int = 403) -> bool:
    return response.status_code == status and response.json()["error"]["code"] in ("NO_ACCESS", "FIELD_INVALID")


def test_a_loopback_peer_is_admitted_by_its_address_never_by_a_name(new_app: Any) -> None:
    app = new_app()
    for peer in ("127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"):
        assert _client(app, (peer, 1)).get("/_sim/clock").status_code == 200, peer
    # An in-process test client's name (Starlette's and schemathesis' TestClient), a host name,
    # another machine, a unix socket (no peer): none is an address of this machine.
    for peer in ("testclient", "localhost", "203.0.113.9", "10.0.0.1", "::ffff:10.0.0.1", ""):
        assert _refused(_client(app, (peer, 1)).get("/_sim/clock")), peer


@pytest.mark.parametrize(
    "header",
    [
        {"X-Forwarded-For": "127.0.0.1"},
        {"X-Forwarded-For": "203.0.113.9, 127.0.0.1"},
        {"Forwarded": "for=127.0.0.1"},
        {"X-Real-IP": "127.0.0.1"},
        {"Via": "1.1 proxy"},
    ],
)
def test_a_forwarded_request_is_never_loopback(app: Any, header: dict[str, str]) -> None:
    # Through uvicorn's proxy-headers middleware trusting every peer (FORWARDED_ALLOW_IPS='*'):
    # it replaces the remote peer by 127.0.0.1 when told so by X-Forwarded-For.
    trusting = ProxyHeadersMiddleware(app, trusted_hosts="*")
    assert _refused(_client(trusting, REMOTE, **header).get("/_sim/clock"))
    assert _refused(_client(trusting, REMOTE, **header).post("/_sim/reset"))
    # A proxy on this machine forwards other machines' requests: its own loopback address says nothing.
    assert _refused(_client(app, LOOPBACK, **header).get("/_sim/clock"))
    # The middleware did make the peer loopback: without the header rule, the request would pass.
    seen: list[Any] = []

    async def peer_of(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["client"])
        await app(scope, receive, send)

    _client(ProxyHeadersMiddleware(peer_of, trusted_hosts="*"), REMOTE, **{"X-Forwarded-For": "127.0.0.1"}).get("/")
    assert seen[0][0] == "127.0.0.1"


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8080", "LOCALHOST.", "127.0.0.1", "127.9.9.9:1", "[::1]:8080", "ui.localhost"]
)
def test_loopback_host_names_pass(app: Any, host: str) -> None:
    assert _client(app, host=host).get("/_sim/clock").status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.evil.example", "sim", ""]
)
def test_dns_rebinding_a_foreign_host_name_is_refused(app: Any, host: str) -> None:
    # A page of evil.example whose name its owner made resolve to 127.0.0.1: the browser's peer is
    # loopback, the Host header is the site's.
    assert _refused(_client(app, host=host).get("/_sim/clock"))
    assert _refused(_client(app, host=host).get("/_sim/ui"))


def test_allow_listed_hosts_count_only_with_a_token(new_app: Any) -> None:
    listed = new_app(control_token="t0ken", control_hosts=("sim", "sim.internal:8080"))
    token = {"X-Sim-Token": "t0ken"}
    assert _client(listed, REMOTE, host="sim:8080", **token).get("/_sim/clock").status_code == 200
    assert _client(listed, REMOTE, host="SIM.internal", **token).get("/_sim/clock").status_code == 200
    assert _refused(_client(listed, REMOTE, host="other:8080", **token).get("/_sim/clock"))
    assert _refused(_client(listed, REMOTE, host="sim:8080").get("/_sim/clock")), "the host alone is no token"
    anything = new_app(control_token="t0ken", control_hosts=("*",))
    assert _client(anything, REMOTE, host="whatever.example", **token).get("/_sim/clock").status_code == 200
    untokened = new_app(control_hosts=("sim",))
    assert _refused(_client(untokened, LOOPBACK, host="sim").get("/_sim/clock")), "no token: loopback names only"


def test_the_token_is_compared_in_constant_time_and_a_wrong_one_always_refused(
    new_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = new_app(control_token="t0ken", control_hosts=("sim",))
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(access, "hmac", type("Spy", (), {"compare_digest": staticmethod(spy)}))
    assert _client(app, REMOTE, host="sim", **{"X-Sim-Token": "t0ken"}).get("/_sim/clock").status_code == 200
    assert compared == [(b"t0ken", b"t0ken")]
    for wrong in ("t0ke", "t0ken0", "T0KEN", "", "t0ken\\x00"):
        assert _refused(_client(app, REMOTE, host="sim", **{"X-Sim-Token": wrong}).get("/_sim/clock")), wrong
    # From loopback too: a wrong token is a mistake worth saying, not a loopback pass.
    refused = _client(app, LOOPBACK, **{"X-Sim-Token": "guess"}).get("/_sim/clock")
    assert _refused(refused) and "wrong" in refused.json()["error"]["description"]


def test_the_token_can_be_required_on_loopback_too(new_app: Any) -> None:
    app = new_app(control_token="t0ken", require_control_token=True)
    assert _refused(_client(app).get("/_sim/clock"))
    assert _refused(_client(app).get("/_sim/ui"))
    assert _client(app, LOOPBACK, "127.0.0.1", **{"X-Sim-Token": "t0ken"}).get("/_sim/clock").status_code == 200
    assert _client(app).get("/openapi.json").status_code == 200, "the API itself stays open"
    with pytest.raises(ValueError, match="control_token"):
        settings(require_control_token=True)


def test_cross_site_browser_requests_are_refused(app: Any) -> None:
    client = _client(app)
    created = client.post("/_sim/accounts", json={"name": "Kept"})
    assert created.status_code == 201
    # What a page on another site can send from the developer's browser without a preflight.
    for attempt in (
        {"content": b'{"seconds": 60}', "headers": {"Content-Type": "text/plain"}},
        {"content": b"seconds=60", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        {"content": b"--b--", "headers": {"Content-Type": "multipart/form-data; boundary=b"}},
        {"content": b'{"seconds": 60}'},
    ):
        refused = client.post("/_sim/clock/advance", **attempt)
        assert _refused(refused, 415), attempt
    for headers in (
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:9999"},  # another port of this machine: same site, not same origin
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"},
    ):
        assert _refused(client.post("/_sim/reset", headers=headers)), headers
        assert _refused(client.get("/_sim/accounts", headers=headers)), headers
    assert [a["name"] for a in client.get("/_sim/accounts").json()["accounts"]] == ["Kept"], "nothing was reset"
    # The simulator's own page, a typed URL, a link followed to the inbox page: allowed.
    same = {"Origin": "http://127.0.0.1:8080", "Sec-Fetch-Site": "same-origin"}
    assert client.post("/_sim/clock/advance", json={"seconds": 1}, headers=same).status_code == 200
    assert client.get("/_sim/ui", headers={"Sec-Fetch-Site": "none"}).status_code == 200
    followed = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
    assert client.get("/_sim/ui", headers=followed).status_code == 200
    assert _refused(client.post("/_sim/ui/actions/advance", data={"seconds": "1"}, headers=followed))


def test_the_simulators_servers_turn_proxy_headers_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "*")
    config = uvicorn.Config(lambda scope, receive, send: None, **uvicorn_options())
    config.load()
    layer: Any = config.loaded_app
    while layer is not None:
        assert not isinstance(layer, ProxyHeadersMiddleware)
        layer = getattr(layer, "app", None)


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Serve apps over loopback sockets, with ``FORWARDED_ALLOW_IPS='*'`` in the environment."""
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "*")
    apps: list[Any] = []

    def make() -> Any:
        app = create_app(settings())
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.state.runtime.close()


def test_served_by_its_own_server_a_forwarded_header_is_not_loopback(served: Any) -> None:
    with ServerThread(served()) as server, httpx.Client(base_url=server.base_url, timeout=10) as client:
        assert client.get("/_sim/clock").status_code == 200
        assert _refused(client.get("/_sim/clock", headers={"X-Forwarded-For": "127.0.0.1"}))
        assert _refused(client.post("/_sim/reset", headers={"X-Forwarded-For": "127.0.0.1"}))
        assert _refused(client.get("/_sim/clock", headers={"Host": "evil.example"}))


def test_served_by_a_uvicorn_that_trusts_forwarded_headers_the_guard_still_holds(served: Any) -> None:
    import threading

    app = served()
    sock = listen("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, proxy_headers=True, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive()
            threading.Event().wait(0.01)
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        with httpx.Client(base_url=base, timeout=10) as client:
            # uvicorn now takes the peer from the header: a remote caller claiming 127.0.0.1 and a
            # loopback proxy forwarding a remote one are both refused.
            for claimed in ("127.0.0.1", "203.0.113.9"):
                assert _refused(client.get("/_sim/clock", headers={"X-Forwarded-For": claimed})), claimed
            assert client.get("/_sim/clock").status_code == 200
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
