"""Every example request of the vendor's reference, sent as the reference sends it, is accepted.

The requests come from ``tests/data/reference_examples.json`` (``make reference-data``): each one's
query string and body as Postman sends them, its disabled parameters left out. Each example runs
against a fresh simulator in which the things it names exist: the lists, contacts, messages,
numbers, keywords and senders of the reference are created first, and the reference's IDs in the
request are replaced by those the simulator gave (the only change made to a request). The answer
must have the status the reference shows, with ``SUCCESS``: the reference's own requests send
parameters the reference does not document (``firstname``, ``filter``, ``status``, ``List_id``),
a parameter twice, a GET with a body, and the simulator must read them as the service did.

The reference's requests that strict mode refuses are listed too: strict mode is not the service.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from tests.simulator.support import SpecChecker
from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.inprocess import InProcess
from transmitsms_sim.web.spec import load_spec

DATA = Path(__file__).resolve().parents[2] / "data" / "reference_examples.json"
EXAMPLES = [e for e in json.loads(DATA.read_text(encoding="utf-8"))["examples"] if e["method"] is not None]
CSV = "Firstname,Lastname,Mobile,email\nJane,Doe,61491570156,jane@example.com\n"
#: Reference IDs that name things in requests, by parameter.
ID_PARAMETERS = ("list_id", "List_id", "message_id", "id", "number")
#: Examples whose data cannot exist in any simulator: `to=1234567890` is no mobile number (the
#: reference's placeholder), so the send is refused with the code the reference gives for it.
EXPECTED_OTHERWISE = {"1234567890": "RECIPIENTS_ERROR"}


def _label(example: dict[str, Any]) -> str:
    return f"{example['method']}.{example['format']} {example['example']}"


class World:
    """A fresh simulator, an account on it, and the reference's things created in it on demand."""

    def __init__(self, sim: InProcess) -> None:
        self.control = sim.client(timeout=30)
        account = self.control.post("/_sim/accounts", json={"name": "Reference", "reseller": True}).json()
        self.account = account
        self.api = sim.client(auth=(account["api_key"], account["api_secret"]), timeout=30)
        self.ids: dict[str, str] = {}

    def close(self) -> None:
        self.api.close()
        self.control.close()

    def ok(self, method: str, **params: Any) -> dict[str, Any]:
        response = self.api.post(f"/{method}.json", data={k: str(v) for k, v in params.items()})
        assert response.status_code == 200, f"setup {method}: {response.text}"
        body: dict[str, Any] = response.json()
        return body

    def sender(self, number: str) -> None:
        body = {"kind": "mobile_number", "value": number}
        self.control.post(f"/_sim/accounts/{self.account['id']}/sender-ids", json=body).raise_for_status()

    def a_list(self, reference_id: str, fields: tuple[str, ...] = (), contacts: tuple[str, ...] = ()) -> None:
        if reference_id in self.ids:
            return
        named = {f"field_{slot}": name for slot, name in enumerate(fields, start=1)}
        created = self.ok("add-list", name=f"List {reference_id}", **named)
        self.ids[reference_id] = str(created["id"])
        for msisdn in contacts:
            self.ok("add-to-list", list_id=created["id"], msisdn=msisdn)

    def a_message(self, reference_id: str, to: str = "61478038915", scheduled: bool = False) -> None:
        when = {"send_at": "2030-01-01 00:00:00"} if scheduled else {}
        self.ids[reference_id] = str(self.ok("send-sms", message="Reference", to=to, **when)["message_id"])

    def a_number(self, reference_number: str) -> None:
        if reference_number not in self.ids:
            self.ids[reference_number] = str(self.ok("lease-number")["number"])


def _prepare(world: World, example: dict[str, Any]) -> None:
    """Create what ``example``'s request names (see the module docstring)."""
    method = example["method"]
    values = dict(example["request"]["query"]) | dict(example["request"]["body"])
    list_id = str(values.get("list_id") or values.get("List_id") or "")
    fields = ("Email", "Postcode", "ID") if list_id in ("4213644", "4213652") else ()
    if method == "send-sms":
        if "from" in values:
            world.sender(values["from"])
        if list_id:
            world.a_list(list_id, contacts=("61429625067",))
    elif method == "cancel-sms":
        world.a_message(values["id"], scheduled=True)
    elif method in ("get-sms-responses", "get-sms", "get-sms-delivery-status", "get-sms-stats", "get-sms-sent"):
        world.a_message(values["message_id"])
    elif method in ("get-list", "add-field-to-list", "remove-list", "add-to-list", "add-contacts-bulk"):
        world.a_list(list_id, fields=fields)
    elif method == "add-contacts-bulk-progress":
        world.a_list(list_id)
        world.ok("add-contacts-bulk", list_id=world.ids[list_id], file_url="https://example.com/contacts.csv")
    elif method in ("get-contact", "edit-list-member", "delete-from-list", "optout-list-member"):
        msisdns = [v for k, v in example["request"]["query"] + example["request"]["body"] if k == "msisdn"]
        contact = max(msisdns, key=len).lstrip("+")
        world.a_list(list_id, fields=fields, contacts=(contact,))
    elif method == "get-message-report":
        if list_id:
            world.a_list(list_id)
    elif method in ("get-number", "edit-number-options", "add-keyword", "edit-keyword", "get-keywords"):
        world.a_number(values["number"])
        if list_id:
            world.a_list(list_id)
        if method == "edit-keyword":
            world.ok("add-keyword", keyword=values["keyword"], number=world.ids[values["number"]])
    elif method == "delete-email":
        world.ok("add-email", email=values["email"])


def _send(world: World, example: dict[str, Any]) -> httpx.Response:
    def substituted(pairs: list[list[str]]) -> list[tuple[str, str]]:
        return [(k, world.ids.get(v, v) if k in ID_PARAMETERS else v) for k, v in pairs]

    request = example["request"]
    query = urlencode(substituted(request["query"]))
    body = urlencode(substituted(request["body"])).encode()
    target = request["path"] + (f"?{query}" if query else "")
    headers = {"content-type": "application/x-www-form-urlencoded"} if body else {}
    return world.api.request(example["http_method"], target, content=body or None, headers=headers)


def _outbound(request: httpx.Request) -> httpx.Response:
    """The network the simulator fetches files from and calls back: a CSV for every file URL."""
    return httpx.Response(200, text=CSV if request.url.path.endswith(".csv") else "")


def _code(response: httpx.Response) -> str:
    """The error code of an answer, JSON or XML."""
    if response.headers["content-type"].startswith("application/xml"):
        match = re.search(r"<code>([A-Z_]+)</code>", response.text)
        assert match is not None, response.text
        return match.group(1)
    return str(response.json()["error"]["code"])


@pytest.fixture
def world() -> Iterator[World]:
    app = create_app(settings(), callback_transport=httpx.MockTransport(_outbound))
    try:
        with InProcess(app) as sim:
            made = World(sim)
            yield made
            made.close()
            assert not app.state.runtime.internal_errors, list(app.state.runtime.internal_errors)
    finally:
        app.state.runtime.close()


@pytest.fixture(scope="module")
def checker() -> SpecChecker:
    return SpecChecker(load_spec())


@pytest.mark.parametrize("example", EXAMPLES, ids=[_label(e) for e in EXAMPLES])
def test_every_reference_request_is_accepted(world: World, checker: SpecChecker, example: dict[str, Any]) -> None:
    _prepare(world, example)
    response = _send(world, example)
    checker.check(response)
    values = dict(example["request"]["query"])
    expected = EXPECTED_OTHERWISE.get(values.get("to", ""))
    if expected is not None:
        assert (response.status_code, _code(response)) == (400, expected)
    else:
        assert (response.status_code, _code(response)) == (example["status"], "SUCCESS"), response.text


def test_the_reference_requests_that_strict_mode_refuses() -> None:
    refused = []
    app = create_app(settings(strict=True), callback_transport=httpx.MockTransport(_outbound))
    try:
        with InProcess(app) as sim:
            for example in EXAMPLES:
                world = World(sim)
                try:
                    _prepare(world, example)
                    response = _send(world, example)
                    if response.status_code == 400 and _code(response) == "FIELD_INVALID":
                        refused.append(_label(example))
                finally:
                    world.close()
    finally:
        app.state.runtime.close()
    # Unknown parameters (firstname, filter, status, billing_date) and msisdn given twice.
    assert refused == [
        "add-to-list.xml Example 2",
        "add-to-list.json Example 1",
        "edit-list-member.xml Example 2",
        "edit-list-member.json Example 1",
        "delete-from-list.json Example 3",
        "delete-from-list.json Example 2",
        "lease-number.json Example 1",
        "add-keyword.xml Example 2",
        "add-keyword.json Example 1",
        "edit-keyword.xml Example 2",
        "edit-keyword.json Example 1",
    ]
