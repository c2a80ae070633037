"""The rate limits the other contract runs turn off are on by default, and their answers hold to the spec.

test_operations.py and test_workflows.py run the simulator without its rate limit: they send
thousands of requests as fast as they can, and a limited run would spend its time in 429s. This
test keeps the simulator's default settings and sends a burst of the same get-balance case through
schemathesis (credentials from its auth config, as in the other runs): the first calls pass, the
rest are dropped with HTTP 429 ``OVER_LIMIT`` and a ``Retry-After``, and every answer, the 429s
included, passes all of schemathesis' checks (the status, the error schema and the ``Retry-After``
header are documented: spec, *Rate limiting*). The same for wrong credentials: after
``Settings.auth_failure_limit`` of them in a minute, 429 ``OVER_LIMIT`` instead of 401.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from hypothesis import find, settings
from schemathesis.generation import GenerationMode

from tests.contract.checks import error_code_is_documented
from tests.contract.harness import API_KEY, Control, load_schema, new_simulator
from tests.support.counts import record
from transmitsms_sim import Settings

BURST = 8
APP = new_simulator(rate_limited=True)
SCHEMA = load_schema("[checks.positive_data_acceptance]\nenabled = false\n", app=APP)
GET_BALANCE = SCHEMA["/get-balance.json"]["POST"]


@pytest.fixture(scope="module")
def control() -> Iterator[Control]:
    handle = Control(APP)
    handle.reset()
    yield handle
    handle.close()


def test_the_simulator_rate_limits_by_default(control: Control) -> None:
    assert Settings().rate_limit > 0
    # One generated case, drawn outside a Hypothesis test: a burst must not be replayed.
    case = find(
        GET_BALANCE.as_strategy(generation_mode=GenerationMode.POSITIVE),
        lambda _: True,
        settings=settings(database=None, derandomize=True),
    )
    responses = []
    for _ in range(BURST):
        record("schemathesis cases")
        responses.append(case.call_and_validate(additional_checks=[error_code_is_documented]))
    assert control.errors() == []
    statuses = [r.status_code for r in responses]
    # The bucket holds as many tokens as its rate per second (2): the burst's first two calls
    # pass; the rest come sooner than a token refills, unless the machine is slower than that.
    assert statuses[:2] == [200, 200], statuses
    limited = [r for r in responses if r.status_code == 429]
    assert limited, f"a burst of {BURST} calls was never limited: {statuses}"
    for response in limited:
        assert response.json()["error"]["code"] == "OVER_LIMIT"
        assert [int(value) for value in response.headers["retry-after"]] >= [1]


def test_the_simulator_limits_wrong_credentials_by_default(control: Control) -> None:
    # The other runs turn this limit off too: schemathesis' auth checks send hundreds of wrong
    # credentials, each of which must get its 401.
    limit = Settings().auth_failure_limit
    assert limit > 0
    case = find(
        GET_BALANCE.as_strategy(generation_mode=GenerationMode.POSITIVE),
        lambda _: True,
        settings=settings(database=None, derandomize=True),
    )
    wrong = "Basic " + base64.b64encode(f"{API_KEY}:not-the-secret".encode()).decode()
    responses = []
    for _ in range(limit + 2):
        record("schemathesis cases")
        responses.append(
            case.call_and_validate(headers={"Authorization": wrong}, additional_checks=[error_code_is_documented])
        )
    assert control.errors() == []
    statuses = [r.status_code for r in responses]
    # Schemathesis' auth checks send wrong credentials of their own beside each case: the limit
    # may come a few cases early, and stays.
    first = statuses.index(429)
    assert 0 < first <= limit and set(statuses[:first]) == {401} and set(statuses[first:]) == {429}, statuses
    assert responses[-1].json()["error"]["code"] == "OVER_LIMIT" and int(responses[-1].headers["retry-after"][0]) >= 1
