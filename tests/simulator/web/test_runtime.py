"""The runtime: demo account, due work, flushing, reset, closing."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from tests.simulator.support import MOBILE
from transmitsms_sim.domain import messages
from transmitsms_sim.domain.messages import SendRequest


def test_the_demo_account_is_created_once(new_app: Any, tmp_path: Any) -> None:
    path = str(tmp_path / "sim.db")
    first = new_app(db_path=path, create_demo_account=True)
    demo = first.state.runtime.demo
    first.state.runtime.close()
    again = new_app(db_path=path, create_demo_account=True)
    assert again.state.runtime.demo.api_key == demo.api_key
    assert again.state.runtime.demo.api_secret == demo.api_secret


def test_an_accelerated_clock_runs_due_work_on_requests(new_app: Any) -> None:
    runtime = new_app(time_scale=1000, tick_interval=0.0, create_demo_account=True).state.runtime
    with runtime.sim.transaction() as tx:
        sent = messages.send(tx, runtime.demo, SendRequest(text="Hi", to=(MOBILE,)))
    time.sleep(0.02)
    runtime.maybe_run_due()
    with runtime.sim.transaction() as tx:
        assert tx.scalar("SELECT status FROM recipients WHERE message_id = ?", (sent.id,)) == "delivered"


def test_a_manual_clock_runs_nothing_by_itself(new_app: Any) -> None:
    runtime = new_app(create_demo_account=True).state.runtime
    with runtime.sim.transaction() as tx:
        sent = messages.send(tx, runtime.demo, SendRequest(text="Hi", to=(MOBILE,)))
    runtime.maybe_run_due()
    with runtime.sim.transaction() as tx:
        assert tx.scalar("SELECT status FROM recipients WHERE message_id = ?", (sent.id,)) == "pending"
    runtime.clock.advance(5)
    assert asyncio.run(runtime.flush()).as_dict() == {"receipts": 1, "callback_attempts": 0}


def test_reset_and_close(new_app: Any) -> None:
    runtime = new_app(create_demo_account=True).state.runtime
    demo = runtime.demo
    runtime.reset()
    assert runtime.demo.api_key == demo.api_key
    runtime.close()
    runtime.close()
    assert runtime.closed
