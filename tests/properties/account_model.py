"""A small, independent model of accounts on the service, for the state machine.

Written from the spec (its *Messages*, *Global Opt-Out* and *Callbacks* rules and each
operation's description and error codes) and from the simulator's documented choices (README:
deterministic outcomes, the pool of virtual numbers, prices, ledger types). It imports nothing of
the simulator. Money is in integer millionths of the currency, as the API shows it to 3 decimals.

Every ``check_*`` method says which error code the API must answer for a call (None: success)
without changing anything; the matching ``apply_*`` method records a call that succeeded.
"""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tests.properties.delivery_model import Outcome, outcome
from tests.properties.sms_parts import MAX_CHARACTERS, parts_of
from tests.properties.texts import personalised

MICROS = 1_000_000
SMS_PRICE = 87_000  # 0.087 per part, the simulator's default
NUMBER_PRICE = 25 * MICROS  # 25 a month per virtual number
#: The simulator's pool of virtual numbers, leased in this order.
NUMBER_POOL = tuple(f"61480000{n:03d}" for n in range(1000))
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
# Ledger types: the vendor's 1 and 3, the simulator's 4 and 5.
TOP_UP, MESSAGE_SEND, NUMBER_LEASE, REFUND = 1, 3, 4, 5


def months_later(day: date) -> date:
    """The same day a month later, or that month's last day when it is shorter."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_stop(text: str) -> bool:
    return text.strip().upper() in STOP_WORDS


@dataclass
class Entry:
    amount: int
    type_id: int
    balance_after: int


@dataclass
class Account:
    id: int
    price: int = SMS_PRICE
    number_price: int = NUMBER_PRICE
    parent: Account | None = None
    client_pays: bool = True
    name: str = ""
    balance: int = 0
    ledger: list[Entry] = field(default_factory=list)
    optouts: set[str] = field(default_factory=set)  # the Global Opt-Out list (the GOO is always on here)

    @property
    def payer(self) -> Account:
        """Who pays for this account's sends and leases: itself, or its reseller."""
        return self.parent if self.parent is not None and not self.client_pays else self

    def can_afford(self, amount: int) -> bool:
        return self.balance >= amount  # every account here is prepaid (credit-based)

    def post(self, amount: int, type_id: int) -> None:
        if amount:
            self.balance += amount
            self.ledger.append(Entry(amount, type_id, self.balance))


@dataclass
class Contact:
    msisdn: str
    first_name: str = ""
    last_name: str = ""
    status: str = "active"
    reason: str | None = None  # why inactive: "deleted" or "optout"


@dataclass
class ContactList:
    id: int
    account: Account
    name: str
    contacts: dict[str, Contact] = field(default_factory=dict)

    def active(self) -> list[Contact]:
        return [c for c in self.contacts.values() if c.status == "active"]


@dataclass
class Recipient:
    msisdn: str
    parts: int
    outcome: Outcome
    optout: bool = False
    responses: int = 0


@dataclass
class Message:
    id: int
    account: Account
    payer: Account
    send_at: datetime
    order: int  # creation order, which breaks ties of send_at
    recipients: dict[str, Recipient]
    suppressed: int
    numeric_sender: bool  # replies reach only messages sent from a number
    cost: int
    cancelled: bool = False
    responses: int = 0

    @property
    def sms(self) -> int:
        return sum(r.parts for r in self.recipients.values())


@dataclass
class Lease:
    number: str
    account: Account
    next_charge: date


@dataclass
class SendPlan:
    """What a send will do, as the model predicts it before the call."""

    error: str | None
    recipients: dict[str, Recipient] = field(default_factory=dict)
    suppressed: int = 0
    cost: int = 0
    send_at: datetime | None = None


class World:
    """The accounts of one simulator run and the clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.accounts: dict[int, Account] = {}
        self.lists: dict[int, ContactList] = {}
        self.messages: dict[int, Message] = {}
        self.leases: dict[str, Lease] = {}
        self._order = itertools.count()

    # ------------------------------------------------------------------ accounts and money

    def open(self, account: Account, opening: int) -> Account:
        self.accounts[account.id] = account
        account.post(opening, TOP_UP)
        return account

    def top_up(self, account: Account, amount: int) -> None:
        account.post(amount, TOP_UP)

    def check_add_client(self, reseller: Account, name: str) -> str | None:
        taken = any(a.parent is reseller and a.name == name for a in self.accounts.values())
        return "KEY_EXISTS" if taken else None

    # ------------------------------------------------------------------ lists and contacts

    def _list(self, account: Account, list_id: int) -> ContactList | None:
        found = self.lists.get(list_id)
        return found if found is not None and found.account is account else None

    def check_add_list(self, account: Account, name: str) -> str | None:
        # Unique per account in any case (the simulator's choice, stated in the spec).
        taken = any(c.account is account and c.name.casefold() == name.casefold() for c in self.lists.values())
        return "KEY_EXISTS" if taken else None

    def apply_add_list(self, account: Account, list_id: int, name: str) -> None:
        self.lists[list_id] = ContactList(list_id, account, name)

    def check_remove_list(self, account: Account, list_id: int) -> str | None:
        return None if self._list(account, list_id) else "NOT_FOUND"

    def apply_remove_list(self, list_id: int) -> None:
        del self.lists[list_id]

    def check_add_to_list(self, account: Account, list_id: int, msisdn: str) -> str | None:
        contact_list = self._list(account, list_id)
        if contact_list is None:
            return "NOT_FOUND"
        existing = contact_list.contacts.get(msisdn)
        if existing is not None:
            if existing.status == "active":
                return "KEY_EXISTS"
            return "OPTOUT" if existing.reason == "optout" else "DUPLICATE_DELETED"
        return "OPTOUT" if msisdn in account.optouts else None

    def apply_add_to_list(self, list_id: int, msisdn: str, first: str, last: str) -> None:
        self.lists[list_id].contacts[msisdn] = Contact(msisdn, first, last)

    def check_edit_member(self, account: Account, list_id: int, msisdn: str) -> str | None:
        contact_list = self._list(account, list_id)
        if contact_list is None or msisdn not in contact_list.contacts:
            return "NOT_FOUND"
        member = contact_list.contacts[msisdn]
        if member.status != "active":
            return "OPTOUT" if member.reason == "optout" else "DUPLICATE_DELETED"
        return None

    def apply_edit_member(self, list_id: int, msisdn: str, first: str | None) -> None:
        if first:  # an empty value counts as absent, so it changes nothing
            self.lists[list_id].contacts[msisdn].first_name = first

    def _deactivate(self, lists: Iterable[ContactList], msisdn: str, reason: str) -> list[int]:
        changed = []
        for contact_list in sorted(lists, key=lambda c: c.id):
            member = contact_list.contacts.get(msisdn)
            if member is not None and member.status == "active":
                member.status, member.reason = "inactive", reason
                changed.append(contact_list.id)
        return changed

    def _lists_of(self, account: Account) -> list[ContactList]:
        return [c for c in self.lists.values() if c.account is account]

    def delete_from_list(self, account: Account, list_id: int, msisdn: str) -> tuple[str | None, list[int]]:
        """delete-from-list (``list_id`` 0: every list): the error, or the lists it was removed from."""
        if list_id and self._list(account, list_id) is None:
            return "NOT_FOUND", []
        targets = [self.lists[list_id]] if list_id else self._lists_of(account)
        if not any(msisdn in c.contacts and c.contacts[msisdn].status == "active" for c in targets):
            return "NOT_FOUND", []
        return None, self._deactivate(targets, msisdn, "deleted")

    def opt_out(self, account: Account, list_id: int, msisdn: str) -> tuple[str | None, list[int]]:
        """optout-list-member with the Global Opt-Out on: out of every list, onto the GOO list."""
        if list_id and self._list(account, list_id) is None:
            return "NOT_FOUND", []
        if not any(msisdn in c.contacts and c.contacts[msisdn].status == "active" for c in self._lists_of(account)):
            return "NOT_FOUND", []
        account.optouts.add(msisdn)
        return None, self._deactivate(self._lists_of(account), msisdn, "optout")

    # ------------------------------------------------------------------ sending

    def _sender_error(self, account: Account, sender: str | None) -> str | None:
        if sender is None or sender.lower() == "mybrand":
            return None
        lease = self.leases.get(sender)
        return None if lease is not None and lease.account is account else "BAD_CALLER_ID"

    def plan_send(
        self,
        account: Account,
        text: str,
        *,
        to: list[str] | None = None,
        list_id: int | None = None,
        sender: str | None = None,
        delay: int | None = None,
        validity: int | None = None,
        mobiles: frozenset[str] = frozenset(),
    ) -> SendPlan:
        """send-sms, checked in the order of its description; ``mobiles`` are the valid numbers of ``to``."""
        if len(text) > MAX_CHARACTERS:
            return SendPlan("FIELD_INVALID")
        if (error := self._sender_error(account, sender)) is not None:
            return SendPlan(error)
        targets: list[tuple[str, dict[str, str]]]
        if list_id is not None:
            contact_list = self._list(account, list_id)
            if contact_list is None:
                return SendPlan("NOT_FOUND")
            members = contact_list.active()
            if not members:
                return SendPlan("LIST_EMPTY")
            targets = [
                (m.msisdn, {"firstname": m.first_name, "lastname": m.last_name, "mobile": m.msisdn}) for m in members
            ]
        else:
            numbers = list(dict.fromkeys(n for n in to or [] if n in mobiles))
            if not numbers:
                return SendPlan("RECIPIENTS_ERROR")
            targets = [(n, {"mobile": n}) for n in numbers]
        send_at = self.now + timedelta(seconds=delay) if delay and delay > 0 else self.now
        kept = [(n, values) for n, values in targets if n not in account.optouts]
        recipients = {
            n: Recipient(n, parts_of(personalised(text, values)).parts, outcome(n, send_at, validity))
            for n, values in kept
        }
        cost = sum(r.parts for r in recipients.values()) * account.price
        if not account.payer.can_afford(cost):
            return SendPlan("LEDGER_ERROR")
        return SendPlan(None, recipients, len(targets) - len(kept), cost, send_at)

    def apply_send(self, account: Account, message_id: int, plan: SendPlan, numeric_sender: bool) -> Message:
        assert plan.send_at is not None
        payer = account.payer
        payer.post(-plan.cost, MESSAGE_SEND)
        message = Message(
            message_id,
            account,
            payer,
            plan.send_at,
            next(self._order),
            plan.recipients,
            plan.suppressed,
            numeric_sender,
            plan.cost,
        )
        self.messages[message_id] = message
        return message

    def check_cancel(self, account: Account, message_id: int) -> str | None:
        message = self.messages.get(message_id)
        if message is None or message.account is not account or message.cancelled:
            return "NOT_FOUND"
        return "ALREADY_SENT" if message.send_at <= self.now else None

    def apply_cancel(self, message_id: int) -> None:
        message = self.messages[message_id]
        message.cancelled = True
        message.payer.post(message.cost, REFUND)

    # ------------------------------------------------------------------ replies

    def reply_target(self, handset: str) -> Message | None:
        """The message a handset's reply answers: the latest sent to it from a number, by anyone."""
        sent = [
            m
            for m in self.messages.values()
            if handset in m.recipients and m.numeric_sender and not m.cancelled and m.send_at <= self.now
        ]
        return max(sent, key=lambda m: (m.send_at, m.order), default=None)

    def apply_reply(self, message: Message, handset: str, text: str) -> None:
        message.responses += 1
        message.recipients[handset].responses += 1
        if is_stop(text):  # the Global Opt-Out is on for every account here
            account = message.account
            account.optouts.add(handset)
            self._deactivate(self._lists_of(account), handset, "optout")
            message.recipients[handset].optout = True

    # ------------------------------------------------------------------ numbers and time

    def check_lease(self, account: Account) -> tuple[str | None, str | None]:
        free = next((n for n in NUMBER_POOL if n not in self.leases), None)
        if free is None:
            return "NOT_FOUND", None
        return (None if account.payer.can_afford(account.number_price) else "LEDGER_ERROR"), free

    def apply_lease(self, account: Account, number: str) -> Lease:
        account.payer.post(-account.number_price, NUMBER_LEASE)
        lease = Lease(number, account, months_later(self.now.date()))
        self.leases[number] = lease
        return lease

    def advance(self, seconds: int) -> None:
        """Move the clock on; leases whose charge falls due renew (or go, when unpaid), month by month."""
        self.now += timedelta(seconds=seconds)
        today = self.now.date()
        while due := sorted(n for n, lease in self.leases.items() if lease.next_charge <= today):
            for number in due:
                lease = self.leases[number]
                payer = lease.account.payer
                if payer.can_afford(lease.account.number_price):
                    payer.post(-lease.account.number_price, NUMBER_LEASE)
                    lease.next_charge = months_later(lease.next_charge)
                else:
                    del self.leases[number]
