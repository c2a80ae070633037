"""The inbox page's read-only views: messages and search, delivery over time, replies, callbacks, lists."""

from __future__ import annotations

from datetime import timedelta

from tests.simulator.support import MOBILE, MOBILE_2
from tests.support.simulator import T0
from transmitsms_sim.domain import (
    accounts,
    billing,
    callbacks,
    delivery,
    inbound,
    inbox,
    links,
    lists,
    messages,
    optouts,
)
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.service import Simulator

PENDING_FOREVER = "61491570002"  # a pending receipt after 5 s, then nothing (delivery.RULES)
BOUNCES = "61491570000"


def _send(simulator: Simulator, account: Account, text: str, *to: str, **options: object) -> messages.Message:
    with simulator.transaction() as tx:
        return messages.send(tx, account, SendRequest(text=text, to=to, **options))  # type: ignore[arg-type]


def test_messages_come_newest_first_in_pages(simulator: Simulator, acct: Account) -> None:
    sent = [_send(simulator, acct, f"Message {n}", MOBILE).id for n in range(5)]
    with simulator.transaction() as tx:
        first = inbox.message_page(tx, acct.id, limit=2)
        second = inbox.message_page(tx, acct.id, before=first.next_before, limit=2)
        last = inbox.message_page(tx, acct.id, before=second.next_before, limit=2)
    assert [m.id for m in first.messages] == sent[::-1][:2] and first.total == 5
    assert [m.id for m in second.messages] == sent[::-1][2:4]
    assert [m.id for m in last.messages] == sent[:1] and last.next_before is None


def test_a_summary_counts_recipients_parts_cost_replies_and_clicks(simulator: Simulator, acct: Account) -> None:
    message = _send(
        simulator, acct, "Sale [tracked-link]", MOBILE, MOBILE_2, BOUNCES, "61491570500", tracked_link_url="https://x"
    )
    simulator.advance(10)
    with simulator.transaction() as tx:
        code = tx.scalar("SELECT link_code FROM recipients WHERE message_id = ? AND msisdn = ?", (message.id, MOBILE))
        links.click(tx, code)
        links.click(tx, code)
        inbound.receive(tx, MOBILE_2, None, "Thanks")
        summary = inbox.message_page(tx, acct.id).messages[0]
    assert (summary.recipients, summary.sms, summary.cost) == (4, 4, 4 * acct.sms_price)
    assert summary.statuses == inbox.StatusCounts(delivered=3, hard_bounce=1)
    assert (summary.replies, summary.link_hits) == (1, 2)
    assert summary.first_recipients == (MOBILE, MOBILE_2, BOUNCES), "the first three, in the order sent"
    assert (summary.currency, summary.scheduled, summary.cancelled) == ("AUD", False, False)


def test_search_finds_text_numbers_names_ids_and_replies(simulator: Simulator, acct: Account) -> None:
    dinner = _send(simulator, acct, "Dinner at 8", MOBILE)
    parcel = _send(simulator, acct, "Your parcel: 100% on time_", MOBILE_2)
    with simulator.transaction() as tx:
        guests = lists.create(tx, acct, "Regulars", {})
        lists.add(tx, guests, "61491570300", "Grace", "Hopper", {})
        party = messages.send(tx, acct, SendRequest(text="Party!", list_id=guests.id))
        inbound.receive(tx, MOBILE, None, "Running late")

        def found(query: str) -> list[int]:
            return [m.id for m in inbox.message_page(tx, acct.id, query).messages]

        assert found("dinner") == [dinner.id], "text, in any case"
        assert found("+61 491 570 157") == [parcel.id], "a number, with + and spaces"
        assert found("570156") == [dinner.id], "digits anywhere in the number"
        assert found(str(party.id)) == [party.id], "a message ID"
        assert found("hopper") == [party.id], "a recipient's name"
        assert found("regulars") == [party.id], "the list's name"
        assert found("late") == [dinner.id], "a reply's text"
        assert found("100%") == [parcel.id] and found("%") == [parcel.id], "LIKE wildcards are literal"
        assert found("_") == [parcel.id]
        assert found("nothing like this") == []
        assert inbox.message_page(tx, acct.id, "dinner").total == 1


def test_delivery_over_time(simulator: Simulator, acct: Account) -> None:
    message = _send(simulator, acct, "Hi", MOBILE, PENDING_FOREVER)
    simulator.advance(10)
    with simulator.transaction() as tx:
        inbound.receive(tx, MOBILE, None, "STOP")
        detail = inbox.message(tx, message.id)
    assert detail is not None
    delivered, pending = detail.recipients
    sent_at = "2026-01-05 09:00:00"
    assert [(e.at, e.kind) for e in delivered.events] == [
        (sent_at, "sent"),
        ("2026-01-05 09:00:05", "delivered"),
        ("2026-01-05 09:00:10", "reply"),
        ("2026-01-05 09:00:10", "opt-out"),
    ]
    assert delivered.expected is None and delivered.optout
    assert [(e.at, e.kind) for e in pending.events] == [(sent_at, "sent"), ("2026-01-05 09:00:05", "pending")]
    assert pending.expected == inbox.Event("2026-01-08 09:00:00", "soft-bounce", "as planned when sent")
    assert [r.text for r in detail.replies] == ["STOP"] and detail.replies[0].is_optout


def test_a_forced_outcome_before_the_interim_receipt_has_none(simulator: Simulator, acct: Account) -> None:
    message = _send(simulator, acct, "Hi", PENDING_FOREVER)
    with simulator.transaction() as tx:
        delivery.force(tx, message.id, PENDING_FOREVER, "delivered")
    simulator.advance(60)
    with simulator.transaction() as tx:
        detail = inbox.message(tx, message.id)
    assert detail is not None
    assert [e.kind for e in detail.recipients[0].events] == ["sent", "delivered"]


def test_scheduled_and_cancelled_messages(simulator: Simulator, acct: Account) -> None:
    later = _send(simulator, acct, "Tomorrow", MOBILE, send_at=T0 + timedelta(days=1))
    cancelled = _send(simulator, acct, "Never", MOBILE_2, send_at=T0 + timedelta(days=1))
    simulator.advance(60)
    with simulator.transaction() as tx:
        messages.cancel(tx, acct, cancelled.id)
        scheduled = inbox.message(tx, later.id)
        gone = inbox.message(tx, cancelled.id)
    assert scheduled is not None and gone is not None
    assert scheduled.summary.scheduled and [e.kind for e in scheduled.recipients[0].events] == ["scheduled"]
    assert scheduled.recipients[0].expected == inbox.Event("2026-01-06 09:00:05", "delivered", "as planned when sent")
    assert gone.summary.cancelled and not gone.summary.scheduled
    assert [(e.at, e.kind) for e in gone.recipients[0].events] == [
        ("2026-01-05 09:00:00", "scheduled"),
        ("2026-01-05 09:01:00", "cancelled"),
    ], "cancelled at the time of its refund"
    assert gone.recipients[0].expected is None


def test_a_message_shows_a_limited_number_of_its_recipients(simulator: Simulator, acct: Account) -> None:
    message = _send(simulator, acct, "Hi", *(f"614915702{n:02d}" for n in range(12)))
    with simulator.transaction() as tx:
        detail = inbox.message(tx, message.id, recipients_limit=5)
        assert inbox.message(tx, 1) is None and inbox.message(tx, 2**70) is None
    assert detail is not None and len(detail.recipients) == 5 and detail.recipients_total == 12


def test_the_callbacks_of_a_message_are_those_naming_it(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        # The account's own URL carries a message_id of its own: the event's, appended last, decides.
        accounts.update_settings(tx, acct.id, {"dlr_callback": "http://cb.example/dlr?message_id=42"})
        account = accounts.get(tx, acct.id)
    assert account is not None
    first = _send(simulator, account, "One", MOBILE)
    second = _send(simulator, account, "Two", MOBILE_2)
    simulator.advance(10)
    with simulator.transaction() as tx:
        mine = inbox.callbacks(tx, acct.id, message_id=first.id)
        every = inbox.callbacks(tx, acct.id)
        receipts = inbox.callbacks(tx, acct.id, kind="dlr", status="pending")
        nothing = inbox.callbacks(tx, acct.id, message_id=42)
    assert [c.message_id for c in mine] == [first.id] and mine[0].kind == "dlr"
    assert ("status", "delivered") in mine[0].params and mine[0].url.startswith("http://cb.example/dlr?message_id=42&")
    assert [c.message_id for c in every] == [second.id, first.id], "newest first"
    assert len(receipts) == 2 and all(c.attempts == () for c in receipts), "not attempted: no worker here"
    assert nothing == []


def test_attempts_are_listed_with_their_answers(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        accounts.update_settings(tx, acct.id, {"reply_callback": "http://cb.example/reply"})
    _send(simulator, acct, "Hi", MOBILE)
    with simulator.transaction() as tx:
        inbound.receive(tx, MOBILE, None, "Yes")
        callback_id = tx.scalar("SELECT id FROM callbacks WHERE kind = 'reply'")
        delays = (60, 300)
        inbox_callbacks_before = inbox.callbacks(tx, acct.id, kind="reply")
        callbacks.record_attempt(
            tx, callback_id, ok=False, status_code=503, error="HTTP 503", duration_ms=3, retry_delays=delays
        )
        callbacks.record_attempt(
            tx, callback_id, ok=True, status_code=200, error=None, duration_ms=4, retry_delays=delays
        )
        (shown,) = inbox.callbacks(tx, acct.id, kind="reply")
    assert inbox_callbacks_before[0].attempts == ()
    assert shown.status == "delivered" and [(a.attempt, a.ok, a.status_code) for a in shown.attempts] == [
        (1, False, 503),
        (2, True, 200),
    ]


def test_accounts_and_the_default_one(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        assert inbox.default_account_id(tx) == acct.id, "without messages nor a demo: the first account"
        other = billing.open_account(tx, accounts.NewAccount(name="Other", balance=5))
        demo = billing.open_account(tx, accounts.NewAccount(name="Demo"), demo=True)
        assert inbox.default_account_id(tx) == demo.id, "the demo account before any message"
    _send(simulator, other, "Hi", MOBILE)
    with simulator.transaction() as tx:
        assert inbox.default_account_id(tx) == other.id, "the account that sent last"
        summaries = inbox.accounts(tx)
        assert inbox.account(tx, 1) is None and inbox.account(tx, 2**70) is None
        assert inbox.account(tx, other.id) == summaries[1]
    assert [a.name for a in summaries] == ["Domain", "Other", "Demo"]
    assert (summaries[1].messages, summaries[1].balance) == (1, 5_000_000 - other.sms_price)
    assert summaries[2].is_demo and not summaries[0].is_demo


def test_lists_contacts_and_opt_outs(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        guests = lists.create(tx, acct, "Regulars", {1: "Postcode", 2: "Table"})
        lists.add(tx, guests, MOBILE, "Ada", "Lovelace", {1: "2000"})
        lists.add(tx, guests, MOBILE_2, "Grace", "Hopper", {})
        lists.create(tx, acct, "Empty", {})
        optouts.opt_out_member(tx, acct, guests.id, MOBILE_2)
        shown = inbox.contact_lists(tx, acct.id)
        found = inbox.contact_list(tx, guests.id)
        opted_out = inbox.optouts(tx, acct.id)
        assert inbox.contact_list(tx, 1) is None
    assert [(s.name, s.contacts, s.active, s.fields) for s in shown] == [
        ("Empty", 0, 0, ()),
        ("Regulars", 2, 1, ("Postcode", "Table")),
    ]
    assert found == guests
    assert [(o.msisdn, o.created) for o in opted_out] == [(MOBILE_2, "2026-01-05 09:00:00")]


def test_replies_and_inbound_messages_newest_first(simulator: Simulator, acct: Account) -> None:
    _send(simulator, acct, "Hi", MOBILE)
    _send(simulator, acct, "Hi", MOBILE_2)
    with simulator.transaction() as tx:
        inbound.receive(tx, MOBILE, None, "First")
        inbound.receive(tx, MOBILE_2, None, "Second 100%")
        assert [r.text for r in inbox.replies(tx, acct.id)] == ["Second 100%", "First"]
        assert [r.text for r in inbox.replies(tx, acct.id, "%")] == ["Second 100%"]
        assert [r.msisdn for r in inbox.replies(tx, acct.id, MOBILE[-4:])] == [MOBILE]
