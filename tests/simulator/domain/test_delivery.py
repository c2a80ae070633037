"""Delivery outcomes by number suffix, validity expiry, receipts and forced outcomes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.simulator.support import MOBILE
from tests.support.simulator import T0
from transmitsms_sim.domain import accounts, delivery, messages
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import NotFound, SimulationError
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.service import Simulator


@pytest.mark.parametrize(
    ("msisdn", "validity", "status", "after"),
    [
        ("61491570156", 0, "delivered", timedelta(seconds=5)),
        ("61491571000", 0, "hard-bounce", timedelta(seconds=5)),
        ("61491571001", 0, "soft-bounce", timedelta(seconds=5)),
        ("61491571002", 0, "soft-bounce", timedelta(hours=72)),
        ("61491571002", 30, "soft-bounce", timedelta(minutes=30)),
        ("61491571003", 0, "delivered", timedelta(hours=1)),
        ("61491571003", 30, "soft-bounce", timedelta(minutes=30)),
    ],
)
def test_plans(msisdn: str, validity: int, status: str, after: timedelta) -> None:
    plan = delivery.plan(msisdn, T0, validity)
    assert (plan.final_status, plan.at) == (status, T0 + after)


def test_the_silent_number_reports_pending_first() -> None:
    plan = delivery.plan("61491571002", T0, 0)
    assert plan.pending_dlr_at == T0 + timedelta(seconds=5)


def statuses(simulator: Simulator, message_id: int) -> list[str]:
    with simulator.transaction() as tx:
        return [r[0] for r in tx.all("SELECT status FROM recipients WHERE message_id = ? ORDER BY id", (message_id,))]


def test_outcomes_happen_when_the_clock_reaches_them(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        accounts.update_settings(tx, acct.id, {"dlr_callback": "http://127.0.0.1:9/dlr?mine=1"})
        message = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE, "61491571000", "61491571003")))
    assert statuses(simulator, message.id) == ["pending", "pending", "pending"]
    assert simulator.advance(4).receipts == 0
    assert simulator.advance(1).receipts == 2
    assert statuses(simulator, message.id) == ["delivered", "hard-bounce", "pending"]
    assert simulator.advance(3600).receipts == 1
    assert statuses(simulator, message.id) == ["delivered", "hard-bounce", "delivered"]
    with simulator.transaction() as tx:
        urls = [r[0] for r in tx.all("SELECT url FROM callbacks WHERE kind = 'dlr' ORDER BY id")]
        dlr_at = tx.scalar("SELECT dlr_at FROM recipients WHERE message_id = ? AND msisdn = ?", (message.id, MOBILE))
    assert dlr_at == "2026-01-05 09:00:05", "the receipt carries the time the outcome happened"
    assert urls[0].startswith("http://127.0.0.1:9/dlr?mine=1&message_id=")
    assert (
        "status=delivered" in urls[0]
        and f"mobile={MOBILE}" in urls[0]
        and "datetime=2026-01-05%2009%3A00%3A05" in urls[0]
    )


def test_no_callback_without_a_url(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,)))
    simulator.advance(10)
    with simulator.transaction() as tx:
        assert tx.scalar("SELECT COUNT(*) FROM callbacks") == 0


def test_the_message_callback_wins_over_the_account_default(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        accounts.update_settings(tx, acct.id, {"dlr_callback": "http://default.example/dlr"})
        messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,), dlr_callback="http://mine.example/dlr"))
    simulator.advance(10)
    with simulator.transaction() as tx:
        urls = [r[0] for r in tx.all("SELECT url FROM callbacks")]
    assert len(urls) == 1 and urls[0].startswith("http://mine.example/dlr?")


def test_forcing_an_outcome(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,)))
        delivery.force(tx, message.id, MOBILE, "hard-bounce")
    assert statuses(simulator, message.id) == ["hard-bounce"]
    simulator.advance(10)
    assert statuses(simulator, message.id) == ["hard-bounce"], "the planned outcome no longer applies"
    with simulator.transaction() as tx:
        with pytest.raises(SimulationError, match="already"):
            delivery.force(tx, message.id, MOBILE, "delivered")
        with pytest.raises(SimulationError, match="status"):
            delivery.force(tx, message.id, MOBILE, "lost")
        with pytest.raises(NotFound):
            delivery.force(tx, message.id, "61400000000", "delivered")


def test_a_scheduled_message_cannot_be_forced_before_it_is_sent(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,), send_at=T0 + timedelta(hours=1)))
        with pytest.raises(SimulationError, match="scheduled"):
            delivery.force(tx, message.id, MOBILE, "delivered")
    simulator.advance(3600 + 5)
    assert statuses(simulator, message.id) == ["delivered"]
