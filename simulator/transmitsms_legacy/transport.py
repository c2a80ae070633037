"""The two transports of the legacy API, from bytes and query strings to a ``LegacyRequest``.

Contract: ``from_form(body, media_type)`` reads ``POST /api``: the XML envelope in the form field
``request`` of an ``application/x-www-form-urlencoded`` body (encoded, or not encoded at all). When
the decoded value is not a well-formed envelope (an unencoded ``&`` split it), the raw body after
``request=`` is read instead, with ``+`` and ``%XX`` decoded as form decoding does (reference
§1.1). A body of another type is read the same way when it holds ``request=``, else as the envelope
itself. ``from_field(text)`` reads the field's value as multipart bodies deliver it.
``from_query(method, query)`` reads ``GET /api-wrapper/<method>?apikey=&apisecret=&...``. Bytes are
UTF-8, or Latin-1 when they are not valid UTF-8 (the PHP clients of the time). Each raises
``LegacyError`` with one line.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote_plus

from .model import LegacyError, LegacyRequest, Param
from .xmlcodec import parse_request

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
MAX_FIELDS = 1000


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _pairs(text: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise LegacyError(f"Invalid request: more than {MAX_FIELDS} form fields") from None


def from_field(text: str) -> LegacyRequest:
    return parse_request(text)


def from_form(body: bytes, media_type: str) -> LegacyRequest:
    text = decode(body)
    head, marker, raw = text.partition("request=")
    if not marker or (head and not head.endswith("&")):
        if media_type == FORM or not text.lstrip().startswith("<"):
            raise LegacyError("Missing parameter: request (the XML envelope, in the form field `request`)")
        return parse_request(text)  # the envelope posted as the body itself
    decoded = dict(_pairs(text)).get("request", "")
    try:
        return parse_request(decoded)
    except LegacyError as first:
        try:
            return parse_request(unquote_plus(raw))
        except LegacyError:
            raise first from None


def from_query(method: str, query: str) -> LegacyRequest:
    key = secret = ""
    params: dict[str, Param] = {}
    for name, value in _pairs(query):
        lowered = name.lower()
        if lowered == "apikey":
            key = key or value
        elif lowered == "apisecret":
            secret = secret or value
        elif value:
            params.setdefault(name, value)
    return LegacyRequest(method=method, key=key, secret=secret, params=params)
