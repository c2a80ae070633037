"""The SQLite store: transactions, identifier ranges, reset, files in WAL mode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from transmitsms_sim.store.db import ID_SEEDS, Database, fmt_time, later, parse_time

NOW = datetime(2026, 1, 1)


@pytest.fixture
def db() -> Iterator[Database]:
    database = Database(None)
    yield database
    database.close()


def test_a_transaction_commits_everything_or_nothing(db: Database) -> None:
    with db.transaction(NOW) as tx:
        tx.set_meta("a", "1")
    with pytest.raises(RuntimeError), db.transaction(NOW) as tx:
        tx.set_meta("a", "2")
        tx.set_meta("b", "2")
        raise RuntimeError("boom")
    assert db.get_meta("a") == "1"
    assert db.get_meta("b") is None


def test_identifiers_of_each_kind_start_in_their_own_range(db: Database) -> None:
    with db.transaction(NOW) as tx:
        list_id = tx.insert("INSERT INTO lists (account_id, name, created) VALUES (1, 'x', ?)", (tx.now_text,))
        forward_id = tx.insert(
            "INSERT INTO forwards (account_id, kind, target, text, created) VALUES (1, 'sms', 't', 'x', ?)",
            (tx.now_text,),
        )
    assert list_id == ID_SEEDS["lists"] + 1
    assert forward_id == 1


def test_reset_empties_every_table_and_restarts_the_ranges(db: Database) -> None:
    with db.transaction(NOW) as tx:
        tx.insert("INSERT INTO lists (account_id, name, created) VALUES (1, 'x', ?)", (tx.now_text,))
        tx.set_meta("clock_now", tx.now_text)
    db.reset()
    with db.transaction(NOW) as tx:
        assert tx.scalar("SELECT COUNT(*) FROM lists") == 0
        assert tx.insert("INSERT INTO lists (account_id, name, created) VALUES (1, 'x', ?)", (tx.now_text,)) == (
            ID_SEEDS["lists"] + 1
        )
    assert db.get_meta("clock_now") == "2026-01-01 00:00:00", "reset keeps the clock"


def test_a_file_database_uses_wal_and_keeps_its_data(tmp_path: Path) -> None:
    path = str(tmp_path / "sim.db")
    db = Database(path)
    with db.transaction(NOW) as tx:
        assert tx.scalar("PRAGMA journal_mode") == "wal"
        tx.set_meta("kept", "yes")
    db.close()
    again = Database(path)
    assert again.get_meta("kept") == "yes"
    again.close()


def test_times_format_and_parse_as_the_api_writes_them() -> None:
    moment = datetime(2026, 3, 4, 5, 6, 7)
    assert fmt_time(moment) == "2026-03-04 05:06:07"
    assert parse_time("2026-03-04 05:06:07") == moment
    assert fmt_time(datetime(5, 1, 1)) == "0005-01-01 00:00:00"
    assert later(datetime.max, timedelta(days=1)) == datetime.max.replace(microsecond=0)


def test_the_change_counter_moves_with_every_written_row_and_only_then(db: Database) -> None:
    before = db.changes()
    with db.transaction(NOW) as tx:
        tx.get_meta("a")
        tx.all("SELECT * FROM accounts")
    assert db.changes() == before, "reading changes nothing"
    with db.transaction(NOW) as tx:
        tx.set_meta("a", "1")
    after_write = db.changes()
    assert after_write > before
    db.reset()
    assert db.changes() > after_write, "a reset is a change too"


_FORWARD_COLUMNS = ("account_id", "kind", "target", "text", "reply_id", "created")


def _forwards(db: Database) -> list[tuple[object, ...]]:
    with db.transaction(NOW) as tx:
        rows = tx.all(f"SELECT id, {', '.join(_FORWARD_COLUMNS)}, typeof(reply_id) FROM forwards ORDER BY id")
    return [tuple(row) for row in rows]


@pytest.mark.parametrize(
    "rows",
    [
        # constant and varying columns, NULLs among values, non-ASCII text, quotes
        [(1, "sms", "61491570156", "Hi 👋 \"you\"", None, "2026-01-01 00:00:00"),
         (1, "sms", "61491570157", "Hi 👋 'you'", 5, "2026-01-01 00:00:00"),
         (1, "sms", "61491570158", "Hi [x]", None, "2026-01-01 00:00:00")],
        # nothing varies
        [(2, "email", "a@example.com", "same", None, "2026-01-01 00:00:00")] * 3,
        # one row, and more rows than insert_rows binds one by one
        [(3, "sms", "61491570156", "", 0, "2026-01-01 00:00:00")],
        [(5, "sms", f"614915{n:05d}", "Hi", n % 3 or None, "2026-01-01 00:00:00") for n in range(20)],
        # an integer that looks like text elsewhere stays an integer, text of digits stays text
        [(4, "sms", "0", "1", 7, "2026-01-01 00:00:00"), (4, "sms", "00", "01", 8, "2026-01-01 00:00:00")],
    ],
)  # fmt: skip
def test_insert_rows_writes_what_executemany_writes_in_order(rows: list[tuple[object, ...]]) -> None:
    expected, folded = Database(None), Database(None)
    try:
        with expected.transaction(NOW) as tx:
            placeholders = ", ".join("?" * len(_FORWARD_COLUMNS))
            tx.conn.executemany(f"INSERT INTO forwards ({', '.join(_FORWARD_COLUMNS)}) VALUES ({placeholders})", rows)
        with folded.transaction(NOW) as tx:
            tx.insert_rows("forwards", _FORWARD_COLUMNS, rows)
        assert _forwards(folded) == _forwards(expected)
        assert len(_forwards(folded)) == len(rows)
    finally:
        expected.close()
        folded.close()


def test_insert_rows_of_nothing_writes_nothing(db: Database) -> None:
    with db.transaction(NOW) as tx:
        tx.insert_rows("forwards", _FORWARD_COLUMNS, [])
    assert _forwards(db) == []
