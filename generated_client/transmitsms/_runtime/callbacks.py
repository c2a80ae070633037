"""Read a callback's query parameters into its typed payload.

The service calls your URL with a GET whose query string carries the event's fields, appended to
the parameters your URL already had. The payload classes of ``transmitsms.callbacks`` are
generated from the spec together with a table of ``CallbackField`` rows; ``parse_payload`` reads
a query by that table:

* integers (IDs, numbers, counters) must be digits and become ``int``;
* date-times (``YYYY-MM-DD HH:MM:SS``, UTC) become timezone-aware ``datetime`` in UTC;
* ``yes``/``no`` flags (``is_optout``) become ``bool``;
* enumerations (DLR ``status``, list-action ``type``) become open enums: an unknown value is kept;
* every other parameter (your own, the list's custom fields) is kept in ``extra``.

A required field that is missing, or a value that cannot be read, raises ``MalformedCallbackError``
naming the parameter. A parameter that appears several times takes its last value: the service
appends its fields after yours (``CallbackSigner.verified`` refuses a repeated name, so that
nothing appended can stand in for a parameter you signed). The signer's token (``ts_token``) is no
field of any payload and is left out of ``extra``.

``event_key(event, attributes, payload)`` is what identifies one event of a kind: the kind and a
digest of the values of its identifying attributes (the spec's ``x-event-key`` of each payload),
for receivers that must act once on a callback delivered at least once (``callbacks.dedupe_key``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum, StrEnum
from typing import Any, TypeAlias, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .enums import OpenStrEnum
from .exceptions import MalformedCallbackError

#: The query parameter of ``CallbackSigner``'s token (``callback_tokens.DEFAULT_TOKEN_PARAM``).
DEFAULT_TOKEN_PARAM = "ts_token"

C = TypeVar("C")

#: A full URL, a raw query string, or the query as a mapping (``request.query_params``, ``parse_qs`` output).
CallbackSource: TypeAlias = str | Mapping[str, str] | Mapping[str, Sequence[str]]

_DIGITS = re.compile(r"[0-9]+")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}")


class FieldKind(StrEnum):
    """How a query parameter's text is read."""

    TEXT = "text"
    INTEGER = "integer"
    DATETIME = "datetime"
    YES_NO = "yes_no"
    ENUM = "enum"


@dataclass(frozen=True, slots=True)
class CallbackField:
    """One documented parameter of a callback: its name, attribute, kind and whether it is required."""

    name: str
    attribute: str
    kind: FieldKind
    required: bool
    enum: type[OpenStrEnum] | None = None


def query_items(source: CallbackSource) -> list[tuple[str, str]]:
    """The ``(name, value)`` pairs of a URL, query string or mapping, decoded, in order.

    Raises:
        MalformedCallbackError: the source is none of these, or not valid UTF-8 once decoded.
    """
    if isinstance(source, str):
        query = urlsplit(source).query if ("?" in source or "://" in source) else source
        try:
            return parse_qsl(query, keep_blank_values=True, errors="strict")
        except (UnicodeDecodeError, ValueError) as exc:
            raise MalformedCallbackError(f"the callback's query string cannot be decoded: {exc}") from exc
    if not isinstance(source, Mapping):
        raise MalformedCallbackError(
            f"expected a URL, a query string or a mapping of parameters, got {type(source).__name__}"
        )
    items: list[tuple[str, str]] = []
    for name, value in source.items():
        if isinstance(value, str):
            items.append((str(name), value))
        elif isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
            items.extend((str(name), v) for v in value)
        else:
            raise MalformedCallbackError(f"parameter {name!r} has a value of type {type(value).__name__}, not text")
    return items


def _convert(field: CallbackField, value: str, event: str) -> Any:
    if field.kind is FieldKind.TEXT:
        return value
    if field.kind is FieldKind.INTEGER:
        if not _DIGITS.fullmatch(value):
            raise MalformedCallbackError(f"{event}: {field.name!r} must be digits, got {value!r}", field=field.name)
        return int(value)
    if field.kind is FieldKind.DATETIME:
        if not _DATETIME.fullmatch(value):
            raise MalformedCallbackError(
                f"{event}: {field.name!r} must be 'YYYY-MM-DD HH:MM:SS', got {value!r}", field=field.name
            )
        try:
            return datetime.strptime(value.replace("T", " "), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        except ValueError as exc:
            raise MalformedCallbackError(
                f"{event}: {field.name!r} is not a valid date: {value!r}", field=field.name
            ) from exc
    if field.kind is FieldKind.YES_NO:
        flag = value.lower()
        if flag not in ("yes", "no"):
            raise MalformedCallbackError(
                f"{event}: {field.name!r} must be 'yes' or 'no', got {value!r}", field=field.name
            )
        return flag == "yes"
    assert field.enum is not None, f"enum field {field.name} has no enum class"
    return field.enum(value)


def parse_payload(cls: Callable[..., C], fields: Sequence[CallbackField], source: CallbackSource, *, event: str) -> C:
    """Build ``cls`` from a callback's query: each field of ``fields`` by its kind, the rest in ``extra``.

    An empty value counts as absent, except for text fields, where it is the empty string.

    Raises:
        MalformedCallbackError: a required field is missing or a value cannot be read.
    """
    params = dict(query_items(source))  # the last value of a repeated name wins
    params.pop(DEFAULT_TOKEN_PARAM, None)
    values: dict[str, Any] = {}
    for field in fields:
        raw = params.pop(field.name, None)
        if raw is None or (raw == "" and field.kind is not FieldKind.TEXT):
            if field.required:
                raise MalformedCallbackError(f"{event}: missing required parameter {field.name!r}", field=field.name)
            values[field.attribute] = None
        else:
            values[field.attribute] = _convert(field, raw, event)
    return cls(**values, extra=params)


def matching_kinds(source_items: Iterable[str], required: Mapping[str, frozenset[str]]) -> list[str]:
    """The callback kinds whose required parameters are all among ``source_items``."""
    present = set(source_items)
    return [kind for kind, names in required.items() if names <= present]


def _key_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return value


def event_key(event: str, attributes: Sequence[str], payload: object) -> str:
    """``"<event>:<32 hex digits>"``: the same for two payloads whose ``attributes`` are equal, whatever else differs.

    The digest (SHA-256, truncated to 128 bits) covers the kind and each attribute's value (dates
    in UTC ISO form, enums by value, an absent one as null), never your own parameters in
    ``extra``: the same event reaching two URLs, or one URL signed twice, has one key.
    """
    values = [_key_value(getattr(payload, name)) for name in attributes]
    text = json.dumps([event, *values], ensure_ascii=False, separators=(",", ":"), default=str)
    return f"{event}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"
