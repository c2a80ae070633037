"""Spec-driven request validation, on a tiny inline spec: the canonical forms (strict mode) and the
forms the service reads besides them (the default), each with its warning."""

from __future__ import annotations

from typing import Any

import pytest

from transmitsms_sim.domain.errors import ApiError
from transmitsms_sim.web.diagnostics import Diagnostics
from transmitsms_sim.web.spec import inline, operations
from transmitsms_sim.web.validation import RequestValidator

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/send-thing.json": {
            "post": {
                "operationId": "send_thing",
                "x-error-codes": [
                    {"code": "FIELD_INVALID", "status": 400},
                    {"code": "RECIPIENTS_ERROR", "status": 400},
                ],
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
            "Numbers": {
                "type": "string",
                "pattern": "^\\+?[0-9]{1,15}(,\\+?[0-9]{1,15})*$",
                "x-comma-separated": True,
                "x-phone-number": True,
            },
            "SendThing": {
                "type": "object",
                "additionalProperties": False,
                "required": ["message"],
                "oneOf": [{"required": ["to"]}, {"required": ["list_id"]}],
                "dependentRequired": {"keyword": ["number"]},
                "properties": {
                    "message": {"type": "string", "minLength": 1, "maxLength": 5},
                    "to": {"$ref": "#/components/schemas/Numbers"},
                    "list_id": {"type": "integer", "minimum": 1, "x-placeholders": ["", "0"]},
                    "max": {"type": "integer", "minimum": 1, "maximum": 100},
                    "page": {"type": "integer", "format": "int32", "minimum": 1},
                    "big": {"type": "integer", "format": "int64"},
                    "ratio": {"type": "number", "minimum": 0},
                    "flag": {"type": "boolean"},
                    "kind": {"type": "string", "enum": ["a", "b"], "x-aliases": {"Everything": None, "bee": "b"}},
                    "when": {"$ref": "#/components/schemas/When"},
                    "url": {"$ref": "#/components/schemas/CallbackUrl", "description": "sibling kept"},
                    "keyword": {"type": "string"},
                    "number": {"type": "string", "pattern": "^\\+?[0-9]{1,15}$", "x-phone-number": True},
                    "emails": {"type": "string", "pattern": "^[a-z@.]+(,[a-z@.]+)*$", "x-comma-separated": True},
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def validators() -> dict[str, RequestValidator]:
    return {name: RequestValidator(op) for name, op in operations(SPEC).items()}


def strict() -> Diagnostics:
    return Diagnostics(strict=True)


def refused(validator: RequestValidator, raw: dict[str, str]) -> tuple[str, str]:
    """The error of a request held to the canonical forms (strict mode)."""
    with pytest.raises(ApiError) as caught:
        validator.validate(raw, strict())
    return caught.value.code, caught.value.description


def test_valid_requests_are_typed(validators: dict[str, RequestValidator]) -> None:
    diagnostics = Diagnostics()
    typed = validators["send-thing"].validate(
        {
            "message": "Hi",
            "to": "123",
            "max": "5",
            "ratio": "1.5e2",
            "flag": "true",
            "kind": "a",
            "url": "https://x.io/a",
        },
        diagnostics,
    )
    assert diagnostics.leniencies == []
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
    assert validators["name-fields"].validate({"field_2": "x"}, strict()) == {"field_2": "x"}


def test_an_operation_without_parameters_refuses_any(validators: dict[str, RequestValidator]) -> None:
    assert validators["get-nothing"].validate({}, strict()) == {}
    assert refused(validators["get-nothing"], {"currency": "AUD"}) == ("FIELD_INVALID", 'Unknown field "currency"')


def test_inline_keeps_sibling_keywords() -> None:
    schema = inline(SPEC, {"$ref": "#/components/schemas/CallbackUrl", "maxLength": 9})
    assert schema == {"type": "string", "format": "uri", "pattern": "^https?://[^\\s]+$", "maxLength": 9}


def lenient(validator: RequestValidator, raw: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str | None]]]:
    """The typed request read as the service reads it, and the (code, parameter) of each warning."""
    diagnostics = Diagnostics()
    typed = validator.validate(raw, diagnostics)
    return typed, [(item.code, item.parameter) for item in diagnostics.leniencies]


BASE = {"message": "Hi", "to": "1"}


@pytest.mark.parametrize(
    ("extra", "expected", "warnings"),
    [
        ({"firstname": "x"}, {}, [("unknown_parameter", "firstname")]),
        ({"": ""}, {}, [("unknown_parameter", "")]),
        ({"max": ""}, {}, [("placeholder", "max")]),
        ({"flag": "1"}, {"flag": True}, [("boolean", "flag")]),
        ({"flag": "YES"}, {"flag": True}, [("boolean", "flag")]),
        ({"flag": "on"}, {"flag": True}, [("boolean", "flag")]),
        ({"flag": "0"}, {"flag": False}, [("boolean", "flag")]),
        ({"flag": "No"}, {"flag": False}, [("boolean", "flag")]),
        ({"flag": "FALSE"}, {"flag": False}, [("boolean", "flag")]),
        ({"flag": ""}, {"flag": False}, [("boolean", "flag")]),
        ({"kind": "A"}, {"kind": "a"}, [("enum_case", "kind")]),
        ({"kind": "everything"}, {}, [("enum_alias", "kind")]),
        ({"kind": "BEE"}, {"kind": "b"}, [("enum_alias", "kind")]),
        ({"max": " 05 "}, {"max": 5}, [("number_format", "max")]),
        ({"max": "+7"}, {"max": 7}, [("number_format", "max")]),
        ({"ratio": " 1.5"}, {"ratio": 1.5}, [("number_format", "ratio")]),
        ({"number": "0491 570-156"}, {"number": "0491570156"}, [("number_format", "number")]),
        ({"number": "(02) 9999.0000"}, {"number": "0299990000"}, [("number_format", "number")]),
        ({"emails": "a@b.c, d@e.f"}, {"emails": "a@b.c,d@e.f"}, [("number_format", "emails")]),
    ],
)
def test_lenient_forms_are_read_with_a_warning(
    validators: dict[str, RequestValidator],
    extra: dict[str, str],
    expected: dict[str, Any],
    warnings: list[tuple[str, str | None]],
) -> None:
    typed, found = lenient(validators["send-thing"], {**BASE, **extra})
    assert typed == {"message": "Hi", "to": "1", **expected}
    assert found == warnings
    # Strict mode does not read the form: it refuses it, or reads '' as absent (today's rule).
    if extra in ({"max": ""}, {"flag": ""}):
        assert validators["send-thing"].validate({**BASE, **extra}, strict()) == {"message": "Hi", "to": "1"}
    else:
        assert refused(validators["send-thing"], {**BASE, **extra})[0] == "FIELD_INVALID"


def test_a_placeholder_id_is_absent_so_the_other_of_a_group_is_used(validators: dict[str, RequestValidator]) -> None:
    typed, found = lenient(validators["send-thing"], {"message": "Hi", "to": "1", "list_id": "0"})
    assert typed == {"message": "Hi", "to": "1"}
    assert found == [("placeholder", "list_id")]
    assert refused(validators["send-thing"], {"message": "Hi", "to": "1", "list_id": "0"}) == (
        "FIELD_INVALID",
        'Only one of "to" or "list_id" may be given',
    )


def test_number_lists_are_cleaned_and_entries_that_are_not_numbers_skipped(
    validators: dict[str, RequestValidator],
) -> None:
    typed, found = lenient(validators["send-thing"], {"message": "Hi", "to": " 61491570156, 0491 570 157,,abc,"})
    assert typed["to"] == "61491570156,0491570157"
    assert found == [("number_format", "to"), ("invalid_number", "to")]


def test_a_list_without_any_number_left_is_the_operations_recipients_error(
    validators: dict[str, RequestValidator],
) -> None:
    with pytest.raises(ApiError) as caught:
        validators["send-thing"].validate({"message": "Hi", "to": "abc, def"}, Diagnostics())
    assert caught.value.code == "RECIPIENTS_ERROR"
    assert refused(validators["send-thing"], {"message": "Hi", "to": "abc, def"}) == (
        "FIELD_INVALID",
        'Field "to" has invalid format',
    )


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ({"message": "", "to": "1"}, "FIELD_EMPTY"),  # a required parameter's placeholder is missing
        ({"message": "Hi", "to": "1", "kind": "c"}, "FIELD_INVALID"),  # neither a value, a case, nor an alias
        ({"message": "Hi", "to": "1", "flag": "maybe"}, "FIELD_INVALID"),
        ({"message": "Hi", "to": "1", "max": "5.0"}, "FIELD_INVALID"),
        ({"message": "Hi", "to": "1", "max": "0"}, "FIELD_INVALID"),  # 0 is no placeholder of max
        ({"message": "Hi", "to": "1", "number": "0491x"}, "FIELD_INVALID"),
    ],
)
def test_what_the_service_cannot_read_is_still_refused(
    validators: dict[str, RequestValidator], raw: dict[str, str], code: str
) -> None:
    with pytest.raises(ApiError) as caught:
        validators["send-thing"].validate(raw, Diagnostics())
    assert caught.value.code == code
