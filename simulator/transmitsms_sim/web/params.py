"""Reading a request's parameters as the service's PHP reads them: query string and form bodies, merged.

Contract: ``read_params(request, max_bytes, diagnostics)`` returns the parameters as ``{name: text}``:

* from the query string (any HTTP method) and, for POST, from an
  ``application/x-www-form-urlencoded`` or ``multipart/form-data`` body, merged; a POST may carry
  its parameters in the query string alone, with an empty body;
* a name given more than once has its last value, the body's over the query's (as PHP's request
  array merges them); an empty value beside a non-empty one of the same name is dropped silently,
  and two non-empty ones are a ``duplicate_parameter`` leniency;
* a ``.`` or a space in a name is read as ``_``, as PHP does (the vendor's PHP client sends
  ``field.1``): a ``parameter_name`` leniency;
* a body that is not read is a ``body_ignored`` leniency: the body of a GET request, a POST body of
  another media type (JSON, text; PHP does not parse those), or the literal body ``null``;
* a parameter sent as an empty string is kept as ``""`` (the validator decides what it means).

In strict mode (``diagnostics.strict``) none of these leniencies applies except the GET body: a
name given twice, a body of another type (``null`` included) and a name with ``.`` are refused with
FIELD_INVALID, as the canonical forms require. In both modes a body that cannot be decoded as
UTF-8 (a multipart field's name or value included), a malformed multipart body, more than
``MAX_FIELDS`` parameters, or a body larger than ``max_bytes`` is refused with FIELD_INVALID.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from python_multipart.multipart import parse_options_header
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartParser
from starlette.requests import ClientDisconnect, Request

from ..domain.errors import FieldInvalid
from .diagnostics import Diagnostics

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
MAX_FIELDS = 1000
#: Characters PHP replaces with ``_`` in the names of request parameters.
_PHP_MANGLED = str.maketrans({".": "_", " ": "_"})


def _pairs_from_text(text: str, where: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as exc:
        raise FieldInvalid(f"The {where} is not valid UTF-8 once URL-decoded") from exc
    except ValueError as exc:
        raise FieldInvalid(f"The {where} has more than {MAX_FIELDS} parameters") from exc


class _Utf8MultiPartParser(MultiPartParser):
    """Starlette's parser, refusing names and values that are not UTF-8 as ``_pairs_from_text`` does.

    Starlette decodes a part it cannot read as UTF-8 as Latin-1 instead, so the text it hands over
    no longer tells whether the bytes were valid: the check has to see the bytes.
    """

    def on_part_end(self) -> None:
        if self._current_part.file is None:
            _utf8(bytes(self._current_part.data), self._current_part.field_name)
        super().on_part_end()

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._current_part.content_disposition)
        _utf8(options.get(b"name", b""), None)
        super().on_headers_finished()


def _utf8(data: bytes, name: str | None) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if name is None:
            raise FieldInvalid("A parameter's name in the multipart body is not valid UTF-8") from exc
        raise FieldInvalid.named(name, "is not valid UTF-8") from exc


async def _multipart_pairs(request: Request, max_bytes: int) -> list[tuple[str, str]]:
    parser = _Utf8MultiPartParser(request.headers, request.stream(), max_files=MAX_FIELDS, max_fields=MAX_FIELDS)
    try:
        form = await parser.parse()
    except (FieldInvalid, ClientDisconnect):
        raise
    except Exception as exc:  # python-multipart raises several kinds for malformed bodies
        raise FieldInvalid(f"The multipart body cannot be read: {exc}") from exc
    pairs = []
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                content = await value.read(max_bytes + 1)
                if len(content) > max_bytes:
                    raise FieldInvalid(f"The request body is larger than {max_bytes} bytes")
                try:
                    value = content.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise FieldInvalid.named(name, "is not valid UTF-8") from exc
            pairs.append((name, value))
    finally:
        await form.close()
    return pairs


async def _body_pairs(request: Request, max_bytes: int, diagnostics: Diagnostics) -> list[tuple[str, str]]:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise FieldInvalid(f"The request body is larger than {max_bytes} bytes")
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == MULTIPART:
        return await _multipart_pairs(request, max_bytes)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise FieldInvalid(f"The request body is larger than {max_bytes} bytes")
    if not body.strip():
        return []
    if body.strip() == b"null" and diagnostics.lenient:
        # What some HTTP libraries send for "no body" (a JSON-encoded None).
        diagnostics.note("body_ignored", "The literal body null was read as an empty body")
        return []
    if media_type != FORM:
        shown = media_type or "none"
        if diagnostics.strict:
            raise FieldInvalid(f'Unsupported Content-Type "{shown}": send {FORM} or {MULTIPART}')
        diagnostics.note(
            "body_ignored",
            f'A body of Content-Type "{shown}" was not read (as PHP reads only {FORM} and {MULTIPART} bodies)',
        )
        return []
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FieldInvalid("The request body is not valid UTF-8") from exc
    return _pairs_from_text(text, "request body")


def _has_body(request: Request) -> bool:
    declared = request.headers.get("content-length")
    return (declared is not None and declared.strip() not in ("", "0")) or "transfer-encoding" in request.headers


def _php_name(name: str, diagnostics: Diagnostics) -> str:
    mangled = name.translate(_PHP_MANGLED)
    if mangled != name and diagnostics.lenient:
        diagnostics.note("parameter_name", f'Parameter "{name}" was read as "{mangled}" (PHP reads . and space as _)')
        return mangled
    return name


async def read_params(request: Request, max_bytes: int, diagnostics: Diagnostics) -> dict[str, str]:
    """The request's parameters by name; see the module's contract."""
    pairs = _pairs_from_text(request.url.query, "query string")
    if request.method == "POST":
        pairs += await _body_pairs(request, max_bytes, diagnostics)
    elif _has_body(request):
        diagnostics.note("body_ignored", f"The body of a {request.method} request was not read")
    params: dict[str, str] = {}
    for raw_name, value in pairs:
        name = _php_name(raw_name, diagnostics)
        if name in params and "" in (value, params[name]):
            params[name] = params[name] or value
            continue
        if name in params:
            if diagnostics.strict:
                raise FieldInvalid.named(name, "is given more than once")
            diagnostics.note(
                "duplicate_parameter", f'Field "{name}" was given more than once: the last value was used', name
            )
        params[name] = value
    return params
