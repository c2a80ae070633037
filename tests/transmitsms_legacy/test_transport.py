"""The two transports (``transmitsms_legacy.transport``)."""

from __future__ import annotations

from urllib.parse import quote_plus

import pytest

from transmitsms_legacy.model import LegacyError
from transmitsms_legacy.transport import FORM, from_form, from_query

XML = (
    "<?xml version='1.0'?><request><key>k</key><secret>s</secret><method>contact-lists.add</method>"
    "<params><name>{}</name></params></request>"
)


def test_an_encoded_form() -> None:
    body = ("request=" + quote_plus(XML.format("Tom &amp; Jerry"))).encode()
    assert from_form(body, FORM).params == {"name": "Tom & Jerry"}


def test_an_unencoded_body_split_by_an_ampersand_is_read_raw() -> None:
    body = ("request=" + XML.format("Tom &amp; Jerry+Co%20x")).encode()
    assert from_form(body, FORM).params == {"name": "Tom & Jerry Co x"}


def test_latin_1_bodies_and_other_fields() -> None:
    body = b"interface=php&request=" + XML.format("Caf\xe9").encode("latin-1")
    assert from_form(body, FORM).params == {"name": "Caf\xe9"}


def test_an_envelope_posted_as_the_body_itself() -> None:
    assert from_form(XML.format("x").encode(), "text/xml").method == "contact-lists.add"


@pytest.mark.parametrize("body", [b"", b"other=1", b"xrequest=1"])
def test_a_form_without_the_field(body: bytes) -> None:
    with pytest.raises(LegacyError, match="Missing parameter: request"):
        from_form(body, FORM)


def test_the_get_wrapper() -> None:
    request = from_query("messages.single", "apikey=k&apisecret=s%20t&mobile=614&message=Hi+there&empty=&APIKEY=other")
    assert (request.method, request.key, request.secret) == ("messages.single", "k", "s t")
    assert request.params == {"mobile": "614", "message": "Hi there"}
