"""Reading a request's parameters: the query string, and urlencoded or multipart bodies.

Contract: ``read_params(request, max_bytes)`` returns the parameters as ``{name: text}``, from the
query string (any method) and, for POST, from an ``application/x-www-form-urlencoded`` or
``multipart/form-data`` body. A parameter sent as an empty string is kept as ``""`` (the validator
treats it as absent when the operation has it, and as unknown when it does not), and an empty
value next to a non-empty one of the same name is ignored. A parameter given twice, a body of
another type, one that cannot be decoded as UTF-8, or one larger than ``max_bytes`` is refused
with FIELD_INVALID.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.requests import Request

from ..domain.errors import FieldInvalid

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
MAX_FIELDS = 1000


def _pairs_from_text(text: str, where: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as exc:
        raise FieldInvalid(f"The {where} is not valid UTF-8 once URL-decoded") from exc
    except ValueError as exc:
        raise FieldInvalid(f"The {where} has more than {MAX_FIELDS} parameters") from exc


async def _body_pairs(request: Request, max_bytes: int) -> list[tuple[str, str]]:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise FieldInvalid(f"The request body is larger than {max_bytes} bytes")
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == MULTIPART:
        try:
            form = await request.form(max_files=MAX_FIELDS, max_fields=MAX_FIELDS)
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
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise FieldInvalid(f"The request body is larger than {max_bytes} bytes")
    if not body.strip():
        return []
    if media_type != FORM:
        shown = media_type or "none"
        raise FieldInvalid(f'Unsupported Content-Type "{shown}": send {FORM} or {MULTIPART}')
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FieldInvalid("The request body is not valid UTF-8") from exc
    return _pairs_from_text(text, "request body")


async def read_params(request: Request, max_bytes: int) -> dict[str, str]:
    """The request's parameters by name; see the module's contract."""
    pairs = _pairs_from_text(request.url.query, "query string")
    if request.method == "POST":
        pairs += await _body_pairs(request, max_bytes)
    params: dict[str, str] = {}
    for name, value in pairs:
        if name in params and "" in (value, params[name]):
            params[name] = params[name] or value
            continue
        if name in params:
            raise FieldInvalid.named(name, "is given more than once")
        params[name] = value
    return params
