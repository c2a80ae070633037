"""Checks of our own, run beside schemathesis' built-in ones, and the request adaptations they share.

``error_code_is_documented`` holds every error answer to the spec's list of codes: a 400 must carry
a code of the operation's ``x-error-codes``, a 401/404/429 a code its shared response documents
(the keys of its examples). The response schema cannot say this, because ``ErrorCode`` is an open
set for clients (*Errors* in the spec); a server that answers a code the spec never mentions is
still a finding, of the spec or of the simulator.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from schemathesis.generation import GenerationMode

from tests.contract.harness import document


@cache
def documented_codes() -> dict[tuple[str, int], frozenset[str]]:
    """(path, HTTP status) -> the error codes the spec documents for that answer."""
    doc = document()
    found: dict[tuple[str, int], set[str]] = {}
    for path, item in doc["paths"].items():
        operation = item["post"]
        for entry in operation.get("x-error-codes", []):
            found.setdefault((path, int(entry["status"])), set()).add(entry["code"])
        for status, response in operation["responses"].items():
            if "$ref" in response:
                response = doc["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
            examples = response.get("content", {}).get("application/json", {}).get("examples", {})
            if status != "200":
                found.setdefault((path, int(status)), set()).update(examples)
    return {key: frozenset(codes) for key, codes in found.items()}


def error_code_is_documented(ctx: Any, response: Any, case: Any) -> bool | None:
    """An error answer's ``error.code`` is one the spec documents for this operation and status."""
    if response.status_code < 400 or response.status_code >= 500 or case.method.upper() != "POST":
        return None  # a probe with an undeclared HTTP method: unsupported_method judges its 405
    try:
        code = response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None  # not an error block: response_schema_conformance reports it
    allowed = documented_codes().get((case.operation.path, response.status_code), frozenset())
    if code not in allowed:
        raise AssertionError(
            f"{case.operation.label} answered HTTP {response.status_code} with error code {code!r}, "
            f"which the spec does not document for it (documented: {', '.join(sorted(allowed)) or 'none'})"
        )
    return None


@cache
def request_properties(path: str) -> frozenset[str]:
    """The parameters the spec names for the operation at ``path``."""
    doc = document()
    body = doc["paths"][path]["post"].get("requestBody")
    if body is None:
        return frozenset()
    ref = body["content"]["application/x-www-form-urlencoded"]["schema"]["$ref"]
    return frozenset(doc["components"]["schemas"][ref.rsplit("/", 1)[-1]].get("properties", {}))


def canonical_request_without_warning(app: Any) -> Any:
    """A check that a valid request's parameters are read from their canonical forms, without leniency.

    The simulator ``app`` reads requests as the lenient service does and records each leniency
    (``/_sim/warnings``); a value generated from the schemas must need none. The request bodies
    are open (the service ignores unknown parameters), so generated requests also carry random
    extra parameters: the warnings about those (ignored, renamed, repeated) are the service's
    behaviour, not a reading of the operation's own parameters, and are left out.
    """
    seen = {"last": 0}

    def canonical_request_without_warning(ctx: Any, response: Any, case: Any) -> bool | None:
        log = app.state.runtime.warnings
        found = log.listing(after=seen["last"])
        seen["last"] = log.last_id
        if case.meta is not None and case.meta.generation.mode is not GenerationMode.POSITIVE:
            return None
        known = request_properties(case.operation.path)
        own = [f"{w.code}: {w.message}" for w in found if w.parameter in known and w.code != "unknown_parameter"]
        if own:
            raise AssertionError(f"{case.operation.label}: a valid request was read with warnings: {own}")
        return None

    return canonical_request_without_warning


def drop_empty_values(case: Any) -> None:
    """Leave out body fields generated as empty strings (spec: *Requests*).

    The API treats an optional parameter sent as an empty string as absent. Schemathesis cannot
    know that: it would send ``max=`` as an invalid integer and expect a rejection, or ``from=`` as
    a value. Leaving the field out sends what the API reads; a required field left out is still
    rejected (FIELD_EMPTY or MISSING_PARAM), like the empty one.
    """
    if isinstance(case.body, dict):
        case.body = {name: value for name, value in case.body.items() if value != ""}


def no_internal_error(app: Any) -> Any:
    """A check that fails a case during which the simulator ``app`` recorded an internal error.

    The simulator never answers 5xx: it answers an unexpected exception with 400 FIELD_INVALID
    (so schemathesis' not_a_server_error cannot see it) and records it (``/_sim/errors``). Here the
    case that caused it fails, with the error.
    """

    def simulator_had_no_internal_error(ctx: Any, response: Any, case: Any) -> bool | None:
        recorded = app.state.runtime.internal_errors
        if recorded:
            errors = [f"{e['where']}: {e['error']}" for e in recorded]
            recorded.clear()
            raise AssertionError("the simulator failed internally: " + "; ".join(errors))
        return None

    return simulator_had_no_internal_error
