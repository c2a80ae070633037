"""The real service against the spec: schemathesis on the read-only operations, politely.

Only the operations the spec marks ``x-safe-to-retry: true`` are called (reads: get-balance,
get-lists, get-numbers, get-keywords, format-number, get-sms-sent-count, get-user-sms-responses,
get-sender-ids...), never one that could change the account or cost money. Each gets the spec's
examples and a few generated valid and invalid requests, at most 2 per second (the documented
account limit), and every answer must have a documented status, content type, headers and
schema, and a documented error code.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.contract.checks import drop_empty_values, error_code_is_documented
from tests.contract.harness import load_schema
from tests.live.environment import base_url, credentials, max_examples, read_only_operations
from tests.support.counts import record

pytestmark = pytest.mark.live

CONFIG = f"""
base-url = {json.dumps(base_url())}
# The account limit the vendor documents, which the SDK's client-side limiter also keeps.
rate-limit = "2/s"
seed = 42
[generation]
mode = "all"
max-examples = {max_examples()}
deterministic = true

[phases.coverage]
# The coverage phase sends dozens of boundary and missing-field requests per operation: at 2
# calls a second, many minutes per run. The examples and fuzzing phases stay.
enabled = false

[checks]
# Conformance of the answers only. Not negative_data_rejection: the real service reads many
# invalid forms leniently (spec, *Requests*: `include_original=0`, `Delivered`), as the simulator
# does by default; only a strict simulator refuses them (tests/contract). Not the
# auth probes (missing_required_header, ignored_auth, ...), which double the calls; the smoke
# test checks a wrong secret once. Not positive_data_acceptance: see tests/contract.
enabled = false
[checks.not_a_server_error]
enabled = true
[checks.status_code_conformance]
enabled = true
[checks.content_type_conformance]
enabled = true
[checks.response_headers_conformance]
enabled = true
[checks.response_schema_conformance]
enabled = true
"""

schema = load_schema(CONFIG, credentials=credentials()).include(operation_id=read_only_operations())


@schema.parametrize()
def test_read_only_operation_holds_to_the_spec(case: Any) -> None:
    drop_empty_values(case)
    record("live schemathesis cases")
    response = case.call_and_validate(additional_checks=[error_code_is_documented])
    if response.status_code == 429:
        record("live answers OVER_LIMIT")
