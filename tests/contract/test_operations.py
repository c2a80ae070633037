"""Every operation of the spec against the simulator, driven by schemathesis with all its checks.

Generated valid and invalid requests (the examples, coverage and fuzzing phases; positive and
negative generation), each held to: no 5xx, a documented status, the documented content type and
schema (and headers), invalid requests rejected, requests without or with bad credentials answered
401, undeclared HTTP methods answered 405 with ``Allow``, every error code documented for the
operation (``checks.error_code_is_documented``), and no internal error in the simulator.

Valid requests go to the simulator as it runs by default, reading requests as the service does,
and must be read without a warning (``checks.canonical_request_without_warning``: the schemas give
the canonical forms, which need no leniency). Invalid requests go to a simulator in strict mode:
the default one reads many of them as the service would (``include_original=0`` is a boolean to
PHP, ``Delivered`` a delivery status), which is what the wire-habits tests hold it to
(``tests/simulator/web/test_wire_habits.py``); strict mode refuses whatever the schemas forbid.

The settings that depart from schemathesis' defaults are in ``CONFIG`` below and in ``harness.py``
(links, credentials, phone numbers), each with its reason; ``drop_empty_values`` says why empty
values are left out of bodies.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from schemathesis.generation import GenerationMode

from tests.contract.checks import (
    canonical_request_without_warning,
    drop_empty_values,
    error_code_is_documented,
    no_internal_error,
)
from tests.contract.harness import Control, load_schema, new_simulator, profile
from tests.support.counts import record

# Each setting below departs from schemathesis' defaults; the reason is next to it.
CONFIG = f"""
# Deterministic: the same cases on every run and machine (pytest's --hypothesis-seed does not
# reach schemathesis' own phases).
seed = 42
[generation]
mode = "all"
max-examples = {profile().max_examples}
deterministic = true

[phases.coverage]
# The spec's *Requests*: every method also answers GET (x-http-methods), with the parameters in
# the query string, so GET is not an undeclared method to probe for 405. The others are.
unexpected-methods = ["put", "delete", "patch", "trace", "options"]

[checks.positive_data_acceptance]
# The spec's *Errors*: every business rule answers HTTP 400 with a code (NOT_FOUND for an unknown
# list_id, LEDGER_ERROR, RECIPIENTS_ERROR for numbers that are well formed but not mobiles...), so a
# request valid by the schema is not a request the API must accept, and this check's premise does
# not hold. What a 400 may say is checked instead by error_code_is_documented.
enabled = false

# use_after_free and ensure_resource_availability stay on, but cannot fire for this API: they
# look for a DELETE of a path with parameters followed by a 404 on the same path, and every
# method here is POST /<method>.json with its identifiers in the form body. Deleting and reading
# back is covered by the stateful run over the spec's links (test_workflows.py).
"""

APP = new_simulator()
STRICT_APP = new_simulator(strict=True)
CONTROLS = (Control(APP), Control(STRICT_APP))
schema = load_schema(CONFIG, app=APP)
CHECKS = [error_code_is_documented, no_internal_error(APP), canonical_request_without_warning(APP)]
STRICT_CHECKS = [error_code_is_documented, no_internal_error(STRICT_APP)]


@pytest.fixture(scope="module", autouse=True)
def contract_account() -> Iterator[None]:
    for control in CONTROLS:
        control.reset()
    yield
    errors = [error for control in CONTROLS for error in control.errors()]
    for control in CONTROLS:
        control.close()
    assert errors == [], f"the simulator recorded internal errors: {errors}"


@schema.parametrize()
def test_every_operation_holds_to_the_spec(case: Any) -> None:
    drop_empty_values(case)
    record("schemathesis cases")
    if case.meta is not None and case.meta.generation.mode is GenerationMode.NEGATIVE:
        record("schemathesis negative cases")
        case.call_and_validate(app=STRICT_APP, additional_checks=STRICT_CHECKS)
    else:
        case.call_and_validate(additional_checks=CHECKS)
