"""The Simulator facade: time, due work, the demo account, restarts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.simulator.support import MOBILE
from tests.support.simulator import T0
from transmitsms_sim.clock import Clock
from transmitsms_sim.domain import accounts, messages
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.service import Simulator
from transmitsms_sim.store.db import Database


def test_advance_runs_what_falls_due(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        accounts.update_settings(tx, acct.id, {"dlr_callback": "http://x.io/dlr"})
        messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,)))
    work = simulator.advance(10)
    assert work.receipts == 1
    assert [e.kind for e in work.effects] == ["callbacks"]
    assert simulator.clock.now() == T0 + timedelta(seconds=10)


def test_the_demo_account_is_created_once_with_the_given_credentials(simulator: Simulator) -> None:
    first = simulator.ensure_demo_account("demo-key", "demo-secret")
    again = simulator.ensure_demo_account("other", "other")
    assert first.id == again.id and first.api_key == "demo-key" and first.is_demo


def test_a_restart_never_moves_time_backwards(tmp_path: Path) -> None:
    path = str(tmp_path / "sim.db")
    db = Database(path)
    first = Simulator(db, Clock(scale=0, start=T0))
    first.advance(3600)
    db.close()
    second = Simulator(Database(path), Clock(scale=0, start=T0))
    assert second.clock.now() == T0 + timedelta(hours=1)
    second.db.close()
