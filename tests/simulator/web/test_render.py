"""JSON and XML rendering, and the XML shape of every reference example."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tools.xml_data import xml_to_data
from transmitsms_sim.web.render import to_json, to_xml, xml_name
from transmitsms_sim.web.spec import load_spec

EXAMPLES = json.loads((Path(__file__).parents[2] / "data" / "reference_examples.json").read_text(encoding="utf-8"))[
    "examples"
]
XML_EXAMPLES = [e for e in EXAMPLES if e["format"] == "xml"]


def _shape(element: ET.Element) -> Any:
    return (element.tag, (element.text or "").strip(), [_shape(child) for child in element])


@pytest.mark.parametrize("example", XML_EXAMPLES, ids=[f"{e['method']}:{e['example']}" for e in XML_EXAMPLES])
def test_our_xml_has_the_references_shape(example: dict[str, Any]) -> None:
    """Read the vendor's XML into data, write it back with our renderer: the same document."""
    doc = load_spec()
    schema = doc["paths"][f"/{example['method']}.json"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    data = xml_to_data(example["body"], schema, doc)
    ours = ET.fromstring(to_xml(data))
    theirs = ET.fromstring(example["body"].strip())
    assert _shape(ours) == _shape(theirs)


def test_xml_escapes_and_empty_values() -> None:
    text = to_xml({"a": "<&>", "b": "", "c": [], "d": {}, "e": True, "f": 0, "g": "bad\x00char"})
    root = ET.fromstring(text)
    assert [(child.tag, child.text) for child in root] == [
        ("a", "<&>"),
        ("b", None),
        ("c", None),
        ("d", None),
        ("e", "true"),
        ("f", "0"),
        ("g", "bad\ufffdchar"),
    ]


@pytest.mark.parametrize(
    ("name", "element"),
    [("Virtual Number", "Virtual_Number"), ("1st", "_1st"), ("xmlthing", "_xmlthing"), ("", "_"), ("a.b-c", "a.b-c")],
)
def test_xml_names(name: str, element: str) -> None:
    assert xml_name(name) == element
    ET.fromstring(f"<{element}/>")


def test_json_is_compact_utf8() -> None:
    assert to_json({"a": "é", "b": [1, 0.5]}) == '{"a":"é","b":[1,0.5]}'.encode()
