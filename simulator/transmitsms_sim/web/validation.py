"""Request validation driven by the spec: one compiled validator per operation, built at start-up.

Contract: ``RequestValidator(operation)`` compiles the operation's request schema;
``validate(raw, diagnostics)`` takes the request's parameters as text and returns them typed
(``int``, ``float``, ``bool``, ``str``), or raises the API's error. It reads them in two steps.

First, the forms the service reads beside the canonical ones (spec, *Requests*) are brought to the
canonical form, each noted on ``diagnostics`` as a leniency (``diagnostics.py``):

* a parameter the operation does not have is ignored (``unknown_parameter``);
* an optional parameter sent as ``''`` is absent, and so is one sent as a value its
  ``x-placeholders`` lists (``0`` for an id that names nothing) (``placeholder``);
* a boolean is read as PHP reads it: ``1``, ``yes``, ``on`` and ``0``, ``no``, ``off``, ``''`` in any
  case (``boolean``);
* an enumerated value is read in any case (``enum_case``), and a value of its ``x-aliases`` with
  the meaning given there, ``null`` for absent (``enum_alias``);
* an integer or number may have surrounding spaces and an integer leading zeros or ``+``; a phone
  number (``x-phone-number``) may have spaces, hyphens, dots and brackets; a list
  (``x-comma-separated``) may have spaces around its commas and empty entries (``number_format``);
  an entry of a phone-number list that is not a number is skipped (``invalid_number``), and if none
  is left the operation's ``RECIPIENTS_ERROR`` is raised where it documents one.

In strict mode (``diagnostics.strict``) none of this applies but the empty optional parameter read
as absent, so that the request is held to the canonical forms below, as it always was.

Then the canonical text is checked and typed:

* a parameter the operation does not have (strict mode): FIELD_INVALID ``Unknown field "x"``;
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

import json
import re
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from ..domain import phones
from ..domain.errors import FieldEmpty, FieldInvalid, MissingParam, RecipientsError
from .diagnostics import Diagnostics, shown
from .spec import Operation

_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
#: An integer as PHP's ``(int)`` reads it: spaces around it, a sign, leading zeros.
_LOOSE_INTEGER = re.compile(r"\s*([-+]?)0*([0-9]+)\s*")
_PHONE_ENTRY = re.compile(r"\+?[0-9]{1,15}")
#: A list already in its canonical form: one match of the whole text, not a look at each entry
#: (500 recipients are read in microseconds, as before the lenient forms).
_PHONE_LIST = re.compile(r"\+?[0-9]{1,15}(?:,\+?[0-9]{1,15})*")
#: Booleans as PHP's FILTER_VALIDATE_BOOLEAN reads them (any case); ``''`` is how PHP sends false.
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})
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
    required: bool = False
    #: ``x-placeholders``: texts read as absent (besides ``''``, absent for every optional field).
    placeholders: frozenset[str] = frozenset()
    #: ``x-aliases``, keys in lower case: a value the reference does not list -> its meaning (None: absent).
    aliases: dict[str, str | None] = field(default_factory=dict)
    phone: bool = False
    listed: bool = False
    #: A phone-number list of an operation that answers RECIPIENTS_ERROR when no number is left.
    recipients_error: bool = False
    #: ``format: password``: a secret, whose value no error message may quote.
    secret: bool = False

    def canonical(self, text: str, diagnostics: Diagnostics) -> str | None:
        """The canonical text of a value sent as ``text``, or None when it means absent (module step 1)."""
        if text == "":
            if self.kind == "boolean" and diagnostics.lenient:
                diagnostics.note("boolean", f'Field "{self.name}" sent empty was read as false', self.name)
                return "false"
            if self.required:
                return text
            diagnostics.note("placeholder", f'Field "{self.name}" sent empty was read as absent', self.name)
            return None
        if diagnostics.strict:
            return text
        if text in self.placeholders and not self.required:
            diagnostics.note("placeholder", f'Field "{self.name}" = {shown(text)} was read as absent', self.name)
            return None
        if self.kind == "boolean":
            return self._boolean(text, diagnostics)
        if self.kind == "integer":
            return self._integer(text, diagnostics)
        if self.kind == "number" and text.strip() != text:
            diagnostics.note("number_format", f'Field "{self.name}" had spaces around its value', self.name)
            return text.strip()
        if "enum" in self.schema:
            return self._enum(text, diagnostics)
        if self.listed:
            return self._list(text, diagnostics)
        if self.phone:
            return self._phone(text, diagnostics)
        return text

    def _boolean(self, text: str, diagnostics: Diagnostics) -> str:
        folded = text.strip().lower()
        canonical = "true" if folded in _TRUE else "false" if folded in _FALSE else text
        if canonical != text:
            diagnostics.note("boolean", f'Field "{self.name}" = {shown(text)} was read as {canonical}', self.name)
        return canonical

    def _integer(self, text: str, diagnostics: Diagnostics) -> str:
        if _INTEGER.fullmatch(text):
            return text
        match = _LOOSE_INTEGER.fullmatch(text)
        if match is None:
            return text
        canonical = str(int(match.group(1) + match.group(2)))
        diagnostics.note("number_format", f'Field "{self.name}" = {shown(text)} was read as {canonical}', self.name)
        return canonical

    def _enum(self, text: str, diagnostics: Diagnostics) -> str | None:
        values = [str(v) for v in self.schema["enum"]]
        if text in values:
            return text
        folded = text.strip().lower()
        for value in values:
            if value.lower() == folded:
                diagnostics.note("enum_case", f'Field "{self.name}" = {shown(text)} was read as {value}', self.name)
                return value
        if folded in self.aliases:
            meaning = self.aliases[folded]
            read_as = "absent" if meaning is None else meaning
            diagnostics.note("enum_alias", f'Field "{self.name}" = {shown(text)} was read as {read_as}', self.name)
            return meaning
        return text

    def _phone(self, text: str, diagnostics: Diagnostics) -> str:
        if _PHONE_ENTRY.fullmatch(text):
            return text
        canonical = phones.strip_separators(text)
        if canonical != text and canonical:
            diagnostics.note("number_format", f'Field "{self.name}" = {shown(text)} was read as {canonical}', self.name)
            return canonical
        return text

    def _canonical_list(self, text: str) -> bool:
        if self.phone:
            return _PHONE_LIST.fullmatch(text) is not None
        return all(entry and entry == entry.strip() for entry in text.split(","))

    def _list(self, text: str, diagnostics: Diagnostics) -> str:
        if self._canonical_list(text):
            return text
        entries = [entry.strip() for entry in text.split(",")]
        if self.phone:
            entries = [phones.strip_separators(entry) for entry in entries]
        entries = [entry for entry in entries if entry]
        cleaned = ",".join(entries)
        if cleaned != text and entries:
            diagnostics.note("number_format", f'Field "{self.name}" was read as {shown(cleaned)}', self.name)
        if not self.phone:
            return cleaned or text
        kept = [entry for entry in entries if _PHONE_ENTRY.fullmatch(entry)]
        for entry in entries:
            if not _PHONE_ENTRY.fullmatch(entry):
                message = f'Field "{self.name}": {shown(entry)} is not a phone number and was skipped'
                diagnostics.note("invalid_number", message, self.name)
        if entries and not kept and self.recipients_error:
            raise RecipientsError()
        return ",".join(kept) or text

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
        if self.secret:
            return "is invalid"  # the validator's message quotes the value
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
        schema = operation.request_schema or {"type": "object", "properties": {}}
        required = set(schema.get("required", []))
        recipients_error = "RECIPIENTS_ERROR" in operation.error_codes
        self.fields = {
            name: _Field(
                name=name,
                kind=_kind(prop),
                schema=prop,
                validator=_compile(prop),
                hint=_FORMAT_HINTS.get(operation.property_refs.get(name, ""), "")
                or ("must be an http or https URL" if prop.get("format") == "uri" else "has invalid format"),
                required=name in required,
                placeholders=frozenset(str(v) for v in prop.get("x-placeholders", ()) if v != ""),
                aliases={str(k).lower(): (None if v is None else str(v)) for k, v in prop.get("x-aliases", {}).items()},
                phone=bool(prop.get("x-phone-number")),
                listed=bool(prop.get("x-comma-separated")),
                recipients_error=recipients_error
                and bool(prop.get("x-phone-number") and prop.get("x-comma-separated")),
                secret=prop.get("format") == "password",
            )
            for name, prop in schema.get("properties", {}).items()
        }
        self.required = tuple(schema.get("required", []))
        self.one_of = _groups(schema.get("oneOf", []))
        self.any_of = _groups(schema.get("anyOf", []))
        self.dependent = {k: tuple(v) for k, v in schema.get("dependentRequired", {}).items()}
        self.whole = _compile(schema)
        self.missing_param = "MISSING_PARAM" in operation.error_codes

    def _canonical(self, raw: dict[str, str], diagnostics: Diagnostics) -> dict[str, str]:
        """Step 1 of the module's contract: the parameters in their canonical form, absent ones left out."""
        canonical: dict[str, str] = {}
        for name, text in raw.items():
            spec = self.fields.get(name)
            if spec is None:
                if diagnostics.strict:
                    raise FieldInvalid(f'Unknown field "{name}"' if name else "A parameter has no name")
                described = f'Unknown field "{name}" was ignored' if name else "A parameter without a name was ignored"
                diagnostics.note("unknown_parameter", described, name)
                continue
            value = spec.canonical(text, diagnostics)
            if value is not None and value != "":
                canonical[name] = value
        return canonical

    def validate(self, raw: dict[str, str], diagnostics: Diagnostics) -> dict[str, Any]:
        """The typed parameters, or the API error the request deserves."""
        raw = self._canonical(raw, diagnostics)
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
            raise FieldInvalid(
                f"The request does not match the method's parameters: {self._masked(error.message, typed)}"
            )
        return typed

    def _masked(self, message: str, typed: dict[str, Any]) -> str:
        """A validator's message without the values of secret fields (it may quote the whole request)."""
        for name, value in typed.items():
            if self.fields[name].secret and isinstance(value, str) and value:
                for quoted in (json.dumps(value), repr(value)):
                    message = message.replace(quoted, '"********"')
        return message


def build_validators(ops: dict[str, Operation]) -> dict[str, RequestValidator]:
    return {method: RequestValidator(operation) for method, operation in ops.items()}
