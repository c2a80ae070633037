"""Property: whatever the network does, ``send_bulk`` sends every recipient exactly once or reports it, never twice.

Each example draws recipients (valid, invalid, repeated, opted out), a chunk size, and for each of
several runs over the same journal a script of faults on the send-sms calls (the request lost, the
answer lost, HTTP 502 after the service acted, no connection, 429) and on the report calls of the
reconciliation. After every run the journal's claims are held to what the simulator really sent:

* no number received the message twice;
* a chunk the journal calls ``sent`` reached each of its recipients the service accepts, and its
  recorded cost is the service's;
* a chunk ``planned`` or ``failed`` reached none of them (only ``in_doubt`` may be either);

and a last run without faults completes the job: every accepted recipient exactly once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.client.runtime.bulk_support import REPORT, SEND, BulkSim, bulk_simulator, numbers
from tests.properties.profile import examples
from tests.support.faults import FAULTS, REACHED
from transmitsms._runtime.bulk import BulkSummary

POOL = numbers(40)
SEND_FAULTS = st.sampled_from(FAULTS)
REPORT_FAULTS = st.sampled_from(("ok", "ok", "drop_request", "connect_error"))


@st.composite
def jobs(draw: st.DrawFn) -> dict[str, Any]:
    valid = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=14, unique=True))
    opted_out = draw(st.lists(st.sampled_from(valid), max_size=2, unique=True))
    extras = draw(st.lists(st.sampled_from(["nope", "61000000000", *valid]), max_size=4))
    order = draw(st.permutations([*valid, *extras]))
    runs = draw(
        st.lists(
            st.fixed_dictionaries(
                {SEND: st.lists(SEND_FAULTS, max_size=6), REPORT: st.lists(REPORT_FAULTS, max_size=3)}
            ),
            min_size=1,
            max_size=3,
        )
    )
    return {
        "recipients": order,
        "valid": valid,
        "opted_out": opted_out,
        "chunk_size": draw(st.integers(1, 5)),
        "runs": runs,
    }


@pytest.fixture(scope="module")
def bulk() -> Iterator[BulkSim]:
    with bulk_simulator() as sim:
        yield sim


def check(bulk: BulkSim, account: Any, summary: BulkSummary, accepted: set[str]) -> None:
    """The journal's claims against what the simulator sent (see the module's contract)."""
    sent = bulk.deliveries(account, "Sale")
    assert max(sent.values(), default=0) <= 1, f"sent twice: {sent}"
    costs = {m["id"]: m["cost"] for m in bulk.sim.messages(account.id)}
    for chunk in summary.chunks:
        reached = {n for n in chunk.recipients if sent[n]}
        if chunk.state == "sent":
            assert reached == set(chunk.recipients) & accepted, chunk
            assert chunk.message_id is not None and chunk.cost == pytest.approx(costs[chunk.message_id])
        elif chunk.state in ("planned", "failed"):
            assert reached == set(), chunk
    unsent = {n for c in summary.chunks if c.state != "sent" for n in c.recipients}
    assert accepted - set(sent) <= unsent, "a recipient was neither sent nor reported"


def run_job(bulk: BulkSim, job: dict[str, Any], journal: Path, *, asynchronous: bool) -> None:
    account = bulk.account(balance=1000)
    for number in job["opted_out"]:
        bulk.opt_out(account, number)
    accepted = set(job["valid"]) - set(job["opted_out"])
    options: dict[str, Any] = {"message": "Sale", "journal": journal, "chunk_size": job["chunk_size"]}
    options["reconcile_after"] = 0
    for faults in [*job["runs"], {}]:
        if asynchronous:

            async def once(faults: dict[str, list[str]] = faults) -> BulkSummary:
                async with bulk.async_client(account, faults) as client:
                    return await client.sms.send_bulk(job["recipients"], **options)

            summary = asyncio.run(once())
        else:
            with bulk.client(account, faults) as client:
                summary = client.sms.send_bulk(job["recipients"], **options)
        check(bulk, account, summary, accepted)
    assert summary.complete, summary
    assert bulk.deliveries(account, "Sale") == dict.fromkeys(accepted, 1)
    assert summary.sent == len(accepted) and summary.skipped["opted_out"] == len(job["opted_out"])


def test_fault_kinds_cover_both_sides_of_the_service() -> None:
    assert {"drop_request", "connect_error", "over_limit"} <= set(FAULTS) - REACHED
    assert {"drop_answer", "bad_gateway"} <= REACHED


@examples(60)
@given(job=jobs())
def test_every_recipient_is_sent_exactly_once_or_reported_never_twice(
    bulk: BulkSim, tmp_path_factory: pytest.TempPathFactory, job: dict[str, Any]
) -> None:
    run_job(bulk, job, tmp_path_factory.mktemp("bulk") / "job.journal", asynchronous=False)


@examples(20)
@given(job=jobs())
def test_the_async_client_keeps_the_same_promise(
    bulk: BulkSim, tmp_path_factory: pytest.TempPathFactory, job: dict[str, Any]
) -> None:
    run_job(bulk, job, tmp_path_factory.mktemp("bulk") / "job.journal", asynchronous=True)
