"""The spec rewrite handed to openapi-python-client."""

from __future__ import annotations

import copy
from typing import Any

from generator.preprocess import callback_schema_names, preprocess
from tests.support.spec import bundled


def small_doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/send.json": {
                "post": {
                    "operationId": "send",
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"$ref": "#/components/schemas/SendRequest"}
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                    "callbacks": {"dlr": {"{$request.body#/cb}": {"$ref": "#/components/pathItems/Dlr"}}},
                }
            }
        },
        "webhooks": {"dlr": {"$ref": "#/components/pathItems/Dlr"}},
        "components": {
            "pathItems": {
                "Dlr": {
                    "get": {
                        "parameters": [
                            {"name": "p", "in": "query", "schema": {"$ref": "#/components/schemas/DlrPayload"}}
                        ],
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            },
            "schemas": {
                "Page": {"type": "integer", "minimum": 1, "default": 1, "description": "The page."},
                "Digits": {"type": "string", "pattern": "^[0-9]+$"},
                "Style": {"type": "string", "enum": ["array"]},
                "SendRequest": {
                    "type": "object",
                    "description": "A send.",
                    "oneOf": [{"required": ["to"]}, {"required": ["list_id"]}],
                    "dependentRequired": {"keyword": ["number"]},
                    "properties": {
                        "to": {"type": "string"},
                        "list_id": {"type": "integer"},
                        "keyword": {"type": "string"},
                        "number": {"type": "string"},
                        "page": {"$ref": "#/components/schemas/Page", "description": "Which page."},
                        "style": {"$ref": "#/components/schemas/Style", "description": "The style."},
                    },
                },
                "DlrPayload": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Digits"}}},
            },
        },
    }


def test_the_input_is_not_modified() -> None:
    doc = small_doc()
    before = copy.deepcopy(doc)
    preprocess(doc)
    assert doc == before


def test_callbacks_webhooks_and_their_schemas_leave() -> None:
    doc = small_doc()
    assert callback_schema_names(doc) == {"DlrPayload", "Digits"}
    out = preprocess(doc)
    assert "webhooks" not in out and "pathItems" not in out["components"]
    assert "callbacks" not in out["paths"]["/send.json"]["post"]
    assert set(out["components"]["schemas"]) == {"Page", "Style", "SendRequest"}


def test_a_schema_used_by_callbacks_and_requests_stays() -> None:
    doc = small_doc()
    doc["components"]["schemas"]["SendRequest"]["properties"]["code"] = {"$ref": "#/components/schemas/Digits"}
    assert callback_schema_names(doc) == {"DlrPayload"}


def test_required_alternatives_become_a_description() -> None:
    schema = preprocess(small_doc())["components"]["schemas"]["SendRequest"]
    assert "oneOf" not in schema and "dependentRequired" not in schema
    assert schema["description"] == (
        "A send. Exactly one of `to` or `list_id` is required. With `keyword`, `number` must be given too."
    )


def test_anyof_of_three_is_listed() -> None:
    doc = small_doc()
    schema = doc["components"]["schemas"]["SendRequest"]
    del schema["oneOf"], schema["description"]
    schema["anyOf"] = [{"required": ["to"]}, {"required": ["list_id"]}, {"required": ["keyword"]}]
    out = preprocess(doc)["components"]["schemas"]["SendRequest"]
    assert out["description"].startswith("At least one of `to`, `list_id` or `keyword` is required.")


def test_typed_alternatives_are_left_alone() -> None:
    doc = small_doc()
    schema = doc["components"]["schemas"]["SendRequest"]
    schema["oneOf"] = [{"required": ["to"], "properties": {"to": {"minLength": 3}}}, {"required": ["list_id"]}]
    assert preprocess(doc)["components"]["schemas"]["SendRequest"]["oneOf"] == schema["oneOf"]


def test_primitive_references_are_inlined_with_their_siblings() -> None:
    properties = preprocess(small_doc())["components"]["schemas"]["SendRequest"]["properties"]
    assert properties["page"] == {"type": "integer", "minimum": 1, "default": 1, "description": "Which page."}
    assert properties["style"] == {
        "$ref": "#/components/schemas/Style",
        "description": "The style.",
    }  # enums stay shared


def test_the_real_spec() -> None:
    doc = bundled()
    out = preprocess(doc)
    # The bundle inlines the payloads' value types (CallbackDigits...), so only the payloads remain.
    assert callback_schema_names(doc) == {"DlrCallback", "LinkHitCallback", "ListActionCallback", "ReplyCallback"}
    send = out["components"]["schemas"]["SendSmsRequest"]
    assert "Exactly one of `to` or `list_id` is required." in send["description"]
    list_id = send["properties"]["list_id"]
    assert list_id["description"] == "Send to the active contacts of this list instead of to `to`. `0` means none."
    assert send["properties"]["to"]["x-comma-separated"] is True
    # Open in the spec (the service ignores unknown parameters), closed for the client's models.
    assert "additionalProperties" not in doc["components"]["schemas"]["SendSmsRequest"]
    assert send["additionalProperties"] is False
    paging = out["components"]["schemas"]["GetListsRequest"]["properties"]
    assert paging["page"]["default"] == 1 and paging["max"]["default"] == 10
