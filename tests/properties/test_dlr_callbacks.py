"""Property: every recipient of every sent message gets exactly one final DLR callback.

A plan of sends (recipients whose numbers choose their outcome, validity, scheduled sends,
cancels, the message's own DLR URL or the account's) and clock advances runs against a fresh
simulator, with the local receiver answering 200, 503, or dropping the connection during each
advance. ``delivery_model`` predicts every receipt, its time, and every attempt to deliver it on
the documented retry schedule (1 minute, 5 minutes, 1 hour, 24 hours, then abandoned). At the end,
with the receiver up and the clock past every retry, the receiver must have seen exactly the
predicted attempts, and each recipient exactly one final receipt (none only when the model has
all five attempts fail), read by ``transmitsms.callbacks.parse_dlr`` to the predicted values.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st

from tests.properties.delivery_model import FINAL, Outbox, outcome
from tests.properties.harness import fresh_simulator
from tests.properties.profile import examples
from tests.support.counts import record
from tests.support.receiver import MODES, Mode, Receiver
from tests.support.simulator import T0
from transmitsms.callbacks import parse_dlr

#: Endings with a documented outcome, and ordinary ones.
ENDINGS = st.one_of(st.sampled_from(["000", "001", "002", "003"]), st.integers(4, 999).map(lambda n: f"{n:03d}"))


@dataclass(frozen=True)
class Send:
    endings: tuple[str, ...]
    validity: int | None  # minutes; None (or 0) is the maximum
    delay: int | None  # seconds until send_at; None sends now
    cancel: bool  # cancel it at once (a scheduled send only)
    own_url: bool  # the message's own dlr_callback instead of the account's


@dataclass(frozen=True)
class Advance:
    seconds: int
    mode: Mode  # how the receiver answers during this advance


SENDS = st.builds(
    Send,
    endings=st.lists(ENDINGS, min_size=1, max_size=4).map(tuple),
    validity=st.sampled_from([None, 0, 1, 30, 60, 120]),
    delay=st.sampled_from([None, None, 30, 3600]),
    cancel=st.booleans(),
    own_url=st.booleans(),
)
ADVANCES = st.builds(
    Advance,
    seconds=st.sampled_from([1, 5, 30, 60, 120, 300, 3600, 7200, 86400, 3 * 86400]),
    mode=st.sampled_from(MODES),
)
#: The receiver down through (some of) a callback's retries: the first attempt, then 1 min, 5 min...
OUTAGES = st.builds(
    lambda mode, n: [Advance(seconds, mode) for seconds in (5, 60, 300, 3600, 86400)[:n]],
    mode=st.sampled_from(["error", "drop"]),
    n=st.integers(2, 5),
)
PLANS = st.tuples(
    SENDS, st.lists(st.one_of(SENDS.map(lambda s: [s]), ADVANCES.map(lambda a: [a]), OUTAGES), max_size=8)
).map(lambda p: [p[0], *(step for steps in p[1] for step in steps)])
#: The settling phase: the receiver up, the clock past every validity and every retry.
SETTLE = (Advance(4 * 86400, "up"), Advance(2 * 86400, "up"))


def fmt(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


@examples(100)
@given(PLANS)
def test_every_recipient_gets_exactly_one_final_receipt(plan: list[Send | Advance]) -> None:
    record("hypothesis examples")
    with fresh_simulator() as sim, Receiver() as receiver:
        account = sim.account(balance=1000, dlr_callback=receiver.url("/dlr?via=account"))
        client = sim.client(account)
        now, outbox = T0, Outbox()
        outcomes = {}
        urls: dict[int, str] = {}
        for step in [*plan, *SETTLE]:
            if isinstance(step, Advance):
                receiver.mode = step.mode
                sim.advance(step.seconds)
                now += timedelta(seconds=step.seconds)
                outbox.run(now, receiver_up=step.mode == "up")
                continue
            send_at = now + timedelta(seconds=step.delay) if step.delay else now
            numbers = list(dict.fromkeys(f"61491570{ending}" for ending in step.endings))
            own = receiver.url(f"/own-dlr?mine=x%26y&n={len(urls)}") if step.own_url else None
            options: dict[str, Any] = {}
            if step.delay:
                options["send_at"] = fmt(send_at)
            if step.validity is not None:
                options["validity"] = step.validity
            if own:
                options["dlr_callback"] = own
            sent = client.sms.send(message="Hello", to=numbers, **options)
            urls[sent.message_id] = "own" if own else "account"
            assert sent.recipients == len(numbers)
            keys = []
            for msisdn in numbers:
                result = outcome(msisdn, send_at, step.validity)
                outcomes[(sent.message_id, msisdn)] = result
                keys.append(((sent.message_id, msisdn, result.status), result.at))
                if result.pending_at is not None:
                    keys.append(((sent.message_id, msisdn, "pending"), result.pending_at))
            for key, due in keys:
                outbox.add(key, due)
            if step.cancel and step.delay:
                client.sms.cancel(id=sent.message_id)
                for key, _ in keys:
                    outbox.drop(key)
                for msisdn in numbers:
                    del outcomes[(sent.message_id, msisdn)]

        attempts: Counter[tuple[object, ...]] = Counter()
        delivered: Counter[tuple[object, ...]] = Counter()
        for attempt in receiver.attempts:
            dlr = parse_dlr(attempt.target)
            key = (dlr.message_id, str(dlr.mobile), str(dlr.status))
            attempts[key] += 1
            delivered[key] += attempt.delivered
            expected = outcomes[(dlr.message_id, str(dlr.mobile))]
            at = expected.pending_at if dlr.status == "pending" else expected.at
            assert at is not None, f"{key}: a pending receipt the model does not expect"
            assert dlr.datetime == at.replace(tzinfo=UTC), f"{key}: receipt time"
            assert dlr.user_id == account.id
            assert dlr.longcode is not None and dlr.longcode.isdigit()
            via = urls[dlr.message_id]
            assert dlr.extra == ({"mine": "x&y", "n": dlr.extra.get("n", "?")} if via == "own" else {"via": "account"})

        assert attempts == Counter({k: c.attempts for k, c in outbox.callbacks.items() if c.attempts})
        for (message_id, msisdn), result in outcomes.items():
            final = outbox.callbacks[(message_id, msisdn, result.status)]
            finals = [s for s in FINAL if delivered[(message_id, msisdn, s)]]
            assert sum(delivered[(message_id, msisdn, s)] for s in FINAL) == (final.state == "delivered")
            assert finals == ([result.status] if final.state == "delivered" else [])
            assert final.state in ("delivered", "abandoned"), "the settling phase leaves nothing pending"
        retried = any(c.attempts > 1 for c in outbox.callbacks.values())
        abandoned = any(c.state == "abandoned" for c in outbox.callbacks.values())
        event("a receipt abandoned" if abandoned else ("delivered after failures" if retried else "first time"))
