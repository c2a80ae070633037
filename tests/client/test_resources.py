"""Every operation of the spec, through the high-level client, against its own examples.

For each operation: the method the naming rule promises exists on its resource (sync, async and
raw); called with its required parameters it POSTs them as a form to the operation's path; the
spec's 200 example comes back as the typed model, and each of its 400 examples raises the class
its code maps to.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

import transmitsms.models
import transmitsms.operations
from generator import naming
from generator.preprocess import preprocess
from tests.client.conftest import Recorder, form
from tests.support.spec import bundled
from tools.spec_checks import object_properties, operations, resolve
from transmitsms import APIError, RawResponse, UnknownAPIError
from transmitsms._runtime.exceptions import ERROR_CLASSES

DOC = preprocess(bundled())
OPERATIONS = sorted(((op["operationId"], path, op) for path, _, op in operations(DOC)), key=lambda row: row[0])
FORM = "application/x-www-form-urlencoded"


def request_properties(op: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    body = op.get("requestBody")
    if body is None:
        return {}, []
    schema = resolve(DOC, body["content"][FORM]["schema"])
    return object_properties(DOC, schema), list(schema.get("required", []))


def sample(schema: dict[str, Any]) -> Any:
    schema = resolve(DOC, schema)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("x-comma-separated"):
        return ["61491570156", 61491570157]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    return {"string": "text", "integer": 7, "number": 1.5, "boolean": True}[schema["type"]]


def wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def call_plan(op: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The keyword arguments for the required parameters, and the form expected on the wire."""
    properties, required = request_properties(op)
    arguments = {naming.argument_name(name): sample(properties[name]) for name in required}
    expected = {name: wire(sample(properties[name])) for name in required}
    for name, schema in properties.items():
        if name not in required and "default" in resolve(DOC, schema):
            expected[name] = wire(resolve(DOC, schema)["default"])
    return arguments, expected


def success_example(op: dict[str, Any]) -> Any:
    media = op["responses"]["200"]["content"]["application/json"]
    return media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]


def response_class(op: dict[str, Any]) -> type:
    name = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    cls: type = getattr(transmitsms.models, name)
    return cls


def method_of(client: Any, operation_id: str, op: dict[str, Any]) -> Any:
    tag = op["tags"][0]
    return getattr(getattr(client, naming.resource_attribute(tag)), naming.method_name(operation_id, tag))


def test_every_operation_of_the_spec_and_only_those_is_generated() -> None:
    assert OPERATIONS
    assert sorted(transmitsms.operations.OPERATIONS) == [operation_id for operation_id, _, _ in OPERATIONS]


@pytest.mark.parametrize(("operation_id", "path", "op"), OPERATIONS, ids=[row[0] for row in OPERATIONS])
def test_each_operation_sends_its_form_and_returns_its_model(make_client, operation_id, path, op) -> None:
    recorder = Recorder(httpx.Response(200, json=success_example(op)))
    client = make_client(recorder)
    arguments, expected_form = call_plan(op)
    result: Any = method_of(client, operation_id, op)(**arguments)
    request = recorder.requests[0]
    assert (request.method, request.url.path) == ("POST", path)
    assert form(request) == expected_form
    assert result.to_dict() == success_example(op)
    assert isinstance(result, response_class(op))


@pytest.mark.parametrize(("operation_id", "path", "op"), OPERATIONS, ids=[row[0] for row in OPERATIONS])
def test_each_operation_writes_canonical_forms_only(make_client, operation_id, path, op) -> None:
    """The client never sends a placeholder for what the caller left unset (spec, *Placeholders*),
    nor a form the service reads leniently: no empty value, no ``x-placeholders`` value, booleans
    as ``true``/``false``, lists without spaces, only parameters the spec names."""
    recorder = Recorder(httpx.Response(200, json=success_example(op)))
    arguments, _ = call_plan(op)
    method_of(make_client(recorder), operation_id, op)(**arguments)
    properties, _ = request_properties(op)
    sent = form(recorder.requests[0])
    assert set(sent) <= set(properties)
    for name, value in sent.items():
        schema = resolve(DOC, properties[name])
        assert value != "" and value not in [str(v) for v in schema.get("x-placeholders", [])], (name, value)
        assert value == value.strip() and ", " not in value, (name, value)
        if schema.get("type") == "boolean":
            assert value in ("true", "false"), (name, value)


@pytest.mark.parametrize(("operation_id", "path", "op"), OPERATIONS, ids=[row[0] for row in OPERATIONS])
def test_each_operation_raises_the_class_of_each_documented_error(make_client, operation_id, path, op) -> None:
    examples = op["responses"].get("400", {}).get("content", {}).get("application/json", {}).get("examples", {})
    answers = [example["value"] for example in examples.values()]
    answers.append({"error": {"code": "AUTH_FAILED", "description": "The auth data you have provided is invalid."}})
    arguments, _ = call_plan(op)
    for body in answers:
        client = make_client(
            Recorder(httpx.Response(400 if body["error"]["code"] != "AUTH_FAILED" else 401, json=body))
        )
        with pytest.raises(APIError) as caught:
            method_of(client, operation_id, op)(**arguments)
        code = body["error"]["code"]
        assert type(caught.value) is ERROR_CLASSES[code]
        assert (caught.value.code, caught.value.description) == (code, body["error"]["description"])
        assert caught.value.operation == operation_id


@pytest.mark.parametrize(("operation_id", "path", "op"), OPERATIONS, ids=[row[0] for row in OPERATIONS])
def test_async_and_raw_variants_have_the_same_signature(make_client, make_async_client, operation_id, path, op) -> None:
    example = success_example(op)
    sync_client = make_client(Recorder(httpx.Response(200, json=example, headers={"X-Test": "1"})))
    async_client = make_async_client(Recorder(httpx.Response(200, json=example)))
    sync_method = method_of(sync_client, operation_id, op)
    async_method = method_of(async_client, operation_id, op)
    tag = op["tags"][0]
    raw_method = getattr(
        getattr(sync_client, naming.resource_attribute(tag)).with_raw_response, naming.method_name(operation_id, tag)
    )
    assert inspect.signature(sync_method).parameters == inspect.signature(raw_method).parameters
    assert inspect.signature(sync_method).parameters == inspect.signature(async_method).parameters
    assert inspect.iscoroutinefunction(async_method)
    arguments, _ = call_plan(op)
    raw = raw_method(**arguments)
    assert isinstance(raw, RawResponse) and raw.headers["x-test"] == "1"
    assert isinstance(raw.parse(), response_class(op))
    assert isinstance(asyncio.run(async_method(**arguments)), response_class(op))


@pytest.mark.parametrize(("operation_id", "path", "op"), OPERATIONS, ids=[row[0] for row in OPERATIONS])
def test_each_method_documents_its_operation(make_client, operation_id, path, op) -> None:
    client = make_client(Recorder(httpx.Response(200)))
    doc = inspect.getdoc(method_of(client, operation_id, op)) or ""
    assert doc.startswith(op["summary"])
    properties, _ = request_properties(op)
    for name in properties:
        assert f"{naming.argument_name(name)}: " in doc
    for entry in op.get("x-error-codes", []):
        assert f"``{entry['code']}``" in doc


def test_an_unknown_error_code_still_raises_with_its_code(make_client) -> None:
    client = make_client(Recorder(httpx.Response(400, json={"error": {"code": "NEW_CODE", "description": "new"}})))
    with pytest.raises(UnknownAPIError) as caught:
        client.account.get_balance()
    assert caught.value.code == "NEW_CODE"


def test_lists_are_accepted_where_the_api_takes_comma_separated_values(make_client) -> None:
    recorder = Recorder(httpx.Response(200, json=success_example(dict(operations_by_id()["edit_number_options"]))))
    client = make_client(recorder)
    client.numbers.edit_number_options(
        number="61491570156", forward_sms=["61491570157", 61491570158], forward_email=("a@example.com", "b@example.com")
    )
    sent = form(recorder.requests[0])
    assert sent["forward_sms"] == "61491570157,61491570158"
    assert sent["forward_email"] == "a@example.com,b@example.com"
    client.numbers.edit_number_options(number="61491570156", forward_sms="61491570157")
    assert form(recorder.requests[1]) == {"number": "61491570156", "forward_sms": "61491570157"}


def test_enum_parameters_take_strings_and_keywords_are_renamed(make_client) -> None:
    recorder = Recorder(httpx.Response(200, json=success_example(operations_by_id()["get_numbers"])))
    client = make_client(recorder)
    client.numbers.get_numbers(filter="available", max=5)
    assert form(recorder.requests[0]) == {"filter": "available", "page": "1", "max": "5"}
    recorder.answers = [httpx.Response(200, json=success_example(operations_by_id()["send_sms"]))]
    client.sms.send(message="Hi", list_id=4, from_="MyBrand", send_at="2030-01-01 00:00:00")
    assert form(recorder.requests[1]) == {
        "message": "Hi",
        "list_id": "4",
        "from": "MyBrand",
        "send_at": "2030-01-01 00:00:00",
    }


def test_per_call_options_are_keyword_arguments_of_every_method(make_client) -> None:
    recorder = Recorder(httpx.Response(429, json={"error": {"code": "OVER_LIMIT", "description": "slow"}}))
    client = make_client(recorder)
    with pytest.raises(APIError):
        client.account.get_balance(timeout=2.0, max_retries=0)
    assert len(recorder.requests) == 1
    assert recorder.requests[0].extensions["timeout"]["read"] == 2.0


def operations_by_id() -> dict[str, dict[str, Any]]:
    return {operation_id: op for operation_id, _, op in OPERATIONS}
