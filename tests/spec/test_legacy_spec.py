"""The legacy XML API's spec: valid, complete, its examples true to its schemas, its mapping true
to the current API's spec (the one source of the mapping must name only what exists)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.support.legacy import examples, legacy_document
from tools.bundle_spec import validate
from tools.spec_checks import object_properties, resolve, schema_validator
from tools.xml_data import xml_to_data
from transmitsms_legacy.mapping import build
from transmitsms_spec import form_schema, load, operations

DOC = legacy_document()
MAPPING = build(DOC)
METHODS = DOC["components"]["schemas"]["MethodName"]["enum"]


def current_operations() -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for _, _, op in operations(load())}


CURRENT = current_operations()


def test_the_document_is_valid_openapi_3_1() -> None:
    validate(DOC)


def test_every_method_of_the_reference_has_a_mapping() -> None:
    assert sorted(MAPPING.methods) == sorted(METHODS)
    assert [m["method"] for m in examples()["methods"]] == METHODS


def test_every_method_but_the_nested_one_has_a_get_wrapper() -> None:
    wrapped = {op["x-legacy-method"] for path, _, op in operations(DOC) if path.startswith("/api-wrapper/")}
    assert wrapped == set(METHODS) - {"contact-lists.add-multiple-recipients"}
    assert all(path == f"/api-wrapper/{op['x-legacy-method']}" for path, _, op in operations(DOC) if path != "/api")


def _examples() -> list[tuple[str, str, Any, str]]:
    found = []
    for path, _, op in operations(DOC):
        content = op["responses"]["200"]["content"]["text/xml"]
        for name, example in content.get("examples", {}).items():
            found.append((f"{op['operationId']}:{name}", path, content["schema"], example["value"]))
    return found


@pytest.mark.parametrize(("label", "path", "schema", "value"), _examples(), ids=lambda v: str(v)[:50])
def test_every_answer_example_validates_against_its_schema(label: str, path: str, schema: Any, value: str) -> None:
    errors = [e.message for e in schema_validator(DOC, schema).iter_errors(xml_to_data(value, schema, DOC))]
    assert errors == []


def test_every_current_parameter_the_mapping_names_exists() -> None:
    for method in MAPPING.methods.values():
        for parameter in [*method.parameters.values(), *method.row_parameters.values()]:
            for target in parameter.targets:
                assert target.operation in CURRENT, f"{method.name}.{parameter.name}: no operation {target.operation}"
                fields = object_properties(load(), form_schema(CURRENT[target.operation]))
                assert target.parameter in fields, f"{method.name}.{parameter.name}: {target} is no parameter"


def test_every_parameter_is_mapped_or_says_why_not() -> None:
    for method in MAPPING.methods.values():
        for parameter in [*method.parameters.values(), *method.row_parameters.values()]:
            assert parameter.targets or parameter.no_twin or parameter.derived, f"{method.name}.{parameter.name}"
            assert parameter.transform in MAPPING.transforms, f"{method.name}.{parameter.name}: {parameter.transform}"


def test_every_operation_the_mapping_uses_exists_and_takes_its_fixed_arguments() -> None:
    for method in MAPPING.methods.values():
        for step in method.operations:
            if step.operation.startswith("$"):
                continue
            assert step.operation in CURRENT, f"{method.name}: {step.operation}"
            fields = object_properties(load(), form_schema(CURRENT[step.operation]))
            assert set(step.arguments) <= set(fields), f"{method.name}: {step.operation} {step.arguments}"
        used = {t.operation for p in [*method.parameters.values(), *method.row_parameters.values()] for t in p.targets}
        listed = {step.operation for step in method.operations}
        extra = {op for t in MAPPING.transforms.values() for op in t.get("operations", [])}
        assert used <= listed | extra, f"{method.name}: parameters map onto {sorted(used - listed)}, not listed"


def test_every_answer_field_comes_from_a_current_field_or_says_how() -> None:
    doc = load()
    for record, fields in MAPPING.records.items():
        for spec in fields:
            if spec.source is None:
                continue
            operation, *path = spec.source
            assert operation in CURRENT, f"{record}.{spec.name}: {spec.source}"
            node: Any = CURRENT[operation]["responses"]["200"]["content"]["application/json"]["schema"]
            for part in path:
                properties = object_properties(doc, node)
                patterns = (resolve(doc, node) or {}).get("patternProperties", {})
                matched = next((v for p, v in patterns.items() if re.search(p, part)), None)
                assert part in properties or matched, f"{record}.{spec.name}: {'.'.join(spec.source)} is no field"
                node = resolve(doc, properties.get(part, matched))
                if isinstance(node, dict) and "items" in node:
                    node = resolve(doc, node["items"])
                if isinstance(node, dict) and "anyOf" in node:
                    node = next(
                        (resolve(doc, b) for b in node["anyOf"] if "properties" in (resolve(doc, b) or {})), node
                    )
            assert spec.transform is None or spec.transform in MAPPING.transforms


def test_every_data_field_of_an_answer_is_accounted_for() -> None:
    for record, fields in MAPPING.records.items():
        if not (record.endswith(".data") or record.endswith("Row") or record in ("ClientLedger", "ClientTransaction")):
            continue
        for spec in fields:
            assert spec.source or spec.derived or spec.no_twin, f"{record}.{spec.name}: where does it come from?"


def test_the_failures_name_codes_the_current_api_documents() -> None:
    codes = set(load()["components"]["schemas"]["ErrorCode"]["x-known-values"])
    for method in MAPPING.methods.values():
        assert set(method.failures) <= codes, method.name
        statuses = set(examples()["statuses"])
        for status in method.failures.values():
            assert status.startswith("failed - ") or status in statuses, (method.name, status)


def test_a_method_that_answers_statuses_documents_the_status_answer() -> None:
    for path, _, op in operations(DOC):
        method = MAPPING.methods.get(op.get("x-legacy-method", ""))
        if method is None:
            continue
        top_level = [t for t in method.failures.values() if t.startswith("failed") or t == "NO ACCESS TO LIST"]
        if not (top_level or method.name == "contact-lists.delete-recipient"):
            continue
        answers = op["responses"]["200"]["content"]["text/xml"]["schema"]["anyOf"]
        assert {"$ref": "#/components/schemas/StatusAnswer"} in answers, path
