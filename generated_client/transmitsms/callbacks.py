# Generated from spec/ (the OpenAPI spec) by generator/ (openapi-python-client 0.29.1); do not edit: run make generate.
"""Callbacks: the GET requests the service sends to your URLs, read into typed payloads.

    >>> from transmitsms.callbacks import parse_dlr
    >>> dlr = parse_dlr("https://example.com/dlr?message_id=331694668&mobile=61438333061"
    ...                 "&datetime=2020-05-16+12:10:00&status=delivered&user_id=123456")
    >>> dlr.status, dlr.datetime.isoformat()
    (<DlrCallbackStatus.DELIVERED: 'delivered'>, '2020-05-16T12:10:00+00:00')

Each ``parse_*`` function takes the full URL of the request, its query string, or its query as a
mapping (``request.query_params``), and returns a frozen payload: IDs and numbers as ``int``,
times as UTC-aware ``datetime``, ``is_optout`` as ``bool``, statuses as open enums (an unknown
status is kept, ``is_known`` False). Parameters the spec does not describe (those of your own
URL, a list's custom fields) are kept in ``extra``. A missing or malformed field raises
``MalformedCallbackError`` naming it.

* ``parse_dlr`` -> ``DlrCallback``: Delivery receipt (DLR).
* ``parse_reply`` -> ``ReplyCallback``: Reply or inbound message.
* ``parse_link_hit`` -> ``LinkHitCallback``: Tracked-link hit.
* ``parse_list_action`` -> ``ListActionCallback``: Contact added to or removed from a list.
* ``parse_callback`` recognises the kind by the required parameters present.

**Signed URLs.** The service does not sign callbacks: ``CallbackSigner`` (or ``sign_callback_url``
and ``verify_callback_url``) puts an HMAC token of your own in the URLs you give it and checks it,
in constant time, on the requests that come back: the path and every parameter of your URL,
nothing after the token standing in for them, an expiry and several keys (rotation).
``signer.parse(url, parse_dlr)`` verifies and reads in one step, the token left out of ``extra``;
a ``MemoryReplayGuard`` (or a shared ``ReplayGuard`` of your own) refuses a request it has seen.

**At least once.** A callback is sent again until your URL answers 2xx, so an event may arrive
more than once (after your error or a lost answer, and rarely after the sender's restart).
``dedupe_key(callback)`` identifies the event, from the fields the spec names for each kind
(``EVENT_KEYS``): record the keys you have acted on, and skip a callback whose key you have.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final, TypeAlias

from attrs import define, field

from ._runtime.callback_tokens import (
    CallbackReplayError,
    CallbackSigner,
    CallbackVerificationError,
    VerifiedCallback,
    sign_callback_url,
    verify_callback_url,
)
from ._runtime.callbacks import (
    DEFAULT_TOKEN_PARAM,
    CallbackField,
    CallbackSource,
    FieldKind,
    event_key,
    matching_kinds,
    parse_payload,
    query_items,
)
from ._runtime.enums import OpenStrEnum
from ._runtime.exceptions import MalformedCallbackError
from ._runtime.replay import MemoryReplayGuard, ReplayGuard

__all__ = [
    "DEFAULT_TOKEN_PARAM",
    "EVENT_KEYS",
    "Callback",
    "CallbackReplayError",
    "CallbackSigner",
    "CallbackSource",
    "CallbackVerificationError",
    "MalformedCallbackError",
    "MemoryReplayGuard",
    "ReplayGuard",
    "VerifiedCallback",
    "DlrCallback",
    "DlrCallbackStatus",
    "parse_dlr",
    "ReplyCallback",
    "parse_reply",
    "LinkHitCallback",
    "parse_link_hit",
    "ListActionCallback",
    "ListActionCallbackType",
    "parse_list_action",
    "dedupe_key",
    "parse_callback",
    "sign_callback_url",
    "verify_callback_url",
]


class DlrCallbackStatus(OpenStrEnum):
    """`delivered`: delivered to the handset. `pending`: no report from the carrier yet (allow up to 72 hours, or use
    `validity`). `soft-bounce`: undeliverable for now (handset off, out of range, network trouble) or expired.
    `hard-bounce`: the number is invalid or disconnected."""

    DELIVERED = "delivered"
    PENDING = "pending"
    SOFT_BOUNCE = "soft-bounce"
    HARD_BOUNCE = "hard-bounce"


@define(frozen=True)
class DlrCallback:
    """Delivery receipt (DLR).

    The query parameters of a delivery receipt callback. Parameters of your own URL arrive alongside and are kept as
    additional properties.

    A carrier's delivery report for one recipient of a message, sent to the message's
    `dlr_callback`, else to the account's default DLR URL. Each recipient's message gets one
    final receipt (`delivered`, `soft-bounce` or `hard-bounce`); `pending` may precede it.

    Example:
    `https://www.myserver.com/processdlr.php?myparameter=myvalue&message_id=331694668&mobile=61438333061&datetime=2020-05-16
    12:10:00&status=delivered&user_id=123456`

    Failed deliveries are retried after 1 minute, 5 minutes, 1 hour and 24 hours.

    Attributes:
        message_id: The message's ID.
        mobile: The recipient's number.
        datetime: When the message was delivered (or bounced), UTC.
        status: `delivered`: delivered to the handset. `pending`: no report from the carrier yet (allow up to 72
            hours, or use `validity`). `soft-bounce`: undeliverable for now (handset off, out of range, network
            trouble) or expired. `hard-bounce`: the number is invalid or disconnected.
        user_id: The account's ID. None when absent.
        longcode: The sender the message was sent from. Listed by the vendor's product document, not by the API
            reference. None when absent.
        extra: The parameters the spec does not describe, by name (your URL's own, a list's custom fields).
    """

    message_id: int
    mobile: int
    datetime: _dt.datetime
    status: DlrCallbackStatus
    user_id: int | None = None
    longcode: str | None = None
    extra: dict[str, str] = field(factory=dict)


_DLR_FIELDS: Final = (
    CallbackField("message_id", "message_id", FieldKind.INTEGER, True),
    CallbackField("mobile", "mobile", FieldKind.INTEGER, True),
    CallbackField("datetime", "datetime", FieldKind.DATETIME, True),
    CallbackField("status", "status", FieldKind.ENUM, True, DlrCallbackStatus),
    CallbackField("user_id", "user_id", FieldKind.INTEGER, False),
    CallbackField("longcode", "longcode", FieldKind.TEXT, False),
)


def parse_dlr(source: CallbackSource) -> DlrCallback:
    """Read a ``dlr`` callback (Delivery receipt (DLR)) from its URL, query string or query mapping.

    Raises:
        MalformedCallbackError: a required parameter is missing or a value cannot be read.
    """
    return parse_payload(DlrCallback, _DLR_FIELDS, source, event="dlr callback")


@define(frozen=True)
class ReplyCallback:
    """Reply or inbound message.

    The query parameters of a reply callback. Parameters of your own URL arrive alongside and are kept as additional
    properties.

    A message received from a handset: a reply to a message (sent to the message's
    `reply_callback`, else to the Forward-to URL of the virtual number or keyword, else to the
    account default), or an inbound message on a virtual number that answers no message
    (Forward-to URL of the number or keyword, else the account default). `is_optout=yes`
    flags an opt-out (`STOP`).

    Example:
    `https://www.myserver.com/processreply.php?myparameter=myvalue&user_id=54911&message_id=331695745&response=This
    is my reply&response_id=35566670&mobile=61438333061&longcode=61429997672&datetime_entry=2020-05-16
    12:10:00&is_optout=no`

    Failed deliveries are retried after 1 minute, 5 minutes, 1 hour and 24 hours.

    Attributes:
        user_id: The account's ID. None when absent.
        message_id: The message replied to; `0` or absent for an inbound message that answers none. None when
            absent.
        mobile: The sender's number.
        longcode: The number the message was sent to.
        datetime_entry: When the message was received, UTC.
        response: The text of the message.
        response_id: The ID of the received message (as `id` in get-sms-responses). None when absent.
        is_optout: `yes` when the message opted the sender out (`STOP`).
        extra: The parameters the spec does not describe, by name (your URL's own, a list's custom fields).
    """

    mobile: int
    longcode: int
    datetime_entry: _dt.datetime
    response: str
    is_optout: bool
    user_id: int | None = None
    message_id: int | None = None
    response_id: int | None = None
    extra: dict[str, str] = field(factory=dict)


_REPLY_FIELDS: Final = (
    CallbackField("user_id", "user_id", FieldKind.INTEGER, False),
    CallbackField("message_id", "message_id", FieldKind.INTEGER, False),
    CallbackField("mobile", "mobile", FieldKind.INTEGER, True),
    CallbackField("longcode", "longcode", FieldKind.INTEGER, True),
    CallbackField("datetime_entry", "datetime_entry", FieldKind.DATETIME, True),
    CallbackField("response", "response", FieldKind.TEXT, True),
    CallbackField("response_id", "response_id", FieldKind.INTEGER, False),
    CallbackField("is_optout", "is_optout", FieldKind.YES_NO, True),
)


def parse_reply(source: CallbackSource) -> ReplyCallback:
    """Read a ``reply`` callback (Reply or inbound message) from its URL, query string or query mapping.

    Raises:
        MalformedCallbackError: a required parameter is missing or a value cannot be read.
    """
    return parse_payload(ReplyCallback, _REPLY_FIELDS, source, event="reply callback")


@define(frozen=True)
class LinkHitCallback:
    """Tracked-link hit.

    The query parameters of a link-hits callback. Parameters of your own URL arrive alongside and are kept as
    additional properties.

    A click on a message's `[tracked-link]`, sent to the message's `link_hits_callback`, else
    to the account's default link-hits URL.

    Failed deliveries are retried after 1 minute, 5 minutes, 1 hour and 24 hours.

    Attributes:
        list_id: The list the message was sent to (`0` when none). None when absent.
        message_id: The message's ID.
        mobile: The number of the recipient who clicked.
        longcode: The sender the message was sent from (a number or an alphanumeric sender). None when absent.
        datetime: When the click was recorded, UTC.
        message: The text of the message as sent to this recipient. None when absent.
        user_id: The account's ID. None when absent.
        link_hits: How many times this recipient has clicked.
        firstname: The first name of the contact who clicked. None when absent.
        lastname: The last name of the contact who clicked. None when absent.
        rate: Undocumented; present in the reference's example. None when absent.
        extra: The parameters the spec does not describe, by name (your URL's own, a list's custom fields).
    """

    message_id: int
    mobile: int
    datetime: _dt.datetime
    link_hits: int
    list_id: int | None = None
    longcode: str | None = None
    message: str | None = None
    user_id: int | None = None
    firstname: str | None = None
    lastname: str | None = None
    rate: str | None = None
    extra: dict[str, str] = field(factory=dict)


_LINK_HIT_FIELDS: Final = (
    CallbackField("list_id", "list_id", FieldKind.INTEGER, False),
    CallbackField("message_id", "message_id", FieldKind.INTEGER, True),
    CallbackField("mobile", "mobile", FieldKind.INTEGER, True),
    CallbackField("longcode", "longcode", FieldKind.TEXT, False),
    CallbackField("datetime", "datetime", FieldKind.DATETIME, True),
    CallbackField("message", "message", FieldKind.TEXT, False),
    CallbackField("user_id", "user_id", FieldKind.INTEGER, False),
    CallbackField("link_hits", "link_hits", FieldKind.INTEGER, True),
    CallbackField("firstname", "firstname", FieldKind.TEXT, False),
    CallbackField("lastname", "lastname", FieldKind.TEXT, False),
    CallbackField("rate", "rate", FieldKind.TEXT, False),
)


def parse_link_hit(source: CallbackSource) -> LinkHitCallback:
    """Read a ``link-hit`` callback (Tracked-link hit) from its URL, query string or query mapping.

    Raises:
        MalformedCallbackError: a required parameter is missing or a value cannot be read.
    """
    return parse_payload(LinkHitCallback, _LINK_HIT_FIELDS, source, event="link-hit callback")


class ListActionCallbackType(OpenStrEnum):
    """`add` when the contact was added, `delete` when it was removed."""

    ADD = "add"
    DELETE = "delete"


@define(frozen=True)
class ListActionCallback:
    """Contact added to or removed from a list.

    The query parameters of a list action callback. The list's custom fields arrive as parameters named after the
    fields, kept as additional properties with any parameters of your own URL.

    A change of a list's membership, sent to the list's Forward-to URL (set-list-callback or
    the list's AUTOMATION settings). The list's custom fields are added as parameters named
    after the fields.

    Example: `https://www.myserver.com/processdlr.php?Carrier=Telstra&Email=harrisondown06@gmail.com&Handset=iPhone
    7&datetime_entry=2020-05-16
    13:13:20&firstname=Harrison&lastname=Down&list_id=4026600&mobile=61447775960&type=delete`

    Failed deliveries are retried after 1 minute, 5 minutes, 1 hour and 24 hours.

    Attributes:
        type: `add` when the contact was added, `delete` when it was removed.
        datetime_entry: When the change happened, UTC.
        list_id: The list's ID.
        mobile: The contact's number.
        firstname: The contact's first name. None when absent.
        lastname: The contact's last name. None when absent.
        extra: The parameters the spec does not describe, by name (your URL's own, a list's custom fields).
    """

    type: ListActionCallbackType
    datetime_entry: _dt.datetime
    list_id: int
    mobile: int
    firstname: str | None = None
    lastname: str | None = None
    extra: dict[str, str] = field(factory=dict)


_LIST_ACTION_FIELDS: Final = (
    CallbackField("type", "type", FieldKind.ENUM, True, ListActionCallbackType),
    CallbackField("datetime_entry", "datetime_entry", FieldKind.DATETIME, True),
    CallbackField("list_id", "list_id", FieldKind.INTEGER, True),
    CallbackField("mobile", "mobile", FieldKind.INTEGER, True),
    CallbackField("firstname", "firstname", FieldKind.TEXT, False),
    CallbackField("lastname", "lastname", FieldKind.TEXT, False),
)


def parse_list_action(source: CallbackSource) -> ListActionCallback:
    """Read a ``list-action`` callback (Contact added to or removed from a list) from its URL, query string or query mapping.

    Raises:
        MalformedCallbackError: a required parameter is missing or a value cannot be read.
    """
    return parse_payload(ListActionCallback, _LIST_ACTION_FIELDS, source, event="list-action callback")


#: Any callback payload.
Callback: TypeAlias = DlrCallback | ReplyCallback | LinkHitCallback | ListActionCallback

_REQUIRED: Final = {
    "dlr": frozenset(
        {
            "message_id",
            "mobile",
            "datetime",
            "status",
        }
    ),
    "reply": frozenset(
        {
            "mobile",
            "longcode",
            "datetime_entry",
            "response",
            "is_optout",
        }
    ),
    "link-hit": frozenset(
        {
            "message_id",
            "mobile",
            "datetime",
            "link_hits",
        }
    ),
    "list-action": frozenset(
        {
            "type",
            "datetime_entry",
            "list_id",
            "mobile",
        }
    ),
}


#: The attributes that identify one event of each kind (the spec's ``x-event-key``), digested by ``dedupe_key``.
EVENT_KEYS: Final = {
    "dlr": (
        "message_id",
        "mobile",
        "status",
        "datetime",
    ),
    "reply": (
        "mobile",
        "longcode",
        "datetime_entry",
        "response",
        "response_id",
    ),
    "link-hit": (
        "message_id",
        "mobile",
        "link_hits",
        "datetime",
    ),
    "list-action": (
        "list_id",
        "mobile",
        "type",
        "datetime_entry",
    ),
}

_EVENTS: Final = {
    DlrCallback: "dlr",
    ReplyCallback: "reply",
    LinkHitCallback: "link-hit",
    ListActionCallback: "list-action",
}


def dedupe_key(callback: Callback) -> str:
    """What identifies the event a callback reports: equal for every delivery of one event.

    Callbacks are delivered at least once: the service sends one again when your URL did not
    answer 2xx in time, and may (rarely) send one twice. Act on a callback only if its key is new
    to you, and record the key in the same transaction as what you do (a unique column)::

        key = dedupe_key(parse_dlr(request.url))  # "dlr:3f9a..."
        if not already_done(key): ...

    The key covers the kind and the fields of ``EVENT_KEYS`` (``dlr``: the message, the number,
    the status and its time: a ``pending`` receipt and the final one are two events), never your
    own parameters.

    Raises:
        TypeError: ``callback`` is not a payload of this module.
    """
    event = _EVENTS.get(type(callback))
    if event is None:
        raise TypeError(f"not a callback payload: {type(callback).__name__}")
    return event_key(event, EVENT_KEYS[event], callback)


def parse_callback(source: CallbackSource) -> Callback:
    """Read a callback of any kind, recognised by the required parameters it carries.

    Prefer the specific ``parse_*`` function when the URL tells you the kind (one URL per kind).

    Raises:
        MalformedCallbackError: the parameters match no kind, or several, or a value cannot be read.
    """
    kinds = matching_kinds((name for name, _ in query_items(source)), _REQUIRED)
    if kinds == ["dlr"]:
        return parse_dlr(source)
    if kinds == ["reply"]:
        return parse_reply(source)
    if kinds == ["link-hit"]:
        return parse_link_hit(source)
    if kinds == ["list-action"]:
        return parse_list_action(source)
    if not kinds:
        raise MalformedCallbackError("the parameters match no known callback (DLR, reply, link hit, list action)")
    raise MalformedCallbackError(f"the parameters match several kinds of callback: {', '.join(kinds)}")
