"""Stateful: schemathesis follows the spec's links through the simulator, scenario after scenario.

The spec's links fall into four flows (the connected parts of the link graph, computed from the
spec, so a new link joins its flow by itself):

* lists: add-list -> get-list / add-to-list / add-field-to-list / remove-list; add-to-list ->
  get-contact / edit-list-member / delete-from-list / optout-list-member;
* sms: send-sms -> get-sms / get-sms-sent / get-sms-stats / cancel-sms;
* numbers: lease-number -> get-number / edit-number-options / add-keyword; add-keyword ->
  edit-keyword;
* clients: add-client -> get-client / edit-client / get-transactions (the contract account is a
  reseller, created through the control API).

Each flow is a state machine of its own (a machine over all of them spends most scenarios on the
flows whose first call always succeeds). Each scenario starts from an empty simulator: reset, then
the contract account created again. Every answer is held to the same checks as the stateless run.

Schemathesis merges a link's values into the generated body most of the time, not always (it also
explores unrelated values), so each run counts, per link, how often its values were applied and
how often the call they fed succeeded, and fails if any link of its flow never led to a success:
the evidence that the chains really run, not only their first calls.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import seed, settings

from tests.contract.checks import drop_empty_values, error_code_is_documented, no_internal_error
from tests.contract.harness import Control, links, load_schema, new_simulator, profile
from tests.support.counts import record

CONFIG = """
seed = 42
[generation]
deterministic = true

[phases.stateful.generation]
# Valid requests only: each step should carry its flow further. Invalid requests, and requests
# without credentials, are the stateless run's (test_operations.py); mixed in here they took a
# third of the steps, because Hypothesis favours the draw that picks the negative branch.
mode = "positive"

[phases.stateful.inference]
# Only the spec's own links: schemathesis would add links it guesses from field names
# (get-clients -> get-client...), which this run is not about and which would share its budget.
algorithms = []

[checks.positive_data_acceptance]
# As in test_operations.py: a valid request can still break a business rule (HTTP 400).
enabled = false
"""

SEED = 42
BATCHES = 5
APP = new_simulator()
CONTROL = Control(APP)
SCHEMA = load_schema(CONFIG, app=APP)
CHECKS = [error_code_is_documented, no_internal_error(APP)]


def flows() -> dict[str, list[tuple[str, str, str]]]:
    """The spec's links grouped by connected flow, each named after the tag of its first source."""
    groups: list[tuple[set[str], list[tuple[str, str, str]]]] = []
    for source, name, target in links():
        touching = [group for group in groups if source in group[0] or target in group[0]]
        merged: tuple[set[str], list[tuple[str, str, str]]] = ({source, target}, [(source, name, target)])
        for group in touching:
            groups.remove(group)
            merged[0].update(group[0])
            merged[1][:0] = group[1]
        groups.append(merged)
    tags = {item["post"]["operationId"]: item["post"]["tags"][0] for item in SCHEMA.raw_schema["paths"].values()}
    named = {}
    for _, members in groups:
        named[tags[members[0][0]].lower().replace(" ", "-")] = members
    return named


FLOWS = flows()
_OPERATION_IDS = {f"POST {path}": item["post"]["operationId"] for path, item in SCHEMA.raw_schema["paths"].items()}


def link_name(transition: Any) -> str:
    """``add_list -> AddToList`` for schemathesis' "POST /add-list.json -> [200] AddToList -> ..."."""
    source, _, rest = transition.id.partition(" -> ")
    name = rest.split("] ", 1)[-1].split(" -> ", 1)[0]
    return f"{_OPERATION_IDS[source]} -> {name}"


@dataclass
class Tally:
    scenarios: int = 0
    applied: Counter[str] = field(default_factory=Counter)
    succeeded: Counter[str] = field(default_factory=Counter)


def machine(flow: str, tally: Tally, batch: int) -> type[Any]:
    """The state machine of one flow, counting into ``tally``, for one batch of scenarios."""
    operation_ids = sorted({op for source, _, target in FLOWS[flow] for op in (source, target)})

    class Workflow(SCHEMA.include(operation_id=operation_ids).as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            CONTROL.reset()
            tally.scenarios += 1

        def before_call(self, case: Any) -> None:
            drop_empty_values(case)

        def step(self, input: Any) -> Any:
            record("schemathesis stateful steps")
            output = super().step(input)
            if input.transition is not None and input.applied_parameters:
                name = link_name(input.transition)
                tally.applied[name] += 1
                if 200 <= output.response.status_code < 300:
                    tally.succeeded[name] += 1
            return output

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            checks = [*(additional_checks or []), *CHECKS]
            super().validate_response(response, case, additional_checks=checks, **kwargs)

    Workflow.__name__ = Workflow.__qualname__ = f"{flow.title()}Workflow"
    # Scenarios and steps are Hypothesis settings of the machine (schemathesis' config does not
    # reach it). A fixed seed per batch makes the run the same on every machine; database=None
    # keeps earlier runs' failures from changing it.
    Workflow.TestCase.settings = settings(
        Workflow.TestCase.settings,
        max_examples=profile().scenarios,
        stateful_step_count=profile().steps,
        database=None,
    )
    return seed(SEED + batch)(Workflow)


@pytest.fixture(scope="module", autouse=True)
def simulator() -> Iterator[None]:
    yield
    CONTROL.close()


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_each_flow_follows_all_its_links(flow: str) -> None:
    # Whether a link deep in a flow comes up in a batch is a matter of the draws (the first call
    # must succeed, then that link be picked before the scenario ends), so batches run, each with
    # its own seed, until every link has been followed to a success: usually one batch.
    tally = Tally()
    for batch in range(BATCHES):
        machine(flow, tally, batch).TestCase().runTest()
        if all(tally.succeeded[f"{source} -> {name}"] for source, name, _ in FLOWS[flow]):
            break
    record("schemathesis stateful scenarios", tally.scenarios)
    for source, name, _ in FLOWS[flow]:
        record("schemathesis link steps", tally.applied[f"{source} -> {name}"])
    report = ", ".join(
        f"{source} -> {name}: {tally.succeeded[f'{source} -> {name}']}/{tally.applied[f'{source} -> {name}']}"
        for source, name, _ in FLOWS[flow]
    )
    print(f"\n{flow}: {tally.scenarios} scenarios; links (succeeded/applied): {report}")
    never = [f"{source} -> {name}" for source, name, _ in FLOWS[flow] if not tally.succeeded[f"{source} -> {name}"]]
    assert not never, f"links never followed to a successful call in {tally.scenarios} scenarios: {never}"
