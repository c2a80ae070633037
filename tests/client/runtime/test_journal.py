"""The bulk-send journal: its states, its transitions, recovery after a crash, the lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from transmitsms._runtime.journal import FORMAT, Journal, JournalBusyError, JournalError


def planned(path: Path) -> Journal:
    journal = Journal.open(path)
    journal.create(
        fingerprint="f",
        message="Hi",
        options={"from_": "Shop"},
        chunks=[("Hi", ["61491570156", "61491570157"]), ("Hi", ["61491570158"])],
        rejected=[(4, "nope", "invalid")],
    )
    return journal


def test_a_new_journal_records_the_plan(tmp_path: Path) -> None:
    with planned(tmp_path / "j") as journal:
        job = journal.job()
        assert job is not None and (job.fingerprint, job.recipients, job.options) == ("f", 3, {"from_": "Shop"})
        assert [(c.seq, c.state, c.recipients) for c in journal.chunks()] == [
            (1, "planned", ("61491570156", "61491570157")),
            (2, "planned", ("61491570158",)),
        ]
        assert journal.rejected() == [("nope", "invalid")]


def test_each_transition_is_recorded_and_only_from_its_states(tmp_path: Path) -> None:
    with planned(tmp_path / "j") as journal:
        journal.begin_attempt(1, "2026-01-05 09:00:00")
        with pytest.raises(JournalError, match="is not planned"):
            journal.begin_attempt(1, "2026-01-05 09:00:00")
        journal.mark_in_doubt(1, "no answer")
        journal.mark_sent(1, message_id=7, recipients_sent=2, sms=2, cost=0.174, send_at="2026-01-05 09:00:01")
        with pytest.raises(JournalError):
            journal.mark_failed(1, "FIELD_INVALID", "x")
        journal.begin_attempt(2, "2026-01-05 09:00:01")
        journal.mark_failed(2, "LEDGER_ERROR", "Not enough credit")
        journal.back_to_planned(2, "retrying")
        assert [c.state for c in journal.chunks()] == ["sent", "planned"]
        assert journal.known_message_ids() == {7}
        assert [(seq, state) for _, seq, state, _ in journal.events()] == [
            (None, "planned"),
            (1, "sending"),
            (1, "in_doubt"),
            (1, "sent"),
            (2, "sending"),
            (2, "failed"),
            (2, "planned"),
        ]


def test_the_service_floor_only_moves_forward(tmp_path: Path) -> None:
    with planned(tmp_path / "j") as journal:
        journal.set_service_floor("2026-01-05 09:00:00")
        journal.set_service_floor("2025-01-01 00:00:00")
        job = journal.job()
        assert job is not None and job.service_floor == "2026-01-05 09:00:00"


def test_a_chunk_left_sending_by_a_dead_run_is_in_doubt_on_opening(tmp_path: Path) -> None:
    journal = planned(tmp_path / "j")
    journal.begin_attempt(2, "2026-01-05 09:00:00")
    journal.close()
    with Journal.open(tmp_path / "j") as reopened:
        assert reopened.recovered == 1
        chunk = reopened.chunk(2)
        assert chunk.state == "in_doubt" and chunk.attempt_ended is not None and "in flight" in (chunk.note or "")


def test_one_process_at_a_time(tmp_path: Path) -> None:
    with planned(tmp_path / "j"), pytest.raises(JournalBusyError, match="in use by another process"):
        Journal.open(tmp_path / "j")
    Journal.open(tmp_path / "j").close()  # released with the first


def test_other_files_and_formats_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(JournalError, match="not a bulk-send journal"):
        Journal.open(other)
    planned(tmp_path / "j").close()
    with sqlite3.connect(tmp_path / "j") as db:
        db.execute("UPDATE job SET format = ?", (FORMAT + 1,))
    with pytest.raises(JournalError, match=f"format {FORMAT + 1}"):
        Journal.open(tmp_path / "j")
    with pytest.raises(JournalError, match="cannot open"):
        Journal.open(tmp_path / "no" / "such" / "dir" / "j")
