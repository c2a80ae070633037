"""Sending messages: recipients, sender IDs, personalisation, parts, charging, scheduling, cancelling.

Contract: ``send(tx, account, SendRequest(...))`` applies send-sms's rules in order: the sender
must be the account's (BAD_CALLER_ID); recipients come from ``to`` (invalid numbers skipped,
duplicates merged, RECIPIENTS_ERROR when none is left) or from a list's active contacts
(NOT_FOUND, LIST_EMPTY); numbers on the Global Opt-Out list are suppressed and counted; each
recipient's text is personalised and its parts counted; the total is charged (LEDGER_ERROR when the
balance is short, and then nothing is sent). Every recipient's delivery outcome is planned at once
(``delivery.plan``) from the send time, which is ``send_at`` when it lies in the future.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from ..store.db import MAX_INT64, Tx, fmt_time
from . import billing, delivery, lists, numbers, optouts, phones
from .accounts import Account, sender_ids
from .encoding import ALWAYS_ONE_PART, count_parts
from .errors import AlreadySent, BadCallerId, FieldEmpty, FieldInvalid, ListEmpty, NoAccess, NotFound, RecipientsError
from .links import TRACK_PREFIX, UNSUB_PREFIX, new_code

TRACKED_LINK = "[tracked-link]"
UNSUB_LINK = "[unsub-reply-link]"
MESSAGE_NOT_FOUND = "Message with such id does not exist."
_TOKEN = re.compile(r"\[([^\[\]]{1,100})\]")
_RECIPIENT_COLUMNS = (
    "message_id", "account_id", "msisdn", "first_name", "last_name", "text", "parts", "sender", "status",
    "final_status", "due_at", "pending_dlr_at", "link_code", "unsub_code",
)  # fmt: skip


@dataclass(frozen=True)
class SendRequest:
    text: str
    to: tuple[str, ...] = ()
    list_id: int | None = None
    region: str | None = None
    sender: str | None = None
    send_at: datetime | None = None
    validity: int | None = None
    replies_to_email: str | None = None
    tracked_link_url: str | None = None
    link_hits_callback: str | None = None
    dlr_callback: str | None = None
    reply_callback: str | None = None
    kind: str = "api"


@dataclass(frozen=True)
class Message:
    id: int
    account_id: int
    kind: str
    text: str
    sender: str | None
    list_id: int | None
    list_name: str | None
    send_at: str
    cancelled: bool
    validity: int
    recipients: int
    sms: int
    cost: int
    suppressed: int
    reply_callback: str | None
    replies_to_email: str | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Message:
        return cls(
            id=row["id"],
            account_id=row["account_id"],
            kind=row["kind"],
            text=row["text"],
            sender=row["sender"],
            list_id=row["list_id"],
            list_name=row["list_name"],
            send_at=row["send_at"],
            cancelled=bool(row["cancelled"]),
            validity=row["validity"],
            recipients=row["recipients"],
            sms=row["sms"],
            cost=row["cost"],
            suppressed=row["suppressed"],
            reply_callback=row["reply_callback"],
            replies_to_email=row["replies_to_email"],
        )

    def status(self, now_text: str) -> str:
        if self.cancelled:
            return "cancelled"
        return "scheduled" if self.send_at > now_text else "completed"


class Target(NamedTuple):
    """One recipient of a send (a named tuple: a send to a list makes one per member, issue 11)."""

    msisdn: str
    first_name: str | None = None
    last_name: str | None = None
    values: tuple[tuple[str, str], ...] = ()


def find(tx: Tx, message_id: int) -> Message | None:
    if not 0 < message_id <= MAX_INT64:
        return None
    row = tx.one("SELECT * FROM messages WHERE id = ?", (message_id,))
    return Message.from_row(row) if row else None


def readable(tx: Tx, account: Account, message_id: int) -> Message:
    """The account's message; NOT_FOUND if it does not exist, NO_ACCESS if it is another account's."""
    found = find(tx, message_id)
    if found is None:
        raise NotFound(MESSAGE_NOT_FOUND)
    if found.account_id != account.id:
        raise NoAccess.to("message")
    return found


def check_sender(tx: Tx, account: Account, sender: str | None) -> str | None:
    """The sender to use, as stored; BAD_CALLER_ID unless it is the account's to use."""
    if sender is None:
        return None
    if sender.lstrip("+").isdigit():
        number = sender.lstrip("+")
        leased = numbers.find(tx, number)
        if (leased is not None and leased.account_id == account.id) or number in sender_ids(tx, account.id)[
            "mobile_number"
        ]:
            return number
        raise BadCallerId()
    for name in sender_ids(tx, account.id)["business_name"]:
        if name.lower() == sender.lower():
            return name
    raise BadCallerId()


def _targets_from_numbers(raw_numbers: Iterable[str], region: str | None) -> list[Target]:
    seen: dict[str, Target] = {}
    for raw in raw_numbers:
        e164 = phones.mobile_e164(raw, region)
        if e164 is not None and e164 not in seen:
            seen[e164] = Target(e164)
    if not seen:
        raise RecipientsError()
    return list(seen.values())


class Personaliser:
    """Replaces ``[firstname]``, ``[lastname]``, ``[mobile]`` and ``[<custom field>]`` (any case) in one
    message's text, for each of its recipients; an unknown ``[token]`` stays as it is.

    The text is split at its tokens once per message, so that each recipient costs a join, not a
    pass of the pattern (issue 11). A built-in value wins over a custom field of the same name; a
    first or last name that is unknown (None) leaves the token to a custom field of that name.
    """

    def __init__(self, text: str) -> None:
        pieces = _TOKEN.split(text)  # literal, token, literal, token, ..., literal
        self.literals = pieces[0::2]
        self.tokens = [(token.lower(), f"[{token}]") for token in pieces[1::2]]

    @property
    def constant(self) -> bool:
        """Whether the text has no token: every recipient gets it unchanged."""
        return not self.tokens

    def __call__(self, target: Target) -> str:
        literals = self.literals
        text = literals[0]
        for n, (key, original) in enumerate(self.tokens, 1):
            text += _value_of(target, key, original) + literals[n]
        return text


def _value_of(target: Target, key: str, original: str) -> str:
    if key == "mobile":
        return target.msisdn
    if key == "firstname" and target.first_name is not None:
        return target.first_name
    if key == "lastname" and target.last_name is not None:
        return target.last_name
    return next((value for name, value in target.values if name.lower() == key), original)


def send(tx: Tx, account: Account, request: SendRequest) -> Message:
    """send-sms: check, charge and record a message; see the module's contract."""
    sender = check_sender(tx, account, request.sender)
    if request.text.count(TRACKED_LINK) > 1:
        raise FieldInvalid.named("message", f"may contain {TRACKED_LINK} only once")
    if TRACKED_LINK in request.text and not request.tracked_link_url:
        raise FieldEmpty.named("tracked_link_url")
    list_ref: lists.ContactList | None = None
    if request.list_id is not None:
        list_ref = lists.get(tx, account.id, request.list_id)
        targets = [Target(*member) for member in lists.active_recipients(tx, list_ref)]
        if not targets:
            raise ListEmpty()
    else:
        targets = _targets_from_numbers(request.to, request.region)
    return dispatch(tx, account, request, targets, sender, list_ref)


def dispatch(
    tx: Tx,
    account: Account,
    request: SendRequest,
    targets: list[Target],
    sender: str | None,
    list_ref: lists.ContactList | None = None,
) -> Message:
    """Record, plan and charge a message to ``targets`` (already checked) from ``sender``."""
    send_at = request.send_at if request.send_at is not None and request.send_at > tx.now else tx.now
    send_at_text = fmt_time(send_at)
    validity = request.validity or delivery.DEFAULT_VALIDITY_MINUTES
    opted_out = optouts.numbers(tx, account.id) if account.goo_enabled else frozenset()
    kept = [t for t in targets if t.msisdn not in opted_out]
    payer = billing.payer_of(tx, account)
    message_id = tx.insert(
        """INSERT INTO messages (account_id, payer_id, kind, text, sender, list_id, list_name, send_at, created,
               validity, recipients, sms, cost, suppressed, dlr_callback, reply_callback, link_hits_callback,
               tracked_link_url, replies_to_email)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?)""",
        (
            account.id,
            payer.id,
            request.kind,
            request.text,
            sender,
            list_ref.id if list_ref else None,
            list_ref.name if list_ref else None,
            send_at_text,
            tx.now_text,
            validity,
            len(targets) - len(kept),
            request.dlr_callback,
            request.reply_callback,
            request.link_hits_callback,
            request.tracked_link_url,
            request.replies_to_email,
        ),
    )
    # The per-recipient loop is the cost of a large send (issue 11): what is the same for every
    # recipient is worked out once per message (the plan of each delivery rule, the text's
    # tokens), and parts are counted once per distinct text.
    planner = delivery.Planner(send_at, validity)
    personalise = Personaliser(request.text)
    parts_of: dict[str, int] = {}
    total_parts = 0
    rows = []
    for target in kept:
        text = request.text if personalise.constant else personalise(target)
        link_code = unsub_code = None
        if TRACKED_LINK in text:
            link_code = new_code(tx)
            text = text.replace(TRACKED_LINK, TRACK_PREFIX + link_code)
        if UNSUB_LINK in text:
            unsub_code = new_code(tx)
            text = text.replace(UNSUB_LINK, UNSUB_PREFIX + unsub_code)
        if len(text) <= ALWAYS_ONE_PART:
            parts = 1
        elif (parts := parts_of.get(text, 0)) == 0:
            parts = parts_of[text] = count_parts(text).parts
        total_parts += parts
        final_status, due_at, pending_dlr_at = planner(target.msisdn)
        rows.append(
            (
                message_id,
                account.id,
                target.msisdn,
                target.first_name,
                target.last_name,
                text,
                parts,
                sender or numbers.shared_sender(target.msisdn),
                "pending",
                final_status,
                due_at,
                pending_dlr_at,
                link_code,
                unsub_code,
            )
        )
    tx.insert_rows("recipients", _RECIPIENT_COLUMNS, rows)
    cost = total_parts * account.sms_price
    tx.exec(
        "UPDATE messages SET recipients = ?, sms = ?, cost = ? WHERE id = ?", (len(kept), total_parts, cost, message_id)
    )
    label = "Campaign" if list_ref else ("Keyword" if request.kind == "keyword" else "API")
    billing.debit(tx, payer, cost, billing.MESSAGE_SEND, f"Message Send ({label} - {len(kept)})", message_id)
    # The message as just written (what ``find`` would read back), without reading it back.
    return Message(
        id=message_id,
        account_id=account.id,
        kind=request.kind,
        text=request.text,
        sender=sender,
        list_id=list_ref.id if list_ref else None,
        list_name=list_ref.name if list_ref else None,
        send_at=send_at_text,
        cancelled=False,
        validity=validity,
        recipients=len(kept),
        sms=total_parts,
        cost=cost,
        suppressed=len(targets) - len(kept),
        reply_callback=request.reply_callback,
        replies_to_email=request.replies_to_email,
    )


def send_one(tx: Tx, account: Account, text: str, msisdn: str, sender: str, kind: str) -> Message | None:
    """An automatic message (keyword or number auto-reply); None when the balance cannot pay for it."""
    request = SendRequest(text=text, to=(msisdn,), sender=sender, kind=kind)
    payer = billing.payer_of(tx, account)
    if not billing.can_afford(tx, payer, count_parts(text).parts * account.sms_price):
        return None
    return dispatch(tx, account, request, [Target(msisdn)], sender)


def cancel(tx: Tx, account: Account, message_id: int) -> Message:
    """cancel-sms: cancel a message scheduled in the future and refund its cost."""
    message = find(tx, message_id)
    if message is None or message.account_id != account.id or message.cancelled:
        raise NotFound(MESSAGE_NOT_FOUND)
    if message.send_at <= tx.now_text:
        raise AlreadySent()
    tx.exec("UPDATE messages SET cancelled = 1 WHERE id = ?", (message.id,))
    tx.exec(
        "UPDATE recipients SET status = 'cancelled', due_at = NULL, pending_dlr_at = NULL WHERE message_id = ?",
        (message.id,),
    )
    payer_id = int(tx.scalar("SELECT payer_id FROM messages WHERE id = ?", (message.id,)))
    if message.cost:
        billing.credit(tx, payer_id, message.cost, billing.REFUND, f"Message Refund ({message.recipients})", message.id)
    found = find(tx, message.id)
    assert found is not None
    return found
