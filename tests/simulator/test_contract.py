"""The simulator against its own spec, driven by schemathesis with its checks.

Every operation, with generated valid and invalid requests (examples, coverage and fuzzing phases):
no 5xx, every status documented, every answer matching its schema, invalid requests rejected,
requests without or with bad credentials answered 401. Three adaptations to the API as the spec
describes it, which a property-test suite of this API needs as well:

* an optional parameter sent empty counts as absent (spec: *Requests*), so empty values are left
  out of generated bodies;
* GET is accepted (``x-http-methods``) though the document lists POST only, so GET is not probed
  as an undeclared method;
* valid requests may still break a rule (an unknown ``list_id`` is NOT_FOUND), so
  ``positive_data_acceptance`` is off.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis

from tests.simulator.conftest import settings
from tests.support.counts import record
from transmitsms_sim import create_app

CONFIG = """
seed = 42
[generation]
max-examples = 6
deterministic = true
[phases.coverage]
unexpected-methods = ["put", "delete", "patch", "trace", "options"]
[checks.positive_data_acceptance]
enabled = false
"""

APP = create_app(settings(create_demo_account=True, demo_api_key="contract", demo_api_secret="contract-secret"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=schemathesis.Config.from_str(CONFIG))
schema.config.update(basic_auth=("contract", "contract-secret"))


@pytest.fixture(scope="module", autouse=True)
def close_the_app() -> Iterator[None]:
    yield
    assert list(APP.state.runtime.internal_errors) == []
    APP.state.runtime.close()


@schema.parametrize()
def test_every_operation_holds_to_the_spec(case: Any) -> None:
    if isinstance(case.body, dict):
        case.body = {name: value for name, value in case.body.items() if value != ""}
    record("schemathesis cases")
    case.call_and_validate()
