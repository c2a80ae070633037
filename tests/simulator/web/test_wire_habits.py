"""The wire habits of real clients, sent as raw HTTP to a simulator on a loopback socket.

Each test writes a request byte for byte as a real client of this API sends it (the vendor's PHP
client ``APIClient2.php``, in its two versions: ``http_build_query`` bodies and curl's multipart
bodies; other public clients; people typing numbers), with ``http.client`` and nothing between the
test and the socket, and checks the simulator's answer and the warnings it records: in the
``X-Sim-Warning`` header of the answer and in ``GET /_sim/warnings``. The same requests sent to a
simulator in strict mode are refused (spec, *Requests*; README, *Warnings*). The requests are
written here from what those clients do; no third-party code is used.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread

MOBILE = "61491570156"
MOBILE_2 = "61491570157"


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]]
    text: str

    @property
    def body(self) -> dict[str, Any]:
        found: dict[str, Any] = json.loads(self.text)
        return found

    @property
    def code(self) -> str:
        return str(self.body["error"]["code"])

    @property
    def header_warnings(self) -> list[str]:
        return [value for name, value in self.headers if name.lower() == "x-sim-warning"]


class Wire:
    """Raw requests to one simulator as one account, and that account's recorded warnings."""

    def __init__(self, base_url: str, account: dict[str, Any]) -> None:
        self.host, self.port = base_url.removeprefix("http://").split(":")
        self.account = account
        token = base64.b64encode(f"{account['api_key']}:{account['api_secret']}".encode()).decode()
        self.authorization = f"Basic {token}"
        self.control = httpx.Client(base_url=base_url, timeout=30)
        self.cursor = self.control.get("/_sim/warnings", params={"limit": 1}).json()["last_id"]

    def send(self, http_method: str, target: str, body: bytes | None = None, content_type: str | None = None) -> Answer:
        """One request: ``target`` is sent as is (path and query), then the body, if any."""
        connection = http.client.HTTPConnection(self.host, int(self.port), timeout=30)
        try:
            connection.putrequest(http_method, target, skip_accept_encoding=True)
            connection.putheader("Authorization", self.authorization)
            connection.putheader("User-Agent", "transmitsmsAPI v.2")
            if content_type is not None:
                connection.putheader("Content-Type", content_type)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            return Answer(response.status, response.getheaders(), response.read().decode("utf-8"))
        finally:
            connection.close()

    def php_post(self, method: str, params: list[tuple[str, str]], *, prefix: str = "//2/") -> Answer:
        """POST as APIClient2.php with ``http_build_query``: ``<base>//2/<method>.json``, a form body."""
        body = urlencode(params).encode()
        return self.send("POST", f"{prefix}{method}.json", body, "application/x-www-form-urlencoded")

    def curl_multipart(self, method: str, params: list[tuple[str, str]]) -> Answer:
        """POST as the APIClient2.php that gives curl an array: a multipart body."""
        boundary = "------------------------d74496d66958873e"
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            for name, value in params
        ]
        body = ("".join(parts) + f"--{boundary}--\r\n").encode()
        return self.send("POST", f"//2/{method}.json", body, f"multipart/form-data; boundary={boundary}")

    def form(self, method: str, **params: str) -> Answer:
        body = urlencode(params).encode()
        return self.send("POST", f"/{method}.json", body, "application/x-www-form-urlencoded")

    def warnings(self) -> list[tuple[str, str | None]]:
        """``(code, parameter)`` of the warnings recorded since the last call, oldest first."""
        params = {"account_id": self.account["id"], "after": self.cursor}
        found = self.control.get("/_sim/warnings", params=params).json()
        self.cursor = found["last_id"]
        return [(w["code"], w["parameter"]) for w in found["warnings"]]


def _serve(**overrides: Any) -> Iterator[str]:
    app = create_app(settings(**overrides))
    try:
        with ServerThread(app) as server:
            yield server.base_url
    finally:
        app.state.runtime.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    yield from _serve()


@pytest.fixture(scope="module")
def strict_server() -> Iterator[str]:
    yield from _serve(strict=True)


def _account(base_url: str, **options: Any) -> dict[str, Any]:
    with httpx.Client(base_url=base_url) as control:
        body = {"name": "Wire habits", "business_names": ["MyBrand"], **options}
        account: dict[str, Any] = control.post("/_sim/accounts", json=body).json()
        return account


@pytest.fixture
def wire(server: str) -> Iterator[Wire]:
    handle = Wire(server, _account(server, reseller=True, balance=1000))
    yield handle
    handle.control.close()


@pytest.fixture
def strict_wire(strict_server: str) -> Iterator[Wire]:
    handle = Wire(strict_server, _account(strict_server))
    yield handle
    handle.control.close()


#: sendSms('Hello', '61491570156') of APIClient2.php (its http_build_query version): every
#: optional parameter with its placeholder, and two parameters the reference does not have.
PHP_SEND_SMS = [
    ("message", "Hello"),
    ("to", MOBILE),
    ("from", ""),
    ("send_at", ""),
    ("list_id", "0"),
    ("dlr_callback", ""),
    ("reply_callback", ""),
    ("validity", "0"),
    ("replies_to_email", ""),
    ("lookup_list_id", "0"),
    ("from_shared", "0"),
]


def test_the_vendor_php_clients_send_sms_to_a_number(wire: Wire) -> None:
    answer = wire.php_post("send-sms", PHP_SEND_SMS)
    assert answer.status == 200 and answer.code == "SUCCESS"
    assert answer.body["recipients"] == 1 and answer.body["sms"] == 1
    assert wire.warnings() == [
        ("placeholder", "from"),
        ("placeholder", "send_at"),
        ("placeholder", "list_id"),
        ("placeholder", "dlr_callback"),
        ("placeholder", "reply_callback"),
        ("placeholder", "replies_to_email"),
        ("unknown_parameter", "lookup_list_id"),
        ("unknown_parameter", "from_shared"),
    ]
    assert len(answer.header_warnings) == 8
    assert answer.header_warnings[2] == "placeholder: Field \"list_id\" = '0' was read as absent"


def test_strict_mode_refuses_what_the_php_client_sends(strict_wire: Wire) -> None:
    answer = strict_wire.php_post("send-sms", PHP_SEND_SMS)
    assert answer.status == 400 and answer.code == "FIELD_INVALID"
    assert answer.body["error"]["description"] == 'Unknown field "lookup_list_id"'
    canonical = strict_wire.php_post("send-sms", [("message", "Hello"), ("to", MOBILE), ("list_id", "0")])
    assert canonical.status == 400
    assert canonical.body["error"]["description"] == 'Only one of "to" or "list_id" may be given'


def test_the_multipart_php_client_with_booleans_as_one_and_empty(wire: Wire) -> None:
    sent = wire.curl_multipart(
        "send-sms", [("message", "Hi"), ("to", MOBILE), ("from", ""), ("list_id", "0"), ("tracked_link_url", "")]
    )
    assert sent.status == 200 and sent.code == "SUCCESS"
    wire.control.post("/_sim/inbound", json={"from": MOBILE, "message": "Yes please"}).raise_for_status()
    wire.warnings()
    # getSmsResponses($message_id) of the multipart client: keyword_id=0, empty strings, PHP's false.
    base = [("message_id", str(sent.body["message_id"])), ("keyword_id", "0"), ("keyword", ""), ("number", "")]
    base += [("msisdn", ""), ("page", "1"), ("max", "10")]
    without = wire.curl_multipart("get-sms-responses", [*base, ("include_original", "")])
    assert without.status == 200 and without.body["total"] == 1
    assert "original_message" not in without.body["responses"][0]
    assert ("boolean", "include_original") in wire.warnings()
    with_original = wire.curl_multipart("get-sms-responses", [*base, ("include_original", "1")])
    assert with_original.body["responses"][0]["original_message"] == "Hi"
    assert wire.warnings() == [
        ("placeholder", "keyword_id"),
        ("placeholder", "keyword"),
        ("placeholder", "number"),
        ("placeholder", "msisdn"),
        ("boolean", "include_original"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", True), ("TRUE", True), ("yes", True), ("On", True), ("0", False), ("No", False), ("off", False)],
)
def test_booleans_as_php_reads_them(wire: Wire, text: str, expected: bool) -> None:
    wire.form("send-sms", message="Hi", to=MOBILE)
    wire.control.post("/_sim/inbound", json={"from": MOBILE, "message": "Reply"}).raise_for_status()
    wire.warnings()
    answer = wire.form("get-user-sms-responses", include_original=text)
    assert answer.status == 200
    assert ("original_message" in answer.body["responses"][0]) is expected
    assert wire.warnings() == [("boolean", "include_original")]


def test_the_values_clients_send_that_the_reference_does_not_list(wire: Wire) -> None:
    message_id = str(wire.form("send-sms", message="Hi", to=f"{MOBILE},{MOBILE_2}").body["message_id"])
    list_id = str(wire.form("add-list", name="Habits").body["id"])
    wire.form("add-to-list", list_id=list_id, msisdn=MOBILE)
    wire.warnings()
    # getSmsSent($message_id) of APIClient2.php: page=1, max=10, optouts=include, delivery=all.
    sent = wire.php_post(
        "get-sms-sent",
        [("message_id", message_id), ("page", "1"), ("max", "10"), ("optouts", "include"), ("delivery", "all")],
    )
    assert sent.status == 200 and sent.body["total"] == 2
    assert wire.warnings() == [("enum_alias", "optouts"), ("enum_alias", "delivery")]
    members = wire.php_post("get-list", [("list_id", list_id), ("page", "1"), ("max", "10"), ("members", "all")])
    assert members.status == 200 and [m["msisdn"] for m in members.body["members"]] == [int(MOBILE)]
    both = wire.php_post("get-user-sms-responses", [("page", "1"), ("max", "10"), ("keywords", "both")])
    assert both.status == 200
    assert wire.warnings() == [("enum_alias", "members"), ("enum_alias", "keywords")]
    # Enumerated values in another case.
    active = wire.form("get-list", list_id=list_id, members="ACTIVE")
    pending = wire.form("get-sms-sent", message_id=message_id, delivery="Pending")
    assert active.status == 200 and pending.status == 200 and pending.body["total"] == 2
    assert wire.warnings() == [("enum_case", "members"), ("enum_case", "delivery")]


def test_a_keyword_status_of_active_is_open(wire: Wire) -> None:
    number = str(wire.form("lease-number").body["number"])
    added = wire.form("add-keyword", keyword="GYM", number=number, activate="false")
    assert added.body["status"] == "closed"
    # The reference's own edit-keyword example sends status=active, and billing_date (unknown).
    edited = wire.form("edit-keyword", keyword="GYM", number=number, status="active", billing_date="2020-06-26")
    assert edited.status == 200 and edited.body["status"] == "open"
    assert wire.warnings() == [("enum_alias", "status"), ("unknown_parameter", "billing_date")]


def test_parameters_of_other_clients_and_versions_are_ignored(wire: Wire) -> None:
    leased = wire.php_post("lease-number", [("number", ""), ("url", "")])
    assert leased.status == 200 and leased.code == "SUCCESS"
    responses = wire.php_post("get-user-sms-responses", [("page", "1"), ("max", "10"), ("number", "")])
    assert responses.status == 200
    message_id = str(wire.form("send-sms", message="Hi", to=MOBILE).body["message_id"])
    stats = wire.php_post("get-sms-stats", [("message_id", message_id), ("sms_id", message_id)])
    assert stats.status == 200 and stats.body["stats"]["total"] == 1
    client = wire.form("add-client", name="Acme", email="ops@acme.example", password="pw123456", msisdn=MOBILE)
    edited = wire.php_post("edit-client", [("client_id", str(client.body["id"])), ("email", "new@acme.example")])
    assert edited.status == 200 and edited.body["email"] == "ops@acme.example"
    assert wire.warnings() == [
        ("placeholder", "number"),
        ("unknown_parameter", "url"),
        ("unknown_parameter", "number"),
        ("unknown_parameter", "sms_id"),
        ("unknown_parameter", "email"),
    ]


def test_custom_fields_named_as_php_names_them(wire: Wire) -> None:
    # addList() of the http_build_query APIClient2.php names custom fields "field.1", which PHP reads as field_1.
    added = wire.php_post("add-list", [("name", "Customers"), ("field.1", "Email"), ("field.2", "Postcode")])
    assert added.status == 200 and added.body["fields"] == {"field_1": "Email", "field_2": "Postcode"}
    assert wire.warnings() == [("parameter_name", None), ("parameter_name", None)]


def test_parameters_in_the_query_string_of_a_post(wire: Wire) -> None:
    for body, content_type in ((b"", "application/x-www-form-urlencoded"), (None, None), (b"null", "application/json")):
        answer = wire.send("POST", f"/send-sms.json?message=Hi&to={MOBILE}", body, content_type)
        assert answer.status == 200 and answer.body["recipients"] == 1
    assert wire.warnings() == [("body_ignored", None)]
    # Split: page and max in the query, the rest in the body; a name in both has the body's value.
    for index in range(3):
        wire.form("add-list", name=f"List {index}")
    split = wire.send(
        "POST", "/get-lists.json?page=2&max=1", b"response_style=array", "application/x-www-form-urlencoded"
    )
    assert split.status == 200 and split.body["page"] == {"count": 3, "number": 2}
    both = wire.send("POST", "/get-lists.json?page=1&max=1", b"page=3", "application/x-www-form-urlencoded")
    assert both.body["page"]["number"] == 3
    assert wire.warnings() == [("duplicate_parameter", "page")]


def test_get_with_the_parameters_in_the_query_and_the_paths_of_the_php_client(wire: Wire) -> None:
    for target in ("/get-balance.json", "/2/get-balance.json", "//2/get-balance.json"):
        answer = wire.send("GET", target)
        assert answer.status == 200 and answer.body["currency"] == "AUD", target
    xml = wire.send("POST", "//2/get-balance.xml", b"", "application/x-www-form-urlencoded")
    assert xml.status == 200 and "<currency>AUD</currency>" in xml.text
    sent = wire.send("GET", f"/send-sms.json?message=Hi%20there&to={MOBILE}")
    assert sent.status == 200 and sent.body["recipients"] == 1
    assert wire.warnings() == []
    # A GET's body is not read (PHP reads a body of POST only): its parameters are missing.
    with_body = wire.send("GET", "/get-lists.json", b"max=abc", "application/x-www-form-urlencoded")
    assert with_body.status == 200 and with_body.body["page"]["number"] == 1
    assert wire.warnings() == [("body_ignored", None)]


def test_numbers_as_people_type_them(wire: Wire) -> None:
    # As the PHP client's own example sends them: sendSms('test', '6140000000, 6140000001').
    spaced = wire.form("send-sms", message="Hi", to=f"{MOBILE}, {MOBILE_2}")
    assert spaced.status == 200 and spaced.body["recipients"] == 2
    assert wire.warnings() == [("number_format", "to")]
    local = wire.form("send-sms", message="Hi", to="0491 570 156", countrycode="AU")
    assert local.status == 200 and local.body["recipients"] == 1
    sent = wire.form("get-sms-sent", message_id=str(local.body["message_id"])).body["recipients"]
    assert [r["msisdn"] for r in sent] == [int(MOBILE)]
    # One bad number among good ones: skipped, as the reference says of invalid numbers.
    mixed = wire.form("send-sms", message="Hi", to=f"{MOBILE},12345,abc,{MOBILE_2}")
    assert mixed.status == 200 and mixed.body["recipients"] == 2
    assert wire.warnings() == [("number_format", "to"), ("invalid_number", "to")]
    none_left = wire.form("send-sms", message="Hi", to="abc, not a number")
    assert none_left.status == 400 and none_left.code == "RECIPIENTS_ERROR"
    list_id = str(wire.form("add-list", name="Typed").body["id"])
    added = wire.form("add-to-list", list_id=list_id, msisdn="(0491) 570-157", countrycode="au")
    assert added.status == 200 and added.body["msisdn"] == int(MOBILE_2)
    formatted = wire.form("get-contact", list_id=list_id, msisdn="+61 491 570 157")
    assert formatted.status == 200 and formatted.body["msisdn"] == int(MOBILE_2)


def test_strict_mode_refuses_numbers_with_spaces(strict_wire: Wire) -> None:
    answer = strict_wire.form("send-sms", message="Hi", to=f"{MOBILE}, {MOBILE_2}")
    assert answer.status == 400 and answer.code == "FIELD_INVALID"


def test_warnings_are_listed_with_their_request_and_answer(wire: Wire) -> None:
    wire.form("get-lists", max=" 05 ", firstname="x")
    listing = wire.control.get("/_sim/warnings", params={"account_id": wire.account["id"], "after": wire.cursor})
    found = listing.json()["warnings"]
    assert [(w["code"], w["parameter"], w["method"], w["request"], w["status"]) for w in found] == [
        ("number_format", "max", "get-lists", "POST /get-lists.json", 200),
        ("unknown_parameter", "firstname", "get-lists", "POST /get-lists.json", 200),
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", w["at"]) for w in found)
    # A refused request keeps its warnings: a misspelt parameter explains a FIELD_EMPTY.
    refused = wire.form("send-sms", mesage="Hi", to=MOBILE)
    assert refused.status == 400 and refused.code == "FIELD_EMPTY"
    assert refused.header_warnings == ['unknown_parameter: Unknown field "mesage" was ignored']


def test_credentials_in_the_services_formats(server: str) -> None:
    for _ in range(20):
        account = _account(server)
        assert re.fullmatch(r"[0-9a-f]{32}", account["api_key"])
        assert re.fullmatch(r"[A-Za-z0-9]{16}", account["api_secret"])
