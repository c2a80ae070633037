"""Every sample of the legacy reference replayed against the simulator's legacy front-end.

Each method's ``<params>`` samples (``tests/data/legacy_examples.json``, extracted from the
reference) are sent as they are, in an envelope of an account whose state makes them succeed (the
lists, messages, clients and ledger entries the sample's ids name, created through the current
API, the sample's ids replaced by theirs). The answer must validate against the method's answer
schema in the legacy spec, and have the structure of the reference's answer sample: the same
elements, with the same kinds of values, and the same status texts. Elements the spec says have no
twin in the current API (``x-no-twin``) are not compared.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.legacy import LegacyAccount, legacy_document, problems, structure
from tests.support.legacy_states import SETUPS, cases, params_of
from tests.support.simulator import running
from transmitsms_spec import object_properties, resolve


@pytest.fixture(scope="module")
def sim() -> Iterator[Any]:
    with running() as sim:
        yield sim


_accounts = iter(range(10_000))


@pytest.fixture
def account(sim: Any) -> LegacyAccount:
    return LegacyAccount.create(sim.client(), name=f"replay{next(_accounts)}")


def _no_twin(method: str) -> set[str]:
    """The answer elements of ``method`` the spec says have no twin (not compared)."""
    doc = legacy_document()
    names: set[str] = set()
    stack = [resolve(doc, {"$ref": "#/components/schemas/AnyAnswer"})]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        for branch in node.get("anyOf", []) + node.get("allOf", []):
            stack.append(resolve(doc, branch))
        for name, prop in object_properties(doc, node).items():
            merged = resolve(doc, prop, merge_siblings=True) or {}
            if "x-no-twin" in merged:
                names.add(name)
            stack.append(merged)
            stack.append(resolve(doc, merged.get("items")))
    return names


def _cases() -> list[tuple[str, str | None, str | None]]:
    return [(method, request, answer) for method, request, answer in cases()]


def test_every_method_of_the_reference_is_replayed() -> None:
    methods = {method for method, _, _ in _cases()}
    assert len(methods) == 24
    assert methods == set(legacy_document()["components"]["schemas"]["MethodName"]["enum"])


@pytest.mark.parametrize(("method", "request_sample", "answer_sample"), _cases(), ids=lambda v: str(v)[:40])
def test_sample_replayed(
    account: LegacyAccount, method: str, request_sample: str | None, answer_sample: str | None
) -> None:
    ids = SETUPS[method](account) if method in SETUPS else {}
    answer = account.post(method, params_of(request_sample, ids))
    assert "<error>" not in answer, answer
    assert problems(answer, method) == [], answer
    if answer_sample is None:
        return
    ours = structure(answer)
    skipped = _no_twin(method)
    for path, kinds in structure(answer_sample).items():
        if path.rsplit("/", 1)[-1] in skipped:
            continue
        assert path in ours, f"{path} missing from the answer:\n{answer}"
        assert kinds <= ours[path], f"{path}: {sorted(kinds)} in the sample, {sorted(ours[path])} here:\n{answer}"
