"""Reports agree with each other: counts, recipients, activity, contact history, replies, clicks."""

from __future__ import annotations

from datetime import timedelta

from tests.simulator.support import MOBILE, MOBILE_2
from tests.support.simulator import T0
from transmitsms_sim.domain import inbound, links, messages, reports
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.pages import Page
from transmitsms_sim.domain.service import Simulator

BOUNCES = "61491571000"


def test_counts_follow_the_outcomes(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE, MOBILE_2, BOUNCES)))
        before = reports.counts(tx, message)
    simulator.advance(5)
    with simulator.transaction() as tx:
        inbound.receive(tx, MOBILE, None, "Thanks")
        inbound.receive(tx, MOBILE_2, None, "STOP")
        after = reports.counts(tx, message)
        total, delivered = reports.recipients_page(tx, message, "delivered", None, Page())
        failed_total, _ = reports.recipients_page(tx, message, "failed", None, Page())
        optouts_total, opted = reports.recipients_page(tx, message, None, "only", Page())
        one = reports.sent_to(tx, message, MOBILE)
    assert (before.pending, before.delivered) == (3, 0)
    assert (after.delivered, after.hard_bounced, after.bounced, after.responses, after.optouts) == (2, 1, 1, 2, 1)
    assert total == 2 and {r.msisdn for r in delivered} == {MOBILE, MOBILE_2}
    assert failed_total == 1
    assert optouts_total == 1 and opted[0].msisdn == MOBILE_2
    assert (one.status, one.dlr_at, one.responses) == ("delivered", "2026-01-05 09:00:05", 1)


def test_activity_and_contact_history_and_counts(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        first = messages.send(tx, acct, SendRequest(text="x" * 200, to=(MOBILE,)))
        scheduled = messages.send(tx, acct, SendRequest(text="Later", to=(MOBILE,), send_at=T0 + timedelta(days=1)))
    simulator.advance(60)
    with simulator.transaction() as tx:
        second = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE, MOBILE_2)))
        start, end = "2026-01-05 00:00:00", "2026-01-06 00:00:00"
        total, rows = reports.user_sms_sent(tx, acct, start, end, None, Page())
        assert total == 3 and rows[0].message_id == second.id, "newest first; the scheduled one is not sent yet"
        assert reports.user_sms_sent(tx, acct, start, end, MOBILE_2, Page())[0] == 1
        assert reports.sent_count(tx, acct, start, end) == 2 + 1 + 1
        history_total, history = reports.contact_sms(tx, acct, MOBILE, None, None, "message_id", "desc", Page())
        assert history_total == 2 and [h.message_id for h in history] == [second.id, first.id]
        report_total, sms_total, report = reports.message_report(
            tx, acct, start, "2026-01-07 00:00:00", None, None, Page()
        )
        assert report_total == 3 and sms_total == 5
        assert {m.id: m.status(tx.now_text) for m in report}[scheduled.id] == "scheduled"
        assert reports.only_recipient(tx, first) is not None
        assert reports.only_recipient(tx, second) is None


def test_replies_filters_and_link_hits(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(
            tx, acct, SendRequest(text="Go [tracked-link]", to=(MOBILE, MOBILE_2), tracked_link_url="https://x.io")
        )
        inbound.receive(tx, MOBILE, None, "one")
        inbound.receive(tx, MOBILE_2, None, "two")
        code = tx.scalar("SELECT link_code FROM recipients WHERE msisdn = ?", (MOBILE_2,))
        links.click(tx, code)
        total, found = reports.replies(tx, acct, start=None, end=None, message_id=message.id, page=Page())
        assert (
            total == 2 and found[0].text == "two" and found[0].original and found[0].original.startswith("Go TapTh.is/")
        )
        assert reports.replies(tx, acct, start=None, end=None, msisdn=MOBILE, page=Page())[0] == 1
        assert reports.replies(tx, acct, start=None, end=None, keywords="only", page=Page())[0] == 0
        assert reports.replies(tx, acct, start="2027-01-01 00:00:00", end=None, page=Page())[0] == 0
        hits_total, hits = reports.link_hits(tx, message, Page())
        assert hits_total == 1 and (hits[0].msisdn, hits[0].link_hits) == (MOBILE_2, 1)
