"""``client.sms.send_bulk``: one message to any number of recipients, resumable, never sent twice.

Contract. ``send_bulk(recipients, message=..., journal=PATH, ...)`` (``SmsBulkMixin``; awaited on
``AsyncSmsBulkMixin``):

1. **Plans** the job: reads the recipients (``recipients.read_recipients``), leaves out inputs that
   are not numbers and repeated numbers, personalises the message per row (``[Field]``), groups
   the recipients by their text and cuts each group into chunks of at most ``chunk_size`` (500,
   the API's limit for one send-sms). A new journal records the plan; an existing one must hold
   the same plan (``JournalError`` otherwise) and is resumed.
2. **Sends** each ``planned`` chunk with one ``client.sms.send`` call, through the client's rate
   limiter and retry policy (which never repeats a write that may have reached the service).
   The journal says ``sending`` before the request leaves; then ``sent`` (message id, recipients,
   cost), ``failed`` (the error code: nothing was sent) or ``in_doubt`` (no answer, an unreadable
   answer, or HTTP 5xx: the service may have acted). A run stops early, leaving the rest
   ``planned``, on errors every later chunk would meet too (credentials, ``LEDGER_ERROR``, the
   sender, the rate limit, the service unreachable, three answers missing in a row).
3. **Reconciles** each ``in_doubt`` chunk whose attempt ended at least ``reconcile_after`` seconds
   ago (so that a request still in the service's hands has landed), once per run. It lists, with
   get-user-sms-sent, every message sent since the chunk's *window floor* (a service time that had
   certainly passed before the attempt: the ``send_at`` of an earlier immediate chunk, or the
   newest message of the account when the job began) and keeps those to the chunk's recipients
   (by their last nine digits, so that a local number matches its international form). Each such
   message the journal does not already own is read with get-sms: one whose text is the chunk's
   (whitespace and case aside) proves the chunk **sent** (``reconciled``). None proves it **not
   sent**: had the request reached the service, each recipient it accepted would have a message
   of that text, and one it accepted none of (invalid, opted out) costs nothing to resend; the
   chunk goes back to ``planned`` and is sent again in the same run. Anything else (a report that
   fails, too many candidates, a scheduled send whose time the service has not reached) leaves it
   ``in_doubt``, with the reason in ``note``, for a later run or for the caller.
4. **Returns** a ``BulkSummary`` built from the journal: recipients sent, skipped (by reason),
   failed (by code), in doubt, still planned, the cost and the message ids.

So a recipient is sent at most once, and a recipient not sent is in ``summary.failed``,
``summary.in_doubt`` or ``summary.pending`` (its chunk's recipients in ``summary.chunks``). The
logic is written once, as a generator that yields the API calls it needs (``_Job.run``); a
blocking and an asyncio driver perform them with the client. The journal's writes are blocking
SQLite commits (a few milliseconds), also under asyncio.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict, Unpack

from .exceptions import (
    AccessDeniedError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    InsufficientFundsError,
    MalformedResponseError,
    RateLimitError,
    TransmitSMSError,
)
from .journal import FORMAT, Chunk, Journal, JournalError
from .recipients import RecipientSource, personalise, read_recipients

if TYPE_CHECKING:
    from .async_client import AsyncClient
    from .sync_client import SyncClient

__all__ = [
    "MAX_CHUNK_SIZE",
    "AsyncSmsBulkMixin",
    "BulkOptions",
    "BulkProgress",
    "BulkSummary",
    "ChunkReport",
    "SmsBulkMixin",
]

#: The most numbers one send-sms takes in ``to``.
MAX_CHUNK_SIZE: Final = 500
#: A lower bound of every report window: before any message of the service.
EPOCH: Final = "2000-01-01 00:00:00"
#: The upper bound of a reconciliation window (the service lists only what it has sent by now).
FAR_FUTURE: Final = "2999-12-31 23:59:59"
#: Default seconds an in-doubt chunk is left to settle before it is reconciled.
DEFAULT_RECONCILE_AFTER: Final = 120.0
#: Three sends in a row without an answer: the service (or the way to it) is down; stop and resume later.
MAX_DOUBTS_IN_A_ROW: Final = 3
#: More candidate messages than this to one chunk's recipients: too many to read, left in doubt.
MAX_CANDIDATES: Final = 50
#: Digits compared between a planned number and a reported one (see the contract).
MATCH_DIGITS: Final = 9
#: Error codes that every later chunk of the job would meet too: the run stops at the first.
JOB_WIDE_CODES: Final = frozenset({"LEDGER_ERROR", "BAD_CALLER_ID", "NO_ACCESS", "AUTH_FAILED", "AUTH_FAILED_NO_DATA"})
#: The send-sms arguments a bulk send passes on, as the generated ``sms.send`` names them.
SEND_ARGUMENTS: Final = (
    "from_",
    "send_at",
    "validity",
    "countrycode",
    "replies_to_email",
    "tracked_link_url",
    "link_hits_callback",
    "dlr_callback",
    "reply_callback",
)

_SERVICE_TIME = "%Y-%m-%d %H:%M:%S"


class BulkOptions(TypedDict, total=False):
    """The keyword arguments of ``send_bulk`` besides ``recipients``, ``message`` and ``journal``.

    ``from_``, ``send_at`` (``YYYY-MM-DD HH:MM:SS`` UTC, or a ``datetime``; naive means UTC),
    ``validity``, ``countrycode``, ``replies_to_email``, ``tracked_link_url``,
    ``link_hits_callback``, ``dlr_callback`` and ``reply_callback`` are send-sms's, sent with every
    chunk. ``number_field`` names the rows' number field (default: the first of
    ``recipients.NUMBER_FIELDS``). ``chunk_size`` (1 to 500, default 500). ``progress`` is called
    with a ``BulkProgress`` after each chunk. ``reconcile_after`` (seconds, default 120) and
    ``retry_failed`` (default True: a re-run sends ``failed`` chunks again, since nothing of them
    was sent) shape the resumption.
    """

    from_: str
    send_at: str | datetime
    validity: int
    countrycode: str
    replies_to_email: str
    tracked_link_url: str
    link_hits_callback: str
    dlr_callback: str
    reply_callback: str
    number_field: str
    chunk_size: int
    progress: Callable[[BulkProgress], None]
    reconcile_after: float
    retry_failed: bool


@dataclass(frozen=True, slots=True)
class BulkProgress:
    """Where a bulk send stands, passed to the ``progress`` callback after each chunk.

    ``done`` counts the recipients of the chunks settled so far (sent, failed or in doubt) out of
    ``total``, the recipients of the plan; ``phase`` is ``sending`` or ``reconciling``.
    """

    total: int
    done: int
    sent: int
    failed: int
    in_doubt: int
    chunks_total: int
    chunks_done: int
    phase: Literal["sending", "reconciling"]


@dataclass(frozen=True, slots=True)
class ChunkReport:
    """One chunk as the journal has it (see ``journal`` for the states)."""

    seq: int
    state: str
    recipients: tuple[str, ...]
    message_id: int | None
    recipients_sent: int | None
    cost: float | None
    reconciled: bool
    error_code: str | None
    error_description: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class BulkSummary:
    """What a bulk send has done so far, from its journal.

    Attributes:
        journal: The journal's path.
        recipients: Distinct valid numbers in the plan.
        sent: Recipients the service accepted (the sum of the sends' ``recipients``).
        skipped: Inputs not sent, by reason: ``invalid`` (not a number, or refused by the service),
            ``opted_out`` (on the Global Opt-Out list), ``duplicate`` (repeated in the input).
        failed: Recipients of ``failed`` chunks, by error code (nothing was sent to them).
        in_doubt: Recipients of chunks that may or may not have been sent (see ``chunks``).
        pending: Recipients of chunks not attempted yet (the run stopped early).
        cost: The total cost of the sends, in the account's currency.
        message_ids: The message of each sent chunk.
        chunks: Every chunk, in plan order.
        stopped: Why the run stopped before the end (the error's code and description), or None.
    """

    journal: str
    recipients: int
    sent: int
    skipped: Mapping[str, int]
    failed: Mapping[str, int]
    in_doubt: int
    pending: int
    cost: float
    message_ids: tuple[int, ...]
    chunks: tuple[ChunkReport, ...] = field(repr=False)
    stopped: str | None = None

    @property
    def complete(self) -> bool:
        """Whether every chunk is settled: sent or failed, none in doubt nor left to send."""
        return self.in_doubt == 0 and self.pending == 0


# ---------------------------------------------------------------------------------------- the plan


@dataclass(frozen=True, slots=True)
class _Plan:
    message: str
    options: dict[str, Any]
    chunks: tuple[tuple[str, tuple[str, ...]], ...]
    rejected: tuple[tuple[int, str, str], ...]
    fingerprint: str

    @property
    def scheduled_at(self) -> str | None:
        value = self.options.get("send_at")
        return str(value) if value is not None else None


def _service_time(value: str | datetime) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime(_SERVICE_TIME)
    return value


def _plan(recipients: RecipientSource, message: str, options: BulkOptions) -> _Plan:
    chunk_size = options.get("chunk_size", MAX_CHUNK_SIZE)
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be an integer from 1 to {MAX_CHUNK_SIZE}, got {chunk_size!r}")
    if not isinstance(message, str) or not message:
        raise ValueError("message must be a non-empty string")
    send: dict[str, Any] = {}
    given: Mapping[str, Any] = options
    for name in SEND_ARGUMENTS:
        value = given.get(name)
        if value is not None:
            send[name] = _service_time(value) if name == "send_at" else value
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    rejected: list[tuple[int, str, str]] = []
    for position, recipient in enumerate(read_recipients(recipients, options.get("number_field")), 1):
        if recipient.number is None:
            rejected.append((position, recipient.raw, "invalid"))
        elif recipient.number in seen:
            rejected.append((position, recipient.raw, "duplicate"))
        else:
            seen.add(recipient.number)
            groups.setdefault(personalise(message, recipient.fields), []).append(recipient.number)
    chunks = tuple(
        (text, tuple(numbers[i : i + chunk_size]))
        for text, numbers in groups.items()
        for i in range(0, len(numbers), chunk_size)
    )
    digest = hashlib.sha256(
        json.dumps([FORMAT, message, send, chunk_size, chunks, rejected], separators=(",", ":")).encode()
    ).hexdigest()
    return _Plan(message, send, chunks, tuple(rejected), digest)


# ---------------------------------------------------------------------------------------- the calls


@dataclass(frozen=True, slots=True)
class _Send:
    message: str
    to: str
    options: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class _ListSent:
    start: str
    end: str
    msisdn: str | None
    page: int
    max: int


@dataclass(frozen=True, slots=True)
class _GetMessage:
    message_id: int


@dataclass(frozen=True, slots=True)
class _GetOptouts:
    message_id: int


_Call = _Send | _ListSent | _GetMessage | _GetOptouts


@dataclass(frozen=True, slots=True)
class _Sent:
    message_id: int
    recipients: int
    sms: int
    cost: float
    send_at: str


@dataclass(frozen=True, slots=True)
class _Row:
    message_id: int
    msisdn: str
    sent_at: str


@dataclass(frozen=True, slots=True)
class _Page:
    rows: tuple[_Row, ...]
    page_count: int
    total: int


@dataclass(frozen=True, slots=True)
class _Message:
    message_id: int
    text: str
    recipients: int
    sms: int
    cost: float
    send_at: str


def _request(client: Any, call: _Call) -> Any:
    """The generated method call (not yet awaited, for the async client) that performs ``call``."""
    if isinstance(call, _Send):
        return client.sms.send(message=call.message, to=call.to, **call.options)
    if isinstance(call, _ListSent):
        extra = {} if call.msisdn is None else {"msisdn": call.msisdn}
        return client.reporting.get_user_sms_sent(start=call.start, end=call.end, page=call.page, max=call.max, **extra)
    if isinstance(call, _GetMessage):
        return client.reporting.get_sms(message_id=call.message_id)
    return client.reporting.get_sms_stats(message_id=call.message_id)


def _result(call: _Call, answer: Any) -> Any:
    """The engine's plain record of a generated model (the engine never sees a generated class)."""
    if isinstance(call, _Send):
        return _Sent(
            int(answer.message_id), int(answer.recipients), int(answer.sms), float(answer.cost), str(answer.send_at)
        )
    if isinstance(call, _ListSent):
        rows = tuple(_Row(int(m.message_id), str(m.msisdn), str(m.sent_at)) for m in answer.messages or ())
        return _Page(rows, int(answer.page.count), int(answer.total))
    if isinstance(call, _GetMessage):
        return _Message(
            int(answer.message_id),
            str(answer.message),
            int(answer.recipients),
            int(answer.sms),
            float(answer.cost),
            str(answer.send_at),
        )
    return int(answer.stats.opt_outs)


# ---------------------------------------------------------------------------------------- the engine

_Steps = Generator[_Call, Any, Any]


def _key(number: str) -> str:
    return number[-MATCH_DIGITS:]


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _minus_one_second(service_time: str) -> str:
    try:
        moment = datetime.strptime(service_time[:19], _SERVICE_TIME)
    except ValueError:
        return EPOCH
    return max(moment - timedelta(seconds=1), datetime(2000, 1, 1)).strftime(_SERVICE_TIME)


def _age(client_time: str | None) -> float:
    if client_time is None:
        return float("inf")
    then = datetime.strptime(client_time, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)
    return (datetime.now(UTC) - then).total_seconds()


class _Job:
    """One run of a bulk send over its journal (see the module's contract)."""

    def __init__(self, journal: Journal, plan: _Plan, options: BulkOptions) -> None:
        self.journal = journal
        self.plan = plan
        self.progress = options.get("progress")
        self.reconcile_after = float(options.get("reconcile_after", DEFAULT_RECONCILE_AFTER))
        self.retry_failed = bool(options.get("retry_failed", True))
        self.stopped: str | None = None
        self.doubts_in_a_row = 0

    def run(self) -> Generator[_Call, Any, BulkSummary]:
        self._open()
        reconciled: set[int] = set()
        while self.stopped is None:
            planned = self.journal.chunks("planned")
            if planned:
                yield from self._send_all(planned)
                continue
            due = [
                c
                for c in self.journal.chunks("in_doubt")
                if c.seq not in reconciled and _age(c.attempt_ended) >= self.reconcile_after
            ]
            if not due:
                break
            for chunk in due:
                reconciled.add(chunk.seq)
                yield from self._reconcile(chunk)
                self._report("reconciling")
        return self.summary()

    def _open(self) -> None:
        job = self.journal.job()
        plan = self.plan
        if job is None:
            self.journal.create(
                fingerprint=plan.fingerprint,
                message=plan.message,
                options=plan.options,
                chunks=plan.chunks,
                rejected=plan.rejected,
            )
        elif job.fingerprint != plan.fingerprint:
            raise JournalError(
                f"{self.journal.path} holds another bulk send (planned {job.created_at[:19]} UTC, "
                f"{job.recipients} recipients): resume it with the same recipients, message and options, "
                "or name a new journal file for a new send"
            )
        if self.retry_failed:
            for chunk in self.journal.chunks("failed"):
                self.journal.back_to_planned(chunk.seq, f"retrying after {chunk.error_code}")

    def _floor(self) -> str | None:
        job = self.journal.job()
        return job.service_floor if job is not None else None

    def _probe(self, *, stop_on_error: bool = True) -> Generator[_Call, Any, str | None]:
        """The send time of the account's newest message: a service time that has passed (or EPOCH).

        None when the report fails (and the run stops, when ``stop_on_error``).
        """
        try:
            page: _Page = yield _ListSent(EPOCH, FAR_FUTURE, None, 1, 1)
        except TransmitSMSError as exc:
            if stop_on_error:
                self._stop(exc)
            return None
        floor = page.rows[0].sent_at[:19] if page.rows else EPOCH
        self.journal.set_service_floor(floor)
        return floor

    def _stop(self, exc: TransmitSMSError) -> None:
        if isinstance(exc, APIError):
            self.stopped = f"{exc.code or f'HTTP {exc.status_code}'}: {exc.description}"
        else:
            self.stopped = str(exc)

    def _send_all(self, planned: list[Chunk]) -> _Steps:
        floor = self._floor()
        if floor is None:
            floor = yield from self._probe()
            if floor is None:
                return
        for chunk in planned:
            yield from self._send(chunk)
            self._report("sending")
            if self.stopped is not None:
                return

    def _send(self, chunk: Chunk) -> _Steps:
        floor = self._floor() or EPOCH
        self.journal.begin_attempt(chunk.seq, floor)
        try:
            sent: _Sent = yield _Send(chunk.text, ",".join(chunk.recipients), self.plan.options)
        except APIConnectionError as exc:
            if not exc.may_have_been_sent:
                self.journal.back_to_planned(chunk.seq, f"not sent: {exc}")
                self._stop(exc)
                return
            self._doubt(chunk, f"no answer: {exc}")
            return
        except MalformedResponseError as exc:
            self._doubt(chunk, f"an unreadable answer: {exc}")
            return
        except APIError as exc:
            if exc.status_code >= 500:
                self._doubt(chunk, f"HTTP {exc.status_code}: {exc.description}")
            elif isinstance(exc, RateLimitError | AuthenticationError):
                # Refused before it was acted on: still planned, and every later chunk would be refused too.
                self.journal.back_to_planned(chunk.seq, f"refused: {exc}")
                self._stop(exc)
            else:
                self.journal.mark_failed(chunk.seq, exc.code or f"HTTP {exc.status_code}", exc.description)
                if exc.code in JOB_WIDE_CODES or isinstance(exc, InsufficientFundsError | AccessDeniedError):
                    self._stop(exc)
            self.doubts_in_a_row = 0
            return
        except TransmitSMSError as exc:
            self.journal.back_to_planned(chunk.seq, f"not sent: {exc}")
            self._stop(exc)
            return
        self.doubts_in_a_row = 0
        self.journal.mark_sent(
            chunk.seq,
            message_id=sent.message_id,
            recipients_sent=sent.recipients,
            sms=sent.sms,
            cost=sent.cost,
            send_at=sent.send_at,
        )
        if self.plan.scheduled_at is None:
            self.journal.set_service_floor(sent.send_at[:19])
        if sent.recipients < chunk.size:
            yield from self._optouts(chunk.seq, sent.message_id)

    def _doubt(self, chunk: Chunk, reason: str) -> None:
        self.journal.mark_in_doubt(chunk.seq, reason)
        self.doubts_in_a_row += 1
        if self.doubts_in_a_row >= MAX_DOUBTS_IN_A_ROW:
            self.stopped = f"{self.doubts_in_a_row} sends in a row got no answer (last: {reason})"

    def _optouts(self, seq: int, message_id: int) -> _Steps:
        try:
            optouts: int = yield _GetOptouts(message_id)
        except TransmitSMSError:
            return  # the split of the skipped recipients is unknown; the summary counts them as invalid
        self.journal.set_optouts(seq, optouts)

    def _reconcile(self, chunk: Chunk) -> _Steps:
        start = _minus_one_second(chunk.window_floor or EPOCH)
        scheduled = self.plan.scheduled_at
        if scheduled is not None:
            start = min(start, _minus_one_second(scheduled))
        try:
            rows = yield from self._rows_to(chunk, start)
        except TransmitSMSError as exc:
            self.journal.note(chunk.seq, f"not reconciled: the report failed ({exc})")
            return
        known = self.journal.known_message_ids()
        wanted = {_key(number) for number in chunk.recipients}
        candidates = sorted({r.message_id for r in rows if _key(r.msisdn) in wanted} - known)
        if len(candidates) > MAX_CANDIDATES:
            self.journal.note(chunk.seq, f"not reconciled: {len(candidates)} other messages reached its recipients")
            return
        for message_id in candidates:
            try:
                found: _Message = yield _GetMessage(message_id)
            except TransmitSMSError as exc:
                self.journal.note(chunk.seq, f"not reconciled: message {message_id} could not be read ({exc})")
                return
            if _same_text(found.text, chunk.text):
                self.journal.mark_sent(
                    chunk.seq,
                    message_id=found.message_id,
                    recipients_sent=found.recipients,
                    sms=found.sms,
                    cost=found.cost,
                    send_at=found.send_at,
                    reconciled=True,
                    detail=f"reconciled: message {found.message_id} has its text and reached its recipients",
                )
                if found.recipients < chunk.size:
                    yield from self._optouts(chunk.seq, found.message_id)
                return
        if scheduled is not None and scheduled > (chunk.window_floor or EPOCH):
            now_floor = yield from self._probe(stop_on_error=False)
            if now_floor is None or now_floor < scheduled:
                self.journal.note(
                    chunk.seq, f"not reconciled: scheduled for {scheduled}, which the service may not have reached"
                )
                return
        self.journal.back_to_planned(
            chunk.seq,
            f"reconciled: not sent (no message of its text to any of its {chunk.size} recipients since {start})",
        )

    def _rows_to(self, chunk: Chunk, start: str) -> Generator[_Call, Any, list[_Row]]:
        """Every report row since ``start`` that may concern the chunk's recipients."""
        first: _Page = yield _ListSent(start, FAR_FUTURE, None, 1, 100)
        by_recipient = first.page_count > chunk.size and "countrycode" not in self.plan.options
        if not by_recipient:
            rows = list(first.rows)
            yield from self._more_pages(first, start, None, rows)
            return rows
        # Fewer calls by recipient than through the whole window (a busy account).
        rows = []
        for number in chunk.recipients:
            page: _Page = yield _ListSent(start, FAR_FUTURE, number, 1, 100)
            rows.extend(page.rows)
            yield from self._more_pages(page, start, number, rows)
        return rows

    def _more_pages(self, page: _Page, start: str, msisdn: str | None, rows: list[_Row]) -> _Steps:
        number = 1
        while page.rows and number < page.page_count:
            number += 1
            page = yield _ListSent(start, FAR_FUTURE, msisdn, number, 100)
            rows.extend(page.rows)

    def _report(self, phase: Literal["sending", "reconciling"]) -> None:
        if self.progress is None:
            return
        chunks = self.journal.chunks()
        settled = [c for c in chunks if c.state in ("sent", "failed", "in_doubt")]
        self.progress(
            BulkProgress(
                total=sum(c.size for c in chunks),
                done=sum(c.size for c in settled),
                sent=sum(c.recipients_sent or 0 for c in chunks if c.state == "sent"),
                failed=sum(c.size for c in chunks if c.state == "failed"),
                in_doubt=sum(c.size for c in chunks if c.state == "in_doubt"),
                chunks_total=len(chunks),
                chunks_done=len(settled),
                phase=phase,
            )
        )

    def summary(self) -> BulkSummary:
        return summarise(self.journal, self.stopped)


def summarise(journal: Journal, stopped: str | None = None) -> BulkSummary:
    """The ``BulkSummary`` of what ``journal`` records."""
    chunks = journal.chunks()
    skipped = {"invalid": 0, "opted_out": 0, "duplicate": 0}
    for _, reason in journal.rejected():
        skipped[reason] += 1
    failed: dict[str, int] = {}
    sent = 0
    cost = 0.0
    for chunk in chunks:
        if chunk.state == "sent":
            accepted = chunk.recipients_sent or 0
            sent += accepted
            cost += chunk.cost or 0.0
            optouts = min(chunk.optouts or 0, chunk.size - accepted)
            skipped["opted_out"] += optouts
            skipped["invalid"] += chunk.size - accepted - optouts
        elif chunk.state == "failed":
            code = chunk.error_code or "UNKNOWN"
            failed[code] = failed.get(code, 0) + chunk.size
    return BulkSummary(
        journal=str(journal.path),
        recipients=sum(c.size for c in chunks),
        sent=sent,
        skipped=skipped,
        failed=failed,
        in_doubt=sum(c.size for c in chunks if c.state in ("in_doubt", "sending")),
        pending=sum(c.size for c in chunks if c.state == "planned"),
        cost=round(cost, 6),
        message_ids=tuple(c.message_id for c in chunks if c.state == "sent" and c.message_id is not None),
        chunks=tuple(
            ChunkReport(
                seq=c.seq,
                state=c.state,
                recipients=c.recipients,
                message_id=c.message_id,
                recipients_sent=c.recipients_sent,
                cost=c.cost,
                reconciled=c.reconciled,
                error_code=c.error_code,
                error_description=c.error_description,
                note=c.note,
            )
            for c in chunks
        ),
        stopped=stopped,
    )


# ---------------------------------------------------------------------------------------- the drivers


def _start(
    recipients: RecipientSource, message: str, journal: str | os.PathLike[str], options: BulkOptions
) -> tuple[Journal, Generator[_Call, Any, BulkSummary]]:
    plan = _plan(recipients, message, options)
    opened = Journal.open(journal)
    try:
        return opened, _Job(opened, plan, options).run()
    except BaseException:
        opened.close()
        raise


def _next(
    steps: Generator[_Call, Any, BulkSummary], answer: Any = None, error: TransmitSMSError | None = None
) -> _Call | BulkSummary:
    """Hand the engine the last call's answer (or error); its next call, or its summary once done."""
    try:
        return steps.send(answer) if error is None else steps.throw(error)
    except StopIteration as done:
        summary: BulkSummary = done.value
        return summary


def run_sync(
    client: Any, recipients: RecipientSource, message: str, journal: str | os.PathLike[str], options: BulkOptions
) -> BulkSummary:
    """Plan and run a bulk send with a blocking client (``SmsBulkMixin.send_bulk``)."""
    opened, steps = _start(recipients, message, journal, options)
    with opened:
        step = _next(steps)
        while not isinstance(step, BulkSummary):
            try:
                answer = _result(step, _request(client, step))
            except TransmitSMSError as exc:
                step = _next(steps, error=exc)
            else:
                step = _next(steps, answer)
        return step


async def run_async(
    client: Any, recipients: RecipientSource, message: str, journal: str | os.PathLike[str], options: BulkOptions
) -> BulkSummary:
    """Plan and run a bulk send with an asyncio client (``AsyncSmsBulkMixin.send_bulk``): the same steps, awaited."""
    opened, steps = _start(recipients, message, journal, options)
    with opened:
        step = _next(steps)
        while not isinstance(step, BulkSummary):
            try:
                answer = _result(step, await _request(client, step))
            except TransmitSMSError as exc:
                step = _next(steps, error=exc)
            else:
                step = _next(steps, answer)
        return step


class SmsBulkMixin:
    """``send_bulk`` for ``client.sms`` (the generated ``SmsResource`` inherits it)."""

    _client: SyncClient

    def send_bulk(
        self,
        recipients: RecipientSource,
        *,
        message: str,
        journal: str | os.PathLike[str],
        **options: Unpack[BulkOptions],
    ) -> BulkSummary:
        """Send ``message`` to every recipient, in chunks of at most 500, never twice; resumable.

        See ``transmitsms._runtime.bulk`` for the whole contract: the journal's states and how a
        chunk in doubt is reconciled through the reports.

            >>> summary = client.sms.send_bulk(  # doctest: +SKIP
            ...     "customers.csv", message="Hi [firstname]", journal="june.journal"
            ... )
            >>> summary.sent, summary.skipped, summary.failed, summary.cost  # doctest: +SKIP

        Args:
            recipients: Numbers, rows (mappings with a number field and personalisation fields),
                or the path of a CSV file with a header row.
            message: The text; ``[Field]`` is replaced by each row's field of that name.
            journal: The SQLite file that records the job; the same file resumes it.
            **options: ``BulkOptions``: send-sms's options (``from_``, ``send_at``, ``validity``...),
                ``chunk_size``, ``progress``, ``reconcile_after``, ``retry_failed``, ``number_field``.

        Returns:
            BulkSummary: recipients sent, skipped, failed by code, in doubt, pending; the cost.

        Raises:
            BulkInputError: the recipients cannot be read.
            JournalError: the journal holds another job, or is not a journal
                (``JournalBusyError``: another process is running it).
            ValueError: ``chunk_size`` or ``message`` is out of range.
        """
        return run_sync(self._client, recipients, message, journal, options)


class AsyncSmsBulkMixin:
    """``send_bulk`` for the asyncio ``client.sms`` (the generated ``AsyncSmsResource`` inherits it)."""

    _client: AsyncClient

    async def send_bulk(
        self,
        recipients: RecipientSource,
        *,
        message: str,
        journal: str | os.PathLike[str],
        **options: Unpack[BulkOptions],
    ) -> BulkSummary:
        """Send ``message`` to every recipient, in chunks of at most 500, never twice; resumable.

        The asyncio twin of ``SmsBulkMixin.send_bulk``: the same arguments, journal and summary.
        """
        return await run_async(self._client, recipients, message, journal, options)
