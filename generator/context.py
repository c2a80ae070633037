"""What our resource and operation templates render, built from the spec.

Contract: ``build_resources(doc, data)`` turns the preprocessed document and the generator's parse
of it (``GeneratorData``) into ``ResourceInfo`` rows, one per tag in the order of ``tags``
(``generator.callback_context`` does the same for the callbacks).
Everything here is plain data (strings, tuples): the templates only lay it out. Python types,
attribute names and defaults come from openapi-python-client's own parse, so that the arguments
we pass to a generated model are exactly those its constructor takes; descriptions and the ``x-``
extensions come from the document, which the generator does not expose.

A spec the rules cannot name consistently (two methods with one name in a group, an unknown
callback field type...) raises ``ContextError``: the generation fails instead of guessing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator import naming
from transmitsms_spec import object_properties, resolve

Document = dict[str, Any]
FORM = "application/x-www-form-urlencoded"


#: Hand-written behaviour added to a tag's resource group, as ``(runtime module, mixin class)``:
#: the generated ``<Tag>Resource`` also inherits ``_runtime.<module>.<mixin>`` (and the async one
#: ``Async<mixin>``). It is how ``client.sms.send_bulk`` (``_runtime/bulk.py``) joins the generated
#: methods without a line of it in a template. The raw-response views get none.
RUNTIME_MIXINS: Mapping[str, tuple[str, str]] = {"SMS": ("bulk", "SmsBulkMixin")}


class ContextError(Exception):
    """The spec cannot be rendered by our templates without guessing."""


def plain(value: Any) -> str:
    """The text of a value of the generator's parse (which wraps document strings)."""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


@dataclass(frozen=True, order=True)
class ModelRef:
    """A generated class, and the module of ``models/`` that defines it."""

    module: str
    class_name: str


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a generated method: an API parameter.

    ``value`` is the expression that turns the argument into the request model's attribute.
    """

    name: str
    arg: str
    attribute: str
    annotation: str
    default: str | None
    description: str
    value: str
    enum: ModelRef | None = None
    comma_separated: bool = False

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class Raises:
    """An exception a method may raise, and the error codes that raise it."""

    exception: str
    reason: str


@dataclass(frozen=True)
class PaginationInfo:
    """An operation's ``x-pagination``, with what its ``iter_*`` method needs."""

    items: str
    total: str
    iterator: str
    items_attribute: str
    items_required: bool
    item: ModelRef


@dataclass(frozen=True)
class OperationInfo:
    """One operation, as its resource methods need it."""

    operation_id: str
    constant: str
    method: str
    http_method: str
    path: str
    summary: str
    description: str
    safe_to_retry: bool
    error_codes: tuple[str, ...]
    raises: tuple[Raises, ...]
    request: ModelRef | None
    response: ModelRef
    response_description: str
    arguments: tuple[Argument, ...]
    pagination: PaginationInfo | None

    @property
    def iterator_arguments(self) -> tuple[Argument, ...]:
        """The arguments of the ``iter_*`` method: ``page`` is the iterator's, ``max`` defaults to 100."""
        out = []
        for argument in self.arguments:
            if argument.name == "page":
                continue
            if argument.name == "max":
                argument = Argument(
                    name="max",
                    arg=argument.arg,
                    attribute=argument.attribute,
                    annotation="int",
                    default="DEFAULT_PAGE_SIZE",
                    description="The page size used to fetch the items (the API's maximum by default).",
                    value=argument.arg,
                )
            out.append(argument)
        return tuple(out)


@dataclass(frozen=True)
class ResourceInfo:
    """One tag: a resource group of the client."""

    tag: str
    attribute: str
    class_name: str
    module: str
    description: str
    operations: tuple[OperationInfo, ...]
    #: ``(runtime module, mixin class)`` pairs the group's classes inherit (``RUNTIME_MIXINS``).
    mixins: tuple[tuple[str, str], ...] = ()

    @property
    def raw_class_name(self) -> str:
        """The class of the resource's ``with_raw_response`` view."""
        return naming.raw_resource_class(self.tag)

    @property
    def model_imports(self) -> tuple[ModelRef, ...]:
        """Every generated class the resource module uses, sorted."""
        refs: set[ModelRef] = set()
        for op in self.operations:
            refs.add(op.response)
            if op.request is not None:
                refs.add(op.request)
            if op.pagination is not None:
                refs.add(op.pagination.item)
        return tuple(sorted(refs))

    @property
    def enum_imports(self) -> tuple[ModelRef, ...]:
        refs = {a.enum for op in self.operations for a in op.arguments if a.enum is not None}
        return tuple(sorted(refs))

    @property
    def uses_comma_separated(self) -> bool:
        return any(a.comma_separated for op in self.operations for a in op.arguments)

    @property
    def paginated(self) -> bool:
        return any(op.pagination for op in self.operations)


def _error_classes() -> Mapping[str, type]:
    # The runtime owns the code -> exception mapping; docstrings name the class it will raise.
    from transmitsms._runtime.exceptions import ERROR_CLASSES

    return ERROR_CLASSES


def describe(schema: Any, doc: Document) -> str:
    """The description of a (possibly referenced) schema, or ''."""
    if isinstance(schema, dict) and isinstance(schema.get("description"), str):
        return str(schema["description"]).strip()
    target = resolve(doc, schema)
    if isinstance(target, dict) and isinstance(target.get("description"), str):
        return str(target["description"]).strip()
    return ""


def _argument(prop: PropertyProtocol, schema: Any, doc: Document) -> Argument:
    name = plain(prop.name)
    arg = naming.argument_name(name)
    attribute = str(prop.python_name)
    resolved = resolve(doc, schema)
    comma_separated = isinstance(resolved, dict) and resolved.get("x-comma-separated") is True
    description = describe(schema, doc)
    default = None
    if prop.default is not None:
        default = plain(prop.default.python_code)
    elif not prop.required:
        default = "UNSET"
    enum = None
    if isinstance(prop, EnumProperty):
        enum_class = plain(prop.class_info.name)
        enum = ModelRef(module=str(prop.class_info.module_name), class_name=enum_class)
        literals = ", ".join(repr(v) for v in prop.values.values())
        base = f"Literal[{literals}] | {enum_class}"
        convert = f"{enum_class}({arg})"
    elif comma_separated:
        base = "str | Sequence[str | int]"
        convert = f"join_comma_separated({arg})"
        description = (description + " A list is joined with commas.").strip()
    else:
        base = plain(prop.get_type_string(no_optional=True))
        convert = arg
    if default is not None and prop.default is not None:
        description = (description + f" Default: ``{plain(prop.default.python_code)}``.").strip()
    annotation = f"{base} | Unset" if default == "UNSET" else base
    # An unset optional argument stays UNSET: only a given value is converted.
    value = f"{arg} if isinstance({arg}, Unset) else {convert}" if convert != arg and default == "UNSET" else convert
    return Argument(
        name=name,
        arg=arg,
        attribute=attribute,
        annotation=annotation,
        default=default,
        description=description,
        value=value,
        enum=enum,
        comma_separated=comma_separated,
    )


def _model_ref(prop: Any) -> ModelRef:
    if not isinstance(prop, ModelProperty):
        raise ContextError(f"expected a model, got {type(prop).__name__} ({plain(prop.name)})")
    return ModelRef(module=str(prop.class_info.module_name), class_name=plain(prop.class_info.name))


def _raises(codes: Iterable[str]) -> tuple[Raises, ...]:
    classes = _error_classes()
    by_class: dict[str, list[str]] = {}
    for code in codes:
        by_class.setdefault(classes[code].__name__ if code in classes else "UnknownAPIError", []).append(code)
    by_class.setdefault("AuthenticationError", []).extend(
        c for c in ("AUTH_FAILED", "AUTH_FAILED_NO_DATA") if c not in by_class.get("AuthenticationError", [])
    )
    rows = [Raises(name, ", ".join(f"``{c}``" for c in codes)) for name, codes in by_class.items()]
    rows.append(Raises("RateLimitError", "``OVER_LIMIT``, once the retries are spent"))
    rows.append(Raises("APIConnectionError", "no answer (``APITimeoutError`` when in time)"))
    return tuple(rows)


def _operation(endpoint: Any, raw: dict[str, Any], doc: Document, tag: str) -> OperationInfo:
    operation_id = str(endpoint.name)
    body_prop = endpoint.bodies[0].prop if endpoint.bodies else None
    arguments: list[Argument] = []
    request = None
    if body_prop is not None:
        request = _model_ref(body_prop)
        schema = raw["requestBody"]["content"][FORM]["schema"]
        properties = object_properties(doc, schema)
        for prop in (body_prop.required_properties or []) + (body_prop.optional_properties or []):
            arguments.append(_argument(prop, properties.get(plain(prop.name)), doc))
    names = [a.arg for a in arguments]
    if len(set(names)) != len(names):
        raise ContextError(f"{operation_id}: two parameters have the same argument name: {names}")
    success = [r for r in endpoint.responses.patterns if plain(r.status_code.pattern) == "200"]
    if len(success) != 1:
        raise ContextError(f"{operation_id}: expected exactly one 200 response")
    response_prop = success[0].prop
    response = _model_ref(response_prop)
    pagination = None
    marker = raw.get("x-pagination")
    if marker:
        items_prop = next(
            (
                p
                for p in (response_prop.required_properties or []) + (response_prop.optional_properties or [])
                if plain(p.name) == marker["items"]
            ),
            None,
        )
        if not isinstance(items_prop, ListProperty):
            raise ContextError(f"{operation_id}: x-pagination.items {marker['items']!r} is not a list property")
        pagination = PaginationInfo(
            items=marker["items"],
            total=marker["total"],
            iterator=naming.iterator_name(operation_id),
            items_attribute=str(items_prop.python_name),
            items_required=bool(items_prop.required),
            item=_model_ref(items_prop.inner_property),
        )
        if not {"page", "max"} <= set(names):
            raise ContextError(f"{operation_id}: paginated but does not take page and max")
    codes = tuple(entry["code"] for entry in raw.get("x-error-codes", []))
    return OperationInfo(
        operation_id=operation_id,
        constant=naming.constant_name(operation_id),
        method=naming.method_name(operation_id, tag),
        http_method=str(endpoint.method).upper(),
        path=plain(endpoint.path),
        summary=str(raw.get("summary", "")).strip(),
        description=str(raw.get("description", "")).strip(),
        safe_to_retry=raw.get("x-safe-to-retry") is True,
        error_codes=codes,
        raises=_raises(codes),
        request=request,
        response=response,
        response_description=str(raw["responses"]["200"].get("description", "")).strip(),
        arguments=tuple(arguments),
        pagination=pagination,
    )


def build_resources(doc: Document, data: GeneratorData) -> tuple[ResourceInfo, ...]:
    """The resource groups of the client, one per tag (see the module docstring)."""
    tag_docs = {t["name"]: str(t.get("description", "")).strip() for t in doc.get("tags", [])}
    by_tag: dict[str, list[OperationInfo]] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            raw = doc["paths"][plain(endpoint.path)][endpoint.method]
            tag = raw["tags"][0]
            by_tag.setdefault(tag, []).append(_operation(endpoint, raw, doc, tag))
    unknown = sorted(set(RUNTIME_MIXINS) - set(by_tag))
    if unknown:
        raise ContextError(f"RUNTIME_MIXINS names tags the spec does not have: {unknown}")
    resources = []
    for tag in [t for t in tag_docs if t in by_tag] + sorted(t for t in by_tag if t not in tag_docs):
        operations = tuple(by_tag[tag])
        method_names = [op.method for op in operations] + [op.pagination.iterator for op in operations if op.pagination]
        if len(set(method_names)) != len(method_names) or "with_raw_response" in method_names:
            raise ContextError(f"tag {tag!r}: method names collide: {sorted(method_names)}")
        resources.append(
            ResourceInfo(
                tag=tag,
                attribute=naming.resource_attribute(tag),
                class_name=naming.resource_class(tag),
                module=naming.resource_attribute(tag),
                description=tag_docs.get(tag, ""),
                operations=operations,
                mixins=(RUNTIME_MIXINS[tag],) if tag in RUNTIME_MIXINS else (),
            )
        )
    return tuple(resources)


def secret_fields(doc: Document) -> dict[str, frozenset[str]]:
    """For each component schema, the properties typed as secrets (``format: password`` or ``writeOnly``)."""
    out: dict[str, frozenset[str]] = {}
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        secrets = set()
        for prop_name, prop in object_properties(doc, schema).items():
            target = resolve(doc, prop, merge_siblings=True) or {}
            if target.get("format") == "password" or target.get("writeOnly") is True:
                secrets.add(prop_name)
        if secrets:
            out[name] = frozenset(secrets)
    return out
