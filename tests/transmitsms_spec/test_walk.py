"""Walking operations, form bodies and object properties, on good and malformed documents."""

from __future__ import annotations

from transmitsms_spec.walk import FORM, form_schema, method_of, object_properties, operations


def test_method_of() -> None:
    assert method_of("/send-sms.json") == "send-sms"
    assert method_of("/send-sms.xml") is None and method_of("/Send.json") is None


def test_operations_skip_what_is_not_an_operation() -> None:
    doc = {"paths": {"/a.json": {"post": {"operationId": "a"}, "parameters": [], "get": "junk"}, "/b.json": None}}
    assert [(path, verb) for path, verb, _ in operations(doc)] == [("/a.json", "post")]
    assert list(operations({"paths": "not a mapping"})) == []


def test_form_schema() -> None:
    schema = {"$ref": "#/components/schemas/SendSmsRequest"}
    assert form_schema({"requestBody": {"content": {FORM: {"schema": schema}}}}) == schema
    assert form_schema({}) is None and form_schema({"requestBody": {"content": {"application/json": {}}}}) is None


def test_object_properties_merge_all_of_through_references() -> None:
    doc = {"components": {"schemas": {"Base": {"properties": {"error": {"type": "object"}}}}}}
    schema = {"allOf": [{"$ref": "#/components/schemas/Base"}], "properties": {"id": {"type": "integer"}}}
    assert set(object_properties(doc, schema)) == {"error", "id"}
    assert object_properties(doc, {"$ref": "#/components/schemas/Missing"}) == {}
