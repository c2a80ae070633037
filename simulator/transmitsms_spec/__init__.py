"""transmitsms_spec: the one reader of the Transmit SMS OpenAPI spec.

It loads the bundled document (``load``: shipped in the simulator's wheel, or bundled from a
checkout's ``spec/``), bundles the fragments (``bundle``), resolves and inlines references
(``refs``, on the ``referencing`` library) and walks operations (``walk``), for the simulator at
run time and, in the repository, for the spec checks (``tools``), the generator and the tests.
It depends on PyYAML and ``referencing`` only, never on the client or the simulator, and ships
in the ``transmitsms-sim`` distribution.
"""

from __future__ import annotations

from .bundle import CHECKOUT_SPEC_DIR, BundleError, bundle, dump_json, dump_yaml
from .document import SpecNotFoundError, load, load_legacy, published_json, published_legacy_json
from .refs import (
    UnresolvableReference,
    dereference,
    inline_value_refs,
    is_value_type,
    lookup,
    refs_in,
    resolve,
)
from .walk import FORM, form_schema, method_of, object_properties, operations

__all__ = [
    "CHECKOUT_SPEC_DIR",
    "FORM",
    "BundleError",
    "SpecNotFoundError",
    "UnresolvableReference",
    "bundle",
    "dereference",
    "dump_json",
    "dump_yaml",
    "form_schema",
    "inline_value_refs",
    "is_value_type",
    "load",
    "load_legacy",
    "lookup",
    "method_of",
    "object_properties",
    "operations",
    "published_json",
    "published_legacy_json",
    "refs_in",
    "resolve",
]
