"""The simulator's state and time together: the domain's entry point for front-ends and workers.

Contract: ``Simulator(db, clock)`` restores the clock to no earlier than the time the database had
reached (so a restart never moves time backwards). ``transaction()`` opens a transaction at the
current simulated time. ``run_due()`` does the work whose time has come (delivery outcomes and
their DLRs, lease renewals) and returns the effects (callbacks to deliver) for the caller to act on.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from ..clock import Clock
from ..store.db import Database, Effect, Tx, parse_time
from . import accounts, billing, delivery, numbers

CLOCK_KEY = "clock_now"


@dataclass
class DueWork:
    receipts: int = 0
    renewals: int = 0
    effects: list[Effect] = field(default_factory=list)


class Simulator:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        reached = db.get_meta(CLOCK_KEY)
        if reached:
            clock.resume_from(parse_time(reached))

    def transaction(self) -> AbstractContextManager[Tx]:
        """A transaction of ``db`` at the current simulated time (``with sim.transaction() as tx``)."""
        return self.db.transaction(self.clock.now())

    def run_due(self) -> DueWork:
        """Apply what is due at the current simulated time."""
        with self.transaction() as tx:
            work = DueWork(receipts=delivery.process_due(tx), renewals=numbers.renew_due(tx), effects=tx.effects)
            if tx.get_meta(CLOCK_KEY) != tx.now_text:
                tx.set_meta(CLOCK_KEY, tx.now_text)
        return work

    def advance(self, seconds: float) -> DueWork:
        """Move the clock forward and do the work that became due on the way, in order of due time."""
        self.clock.advance(seconds)
        return self.run_due()

    def ensure_demo_account(self, api_key: str | None, api_secret: str | None) -> accounts.Account:
        """The demo account, created (with these credentials, when given) if there is none."""
        with self.transaction() as tx:
            existing = accounts.demo_account(tx)
            if existing is not None:
                return existing
            spec = accounts.NewAccount(
                name="Demo account",
                email="demo@sim.transmitsms.invalid",
                api_key=api_key,
                api_secret=api_secret,
                business_names=("MyBrand",),
            )
            return billing.open_account(tx, spec, demo=True)
