"""The spec as schemathesis reads it, the simulator it runs against, and the run's settings.

Contract: ``load_schema(config)`` returns a schemathesis schema of the bundled spec (``spec/`` is the
source of truth) with each link's ``x-request-body-fields`` turned into the ``requestBody`` object
schemathesis merges into generated form bodies; ``new_simulator()`` returns a simulator app on a
manual clock, without rate limiting, and ``Control`` the handle that resets it and (re)creates the
account the runs authenticate as. ``profile()`` says how hard to run: ``ci`` (the default, sized for
``make test``) or ``fuzz`` (``make fuzz``), from ``TRANSMITSMS_CONTRACT_PROFILE``.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
import schemathesis
from schemathesis.python import asgi
from schemathesis.schemas import BaseSchema
from starlette.applications import Starlette

from tests.support.simulator import settings
from tests.support.spec import bundled
from transmitsms_sim import Settings, create_app

#: The account every run authenticates as. A reseller, so that the reseller methods (add-client,
#: get-clients...) do their work instead of answering NO_ACCESS, with a balance that generated
#: sends and leases cannot exhaust, and a business name as sender ID.
API_KEY = "contract"
API_SECRET = "contract-secret"
CONTROL_TOKEN = "contract-control-token"
ACCOUNT = {
    "name": "Contract tests",
    "api_key": API_KEY,
    "api_secret": API_SECRET,
    "reseller": True,
    "balance": 1_000_000,
    "business_names": ["MyBrand"],
}


@dataclass(frozen=True)
class Profile:
    name: str
    #: Hypothesis examples per operation and generation mode in the fuzzing phase.
    max_examples: int
    #: Stateful scenarios, and the most steps (calls) in one.
    scenarios: int
    steps: int


PROFILES = {
    # make test: about a minute and a half of CI on 2 cores (with the examples and coverage phases,
    # about 75 cases per operation; 4 x 60 scenarios of up to 8 steps).
    "ci": Profile("ci", max_examples=30, scenarios=60, steps=8),
    # make fuzz: local, tens of minutes.
    "fuzz": Profile("fuzz", max_examples=500, scenarios=1000, steps=12),
}


def profile() -> Profile:
    name = os.environ.get("TRANSMITSMS_CONTRACT_PROFILE", "ci")
    if name not in PROFILES:
        raise ValueError(f"TRANSMITSMS_CONTRACT_PROFILE={name!r}: expected one of {', '.join(PROFILES)}")
    return PROFILES[name]


@cache
def document() -> dict[str, Any]:
    """The bundled spec with its links in the form schemathesis follows (see *Links* in the spec).

    A link maps the form fields it fills in ``x-request-body-fields``, because openapi-generator
    accepts only a string as a link's ``requestBody``; schemathesis reads an object ``requestBody``
    of runtime expressions and merges it into the body it generates for the target, which is what
    the extension means.
    """
    doc = bundled()
    for item in doc["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for link in response.get("links", {}).values():
                    fields = link.get("x-request-body-fields")
                    if fields:
                        link["requestBody"] = dict(fields)
    return doc


def links() -> list[tuple[str, str, str]]:
    """Every link of the spec: (source operationId, link name, target operationId)."""
    found = []
    for item in document()["paths"].values():
        operation = item["post"]
        for response in operation["responses"].values():
            for name, link in response.get("links", {}).items():
                found.append((operation["operationId"], name, link["operationId"]))
    return found


#: Real phone numbers for the parameters that take them. The spec's pattern admits any digits
#: (``MsisdnParam``; spec, *Data formats*: E.164 digits), but the API, like the simulator, skips
#: numbers that are not real mobile numbers (send-sms answers RECIPIENTS_ERROR, add-to-list
#: BAD_MOBILE): random digits almost never are one, and then no message is ever sent and no contact
#: added, and the links from them are never followed. Half of the generated values come from this
#: list instead (schemathesis' fuzz dictionaries, which only feed valid entries to positive cases).
#: They cover the simulator's delivery outcomes (last digits 000 hard bounce, 001 soft bounce, 002
#: pending then expired, 003 delivered late, others delivered) and three countries.
PHONE_NUMBERS = """
[dictionaries.phone-numbers]
values = ["61491570156", "61491570157", "61491570159", "61491570000", "61491570001", "61491570002",
          "61491570003", "+61491570158", "64212670129", "12513551145"]

[parameters]
"body.to" = { dictionary = "phone-numbers", probability = 0.5 }
"body.msisdn" = { dictionary = "phone-numbers", probability = 0.5 }
"""


def load_schema(
    config: str, *, credentials: tuple[str, str] | None = (API_KEY, API_SECRET), **overrides: Any
) -> BaseSchema:
    """A schemathesis schema of ``document()`` with ``config`` (TOML), ``credentials`` (key and
    secret) and ``overrides`` set as its attributes (``app=``).

    Credentials go through schemathesis' own auth configuration, keyed by the spec's security
    scheme, so that its auth checks know which requests carry them and can probe without them
    (a header set by hand would be sent on those probes too, and fail them).
    """
    auth = ""
    if credentials is not None:
        # JSON string escapes are valid TOML basic-string escapes.
        username, password = (json.dumps(value) for value in credentials)
        auth = f"\n[auth.openapi.basicAuth]\nusername = {username}\npassword = {password}\n"
    schema = schemathesis.openapi.from_dict(
        copy.deepcopy(document()), config=schemathesis.Config.from_str(config + auth + PHONE_NUMBERS)
    )
    for name, value in overrides.items():
        setattr(schema, name, value)
    return schema


class Outbound:
    """Stands in for the network of a simulator under test: records what it would fetch, answers 200.

    Generated requests carry callback URLs (``dlr_callback``, ``set-list-callback``) and file URLs
    (``add-contacts-bulk``) anywhere on the internet; the simulator would call them. Tests never
    touch the network, so its callbacks and file fetches come here instead.
    """

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.transport = httpx.MockTransport(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        return httpx.Response(200, text="")


def new_simulator(outbound: Outbound | None = None, *, rate_limited: bool = False, **overrides: Any) -> Starlette:
    """A simulator app: in memory, manual clock from ``tests.support.simulator.T0``, no demo account, no network
    (callbacks and file fetches go to ``outbound``), and no rate limits unless ``rate_limited``
    (then the simulator's default limits apply). Its control API takes ``CONTROL_TOKEN``.

    The contract runs turn the rate limit off: they send thousands of requests as fast as they
    can, and over the limit every request is dropped with 429 (spec, *Rate limiting*), so a
    limited run would test little but 429s. The limit on wrong credentials goes too: schemathesis'
    auth checks send hundreds of them, each of which must be answered 401. test_rate_limit.py shows
    both limits are on by default.
    """
    if rate_limited:
        overrides.setdefault("rate_limit", Settings.rate_limit)
    else:
        overrides.setdefault("auth_failure_limit", 0)
    # Schemathesis' in-process client calls itself "testclient" on host "testserver": not loopback
    # by the control API's rule (an address, never a name), so the control calls carry the token.
    overrides.setdefault("control_token", CONTROL_TOKEN)
    overrides.setdefault("control_hosts", (asgi.HOST,))
    return create_app(settings(**overrides), callback_transport=(outbound or Outbound()).transport)


class Control:
    """The simulator's control API (``/_sim/``), called in-process like schemathesis calls the API."""

    def __init__(self, app: Any) -> None:
        self.app = app
        # Schemathesis' own in-process client: the same event loop and lifespan (started once per
        # app and kept) as the cases it sends, so the simulator's workers run in one place.
        self.client = asgi.get_client(app).__enter__()
        self.client.headers["X-Sim-Token"] = CONTROL_TOKEN

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.client.request(method, path, **kwargs)
        assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    def reset(self) -> dict[str, Any]:
        """Delete all data, then create the contract account again (same credentials)."""
        self._call("POST", "/_sim/reset")
        return self.create_account()

    def create_account(self) -> dict[str, Any]:
        found: dict[str, Any] = self._call("POST", "/_sim/accounts", json=ACCOUNT)
        return found

    def errors(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._call("GET", "/_sim/errors")["errors"]
        return found

    def close(self) -> None:
        """Stop the app's lifespan (schemathesis keeps it until the process ends) and its database."""
        self.client.__exit__(None, None, None)
        asgi.shutdown_lifespans()  # any other app restarts its own on its next request
        self.app.state.runtime.close()
