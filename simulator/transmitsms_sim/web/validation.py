"""Request validation driven by the spec: one compiled validator per operation, built at start-up.

Contract: ``RequestValidator(operation)`` compiles the operation's request schema;
``validate(raw)`` takes the request's parameters as text and returns them typed (``int``,
``float``, ``bool``, ``str``), or raises the API's error:

* a parameter the operation does not have: FIELD_INVALID ``Unknown field "x"``, also when sent
  empty (only the operation's own optional parameters count as absent when empty);
* a required parameter missing: FIELD_EMPTY ``Field "x" is empty``; none of a required group
  (``to`` or ``list_id``): FIELD_EMPTY naming them, or MISSING_PARAM where the operation
  documents it (``field_n`` of add-field-to-list); two of an exclusive group: FIELD_INVALID;
* a malformed value: FIELD_INVALID naming the field and what was expected. Integers and numbers
  must be written as JSON writes them (``5``, ``-1.5``, ``1e3``; not ``05`` or ``+5``), booleans
  exactly ``true`` or ``false``. Strings are checked with the schema's own pattern, length and
  format rules (``format: uri`` included), with the same JSON Schema engine schemathesis uses.

Finally the whole typed request is validated against the full schema, so that nothing the schema
forbids gets through even if the field-by-field checks above missed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from ..domain.errors import FieldEmpty, FieldInvalid, MissingParam
from .spec import Operation

_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
#: Ranges of the OpenAPI integer formats, which schemathesis (and generated clients) enforce.
_FORMAT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_TYPE_WORDS = {"integer": "numeric", "number": "numeric", "boolean": "boolean (true or false)", "string": "string"}
_FORMAT_HINTS = {
    "DateTimeParam": "has invalid format, expected YYYY-MM-DD HH:MM:SS",
    "ReportBoundary": "has invalid format, expected YYYY-MM-DD HH:MM:SS or YYYY-MM-DD",
    "CallbackUrl": "must be an http or https URL",
    "MsisdnParam": "has invalid format, expected a phone number in international format",
    "RecipientsParam": "has invalid format, expected up to 500 phone numbers separated by commas",
    "MsisdnListParam": "has invalid format, expected phone numbers separated by commas",
    "EmailAddress": "has invalid format, expected an email address",
    "EmailAddressList": "has invalid format, expected email addresses separated by commas",
    "SenderId": "has invalid format, expected a number or up to 11 letters and digits",
    "CountryCode": "has invalid format, expected a country code or name",
    "KeywordName": "has invalid format, expected one word of letters and digits",
    "Timezone": "has invalid value",
}


def _compile(schema: dict[str, Any]) -> jsonschema_rs.Validator:
    return jsonschema_rs.validator_for(schema, validate_formats=True)


@dataclass(frozen=True)
class _Field:
    name: str
    kind: str
    schema: dict[str, Any]
    validator: jsonschema_rs.Validator
    hint: str

    def coerce(self, text: str) -> Any:
        if self.kind == "integer":
            if not _INTEGER.fullmatch(text):
                raise FieldInvalid.named(self.name, "has wrong type, expected type - numeric")
            return int(text)
        if self.kind == "number":
            if not _NUMBER.fullmatch(text):
                raise FieldInvalid.named(self.name, "has wrong type, expected type - numeric")
            value = float(text)
            if value in (float("inf"), float("-inf")):
                raise FieldInvalid.named(self.name, "is out of range")
            return int(text) if _INTEGER.fullmatch(text) else value
        if self.kind == "boolean":
            if text not in ("true", "false"):
                raise FieldInvalid.named(self.name, "has wrong type, expected true or false")
            return text == "true"
        return text

    def _range(self) -> tuple[Any, Any]:
        low, high = self.schema.get("minimum"), self.schema.get("maximum")
        fmt_low, fmt_high = _FORMAT_RANGES.get(self.schema.get("format", ""), (None, None))
        if fmt_low is not None:
            low = fmt_low if low is None else max(low, fmt_low)
            high = fmt_high if high is None else min(high, fmt_high)
        return low, high

    def _range_problem(self) -> str:
        low, high = self._range()
        if low is not None and high is not None:
            return f"has invalid value, expected {low} to {high}"
        return (
            f"has invalid value, expected at least {low}"
            if low is not None
            else f"has invalid value, expected at most {high}"
        )

    def problem(self, value: Any) -> str | None:
        """What is wrong with the typed value, in the API's words; None when it is valid."""
        if isinstance(value, int) and self.kind == "integer":
            low, high = self._range()
            if (low is not None and value < low) or (high is not None and value > high):
                return self._range_problem()
        if self.validator.is_valid(value):
            return None
        error = next(iter(self.validator.iter_errors(value)))
        kind = type(error.kind).__name__
        schema = self.schema
        if kind == "Type":
            return f"has wrong type, expected type - {_TYPE_WORDS.get(self.kind, self.kind)}"
        if kind == "Enum":
            return "has invalid value, expected one of: " + ", ".join(str(v) for v in schema["enum"])
        if kind == "Constant":
            return f"has invalid value, expected {schema.get('const')}"
        if kind in ("Minimum", "Maximum", "ExclusiveMinimum", "ExclusiveMaximum"):
            return self._range_problem()
        if kind == "MinLength":
            return f"is too short, expected at least {schema.get('minLength')} characters"
        if kind == "MaxLength":
            return f"is too long, expected at most {schema.get('maxLength')} characters"
        if kind in ("Pattern", "Format"):
            return self.hint
        return f"is invalid: {error.message}"


def _kind(schema: dict[str, Any]) -> str:
    declared = schema.get("type", "string")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), "string")
    return str(declared)


def _groups(branches: list[Any]) -> list[tuple[str, ...]]:
    return [tuple(b["required"]) for b in branches if isinstance(b, dict) and isinstance(b.get("required"), list)]


def _names(groups: list[tuple[str, ...]]) -> str:
    quoted = ['"' + '" and "'.join(group) + '"' for group in groups]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else quoted[0]


class RequestValidator:
    """The compiled validator of one operation's parameters."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        schema = operation.request_schema or {"type": "object", "properties": {}, "additionalProperties": False}
        self.fields = {
            name: _Field(
                name=name,
                kind=_kind(prop),
                schema=prop,
                validator=_compile(prop),
                hint=_FORMAT_HINTS.get(operation.property_refs.get(name, ""), "")
                or ("must be an http or https URL" if prop.get("format") == "uri" else "has invalid format"),
            )
            for name, prop in schema.get("properties", {}).items()
        }
        self.required = tuple(schema.get("required", []))
        self.one_of = _groups(schema.get("oneOf", []))
        self.any_of = _groups(schema.get("anyOf", []))
        self.dependent = {k: tuple(v) for k, v in schema.get("dependentRequired", {}).items()}
        self.whole = _compile(schema)
        self.missing_param = "MISSING_PARAM" in operation.error_codes

    def validate(self, raw: dict[str, str]) -> dict[str, Any]:
        """The typed parameters, or the API error the request deserves."""
        for name in raw:
            if name not in self.fields:
                raise FieldInvalid(f'Unknown field "{name}"' if name else "A parameter has no name")
        raw = {name: text for name, text in raw.items() if text != ""}
        for name in self.required:
            if name not in raw:
                raise FieldEmpty.named(name)
        for groups, exclusive in ((self.one_of, True), (self.any_of, False)):
            if not groups:
                continue
            satisfied = [g for g in groups if all(name in raw for name in g)]
            if not satisfied:
                if self.missing_param and not exclusive:
                    raise MissingParam()
                raise FieldEmpty(f"One of {_names(groups)} is required")
            if exclusive and len(satisfied) > 1:
                raise FieldInvalid(f"Only one of {_names(satisfied)} may be given")
        typed: dict[str, Any] = {}
        for name, text in raw.items():
            spec = self.fields[name]
            value = spec.coerce(text)
            problem = spec.problem(value)
            if problem:
                raise FieldInvalid.named(name, problem)
            typed[name] = value
        for name, needed in self.dependent.items():
            if name in typed:
                for other in needed:
                    if other not in typed:
                        raise FieldInvalid(f"If you provide '{name}', you must provide '{other}'")
        if not self.whole.is_valid(typed):
            error = next(iter(self.whole.iter_errors(typed)))
            raise FieldInvalid(f"The request does not match the method's parameters: {error.message}")
        return typed


def build_validators(ops: dict[str, Operation]) -> dict[str, RequestValidator]:
    return {method: RequestValidator(operation) for method, operation in ops.items()}
