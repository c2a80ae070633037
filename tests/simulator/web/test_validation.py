"""Spec-driven request validation, on a tiny inline spec."""

from __future__ import annotations

from typing import Any

import pytest

from transmitsms_sim.domain.errors import ApiError
from transmitsms_sim.web.spec import inline, operations
from transmitsms_sim.web.validation import RequestValidator

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/send-thing.json": {
            "post": {
                "operationId": "send_thing",
                "x-error-codes": [{"code": "FIELD_INVALID", "status": 400}],
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/SendThing"}}
                    }
                },
            }
        },
        "/name-fields.json": {
            "post": {
                "operationId": "name_fields",
                "x-error-codes": [{"code": "MISSING_PARAM", "status": 400}],
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "additionalProperties": False,
                                "anyOf": [{"required": ["field_1"]}, {"required": ["field_2"]}],
                                "properties": {"field_1": {"type": "string"}, "field_2": {"type": "string"}},
                            }
                        }
                    }
                },
            }
        },
        "/get-nothing.json": {"post": {"operationId": "get_nothing"}},
    },
    "components": {
        "schemas": {
            "When": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"},
            "CallbackUrl": {"type": "string", "format": "uri", "pattern": "^https?://[^\\s]+$"},
            "SendThing": {
                "type": "object",
                "additionalProperties": False,
                "required": ["message"],
                "oneOf": [{"required": ["to"]}, {"required": ["list_id"]}],
                "dependentRequired": {"keyword": ["number"]},
                "properties": {
                    "message": {"type": "string", "minLength": 1, "maxLength": 5},
                    "to": {"type": "string", "pattern": "^[0-9]+$"},
                    "list_id": {"type": "integer", "minimum": 1},
                    "max": {"type": "integer", "minimum": 1, "maximum": 100},
                    "page": {"type": "integer", "format": "int32", "minimum": 1},
                    "big": {"type": "integer", "format": "int64"},
                    "ratio": {"type": "number", "minimum": 0},
                    "flag": {"type": "boolean"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "when": {"$ref": "#/components/schemas/When"},
                    "url": {"$ref": "#/components/schemas/CallbackUrl", "description": "sibling kept"},
                    "keyword": {"type": "string"},
                    "number": {"type": "string"},
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def validators() -> dict[str, RequestValidator]:
    return {name: RequestValidator(op) for name, op in operations(SPEC).items()}


def refused(validator: RequestValidator, raw: dict[str, str]) -> tuple[str, str]:
    with pytest.raises(ApiError) as caught:
        validator.validate(raw)
    return caught.value.code, caught.value.description


def test_valid_requests_are_typed(validators: dict[str, RequestValidator]) -> None:
    typed = validators["send-thing"].validate(
        {
            "message": "Hi",
            "to": "123",
            "max": "5",
            "ratio": "1.5e2",
            "flag": "true",
            "kind": "a",
            "url": "https://x.io/a",
        }
    )
    assert typed == {
        "message": "Hi",
        "to": "123",
        "max": 5,
        "ratio": 150.0,
        "flag": True,
        "kind": "a",
        "url": "https://x.io/a",
    }


@pytest.mark.parametrize(
    ("raw", "code", "description"),
    [
        ({"message": "Hi", "to": "1", "firstname": "x"}, "FIELD_INVALID", 'Unknown field "firstname"'),
        ({"message": "Hi", "to": "1", "firstname": ""}, "FIELD_INVALID", 'Unknown field "firstname"'),
        ({"message": "Hi", "to": "1", "": ""}, "FIELD_INVALID", "A parameter has no name"),
        ({"message": "", "to": "1"}, "FIELD_EMPTY", 'Field "message" is empty'),
        ({"to": "1"}, "FIELD_EMPTY", 'Field "message" is empty'),
        ({"message": "Hi"}, "FIELD_EMPTY", 'One of "to" or "list_id" is required'),
        ({"message": "Hi", "to": "1", "list_id": "2"}, "FIELD_INVALID", 'Only one of "to" or "list_id" may be given'),
        ({"message": "Hi", "list_id": "x"}, "FIELD_INVALID", 'Field "list_id" has wrong type, expected type - numeric'),
        (
            {"message": "Hi", "list_id": "05"},
            "FIELD_INVALID",
            'Field "list_id" has wrong type, expected type - numeric',
        ),
        (
            {"message": "Hi", "list_id": "+5"},
            "FIELD_INVALID",
            'Field "list_id" has wrong type, expected type - numeric',
        ),
        (
            {"message": "Hi", "list_id": "1.0"},
            "FIELD_INVALID",
            'Field "list_id" has wrong type, expected type - numeric',
        ),
        ({"message": "Hi", "list_id": "0"}, "FIELD_INVALID", 'Field "list_id" has invalid value, expected at least 1'),
        (
            {"message": "Hi", "to": "1", "max": "101"},
            "FIELD_INVALID",
            'Field "max" has invalid value, expected 1 to 100',
        ),
        (
            {"message": "Hi", "to": "1", "ratio": "nan"},
            "FIELD_INVALID",
            'Field "ratio" has wrong type, expected type - numeric',
        ),
        ({"message": "Hi", "to": "1", "ratio": "1e999"}, "FIELD_INVALID", 'Field "ratio" is out of range'),
        (
            {"message": "Hi", "to": "1", "flag": "1"},
            "FIELD_INVALID",
            'Field "flag" has wrong type, expected true or false',
        ),
        (
            {"message": "Hi", "to": "1", "flag": "True"},
            "FIELD_INVALID",
            'Field "flag" has wrong type, expected true or false',
        ),
        (
            {"message": "Hi", "to": "1", "kind": "c"},
            "FIELD_INVALID",
            'Field "kind" has invalid value, expected one of: a, b',
        ),
        (
            {"message": "Hello!", "to": "1"},
            "FIELD_INVALID",
            'Field "message" is too long, expected at most 5 characters',
        ),
        ({"message": "Hi", "to": "x1"}, "FIELD_INVALID", 'Field "to" has invalid format'),
        ({"message": "Hi", "to": "1", "when": "2020-01-01"}, "FIELD_INVALID", 'Field "when" has invalid format'),
        (
            {"message": "Hi", "to": "1", "url": "file:///etc/passwd"},
            "FIELD_INVALID",
            'Field "url" must be an http or https URL',
        ),
        (
            {"message": "Hi", "to": "1", "url": "http://[oops"},
            "FIELD_INVALID",
            'Field "url" must be an http or https URL',
        ),
        (
            {"message": "Hi", "to": "1", "keyword": "A"},
            "FIELD_INVALID",
            "If you provide 'keyword', you must provide 'number'",
        ),
    ],
)
def test_bad_requests(
    validators: dict[str, RequestValidator], raw: dict[str, str], code: str, description: str
) -> None:
    assert refused(validators["send-thing"], raw) == (code, description)


def test_missing_param_where_the_operation_documents_it(validators: dict[str, RequestValidator]) -> None:
    assert refused(validators["name-fields"], {})[0] == "MISSING_PARAM"
    assert validators["name-fields"].validate({"field_2": "x"}) == {"field_2": "x"}


def test_an_operation_without_parameters_refuses_any(validators: dict[str, RequestValidator]) -> None:
    assert validators["get-nothing"].validate({}) == {}
    assert refused(validators["get-nothing"], {"currency": "AUD"}) == ("FIELD_INVALID", 'Unknown field "currency"')


def test_inline_keeps_sibling_keywords() -> None:
    schema = inline(SPEC, {"$ref": "#/components/schemas/CallbackUrl", "maxLength": 9})
    assert schema == {"type": "string", "format": "uri", "pattern": "^https?://[^\\s]+$", "maxLength": 9}
