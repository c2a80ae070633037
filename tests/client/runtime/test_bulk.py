"""``client.sms.send_bulk`` against the simulator: chunks, the summary, resuming, and each way a chunk can end."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.client.runtime.bulk_support import REPORT, SEND, BulkSim, bulk_simulator, numbers
from transmitsms import AsyncTransmitSMS, TransmitSMS
from transmitsms._runtime.bulk import MAX_CHUNK_SIZE, SEND_ARGUMENTS, BulkProgress
from transmitsms._runtime.journal import Journal, JournalBusyError, JournalError
from transmitsms._runtime.recipients import BulkInputError


@pytest.fixture(scope="module")
def bulk() -> Iterator[BulkSim]:
    with bulk_simulator() as sim:
        yield sim


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    return tmp_path / "send.journal"


def test_every_recipient_is_sent_once_in_chunks_of_at_most_500(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account(balance=1000)
    recipients = numbers(1203)
    with bulk.client(account) as client:
        summary = client.sms.send_bulk(recipients, message="Sale today", journal=journal)
    assert [len(c.recipients) for c in summary.chunks] == [MAX_CHUNK_SIZE, MAX_CHUNK_SIZE, 203]
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)
    assert (summary.recipients, summary.sent, summary.in_doubt, summary.pending) == (1203, 1203, 0, 0)
    assert summary.complete and summary.stopped is None and summary.failed == {}
    assert summary.cost == pytest.approx(1203 * 0.087)
    assert len(summary.message_ids) == 3


def test_rows_are_personalised_and_grouped_by_their_text(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    a, b, c = numbers(3)
    rows = [
        {"Mobile": a, "FirstName": "Ann"},
        {"mobile": b, "firstname": "Bob"},
        {"MOBILE": c, "FIRSTNAME": "Ann"},
    ]
    with bulk.client(account) as client:
        summary = client.sms.send_bulk(rows, message="Hi [firstname], you are [mobile] [unknown]", journal=journal)
    assert sorted((c.recipients, c.state) for c in summary.chunks) == [((a, c), "sent"), ((b,), "sent")]
    texts = {m["text"] for m in bulk.sim.messages(account.id)}
    # [mobile] is the service's to fill in; a tag without a field is left as the service leaves it.
    assert texts == {"Hi Ann, you are [mobile] [unknown]", "Hi Bob, you are [mobile] [unknown]"}


def test_a_csv_file_with_a_header_row(bulk: BulkSim, journal: Path, tmp_path: Path) -> None:
    account = bulk.account()
    a, b = numbers(2)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(f"\ufefffirst_name,phone\nAnn,+{a}\nBob,{b}\n", encoding="utf-8")
    with bulk.client(account) as client:
        summary = client.sms.send_bulk(str(csv_file), message="Hi [First_Name]", journal=journal)
    assert summary.sent == 2
    assert bulk.deliveries(account, "Hi Ann") == {a: 1} and bulk.deliveries(account, "Hi Bob") == {b: 1}


def test_invalid_duplicate_and_opted_out_recipients_are_skipped_and_counted(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    good = numbers(4)
    bulk.opt_out(account, good[3])
    # Not a number at all (left out here), a number the service does not take, a repetition.
    recipients = [*good, "not a number", "61000000000", good[0], "+61 412-340-001"]
    with bulk.client(account) as client:
        summary = client.sms.send_bulk(recipients, message="Hello", journal=journal)
    assert summary.sent == 3
    assert dict(summary.skipped) == {"invalid": 2, "opted_out": 1, "duplicate": 2}
    assert bulk.deliveries(account, "Hello") == dict.fromkeys(good[:3], 1)


def test_a_rerun_with_the_same_journal_sends_nothing_more(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(7)
    with bulk.client(account) as client:
        first = client.sms.send_bulk(recipients, message="Once", journal=journal, chunk_size=3)
        again = client.sms.send_bulk(recipients, message="Once", journal=journal, chunk_size=3)
    assert first.sent == again.sent == 7 and again.message_ids == first.message_ids
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_another_job_on_the_same_journal_is_refused(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    with bulk.client(account) as client:
        client.sms.send_bulk(numbers(2), message="First", journal=journal)
        with pytest.raises(JournalError, match="holds another bulk send"):
            client.sms.send_bulk(numbers(2), message="Second", journal=journal)
        with pytest.raises(JournalError, match="holds another bulk send"):
            client.sms.send_bulk(numbers(3), message="First", journal=journal)
    assert sum(bulk.deliveries(account).values()) == 2


def test_a_journal_held_by_another_run_is_busy(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    with Journal.open(journal), bulk.client(account) as client, pytest.raises(JournalBusyError):
        client.sms.send_bulk(numbers(1), message="Hi", journal=journal)
    assert bulk.deliveries(account) == {}


def test_a_file_that_is_not_a_journal_is_refused(bulk: BulkSim, tmp_path: Path) -> None:
    not_a_journal = tmp_path / "notes.txt"
    not_a_journal.write_text("my shopping list\n" * 100)
    with bulk.client(bulk.account()) as client, pytest.raises(JournalError, match="not a bulk-send journal"):
        client.sms.send_bulk(numbers(1), message="Hi", journal=not_a_journal)


def test_unreadable_recipients_are_an_input_error_before_anything_is_sent(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    with bulk.client(account) as client:
        with pytest.raises(BulkInputError, match="cannot read"):
            client.sms.send_bulk("no/such/file.csv", message="Hi", journal=journal)
        with pytest.raises(BulkInputError, match="must be a number or a mapping"):
            client.sms.send_bulk([numbers(1)[0], 3.5], message="Hi", journal=journal)  # type: ignore[list-item]
        with pytest.raises(ValueError, match="chunk_size"):
            client.sms.send_bulk(numbers(1), message="Hi", journal=journal, chunk_size=501)
    assert bulk.deliveries(account) == {} and not journal.exists()


def test_a_lost_answer_is_reconciled_as_sent_never_resent(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(6)
    with bulk.client(account, {SEND: ["ok", "drop_answer"]}) as client:
        summary = client.sms.send_bulk(
            recipients, message="Lost answer", journal=journal, chunk_size=2, reconcile_after=0
        )
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)
    assert [(c.state, c.reconciled) for c in summary.chunks] == [("sent", False), ("sent", True), ("sent", False)]
    assert summary.sent == 6 and summary.complete
    assert summary.cost == pytest.approx(6 * 0.087)


def test_a_lost_request_is_proven_not_sent_and_sent_again(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(6)
    with bulk.client(account, {SEND: ["drop_request", "ok", "drop_request"]}) as client:
        summary = client.sms.send_bulk(recipients, message="Lost", journal=journal, chunk_size=2, reconcile_after=0)
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)
    assert [c.state for c in summary.chunks] == ["sent"] * 3 and summary.complete
    with Journal.open(journal) as opened:
        attempts = [c.attempts for c in opened.chunks()]
        trail = [detail for _, seq, state, detail in opened.events() if seq == 1 and state == "planned"]
    assert attempts == [2, 1, 2]
    assert any(detail.startswith("reconciled: not sent") for detail in trail)


def test_a_chunk_in_doubt_waits_reconcile_after_seconds_then_a_rerun_settles_it(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(4)
    with bulk.client(account, {SEND: ["ok", "drop_answer"]}) as client:
        first = client.sms.send_bulk(recipients, message="Later", journal=journal, chunk_size=2)
    assert [c.state for c in first.chunks] == ["sent", "in_doubt"]
    assert (first.sent, first.in_doubt, first.complete) == (2, 2, False)
    assert "no answer" in (first.chunks[1].note or "")
    with bulk.client(account) as client:
        second = client.sms.send_bulk(recipients, message="Later", journal=journal, chunk_size=2, reconcile_after=0)
    assert second.complete and second.chunks[1].reconciled
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_a_bad_gateway_after_the_service_acted_is_in_doubt_not_failed(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(2)
    with bulk.client(account, {SEND: ["bad_gateway"]}) as client:
        summary = client.sms.send_bulk(recipients, message="Gateway", journal=journal, reconcile_after=0)
    assert summary.chunks[0].state == "sent" and summary.chunks[0].reconciled
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_no_connection_leaves_the_chunk_planned_and_stops_the_run(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(4)
    with bulk.client(account, {SEND: ["ok", "connect_error"]}) as client:
        first = client.sms.send_bulk(recipients, message="Net", journal=journal, chunk_size=2)
    assert [c.state for c in first.chunks] == ["sent", "planned"] and first.pending == 2
    assert first.stopped is not None and "connection refused" in first.stopped
    with bulk.client(account) as client:
        assert client.sms.send_bulk(recipients, message="Net", journal=journal, chunk_size=2).complete
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_the_rate_limit_after_the_retries_stops_the_run_with_the_chunk_planned(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    with bulk.client(account, {SEND: ["over_limit"]}) as client:
        summary = client.sms.send_bulk(numbers(2), message="Busy", journal=journal)
    assert summary.stopped is not None and summary.stopped.startswith("OVER_LIMIT")
    assert summary.pending == 2 and bulk.deliveries(account) == {}


def test_ledger_error_fails_the_chunk_stops_the_run_and_a_rerun_after_a_top_up_finishes(
    bulk: BulkSim, journal: Path
) -> None:
    account = bulk.account(balance=0.2)  # two recipients' worth at 0.087
    recipients = numbers(6)
    with bulk.client(account) as client:
        first = client.sms.send_bulk(recipients, message="Pay", journal=journal, chunk_size=2)
        assert [c.state for c in first.chunks] == ["sent", "failed", "planned"]
        assert first.failed == {"LEDGER_ERROR": 2} and first.pending == 2
        assert first.stopped is not None and first.stopped.startswith("LEDGER_ERROR")
        bulk.sim.top_up(account.id, 10)
        second = client.sms.send_bulk(recipients, message="Pay", journal=journal, chunk_size=2)
    assert second.complete and second.failed == {} and second.sent == 6
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_a_chunk_the_service_refuses_fails_with_its_code_and_the_others_go_on(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    ok = numbers(2)
    # Each row's text is its own chunk: one is too long for the service (FIELD_INVALID).
    rows = [{"to": ok[0], "x": "short"}, {"to": ok[1], "x": "y" * 700}]
    with bulk.client(account) as client:
        summary = client.sms.send_bulk(rows, message="[x]", journal=journal, retry_failed=False)
    assert sorted(c.state for c in summary.chunks) == ["failed", "sent"]
    assert summary.failed == {"FIELD_INVALID": 1} and summary.stopped is None and summary.complete
    assert bulk.deliveries(account) == {ok[0]: 1}


def test_a_failing_report_leaves_the_chunk_in_doubt_with_the_reason(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(2)
    faults = {SEND: ["drop_answer"], REPORT: ["ok", "drop_request"]}  # the probe, then the reconciliation
    with bulk.client(account, faults) as client:
        summary = client.sms.send_bulk(recipients, message="Report", journal=journal, reconcile_after=0)
    assert summary.chunks[0].state == "in_doubt" and "the report failed" in (summary.chunks[0].note or "")
    assert summary.in_doubt == 2 and not summary.complete
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_a_scheduled_chunk_in_doubt_is_settled_only_once_the_service_reaches_its_time(
    bulk: BulkSim, journal: Path
) -> None:
    account = bulk.account()
    recipients = numbers(4)
    at = "2026-01-05 10:00:00"  # an hour after the simulator's clock
    with bulk.client(account, {SEND: ["ok", "drop_request"]}) as client:
        first = client.sms.send_bulk(
            recipients, message="Scheduled", journal=journal, chunk_size=2, send_at=at, reconcile_after=0
        )
    assert [c.state for c in first.chunks] == ["sent", "in_doubt"]
    assert "scheduled for 2026-01-05 10:00:00" in (first.chunks[1].note or "")
    bulk.sim.advance(3600 + 60)
    with bulk.client(account) as client:
        second = client.sms.send_bulk(
            recipients, message="Scheduled", journal=journal, chunk_size=2, send_at=at, reconcile_after=0
        )
    assert second.complete and [c.state for c in second.chunks] == ["sent", "sent"]
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_a_run_that_died_mid_request_is_recovered_as_in_doubt(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(4)

    class Died(BaseException):
        """Stands for the process dying (no exception handler runs for SIGKILL; none catches this)."""

    with bulk.client(account) as client:
        transport: Any = client.http_client._transport
        original = transport.handle_request

        def die_after_the_second_send(request: httpx.Request) -> httpx.Response:
            response: httpx.Response = original(request)
            if request.url.path == SEND and len(bulk.deliveries(account)) == 4:
                raise Died
            return response

        transport.handle_request = die_after_the_second_send
        with pytest.raises(Died):
            client.sms.send_bulk(recipients, message="Crash", journal=journal, chunk_size=2)
    with Journal.open(journal) as opened:
        assert opened.recovered == 1 and [c.state for c in opened.chunks()] == ["sent", "in_doubt"]
    with bulk.client(account) as client:
        summary = client.sms.send_bulk(recipients, message="Crash", journal=journal, chunk_size=2, reconcile_after=0)
    assert summary.complete and summary.chunks[1].reconciled
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_progress_is_reported_after_each_chunk(bulk: BulkSim, journal: Path) -> None:
    seen: list[BulkProgress] = []
    with bulk.client(bulk.account()) as client:
        client.sms.send_bulk(numbers(5), message="Hi", journal=journal, chunk_size=2, progress=seen.append)
    assert [(p.done, p.sent, p.chunks_done) for p in seen] == [(2, 2, 1), (4, 4, 2), (5, 5, 3)]
    assert {(p.total, p.chunks_total, p.phase) for p in seen} == {(5, 3, "sending")}


def test_the_async_client_sends_the_same_way(bulk: BulkSim, journal: Path) -> None:
    account = bulk.account()
    recipients = numbers(5)

    async def main() -> None:
        async with bulk.async_client(account, {SEND: ["drop_answer", "drop_request"]}) as client:
            summary = await client.sms.send_bulk(
                recipients, message="Async", journal=journal, chunk_size=2, reconcile_after=0
            )
        assert summary.complete and summary.sent == 5
        assert [c.reconciled for c in summary.chunks] == [True, False, False]

    asyncio.run(main())
    assert bulk.deliveries(account) == dict.fromkeys(recipients, 1)


def test_the_generated_methods_take_every_argument_the_bulk_send_passes() -> None:
    # The runtime calls the generated methods by keyword (it may not import them): hold the names here.
    for client_class in (TransmitSMS, AsyncTransmitSMS):
        client = client_class(api_key="k", api_secret="s")
        sms_send = inspect.signature(client.sms.send).parameters
        assert {"message", "to", *SEND_ARGUMENTS} <= set(sms_send)
        assert {"start", "end", "msisdn", "page", "max"} <= set(
            inspect.signature(client.reporting.get_user_sms_sent).parameters
        )
        assert "message_id" in inspect.signature(client.reporting.get_sms).parameters
        assert "message_id" in inspect.signature(client.reporting.get_sms_stats).parameters
        assert not hasattr(client.sms.with_raw_response, "send_bulk")
