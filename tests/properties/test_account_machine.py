"""A state machine: the generated client drives a fresh simulator; a model predicts every answer.

Each run opens a simulator (in-memory database, manual clock) with one prepaid reseller account
and plays a sequence of rules against it through ``TransmitSMS``: lists and contacts (add-list,
add-to-list, edit-list-member, delete-from-list, optout-list-member, remove-list), sends to
numbers and to lists (GSM, Unicode, multi-part, personalised; from the shared pool, a business
name or a leased number; now or scheduled, with a validity), cancels, replies and STOP replies
from handsets (the control API's inbound messages), leases of virtual numbers, reseller clients
(who pay for themselves or not) and their sends, top-ups, and time advances that deliver
messages and renew leases. ``account_model.World`` predicts each answer, error code included,
and after every step the invariants hold the whole account to the model: balances and ledgers,
every message's counts and delivery states, lists and their contacts, leased numbers, and the
reseller's view of its clients.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import ExitStack
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import event
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, multiple, rule

from tests.properties.account_model import MICROS, Account, SendPlan, World, is_stop
from tests.properties.harness import Credentials, Sim, fresh_simulator
from tests.properties.profile import examples
from tests.properties.texts import message_texts
from tests.support.counts import record
from tests.support.simulator import T0
from transmitsms import APIError, TransmitSMS

T = TypeVar("T")

#: Handsets: valid Australian mobiles whose endings choose their delivery outcome.
HANDSETS = ("61491570156", "61491570157", "61491570000", "61491570001", "61491570002", "61491570003")
#: Fewer numbers for lists, so that one number meets a list again after leaving it.
LIST_HANDSETS = ("61491570156", "61491570002")
#: What a user might put in ``to`` that is no mobile number: skipped by send-sms.
NOT_MOBILES = ("614915701", "0491570156")
#: The first numbers of the pool, which leases take in order.
VIRTUAL = ("61480000000", "61480000001", "61480000002")
TEXTS = st.one_of(
    st.sampled_from(
        [
            "Hello",
            "Hi [firstname] [lastname], your code is [mobile]",
            "Grüße {x} – 👋",
            "x" * 161,
            "Сообщение " * 8,
            "€" * 81,
        ]
    ),
    message_texts(),
)
REPLIES = st.one_of(st.sampled_from(["STOP", " stop ", "Quit", "Yes please", "STOP IT", "👍"]), st.text(max_size=20))
LIST_NAMES = st.sampled_from(["Customers", "customers", "VIP", "Ärzte", "äRZTE", "Staff 2026"])
ADVANCES = st.sampled_from([1, 5, 60, 3600, 2 * 3600, 86400, 4 * 86400, 31 * 86400])


def step(rule_function: Callable[..., T]) -> Callable[..., T]:
    """Count each run of a rule as a state machine step (the pytest summary prints the total)."""

    @functools.wraps(rule_function)
    def counted(*args: Any, **kwargs: Any) -> T:
        record("state machine steps")
        return rule_function(*args, **kwargs)

    return counted


def money(value: float | int | str) -> int:
    """An amount the API shows (a number to 3 decimals) in millionths."""
    return int(Decimal(str(value)) * MICROS)


class AccountMachine(RuleBasedStateMachine):
    lists = Bundle("lists")
    messages = Bundle("messages")
    clients = Bundle("clients")

    def __init__(self) -> None:
        super().__init__()
        record("hypothesis examples")
        record("state machine runs")
        self._stack = ExitStack()
        self.sim: Sim = self._stack.enter_context(fresh_simulator())
        self.world = World(T0)
        credentials = self.sim.account(balance=60, reseller=True, business_names=["MyBrand"])
        self.main = self.world.open(Account(credentials.id), 60 * MICROS)
        self.clients_of: dict[int, TransmitSMS] = {credentials.id: self.sim.client(credentials)}
        self._emails = 0

    def teardown(self) -> None:
        self._stack.close()

    # ------------------------------------------------------------------ helpers

    def api(self, account: Account) -> TransmitSMS:
        return self.clients_of[account.id]

    def call(self, expected: str | None, action: Callable[[], T]) -> T | None:
        """Make a call the model says answers ``expected`` (an error code, or None for success)."""
        event(f"answer: {expected or 'success'}")
        try:
            result = action()
        except APIError as exc:
            assert exc.code == expected, f"answered {exc.code} ({exc.description}); the model expected {expected}"
            return None
        assert expected is None, f"succeeded; the model expected {expected}"
        return result

    def _send(self, account: Account, plan: SendPlan, numeric_sender: bool, **params: Any) -> Any:
        sent = self.call(plan.error, lambda: self.api(account).sms.send(**params))
        if sent is None:
            return multiple()
        assert (sent.recipients, sent.sms, money(sent.cost)) == (
            len(plan.recipients),
            sum(r.parts for r in plan.recipients.values()),
            plan.cost,
        )
        assert plan.send_at is not None and sent.send_at == plan.send_at.strftime("%Y-%m-%d %H:%M:%S")
        self.world.apply_send(account, sent.message_id, plan, numeric_sender)
        return sent.message_id

    def _sender(self, choice: str | None) -> tuple[dict[str, Any], bool]:
        if choice is None:
            return {}, True
        return {"from_": choice}, choice.isdigit()

    # ------------------------------------------------------------------ lists and contacts

    @rule(target=lists, name=LIST_NAMES)
    @step
    def add_list(self, name: str) -> Any:
        expected = self.world.check_add_list(self.main, name)
        created = self.call(expected, lambda: self.api(self.main).lists.add_list(name=name))
        if created is None:
            return multiple()
        assert (created.name, created.members_active) == (name, 0)
        self.world.apply_add_list(self.main, created.id, name)
        return created.id

    @rule(list_id=lists, msisdn=st.sampled_from(LIST_HANDSETS), first=st.sampled_from(["", "Ann", "Zoë"]))
    @step
    def add_to_list(self, list_id: int, msisdn: str, first: str) -> None:
        expected = self.world.check_add_to_list(self.main, list_id, msisdn)
        added = self.call(
            expected,
            lambda: self.api(self.main).lists.add_to_list(list_id=list_id, msisdn=msisdn, first_name=first),
        )
        if added is not None:
            assert (added.msisdn, added.first_name, added.status) == (int(msisdn), first, "active")
            self.world.apply_add_to_list(list_id, msisdn, first, "")

    @rule(list_id=lists, msisdn=st.sampled_from(LIST_HANDSETS), first=st.sampled_from(["", "Bea"]))
    @step
    def edit_list_member(self, list_id: int, msisdn: str, first: str) -> None:
        expected = self.world.check_edit_member(self.main, list_id, msisdn)
        edited = self.call(
            expected,
            lambda: self.api(self.main).lists.edit_list_member(list_id=list_id, msisdn=msisdn, first_name=first),
        )
        if edited is not None:
            self.world.apply_edit_member(list_id, msisdn, first)
            assert edited.first_name == self.world.lists[list_id].contacts[msisdn].first_name

    @rule(list_id=st.one_of(lists, st.just(0)), msisdn=st.sampled_from(LIST_HANDSETS))
    @step
    def delete_from_list(self, list_id: int, msisdn: str) -> None:
        expected, changed = self.world.delete_from_list(self.main, list_id, msisdn)
        params: dict[str, Any] = {"list_id": list_id} if list_id else {}
        answer = self.call(expected, lambda: self.api(self.main).lists.delete_from_list(msisdn=msisdn, **params))
        if answer is not None:
            assert answer.list_ids == changed

    @rule(list_id=st.one_of(lists, st.just(0)), msisdn=st.sampled_from(LIST_HANDSETS))
    @step
    def optout_list_member(self, list_id: int, msisdn: str) -> None:
        expected, changed = self.world.opt_out(self.main, list_id, msisdn)
        params: dict[str, Any] = {"list_id": list_id} if list_id else {}
        answer = self.call(expected, lambda: self.api(self.main).lists.optout_list_member(msisdn=msisdn, **params))
        if answer is not None:
            assert answer.list_ids == changed

    @rule(list_id=lists)  # not consumed: later calls with a removed list must answer NOT_FOUND
    @step
    def remove_list(self, list_id: int) -> None:
        expected = self.world.check_remove_list(self.main, list_id)
        if self.call(expected, lambda: self.api(self.main).lists.remove_list(list_id=list_id)) is not None:
            self.world.apply_remove_list(list_id)

    # ------------------------------------------------------------------ sending

    @rule(
        target=messages,
        to=st.lists(st.sampled_from(HANDSETS + NOT_MOBILES), min_size=1, max_size=4),
        text=TEXTS,
        sender=st.sampled_from([None, None, "MyBrand", "mybrand", *VIRTUAL[:2]]),
        delay=st.sampled_from([None, None, -60, 0, 30, 3600]),
        validity=st.sampled_from([None, 0, 1, 90]),
    )
    @step
    def send_to_numbers(
        self, to: list[str], text: str, sender: str | None, delay: int | None, validity: int | None
    ) -> Any:
        plan = self.world.plan_send(
            self.main, text, to=to, sender=sender, delay=delay, validity=validity, mobiles=frozenset(HANDSETS)
        )
        params, numeric = self._sender(sender)
        if delay is not None:
            params["send_at"] = (self.world.now + _seconds(delay)).strftime("%Y-%m-%d %H:%M:%S")
        if validity is not None:
            params["validity"] = validity
        return self._send(self.main, plan, numeric, message=text, to=to, **params)

    @rule(target=messages, list_id=lists, text=TEXTS, delay=st.sampled_from([None, 3600]))
    @step
    def send_to_list(self, list_id: int, text: str, delay: int | None) -> Any:
        plan = self.world.plan_send(self.main, text, list_id=list_id, delay=delay)
        params: dict[str, Any] = {}
        if delay is not None:
            params["send_at"] = (self.world.now + _seconds(delay)).strftime("%Y-%m-%d %H:%M:%S")
        return self._send(self.main, plan, True, message=text, list_id=list_id, **params)

    @rule(message_id=messages)
    @step
    def cancel(self, message_id: int) -> None:
        account = self.world.messages[message_id].account
        expected = self.world.check_cancel(account, message_id)
        answer = self.call(expected, lambda: self.api(account).sms.cancel(id=message_id))
        if answer is not None:
            self.world.apply_cancel(message_id)

    @rule(message_id=messages)
    @step
    def inspect_message(self, message_id: int) -> None:
        """Each recipient's delivery status, opt-out and replies, as get-sms-sent lists them."""
        message = self.world.messages[message_id]
        shown = {
            str(r.msisdn): (str(r.delivery_status), r.optout, r.responses)
            for r in self.api(message.account).reporting.iter_sms_sent(message_id=message_id)
        }
        now = self.world.now
        assert shown == {
            n: ("cancelled" if message.cancelled else r.outcome.status_at(now), r.optout, r.responses)
            for n, r in message.recipients.items()
        }

    @rule(message_id=messages, client=clients)
    @step
    def another_accounts_message(self, message_id: int, client: int) -> None:
        """A message is its account's alone: another reads NO_ACCESS, and cannot cancel it."""
        message = self.world.messages[message_id]
        other = self.main if message.account is not self.main else self.world.accounts[client]
        if other is message.account:
            return
        self.call("NO_ACCESS", lambda: self.api(other).reporting.get_sms(message_id=message_id))
        self.call("NOT_FOUND", lambda: self.api(other).sms.cancel(id=message_id))

    @rule(handset=st.sampled_from(HANDSETS), text=REPLIES)
    @step
    def reply(self, handset: str, text: str) -> None:
        target = self.world.reply_target(handset)
        answer = self.sim.inbound(handset, text)
        if target is None:
            assert answer.status_code == 400, f"a reply with no message to answer was taken: {answer.text}"
            return
        assert answer.status_code == 201, answer.text
        received = answer.json()
        assert (received["message_id"], received["account_id"]) == (target.id, target.account.id)
        assert received["is_optout"] == is_stop(text)
        self.world.apply_reply(target, handset, text)

    # ------------------------------------------------------------------ numbers, clients, money, time

    @rule(client=st.one_of(st.none(), clients))
    @step
    def lease_number(self, client: int | None) -> None:
        account = self.world.accounts[client] if client else self.main
        expected, number = self.world.check_lease(account)
        leased = self.call(expected, lambda: self.api(account).numbers.lease_number())
        if leased is not None:
            assert number is not None and str(leased.number) == number
            lease = self.world.apply_lease(account, number)
            assert leased.next_charge == lease.next_charge.isoformat()

    @rule(
        target=clients,
        name=st.sampled_from(["Acme", "Bolt"]),
        client_pays=st.booleans(),
        margin=st.sampled_from([0, 1, 2.5]),
    )
    @step
    def add_client(self, name: str, client_pays: bool, margin: float) -> Any:
        expected = self.world.check_add_client(self.main, name)
        self._emails += 1
        email = f"client{self._emails}@example.com"
        created = self.call(
            expected,
            lambda: self.api(self.main).resellers.add_client(
                name=name,
                email=email,
                password="a-password-1",
                msisdn="61491570156",
                client_pays=client_pays,
                sms_margin=margin,
            ),
        )
        if created is None:
            return multiple()
        assert money(created.balance) == 0 and created.client_pays is client_pays
        account = Account(
            created.id,
            price=self.main.price + int(Decimal(str(margin)) * MICROS) // 100,
            parent=self.main,
            client_pays=client_pays,
            name=name,
        )
        self.world.open(account, 0)
        self.clients_of[account.id] = self.sim.client(Credentials(created.id, created.apikey, str(created.apisecret)))
        return account.id

    @rule(
        target=messages,
        client=clients,
        to=st.lists(st.sampled_from(HANDSETS), min_size=1, max_size=3),
        text=TEXTS,
    )
    @step
    def client_sends(self, client: int, to: list[str], text: str) -> Any:
        account = self.world.accounts[client]
        plan = self.world.plan_send(account, text, to=to, mobiles=frozenset(HANDSETS))
        return self._send(account, plan, True, message=text, to=to)

    @rule(client=st.one_of(st.none(), clients), amount=st.sampled_from([1, 5, 30]))
    @step
    def top_up(self, client: int | None, amount: int) -> None:
        account = self.world.accounts[client] if client else self.main
        self.sim.top_up(account.id, amount)
        self.world.top_up(account, amount * MICROS)

    @rule(seconds=ADVANCES)
    @step
    def advance(self, seconds: int) -> None:
        self.sim.advance(seconds)
        self.world.advance(seconds)

    # ------------------------------------------------------------------ invariants

    @invariant()
    def balances_and_ledgers(self) -> None:
        reseller = self.api(self.main)
        for account in self.world.accounts.values():
            assert money(self.api(account).account.get_balance().balance) == account.balance
            entries = list(reseller.resellers.iter_transactions(client_id=account.id, max=100))
            shown = [(money(e.amount), e.type_id, money(str(e.balance_standing).lstrip("$"))) for e in entries]
            assert shown == [(e.amount, e.type_id, e.balance_after) for e in reversed(account.ledger)]

    @invariant()
    def every_message_counts(self) -> None:
        now = self.world.now
        for message in self.world.messages.values():
            stats = self.api(message.account).reporting.get_sms_stats(message_id=message.id).stats
            live = [] if message.cancelled else list(message.recipients.values())
            states = [r.outcome.status_at(now) for r in live]
            assert (stats.total, stats.recipient_count) == (len(live), len(live) + message.suppressed)
            assert (stats.delivered, stats.pending) == (states.count("delivered"), states.count("pending"))
            assert (stats.soft_bounced, stats.hard_bounced) == (
                states.count("soft-bounce"),
                states.count("hard-bounce"),
            )
            assert stats.responses == message.responses
            assert stats.opt_outs == sum(r.optout for r in live) + message.suppressed

    @invariant()
    def lists_and_contacts(self) -> None:
        api = self.api(self.main)
        shown = {item.id: item for item in api.lists.iter_lists(max=100)}
        assert sorted(shown) == sorted(self.world.lists)
        for list_id, modelled in self.world.lists.items():
            active = len(modelled.active())
            assert (shown[list_id].name, shown[list_id].members_active) == (modelled.name, active)
            assert shown[list_id].members_total == len(modelled.contacts)
            contacts = {str(c.msisdn): (str(c.status), c.first_name) for c in api.lists.iter_list(list_id=list_id)}
            assert contacts == {m: (c.status, c.first_name) for m, c in modelled.contacts.items()}

    @invariant()
    def leased_numbers(self) -> None:
        for account in self.world.accounts.values():
            owned = {str(n.number): n.next_charge for n in self.api(account).numbers.iter_numbers()}
            expected = {
                n: lease.next_charge.isoformat() for n, lease in self.world.leases.items() if lease.account is account
            }
            assert owned == expected

    @invariant()
    def the_resellers_view_of_its_clients(self) -> None:
        clients = {c.id: c for c in self.api(self.main).resellers.iter_clients()}
        modelled = [a for a in self.world.accounts.values() if a.parent is self.main]
        assert sorted(clients) == sorted(a.id for a in modelled)
        for account in modelled:
            sent = [m for m in self.world.messages.values() if m.account is account and not m.cancelled]
            client = clients[account.id]
            assert money(client.balance) == account.balance
            assert client.total_spend is not None  # null only where a client has no ledger (spec)
            assert (client.total_sms, money(client.total_spend)) == (
                sum(m.sms for m in sent),
                sum(m.cost for m in sent),
            )


def _seconds(delay: int) -> Any:
    from datetime import timedelta

    return timedelta(seconds=delay)


AccountMachine.TestCase.settings = examples(40, stateful_step_count=40)
TestAccountMachine = AccountMachine.TestCase
