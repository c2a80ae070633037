"""The client reads every answer the spec allows, tolerates every deviation, and names it in strict mode.

For every operation, Hypothesis generates success bodies from the operation's response schema (the
schemas strict mode checks, ``transmitsms.response_schemas``): optional fields dropped, nulls
where nullable, unknown fields added at every level, arrays empty or not. Each such body

* is valid by the spec (checked with jsonschema-rs, the reference validator), and the client's own
  strict checker agrees;
* is read without raising in tolerant and in strict mode, and the model gives back the body it was
  read from (``to_dict()``), unknown fields included.

Then one deviation is made at a random depth: a required field removed, a null where the schema
allows none, or a value of another JSON type (but ``error.code``: another code than ``SUCCESS``
makes the answer an error answer, raised as ``APIError`` in both modes). The deviating body

* is invalid by the spec (jsonschema-rs), and the client's checker agrees;
* is read without raising in tolerant mode (the deviating value kept as received, a removed field
  read as unset);
* raises ``MalformedResponseError`` in strict mode, naming the operation and the field that deviates
  (or the object whose alternatives it fits none of).

The strategies are written here from the schemas' keywords (the subset ``_runtime/reading.py``
checks), so that nothing generated is outside what the client must read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import attrs
import httpx
import jsonschema_rs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.properties.profile import examples
from tests.support.counts import record
from transmitsms import UNSET, MalformedResponseError, models
from transmitsms._runtime.reading import problem
from transmitsms._runtime.response import parse_success
from transmitsms.operations import OPERATIONS
from transmitsms.response_schemas import SCHEMAS

OPERATION_NAMES = sorted(OPERATIONS)
_UNKNOWN_NAMES = st.from_regex(r"\Ax_[a-z]{1,6}\Z")
_JSON_SCALARS = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=5)


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$ref`` and ``allOf`` merged in (objects: properties and required joined)."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("$ref", "allOf")}
    parts = [SCHEMAS[schema["$ref"]]] if "$ref" in schema else []
    parts += schema.get("allOf", [])
    for part in parts:
        part = _resolved(dict(part))
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**value, **merged.get("properties", {})}
            elif key == "required":
                merged["required"] = sorted({*value, *merged.get("required", [])})
            else:
                merged.setdefault(key, value)
    return merged


def _types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a value of ``schema`` may have."""
    schema = _resolved(schema)
    if "anyOf" in schema:
        return set().union(*(_types(branch) for branch in schema["anyOf"]))
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else schema["enum"]
        return {"null" if v is None else "string" if isinstance(v, str) else "number" for v in values}
    declared = schema.get("type")
    if declared is None:
        return {"object", "array", "string", "integer", "number", "boolean", "null"}
    found = set(declared if isinstance(declared, list) else [declared])
    return found | ({"integer"} if "number" in found else set())


def values(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Any value valid by ``schema``: see the module docstring."""
    schema = _resolved(schema)
    if "anyOf" in schema:
        return st.one_of([values(branch, depth) for branch in schema["anyOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    declared = schema.get("type")
    if isinstance(declared, list):
        return st.one_of([values({**schema, "type": t}, depth) for t in declared])
    if declared == "object":
        return _objects(schema, depth)
    if declared == "array":
        item = values(schema.get("items", {}), depth + 1) if depth < 4 else st.nothing()
        return st.lists(item, max_size=min(3, schema.get("maxItems", 3)))
    if declared == "string":
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(min_size=schema.get("minLength", 0), max_size=12)
    if declared == "integer":
        return st.integers(schema.get("minimum", -(2**40)), schema.get("maximum", 2**53))
    if declared == "number":
        low, high = schema.get("minimum"), schema.get("maximum")
        return st.integers(low or 0, high or 10**6) | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if declared == "boolean":
        return st.booleans()
    if declared == "null":
        return st.none()
    return _JSON_SCALARS


def _objects(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    extra = schema.get("additionalProperties")

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for name, sub in properties.items():
            if name in required or draw(st.booleans()):
                body[name] = draw(values(sub, depth + 1))
        for pattern, sub in schema.get("patternProperties", {}).items():
            for key in draw(st.lists(st.from_regex(pattern, fullmatch=True), max_size=2)):
                body.setdefault(key, draw(values(sub, depth + 1)))
        if isinstance(extra, dict):  # a map: any names, values of the schema
            for key in draw(st.lists(st.text(min_size=1, max_size=8), max_size=2)):
                body.setdefault(key, draw(values(extra, depth + 1)))
        else:  # unknown fields, which the service may add to any object
            for key in draw(st.lists(_UNKNOWN_NAMES, max_size=2)):
                body.setdefault(key, draw(_JSON_SCALARS))
        return body

    return build()


@dataclass(frozen=True)
class Deviation:
    path: tuple[str | int, ...]
    kind: str  # "removed", "null" or "retyped"
    value: Any = None


def _candidates(schema: dict[str, Any], value: Any, path: tuple[str | int, ...]) -> list[tuple[Deviation, Any]]:
    """Every single deviation that can be made in ``value``, with the schema of the place it is made."""
    schema = _resolved(schema)
    found: list[tuple[Deviation, Any]] = []
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if _valid_for(b, value)]
        return _candidates(branches[0], value, path) if len(branches) == 1 else found
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name not in properties:
                continue
            sub = properties[name]
            where = (*path, name)
            if name in schema.get("required", []):
                found.append((Deviation(where, "removed"), sub))
            if "null" not in _types(sub):
                found.append((Deviation(where, "null"), sub))
            found.append((Deviation(where, "retyped", _other_type(sub)), sub))
            found.extend(_candidates(sub, item, where))
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found.extend(_candidates(schema["items"], item, (*path, index)))
    return found


def _other_type(schema: dict[str, Any]) -> Any:
    """A value of a JSON type ``schema`` does not allow."""
    allowed = _types(schema)
    for candidate, kind in (
        ("not a number", "string"),
        (12345, "integer"),
        ({"unexpected": 1}, "object"),
        ([1], "array"),
    ):
        if kind not in allowed:
            return candidate
    return True  # everything but booleans allowed: a boolean


@cache
def _validator(name: str) -> jsonschema_rs.Validator:
    def spelled(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (f"#/$defs/{v}" if k == "$ref" else spelled(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [spelled(v) for v in node]
        return node

    root = {"$ref": f"#/$defs/{name}", "$defs": {k: spelled(dict(v)) for k, v in SCHEMAS.items()}}
    return jsonschema_rs.validator_for(root)


def _valid_for(schema: dict[str, Any], value: Any) -> bool:
    return not _candidates_problem(schema, value)


def _candidates_problem(schema: dict[str, Any], value: Any) -> bool:
    # The client's checker on a sub-schema: SCHEMAS holds named ones, so wrap this one.
    return problem({**SCHEMAS, "__here__": schema}, "__here__", value) is not None


def _deviate(body: Any, deviation: Deviation) -> Any:
    copy = json.loads(json.dumps(body))
    *parents, last = deviation.path
    node = copy
    for step in parents:
        node = node[step]
    if deviation.kind == "removed":
        del node[last]
    else:
        node[last] = None if deviation.kind == "null" else deviation.value
    return copy


def _answer(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body, request=httpx.Request("POST", "https://api.transmitsms.com/x.json"))


def _model(operation: str) -> Any:
    return getattr(models, OPERATIONS[operation].response_schema or "")


def _strict(operation: str) -> tuple[Any, str]:
    return SCHEMAS, OPERATIONS[operation].response_schema or ""


def _body(operation: str) -> st.SearchStrategy[Any]:
    return values({"$ref": OPERATIONS[operation].response_schema})


@pytest.mark.parametrize("operation", OPERATION_NAMES)
@given(data=st.data())
@examples(10)
def test_every_body_the_spec_allows_is_read_in_both_modes(operation: str, data: st.DataObject) -> None:
    record("hypothesis examples")
    body = data.draw(_body(operation), label="body")
    assert _validator(OPERATIONS[operation].response_schema or "").is_valid(body)
    assert problem(SCHEMAS, OPERATIONS[operation].response_schema or "", body) is None
    model = _model(operation)
    tolerant = parse_success(_answer(body), model.from_dict, operation)
    assert tolerant.to_dict() == body
    strict = parse_success(_answer(body), model.from_dict, operation, _strict(operation))
    assert strict.to_dict() == body


@pytest.mark.parametrize("operation", OPERATION_NAMES)
@given(data=st.data())
@examples(10)
def test_a_deviation_is_tolerated_and_named_in_strict_mode(operation: str, data: st.DataObject) -> None:
    name = OPERATIONS[operation].response_schema or ""
    body = data.draw(_body(operation), label="body")
    # An ``error.code`` other than SUCCESS makes the answer an error answer (APIError), which is how
    # the service says a call failed: not a deviation of a success answer.
    candidates = [c for c in _candidates({"$ref": name}, body, ()) if c[0].path != ("error", "code")]
    assume(candidates)
    deviation, _ = data.draw(st.sampled_from(candidates), label="deviation")
    deviating = _deviate(body, deviation)
    assume(not _validator(name).is_valid(deviating))  # a deviation inside an alternative may fit another
    record("hypothesis examples")
    found = problem(SCHEMAS, name, deviating)
    assert found is not None
    model = _model(operation)
    tolerant = parse_success(_answer(deviating), model.from_dict, operation)
    if len(deviation.path) == 1:
        top = str(deviation.path[0])
        kept = getattr(tolerant, _python_name(model, top))
        assert kept is UNSET if deviation.kind == "removed" else kept == deviating[top]
    with pytest.raises(MalformedResponseError) as raised:
        parse_success(_answer(deviating), model.from_dict, operation, _strict(operation))
    assert raised.value.operation == operation
    reported = raised.value.field or ""
    assert reported in str(raised.value)
    assert _is_at_or_above(reported, deviation.path), (reported, deviation)


def _python_name(model: Any, field: str) -> str:
    """The attribute of ``model`` that holds the JSON field ``field``: the one a value it cannot
    parse ends up in, as tolerant reading keeps such values as received."""
    sentinel = object()
    parsed = model.from_dict({field: sentinel})
    (name,) = [a.name for a in attrs.fields(type(parsed)) if getattr(parsed, a.name) is sentinel]
    return str(name)


def _is_at_or_above(reported: str, path: tuple[str | int, ...]) -> bool:
    """Whether the field ``reported`` is the deviation's place, or an object or array holding it."""
    spelled = ""
    places = {"(root)"}
    for step in path:
        spelled = f"{spelled}[{step}]" if isinstance(step, int) else (f"{spelled}.{step}" if spelled else str(step))
        places.add(spelled)
    return reported in places or bool(re.fullmatch(re.escape(reported) + r"(\.|\[).*", spelled))
