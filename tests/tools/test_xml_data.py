from __future__ import annotations

import pytest

from tools.xml_data import xml_to_data

DOC = {
    "components": {
        "schemas": {
            "Page": {
                "type": "object",
                "properties": {"count": {"type": "integer"}, "number": {"type": "integer"}},
            },
            "Values": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": ["string", "integer", "null"]}},
                    {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}},
                ]
            },
            "Answer": {
                "type": "object",
                "properties": {
                    "page": {"$ref": "#/components/schemas/Page"},
                    "cost": {"type": "number"},
                    "optout": {"type": "boolean"},
                    "name": {"type": ["null", "string"]},
                    "ids": {"type": "array", "items": {"type": "integer"}},
                    "fields": {"$ref": "#/components/schemas/Values"},
                    "sender": {"type": ["integer", "string"]},
                    "balance": {"type": ["number", "string"]},
                },
            },
        }
    }
}
ANSWER = {"$ref": "#/components/schemas/Answer"}


def test_types_come_from_the_schema() -> None:
    text = """<?xml version="1.0"?>
    <response>
        <page><count>2</count><number>1</number></page>
        <cost>0.087</cost>
        <optout>false</optout>
        <name/>
        <ids><item>7</item><item>9</item></ids>
        <sender>MyBrand</sender>
        <balance>$14.630</balance>
        <unknown><item>1</item><item>x</item></unknown>
    </response>"""
    assert xml_to_data(text, ANSWER, DOC) == {
        "page": {"count": 2, "number": 1},
        "cost": 0.087,
        "optout": False,
        "name": None,
        "ids": [7, 9],
        "sender": "MyBrand",
        "balance": "$14.630",
        "unknown": [1, "x"],
    }


def test_empty_elements_take_the_schemas_empty_value() -> None:
    text = "<response><ids/><fields/><cost>25</cost></response>"
    assert xml_to_data(text, ANSWER, DOC) == {"ids": [], "fields": {}, "cost": 25}


def test_any_of_takes_the_first_branch_that_validates() -> None:
    text = "<response><fields><City>Sydney</City><Postcode>2000</Postcode><Email/></fields></response>"
    assert xml_to_data(text, ANSWER, DOC) == {"fields": {"City": "Sydney", "Postcode": 2000, "Email": None}}
    text = "<response><fields><item><name>City</name></item></fields></response>"
    assert xml_to_data(text, ANSWER, DOC)["fields"] == [{"name": "City"}]


def test_malformed_xml_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not well-formed XML"):
        xml_to_data("<response><a></response>", ANSWER, DOC)
