"""The example server answers from the spec's examples and checks requests against the spec."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request

import pytest

from tools.example_server import ExampleServer

KEY, SECRET = "key", "s3cret"


def basic(key: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()


@pytest.fixture(scope="module")
def server(spec_document: dict) -> ExampleServer:
    return ExampleServer(spec_document, KEY, SECRET)


def test_an_operation_answers_its_200_example(server: ExampleServer, spec_document: dict) -> None:
    status, body = server.answer("/get-balance.json", basic(KEY, SECRET), "")
    example = spec_document["paths"]["/get-balance.json"]["post"]["responses"]["200"]["content"]["application/json"]
    assert (status, body) == (200, example["example"])


def test_a_field_named_like_a_request_field_echoes_the_request(server: ExampleServer) -> None:
    status, body = server.answer("/get-sms.json", basic(KEY, SECRET), "message_id=42")
    assert status == 200
    assert body["message_id"] == 42


@pytest.mark.parametrize(
    ("authorization", "code"),
    [(None, "AUTH_FAILED_NO_DATA"), (basic(KEY, "wrong"), "AUTH_FAILED"), ("Basic !!!", "AUTH_FAILED_NO_DATA")],
)
def test_missing_or_wrong_credentials_answer_401(server: ExampleServer, authorization: str | None, code: str) -> None:
    status, body = server.answer("/get-balance.json", authorization, "")
    assert (status, body["error"]["code"]) == (401, code)


def test_an_unknown_method_answers_404(server: ExampleServer) -> None:
    status, body = server.answer("/get-nothing.json", basic(KEY, SECRET), "")
    assert (status, body["error"]["code"]) == (404, "NOT_IMPLEMENTED")


@pytest.mark.parametrize(
    "form",
    ["message_id=abc", "", "message_id=1&messageId=1"],
    ids=["wrong type", "missing field", "unknown field"],
)
def test_a_request_the_spec_rejects_answers_400(server: ExampleServer, form: str) -> None:
    status, body = server.answer("/get-sms.json", basic(KEY, SECRET), form)
    assert (status, body["error"]["code"]) == (400, "FIELD_INVALID")


def test_send_sms_accepts_a_message_to_one_number(server: ExampleServer) -> None:
    status, body = server.answer("/send-sms.json", basic(KEY, SECRET), "message=Hi&to=61491570156")
    assert (status, body["recipients"]) == (200, 1)


def test_it_serves_over_loopback_and_stops(spec_document: dict) -> None:
    with ExampleServer.running(spec_document, KEY, SECRET) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        request = urllib.request.Request(
            f"{base_url}/get-balance.json", data=b"", headers={"Authorization": basic(KEY, SECRET)}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.loads(response.read())["currency"] == "AUD"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(f"{base_url}/get-balance.json", data=b""), timeout=10)
        assert refused.value.code == 401
        refused.value.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(urllib.request.Request(f"{base_url}/get-balance.json", data=b""), timeout=2)
