"""What the documentation says happens after a send, as a model: outcomes, receipts, callbacks.

Written from the spec (*Callbacks*: one URL per event, retried after 1 minute, 5 minutes, 1 hour
and 24 hours, then abandoned; send-sms's ``validity``, 72 hours at most) and from the simulator's
documented deterministic outcomes (README, *Simulated, deterministically*): by the last three
digits of the recipient's number, ``000`` hard-bounces after 5 seconds, ``001`` soft-bounces after
5 seconds, ``002`` gets a ``pending`` receipt after 5 seconds and soft-bounces when its validity
runs out, ``003`` is delivered after an hour, anything else is delivered after 5 seconds; a
recipient still undelivered when its validity runs out soft-bounces then.

Nothing here imports the simulator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

SHORT_DELAY = timedelta(seconds=5)
MAX_VALIDITY = timedelta(hours=72)
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(hours=1), timedelta(hours=24))
FINAL = ("delivered", "soft-bounce", "hard-bounce")


@dataclass(frozen=True)
class Outcome:
    """A recipient's final status and its time, and the time of a ``pending`` receipt if one comes."""

    status: str
    at: datetime
    pending_at: datetime | None = None

    def status_at(self, now: datetime) -> str:
        """The recipient's delivery status as reports show it at ``now``."""
        return self.status if now >= self.at else "pending"


def outcome(msisdn: str, sent_at: datetime, validity_minutes: int | None) -> Outcome:
    """The documented outcome of a message to ``msisdn`` sent at ``sent_at``."""
    expires = sent_at + (timedelta(minutes=validity_minutes) if validity_minutes else MAX_VALIDITY)
    ending = msisdn[-3:]
    if ending == "002":
        return Outcome("soft-bounce", expires, min(sent_at + SHORT_DELAY, expires))
    status, delay = {
        "000": ("hard-bounce", SHORT_DELAY),
        "001": ("soft-bounce", SHORT_DELAY),
        "003": ("delivered", timedelta(hours=1)),
    }.get(ending, ("delivered", SHORT_DELAY))
    if sent_at + delay > expires:
        return Outcome("soft-bounce", expires)
    return Outcome(status, sent_at + delay)


@dataclass
class Callback:
    """One notification: due when its event happens, then retried on the documented schedule."""

    key: tuple[object, ...]
    due: datetime
    attempts: int = 0
    state: Literal["pending", "delivered", "abandoned"] = "pending"


@dataclass
class Outbox:
    """The callbacks the service owes, and what became of each as the clock moves on."""

    callbacks: dict[tuple[object, ...], Callback] = field(default_factory=dict)

    def add(self, key: tuple[object, ...], at: datetime) -> None:
        assert key not in self.callbacks, f"two callbacks for one event: {key}"
        self.callbacks[key] = Callback(key, at)

    def drop(self, key: tuple[object, ...]) -> None:
        """Forget an event that will not happen (its message was cancelled before being sent)."""
        del self.callbacks[key]

    def run(self, now: datetime, receiver_up: bool) -> int:
        """Attempt, once each, every callback due by ``now``; return the number of attempts."""
        made = 0
        for callback in self.callbacks.values():
            if callback.state != "pending" or callback.due > now:
                continue
            made += 1
            callback.attempts += 1
            if receiver_up:
                callback.state = "delivered"
            elif callback.attempts > len(RETRY_DELAYS):
                callback.state = "abandoned"
            else:
                callback.due = now + RETRY_DELAYS[callback.attempts - 1]
        return made
