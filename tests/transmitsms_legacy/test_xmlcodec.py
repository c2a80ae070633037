"""Reading envelopes and writing answers (``transmitsms_legacy.xmlcodec``)."""

from __future__ import annotations

from datetime import datetime

import pytest

from transmitsms_legacy.model import Answer, LegacyError
from transmitsms_legacy.xmlcodec import MAX_DEPTH, method_of, parse_request, render, render_error

NOW = datetime(2009, 12, 11, 2, 47, 22)


def test_the_reference_envelope_is_read() -> None:
    request = parse_request(
        "\n\t <?xml version='1.0'?>\n<request>\n\t<interface>PHP</interface>\n\t<version>0.3</version>\n"
        "\t<key>1a2b</key>\n\t<secret>s3cr3t</secret>\n\t<method>messages.single</method>\n"
        "\t<params><Mobile>61400000001</Mobile><sendTime /><message> Hi! </message></params>\n</request>"
    )
    assert (request.method, request.key, request.secret, request.dialect) == (
        "messages.single",
        "1a2b",
        "s3cr3t",
        "request",
    )
    assert request.params == {"mobile": "61400000001", "message": "Hi!"}
    assert "s3cr3t" not in repr(request)


def test_beam_rows_first_value_and_no_params() -> None:
    request = parse_request(
        "<beam><method>m</method><secret></secret><params><a>1</a><a>2</a><recipients><recipient><mobile>1"
        "</mobile><firstname /></recipient></recipients></params></beam>"
    )
    assert request.dialect == "beam" and request.secret == ""
    assert request.params == {"a": "1", "recipients": [{"mobile": "1"}]}
    assert parse_request("<request><method>api.version</method></request>").params == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the request is empty"),
        ("<request><method>x</method>", "Malformed XML"),
        ("<html><method>x</method></html>", "root element is <html>"),
        ("<request><key>k</key></request>", "Missing parameter: method"),
        ("<!DOCTYPE r [<!ENTITY e 'x'>]><request><method>&e;</method></request>", "document type declaration"),
        ("<request>" + "<a>" * MAX_DEPTH + "</a>" * MAX_DEPTH + "</request>", f"deeper than {MAX_DEPTH}"),
    ],
)
def test_what_is_not_an_envelope_is_one_line_of_error(text: str, expected: str) -> None:
    with pytest.raises(LegacyError, match=expected) as raised:
        parse_request(text)
    assert "\n" not in raised.value.text


def test_an_answer_is_the_tab_indented_envelope() -> None:
    answer = Answer("contact-lists.get", 2, [("dataset", [("data", [("id", "176"), ("name", "a & b"), ("x", None)])])])
    assert render(answer, NOW).decode() == (
        "<?xml version='1.0'?>\n<xml>\n\t<method>contact-lists.get</method>\n\t<total>2</total>\n"
        "\t<time>2009-12-11 02:47:22 GMT</time>\n\t<timestamp>1260499642 GMT</timestamp>\n\t<dataset>\n\t\t<data>\n"
        "\t\t\t<id>176</id>\n\t\t\t<name>a &amp; b</name>\n\t\t\t<x />\n\t\t</data>\n\t</dataset>\n</xml>\n"
    )


def test_the_empty_list_and_the_error_envelope() -> None:
    assert "\t<total>0</total>" in render(Answer("m", 0, [("data", [])]), NOW).decode()
    assert "\t<data>\n</data>\n" in render(Answer("m", 0, [("data", [])]), NOW).decode()
    error = render_error(LegacyError("bad \x00 <thing>", "m"), NOW).decode()
    assert "<total>" not in error and "<error>bad \ufffd &lt;thing&gt;</error>" in error


def test_the_method_of_an_unreadable_document() -> None:
    assert method_of("<request><method> messages.get </method><oops") == "messages.get"
    assert method_of("nothing") == ""
