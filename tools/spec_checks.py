"""Structural checks of the bundled OpenAPI document: the rules the spec promises to keep.

Contract: every ``check_*`` function takes the bundled document (a dict, as produced by
``transmitsms_spec.bundle``, whose helpers also walk it here: ``operations``, ``resolve``...) and
returns a list of problems, each a sentence naming the operation or location at fault; an empty
list means the document passes. ``run_all`` runs them all. The checks never raise on a malformed
document: what cannot be inspected is reported as a problem, so that the corpus of broken
fragments in ``tests/tools/broken_specs/`` can prove each check fails when it should.

    >>> from tools.bundle_spec import bundle
    >>> problems = run_all(bundle())
    >>> [p for ps in problems.values() for p in ps]
    []
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from jsonschema import Draft202012Validator

# The document is walked by the one reader of the spec; these names are re-exported for the tests.
from transmitsms_spec import FORM as FORM
from transmitsms_spec import form_schema as form_schema
from transmitsms_spec import method_of as method_of
from transmitsms_spec import object_properties as object_properties
from transmitsms_spec import operations as operations
from transmitsms_spec import resolve as resolve

Document = dict[str, Any]
Check = Callable[[Document], list[str]]

TAGS: tuple[str, ...] = ("SMS", "Reporting", "Lists", "Numbers", "Email SMS", "Keywords", "Account", "Resellers")

#: Methods that only read although their name does not start with ``get-`` (see ``is_read_method``).
READ_METHODS_NOT_NAMED_GET: frozenset[str] = frozenset({"format-number", "add-contacts-bulk-progress"})


def is_read_method(method: str) -> bool:
    """Whether an API method only reads (so is safe to repeat after a timeout or a 5xx): the vendor
    names its readers ``get-*``, with the two exceptions of ``READ_METHODS_NOT_NAMED_GET``."""
    return method.startswith("get-") or method in READ_METHODS_NOT_NAMED_GET


SHARED_RESPONSES = {
    "401": "#/components/responses/Unauthorized",
    "404": "#/components/responses/NotImplemented",
    "429": "#/components/responses/OverLimit",
}
CALLBACK_SCHEMAS = ("DlrCallback", "ReplyCallback", "LinkHitCallback", "ListActionCallback")
SEND_SMS_CALLBACKS = {
    "dlr": "{$request.body#/dlr_callback}",
    "reply": "{$request.body#/reply_callback}",
    "link_hits": "{$request.body#/link_hits_callback}",
}
WEBHOOKS = ("dlr", "reply", "link-hit", "list-action")
DLR_STATUSES = ["delivered", "pending", "soft-bounce", "hard-bounce"]

# ---------------------------------------------------------------------------- helpers


def schema_validator(doc: Document, schema: Any) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for ``schema``, resolving ``#/components/...`` in ``doc``."""
    root = {"allOf": [schema], "components": doc.get("components", {})}
    return Draft202012Validator(root)


def describe_error(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    return f"at {where}: {error.message}"


def _operation_label(path: str, verb: str, operation: dict[str, Any]) -> str:
    return f"{operation.get('operationId') or path} ({verb.upper()} {path})"


def _success_schema(operation: dict[str, Any]) -> Any:
    response = operation.get("responses", {}).get("200")
    if not isinstance(response, dict):
        return None
    return response.get("content", {}).get("application/json", {}).get("schema")


# ---------------------------------------------------------------------------- checks


def check_openapi_valid(doc: Document) -> list[str]:
    """The document is valid OpenAPI 3.1."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        errors = list(OpenAPIV31SpecValidator(doc).iter_errors())
    except Exception as exc:  # the validator raises on some malformed documents
        return [f"the document cannot be validated: {exc}"]
    return [f"not valid OpenAPI 3.1 {describe_error(e)}" for e in errors]


def check_operation_set(doc: Document) -> list[str]:
    """One POST operation per method, at ``/<method>.json``; none for a method of ``x-omitted-methods``.

    The set of methods is the spec's to say (nothing else lists them); the vendor's reference
    examples are held to it by ``tests/spec/test_reference_examples.py``.
    """
    problems = []
    found: dict[str, list[str]] = {}
    for path, verb, _ in operations(doc):
        method = method_of(path)
        if method is None:
            problems.append(f"{path}: paths must have the form /<method>.json")
            continue
        found.setdefault(method, []).append(verb)
    if not found:
        problems.append("the document describes no operation")
    for method, verbs in sorted(found.items()):
        if verbs != ["post"]:
            problems.append(f"{method}: expected exactly one POST operation, found {verbs}")
    omitted = doc.get("x-omitted-methods")
    for entry in omitted if isinstance(omitted, list) else []:
        method = entry.get("method") if isinstance(entry, dict) else None
        if method in found:
            problems.append(f"{method}: not a method of the API (x-omitted-methods says why it is left out)")
    return problems


def check_operation_metadata(doc: Document) -> list[str]:
    """operationId, tag, summary, description, operation-level Basic security, extensions."""
    problems = []
    seen_ids: dict[str, str] = {}
    global_security = doc.get("security")
    if global_security:
        problems.append("security must be declared per operation, not at the document level")
    for path, verb, op in operations(doc):
        label = _operation_label(path, verb, op)
        method = method_of(path) or ""
        expected_id = method.replace("-", "_")
        op_id = op.get("operationId")
        if op_id != expected_id:
            problems.append(f"{label}: operationId must be {expected_id!r}, found {op_id!r}")
        elif op_id in seen_ids:
            problems.append(f"{label}: operationId {op_id!r} is also used by {seen_ids[op_id]}")
        if isinstance(op_id, str):
            seen_ids[op_id] = path
        tags = op.get("tags")
        if not (isinstance(tags, list) and len(tags) == 1 and tags[0] in TAGS):
            problems.append(f"{label}: needs exactly one tag out of {list(TAGS)}, found {tags!r}")
        for key in ("summary", "description"):
            value = op.get(key)
            if not (isinstance(value, str) and value.strip()):
                problems.append(f"{label}: missing {key}")
        if op.get("security") != [{"basicAuth": []}]:
            problems.append(f"{label}: security must be [{{basicAuth: []}}] at operation level")
        methods = op.get("x-http-methods")
        if not (isinstance(methods, list) and "POST" in methods and "GET" in methods):
            problems.append(f"{label}: x-http-methods must list POST and GET")
        if op.get("x-xml-path") != f"/{method}.xml":
            problems.append(f"{label}: x-xml-path must be '/{method}.xml'")
        safe = op.get("x-safe-to-retry")
        if not isinstance(safe, bool):
            problems.append(f"{label}: x-safe-to-retry must be true or false")
        elif safe != is_read_method(method):
            expected = "true (it only reads)" if is_read_method(method) else "false (it writes)"
            problems.append(f"{label}: x-safe-to-retry must be {expected}")
        if op.get("x-source") not in ("reference", "supplement"):
            problems.append(f"{label}: x-source must be 'reference' or 'supplement'")
    schemes = doc.get("components", {}).get("securitySchemes", {})
    basic = schemes.get("basicAuth") if isinstance(schemes, dict) else None
    if not (isinstance(basic, dict) and basic.get("type") == "http" and basic.get("scheme") == "basic"):
        problems.append("components/securitySchemes/basicAuth must be HTTP Basic")
    return problems


def _form_value_problems(doc: Document, name: str, schema: Any) -> list[str]:
    resolved = resolve(doc, schema)
    if not isinstance(resolved, dict):
        return [f"field {name!r} has an unresolvable schema"]
    types = resolved.get("type")
    type_list = types if isinstance(types, list) else [types]
    if None in type_list and not any(k in resolved for k in ("enum", "const", "anyOf", "oneOf")):
        return [f"field {name!r} has no type"]
    if "object" in type_list or "array" in type_list:
        return [f"field {name!r} is {types}: form fields must be scalars (comma-separate lists)"]
    return []


def _lenient_form_problems(doc: Document, name: str, prop: Any, body: dict[str, Any]) -> list[str]:
    if not isinstance(prop, dict):
        return []
    problems = []
    placeholders = prop.get("x-placeholders")
    if placeholders is not None:
        if not (isinstance(placeholders, list) and all(isinstance(v, str) for v in placeholders)):
            problems.append(f"field {name!r}: x-placeholders must be a list of texts")
        if name in body.get("required", []):
            problems.append(f"field {name!r}: x-placeholders on a required parameter (a placeholder is no value)")
    aliases = prop.get("x-aliases")
    if aliases is not None:
        target = resolve(doc, prop)
        values = target.get("enum") if isinstance(target, dict) else None
        if not isinstance(aliases, dict) or not isinstance(values, list):
            problems.append(f"field {name!r}: x-aliases must map values of an enumeration")
        else:
            for alias, meaning in aliases.items():
                if meaning is not None and meaning not in values:
                    problems.append(
                        f"field {name!r}: alias {alias!r} means {meaning!r}, which is not one of its values"
                    )
                if alias in values:
                    problems.append(f"field {name!r}: alias {alias!r} is already one of its values")
    return problems


def check_request_bodies(doc: Document) -> list[str]:
    """Form-encoded bodies of named, open object schemas with scalar, typed fields.

    Open: the service ignores parameters it does not know (spec, *Unknown parameters*), so a body
    that sets ``additionalProperties: false`` says something the service does not do. The lenient
    forms of a parameter (spec, *Requests*) must make sense: ``x-placeholders`` (texts read as
    absent) only on an optional parameter, ``x-aliases`` only on an enumeration, each alias meaning
    one of its values or ``null`` (absent).
    """
    problems = []
    for path, verb, op in operations(doc):
        label = _operation_label(path, verb, op)
        body = op.get("requestBody")
        if body is None:
            continue
        content = body.get("content", {}) if isinstance(body, dict) else {}
        if list(content) != [FORM]:
            problems.append(f"{label}: the request body must be {FORM} only, found {list(content)}")
            continue
        schema_ref = content[FORM].get("schema", {})
        if not (isinstance(schema_ref, dict) and str(schema_ref.get("$ref", "")).startswith("#/components/schemas/")):
            problems.append(f"{label}: the request body schema must be a $ref to a named component")
        schema = resolve(doc, schema_ref)
        if not isinstance(schema, dict) or schema.get("type") != "object":
            problems.append(f"{label}: the request body schema must be an object")
            continue
        if schema.get("additionalProperties") is False:
            problems.append(
                f"{label}: the request body schema must not set additionalProperties: false "
                "(the service ignores unknown parameters)"
            )
        properties = schema.get("properties", {})
        if not properties:
            problems.append(f"{label}: the request body has no properties; omit requestBody instead")
        for name in schema.get("required", []):
            if name not in properties:
                problems.append(f"{label}: required field {name!r} is not a property")
        for name, prop in properties.items():
            problems.extend(f"{label}: {p}" for p in _form_value_problems(doc, name, prop))
            problems.extend(f"{label}: {p}" for p in _lenient_form_problems(doc, name, prop, schema))
        required_request = body.get("required", False)
        if required_request != bool(schema.get("required") or schema.get("anyOf") or schema.get("oneOf")):
            problems.append(f"{label}: requestBody.required must be true exactly when some field is required")
    return problems


def _examples_of(media: dict[str, Any]) -> list[tuple[str, Any]]:
    found = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            found.append((name, example["value"]))
    return found


def check_responses(doc: Document) -> list[str]:
    """200 with schema and example, the shared 401/404/429, a 400 per x-error-codes."""
    problems = []
    error_code = resolve(doc, {"$ref": "#/components/schemas/ErrorCode"})
    if not isinstance(error_code, dict):
        problems.append("components/schemas/ErrorCode is missing: the documented error codes live there")
        error_code = {}
    known_codes = set(error_code.get("x-known-values", []) or [])
    for path, verb, op in operations(doc):
        label = _operation_label(path, verb, op)
        responses = op.get("responses", {})
        success = responses.get("200")
        media = success.get("content", {}).get("application/json") if isinstance(success, dict) else None
        if not isinstance(media, dict) or "schema" not in media:
            problems.append(f"{label}: the 200 response needs an application/json schema")
        else:
            if not _examples_of(media):
                problems.append(f"{label}: the 200 response needs an example")
            error_prop = object_properties(doc, media["schema"]).get("error")
            if error_prop != {"$ref": "#/components/schemas/Success"}:
                problems.append(f"{label}: the 200 schema needs an `error` property referencing Success")
        for status, ref in SHARED_RESPONSES.items():
            if responses.get(status) != {"$ref": ref}:
                problems.append(f"{label}: the {status} response must be {{$ref: {ref}}}")
        codes = op.get("x-error-codes")
        if not isinstance(codes, list):
            problems.append(f"{label}: missing x-error-codes")
            continue
        codes_400 = []
        for entry in codes:
            if not (isinstance(entry, dict) and isinstance(entry.get("code"), str) and entry.get("status") == 400):
                problems.append(f"{label}: x-error-codes entries need a code and status 400, found {entry!r}")
                continue
            extra = set(entry) - {"code", "status", "description", "assumed"}
            if extra:
                problems.append(f"{label}: x-error-codes entry {entry['code']} has unknown keys {sorted(extra)}")
            if entry["code"] not in known_codes:
                problems.append(f"{label}: error code {entry['code']} is not in ErrorCode's x-known-values")
            codes_400.append(entry["code"])
        bad_request = responses.get("400")
        if not codes_400:
            if bad_request is not None:
                problems.append(f"{label}: a 400 response is documented but x-error-codes is empty")
            continue
        bad_media = bad_request.get("content", {}).get("application/json") if isinstance(bad_request, dict) else None
        if not isinstance(bad_media, dict) or bad_media.get("schema") != {"$ref": "#/components/schemas/Error"}:
            problems.append(f"{label}: the 400 response needs the shared Error schema")
            continue
        examples = bad_media.get("examples") or {}
        for code in codes_400:
            value = examples.get(code, {}).get("value") if isinstance(examples.get(code), dict) else None
            if not isinstance(value, dict) or value.get("error", {}).get("code") != code:
                problems.append(f"{label}: the 400 response needs an example {code!r} whose error.code is {code}")
        for name in sorted(set(examples) - set(codes_400)):
            problems.append(f"{label}: 400 example {name!r} is not listed in x-error-codes")
    return problems


def check_pagination(doc: Document) -> list[str]:
    """Paginated operations (page and max) declare x-pagination matching their response."""
    problems = []
    for path, verb, op in operations(doc):
        label = _operation_label(path, verb, op)
        body_schema = form_schema(op)
        params = object_properties(doc, body_schema) if body_schema else {}
        paginated = "page" in params or "max" in params
        marker = op.get("x-pagination")
        if paginated:
            if params.get("page") != {"$ref": "#/components/schemas/PageNumber"}:
                problems.append(f"{label}: `page` must reference PageNumber")
            if params.get("max") != {"$ref": "#/components/schemas/PageSize"}:
                problems.append(f"{label}: `max` must reference PageSize")
        if paginated and not isinstance(marker, dict):
            problems.append(f"{label}: takes page/max but has no x-pagination")
            continue
        if not paginated:
            if marker is not None:
                problems.append(f"{label}: has x-pagination but takes no page/max")
            continue
        assert isinstance(marker, dict)
        result = object_properties(doc, _success_schema(op))
        if result.get("page") != {"$ref": "#/components/schemas/PageInfo"}:
            problems.append(f"{label}: the 200 schema needs a `page` property referencing PageInfo")
        items = resolve(doc, result.get(str(marker.get("items"))))
        if not (isinstance(items, dict) and items.get("type") == "array"):
            problems.append(f"{label}: x-pagination.items {marker.get('items')!r} is not an array of the 200 schema")
        total = resolve(doc, result.get(str(marker.get("total"))))
        if not (isinstance(total, dict) and total.get("type") == "integer"):
            problems.append(f"{label}: x-pagination.total {marker.get('total')!r} is not an integer of the 200 schema")
    return problems


def check_error_model(doc: Document) -> list[str]:
    """The shared Error schema, and an open set of error codes."""
    problems = []
    code = resolve(doc, {"$ref": "#/components/schemas/ErrorCode"})
    if not isinstance(code, dict):
        return ["components/schemas/ErrorCode is missing"]
    if code.get("type") != "string" or "enum" in code or "const" in code:
        problems.append("ErrorCode must be an open string (documented codes in x-known-values, no enum)")
    if not code.get("x-known-values"):
        problems.append("ErrorCode must document the known codes in x-known-values")
    error = resolve(doc, {"$ref": "#/components/schemas/Error"})
    detail = resolve(doc, (object_properties(doc, error) or {}).get("error"))
    if not (isinstance(error, dict) and "error" in error.get("required", [])):
        problems.append("Error must require `error`")
    detail_props = object_properties(doc, detail)
    if detail_props.get("code") != {"$ref": "#/components/schemas/ErrorCode"} or "description" not in detail_props:
        problems.append("Error.error must have `code` (ErrorCode) and `description`")
    return problems


def check_callbacks(doc: Document) -> list[str]:
    """send-sms callbacks, account webhooks, and a schema per callback payload."""
    problems = []
    schemas = doc.get("components", {}).get("schemas", {})
    for name in CALLBACK_SCHEMAS:
        schema = schemas.get(name)
        if not isinstance(schema, dict):
            problems.append(f"components/schemas/{name} is missing")
            continue
        for prop_name, prop in schema.get("properties", {}).items():
            if (resolve(doc, prop) or {}).get("type") != "string":
                problems.append(f"{name}.{prop_name} must be a string: callback values arrive in a query string")
    if (schemas.get("DlrCallback") or {}).get("properties", {}).get("status", {}).get("enum") != DLR_STATUSES:
        problems.append(f"DlrCallback.status must list the four DLR statuses {DLR_STATUSES}")
    if (schemas.get("ReplyCallback") or {}).get("properties", {}).get("is_optout", {}).get("enum") != ["yes", "no"]:
        problems.append("ReplyCallback.is_optout must be yes or no")
    for name in CALLBACK_SCHEMAS:
        schema = schemas.get(name) or {}
        key = schema.get("x-event-key")
        properties = schema.get("properties", {})
        if not (isinstance(key, list) and key and all(isinstance(k, str) and k in properties for k in key)):
            problems.append(f"{name} needs x-event-key: the names of its properties that identify one event")
        elif len(set(key)) != len(key):
            problems.append(f"{name}.x-event-key names a field twice")
    send_sms = (doc.get("paths", {}).get("/send-sms.json") or {}).get("post", {})
    callbacks = send_sms.get("callbacks", {})
    for name, expression in SEND_SMS_CALLBACKS.items():
        if expression not in (callbacks.get(name) or {}):
            problems.append(f"send-sms needs a callback {name!r} at {expression}")
    webhooks = doc.get("webhooks", {})
    for name in WEBHOOKS:
        item = resolve(doc, webhooks.get(name))
        if not (isinstance(item, dict) and isinstance(item.get("get"), dict)):
            problems.append(f"webhooks/{name} must be a GET path item")
    return problems


def _walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def check_examples(doc: Document) -> list[str]:
    """Every example validates against its own schema (media-type and schema examples)."""
    problems = []
    for where, node in _walk(doc, ""):
        if not isinstance(node, dict):
            continue
        if "schema" in node and ("example" in node or "examples" in node):
            validator = schema_validator(doc, node["schema"])
            for name, value in _examples_of(node):
                for error in validator.iter_errors(value):
                    problems.append(f"{where} example {name!r} does not match its schema {describe_error(error)}")
        elif isinstance(node.get("examples"), list) and "/examples" not in where and "/x-" not in where:
            schema = {k: v for k, v in node.items() if k != "examples"}
            validator = schema_validator(doc, schema)
            for index, value in enumerate(node["examples"]):
                for error in validator.iter_errors(value):
                    problems.append(f"{where} examples[{index}] does not match its schema {describe_error(error)}")
    return problems


def check_links(doc: Document) -> list[str]:
    """Links name an existing operation, fill fields of its body, from fields of this response."""
    problems = []
    by_id = {op.get("operationId"): op for _, _, op in operations(doc)}
    for path, verb, op in operations(doc):
        label = _operation_label(path, verb, op)
        for status, response in (op.get("responses") or {}).items():
            links = response.get("links", {}) if isinstance(response, dict) else {}
            source = object_properties(doc, (response.get("content") or {}).get("application/json", {}).get("schema"))
            for name, link in links.items():
                target = by_id.get(link.get("operationId"))
                if target is None:
                    problems.append(f"{label}: link {name} targets unknown operation {link.get('operationId')!r}")
                    continue
                fields = object_properties(doc, form_schema(target))
                if "requestBody" in link or "parameters" in link:
                    problems.append(
                        f"{label}: link {name} must map form fields in x-request-body-fields (see info.description)"
                    )
                for field, expression in (link.get("x-request-body-fields") or {}).items():
                    if field not in fields:
                        problems.append(f"{label}: link {name} sets {field!r}, not a field of {link['operationId']}")
                    prefix = "$response.body#/"
                    if not (isinstance(expression, str) and expression.startswith(prefix)):
                        problems.append(f"{label}: link {name} field {field!r} must come from {prefix}...")
                    elif expression[len(prefix) :].split("/")[0] not in source:
                        problems.append(f"{label}: link {name} reads {expression}, not in the {status} response")
    return problems


ALL_CHECKS: dict[str, Check] = {
    "openapi_valid": check_openapi_valid,
    "operation_set": check_operation_set,
    "operation_metadata": check_operation_metadata,
    "request_bodies": check_request_bodies,
    "responses": check_responses,
    "pagination": check_pagination,
    "error_model": check_error_model,
    "callbacks": check_callbacks,
    "examples": check_examples,
    "links": check_links,
}


def run_all(doc: Document) -> dict[str, list[str]]:
    """Run every check; map each check's name to its problems."""
    results = {}
    for name, check in ALL_CHECKS.items():
        try:
            results[name] = check(doc)
        except Exception as exc:  # a malformed document must be reported, not crash the run
            results[name] = [f"the check could not inspect the document: {type(exc).__name__}: {exc}"]
    return results


# ---------------------------------------------------------------------------- instances


def unknown_fields(doc: Document, schema: Any, instance: Any, where: str = "") -> list[str]:
    """Paths of object keys in ``instance`` that ``schema`` does not describe.

    The response schemas stay open (unknown fields are forward compatible), so validation alone
    cannot tell that an example carries a field the spec forgot; this walk can. Keys allowed by
    ``additionalProperties`` or ``patternProperties`` count as described. For ``anyOf``/``oneOf``
    the first branch the instance validates against is followed.
    """
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return []
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            for branch in schema[keyword]:
                if schema_validator(doc, branch).is_valid(instance):
                    return unknown_fields(doc, branch, instance, where)
            return []
    found = []
    if isinstance(instance, dict):
        properties = object_properties(doc, schema)
        patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            path = f"{where}/{key}"
            if key in properties:
                found.extend(unknown_fields(doc, properties[key], value, path))
            elif any(p.search(key) for p in patterns):
                continue
            elif isinstance(extra, dict):
                found.extend(unknown_fields(doc, extra, value, path))
            elif extra is not True:
                found.append(path)
    elif isinstance(instance, list) and "items" in schema:
        for index, value in enumerate(instance):
            found.extend(unknown_fields(doc, schema["items"], value, f"{where}/{index}"))
    return found
