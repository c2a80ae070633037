"""The request pipeline: routing, methods, auth, rate limit, formats, and never a 5xx."""

from __future__ import annotations

import base64
import random
import string
from typing import Any

import httpx
import pytest

from tests.simulator.support import Api, Control
from tests.support.simulator import running
from transmitsms_sim.inprocess import InProcess
from transmitsms_sim.web.api import route
from transmitsms_sim.web.auth import FailureLimiter, RateLimiter
from transmitsms_sim.web.spec import load_spec


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/send-sms.json", ("send-sms", "json")),
        ("/send-sms.xml", ("send-sms", "xml")),
        ("//2/send-sms.json", ("send-sms", "json")),
        ("/v2/get-balance.xml", ("get-balance", "xml")),
        ("/send-sms", (None, "json")),
        ("/a/b/send-sms.json", (None, "json")),
        ("/", (None, "json")),
    ],
)
def test_route(path: str, expected: tuple[str | None, str]) -> None:
    assert route(path) == expected


def test_old_clients_double_slash_paths(api: Api) -> None:
    assert api.client.get("//2/get-balance.json").status_code == 200


def test_no_extension_and_unknown_methods_are_404(api: Api) -> None:
    for path in ("/get-balance", "/get-balance.txt", "/nope.json", "/nope.xml"):
        response = api.client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "NOT_IMPLEMENTED" if path != "/nope.xml" else True
    assert "<code>NOT_IMPLEMENTED</code>" in api.client.get("/nope.xml").text


def test_other_http_methods_are_405_with_allow(api: Api) -> None:
    for method in ("PUT", "DELETE", "PATCH", "TRACE", "HEAD"):
        response = api.client.request(method, "/get-balance.json")
        assert response.status_code == 405 and response.headers["allow"] == "GET, POST"
    options = api.client.request("OPTIONS", "/get-balance.json")
    assert options.status_code == 204 and "allow" not in options.headers


def test_missing_and_wrong_credentials_are_401(sim: InProcess, api: Api, checker: Any) -> None:
    with sim.client(event_hooks={"response": [checker.check]}) as anonymous:
        missing = anonymous.post("/send-sms.json", data={"message": "x"})
        assert (missing.status_code, missing.json()["error"]["code"]) == (401, "AUTH_FAILED_NO_DATA")
        for header in ("Basic " + base64.b64encode(b"nokey:nosecret").decode(), "Bearer token", "Basic ###"):
            wrong = anonymous.post("/get-balance.json", headers={"Authorization": header})
            assert (wrong.status_code, wrong.json()["error"]["code"]) == (401, "AUTH_FAILED")
        key = api.client.auth._auth_header.split()[1]  # type: ignore[union-attr]
        user = base64.b64decode(key).decode().split(":")[0]
        secret_wrong = anonymous.get("/get-balance.xml", auth=(user, "wrong"))
        assert secret_wrong.status_code == 401 and "<code>AUTH_FAILED</code>" in secret_wrong.text


def test_credentials_as_parameters_are_not_accepted(sim: InProcess, api: Api) -> None:
    with sim.client() as anonymous:
        response = anonymous.get("/get-balance.json", params={"apikey": "x", "apisecret": "y"})
    assert response.json()["error"]["code"] == "AUTH_FAILED_NO_DATA"


def test_xml_answers_and_xml_errors(api: Api) -> None:
    ok = api.call("get-balance", fmt="xml")
    assert ok.status_code == 200 and ok.text.startswith('<?xml version="1.0"?>\n<response>')
    refused = api.call("get-list", fmt="xml", list_id="1")
    assert refused.status_code == 400 and "<code>NOT_FOUND</code>" in refused.text


def _frozen_limiter(sim: InProcess, rate: float) -> None:
    """A limiter whose time stands still, so that the test does not depend on the machine's speed."""
    sim.app.state.runtime.limiter = RateLimiter(rate, clock=lambda: 0.0)  # type: ignore[attr-defined]


def test_the_rate_limit_answers_429_with_retry_after(checker: Any) -> None:
    with running(rate_limit=2) as sim, sim.client() as control_client:
        _frozen_limiter(sim, 2)
        account = Control(control_client).account()
        with sim.client(
            auth=(account["api_key"], account["api_secret"]), event_hooks={"response": [checker.check]}
        ) as client:
            statuses = [client.get("/get-balance.json").status_code for _ in range(3)]
            over = client.get("/get-balance.xml")
        with sim.client(auth=(account["api_key"], "wrong")) as wrong:
            assert wrong.get("/get-balance.json").status_code == 401, "failed logins do not use the bucket"
    assert statuses == [200, 200, 429]
    assert over.status_code == 429 and over.headers["retry-after"] == "1"
    assert "<code>OVER_LIMIT</code>" in over.text


def test_accounts_have_their_own_buckets(checker: Any) -> None:
    with running(rate_limit=1) as sim, sim.client() as control_client:
        _frozen_limiter(sim, 1)
        control = Control(control_client)
        first, second = control.account(), control.account()
        with (
            sim.client(auth=(first["api_key"], first["api_secret"])) as a,
            sim.client(auth=(second["api_key"], second["api_secret"])) as b,
        ):
            assert [a.get("/get-balance.json").status_code, a.get("/get-balance.json").status_code] == [200, 429]
            assert b.get("/get-balance.json").status_code == 200


def _garbage(rng: random.Random) -> str:
    alphabet = string.printable + "éж👋\x00\u202e"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))


def test_random_input_never_gets_a_server_error(api: Api, control: Control) -> None:
    """Random parameters for every operation: always a documented 2xx or 4xx, never a 5xx."""
    rng = random.Random(1234)
    doc = load_spec()
    methods = [path[1:-5] for path in doc["paths"]]
    for method in methods:
        schema = (
            doc["paths"][f"/{method}.json"]["post"]
            .get("requestBody", {})
            .get("content", {})
            .get("application/x-www-form-urlencoded", {})
            .get("schema", {})
        )
        ref = schema.get("$ref", "")
        names = list(doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]["properties"]) if ref else []
        for _ in range(25):
            params = {name: _garbage(rng) for name in rng.sample(names, k=min(len(names), rng.randint(0, 4)))}
            if rng.random() < 0.2:
                params[_garbage(rng) or "x"] = _garbage(rng)
            for fmt in ("json", "xml"):
                response = api.client.post(f"/{method}.{fmt}", data=params)
                assert response.status_code < 500, (method, params, response.text)
    assert control.errors() == []


def test_wrong_secrets_are_limited_per_address_and_per_key(checker: Any) -> None:
    with running() as sim, sim.client() as control_client:
        now = [0.0]
        sim.app.state.runtime.auth_failures = FailureLimiter(5, clock=lambda: now[0])  # type: ignore[attr-defined]
        account = Control(control_client).account()
        key, secret = account["api_key"], account["api_secret"]
        with sim.client(event_hooks={"response": [checker.check]}) as guesser:
            statuses = [guesser.get("/get-balance.json", auth=(key, f"guess-{i}")).status_code for i in range(5)]
            assert statuses == [401] * 5
            limited = guesser.get("/get-balance.json", auth=(key, "guess-5"))
            assert limited.status_code == 429 and limited.headers["retry-after"] == "60"
            assert limited.json()["error"]["code"] == "OVER_LIMIT"
            # Not even the right secret is answered meanwhile: a guess learns nothing from the answer.
            right = guesser.get("/get-balance.xml", auth=(key, secret))
            assert right.status_code == 429 and "<code>OVER_LIMIT</code>" in right.text
            assert guesser.get("/get-balance.json").status_code == 401, "no credentials: no guess, no limit"
            now[0] = 60
            assert guesser.get("/get-balance.json", auth=(key, secret)).status_code == 200, "a minute later"
        # Per key: the same key guessed from other addresses (each under the limit) is limited too.
        other = Control(control_client).account()
        for i in range(5):
            address = (f"10.0.0.{i + 1}", 1000)
            with httpx.Client(transport=_from(sim, address), base_url="http://127.0.0.1") as remote:
                assert remote.get("/get-balance.json", auth=(other["api_key"], "wrong")).status_code == 401
        with httpx.Client(transport=_from(sim, ("10.0.0.99", 1000)), base_url="http://127.0.0.1") as fresh:
            assert fresh.get("/get-balance.json", auth=(other["api_key"], other["api_secret"])).status_code == 429
            assert fresh.get("/get-balance.json", auth=(key, secret)).status_code == 200, "other keys are not"
        assert Control(control_client).errors() == []


def _from(sim: InProcess, address: tuple[str, int]) -> Any:
    """A transport into ``sim``'s app whose requests come from ``address``."""
    transport = sim.transport()
    transport._asgi = httpx.ASGITransport(app=sim.app, client=address)  # type: ignore[attr-defined]
    return transport


def test_the_wrong_credential_limit_is_on_by_default_and_reset_clears_it() -> None:
    from transmitsms_sim import Settings

    assert Settings().auth_failure_limit == 20
    with running(auth_failure_limit=2) as sim, sim.client() as control_client:
        account = Control(control_client).account()
        with sim.client(auth=(account["api_key"], "wrong")) as wrong:
            assert [wrong.get("/get-balance.json").status_code for _ in range(3)] == [401, 401, 429]
        assert control_client.post("/_sim/reset").status_code == 200
        account = Control(control_client).account()
        with sim.client(auth=(account["api_key"], account["api_secret"])) as right:
            assert right.get("/get-balance.json").status_code == 200
