"""The outbox: URLs, due callbacks, attempts, retries and giving up."""

from __future__ import annotations

from datetime import timedelta

from transmitsms_sim.domain import callbacks
from transmitsms_sim.domain.service import Simulator

DELAYS = (60, 300, 3600, 86400)


def test_parameters_are_appended_to_the_urls_own() -> None:
    assert callbacks.build_url("https://x.io/cb", [("a", "1 2")]) == "https://x.io/cb?a=1%202"
    assert callbacks.build_url("https://x.io/cb?mine=1#frag", [("a", "&")]) == "https://x.io/cb?mine=1&a=%26"
    assert callbacks.build_url("https://x.io", [("a", "1")]) == "https://x.io/?a=1"


def test_retries_after_1m_5m_1h_24h_then_give_up(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        callback_id = callbacks.enqueue(tx, 1, "dlr", "http://x.io/cb", [("a", "1")], tx.now_text)
        assert [c.id for c in callbacks.due(tx, 10)] == [callback_id]
    waits = []
    for attempt in range(5):
        with simulator.transaction() as tx:
            assert [c.attempts for c in callbacks.due(tx, 10)] == [attempt]
            status = callbacks.record_attempt(
                tx, callback_id, ok=False, status_code=500, error="HTTP 500", duration_ms=3, retry_delays=DELAYS
            )
            next_at = callbacks.next_due_at(tx)
            if next_at:
                waits.append(callbacks.seconds_until(tx, next_at))
                assert callbacks.due(tx, 10) == []
        if next_at:
            simulator.clock.advance(callbacks.seconds_until(tx, next_at))
    assert waits == list(DELAYS)
    assert status == "failed"
    with simulator.transaction() as tx:
        (listed,) = callbacks.listing(tx)
    assert listed["status"] == "failed" and len(listed["attempts"]) == 5
    assert listed["attempts"][0] == {
        "attempt": 1,
        "at": "2026-01-05 09:00:00",
        "ok": False,
        "status_code": 500,
        "error": "HTTP 500",
        "duration_ms": 3,
    }


def test_a_delivered_callback_is_done(simulator: Simulator) -> None:
    with simulator.transaction() as tx:
        callback_id = callbacks.enqueue(tx, 1, "reply", "http://x.io/cb", [], tx.now_text)
        assert (
            callbacks.record_attempt(
                tx, callback_id, ok=True, status_code=204, error=None, duration_ms=1, retry_delays=DELAYS
            )
            == "delivered"
        )
        assert (
            callbacks.record_attempt(
                tx, callback_id, ok=True, status_code=204, error=None, duration_ms=1, retry_delays=DELAYS
            )
            == "gone"
        )
        assert callbacks.due(tx, 10) == []
        assert callbacks.listing(tx, status="delivered")[0]["completed_at"] == tx.now_text


def test_due_skips_future_callbacks_and_exclusions(simulator: Simulator) -> None:
    later = simulator.clock.now() + timedelta(minutes=1)
    with simulator.transaction() as tx:
        first = callbacks.enqueue(tx, 1, "dlr", "http://x.io/1", [], tx.now_text)
        second = callbacks.enqueue(tx, 1, "dlr", "http://x.io/2", [], tx.now_text)
        callbacks.enqueue(tx, 1, "dlr", "http://x.io/3", [], later.strftime("%Y-%m-%d %H:%M:%S"))
        assert [c.id for c in callbacks.due(tx, 10, exclude=frozenset({first}))] == [second]
        assert tx.effects and tx.effects[0].kind == "callbacks"
