"""The simulator's settings: one immutable value, built by the CLI or by the caller of ``create_app``.

>>> Settings(db_path=None, rate_limit=0, time_scale=0).memory
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

#: Delays before each retry of a failed callback delivery, in simulated seconds (the vendor's
#: documented 1 minute, 5 minutes, 1 hour, 24 hours); after the last one the callback is given up.
CALLBACK_RETRY_DELAYS: tuple[int, ...] = (60, 300, 3600, 86400)


@dataclass(frozen=True)
class Settings:
    """How to run the simulator.

    ``db_path`` None keeps everything in memory. ``rate_limit`` is requests per second per account
    (0 turns limiting off). ``time_scale`` is simulated seconds per real second (0: a manual clock
    that moves only through the control API). ``control_token``, when set, lets clients other than
    loopback ones use the control API with the header ``X-Sim-Token``; ``require_control_token``
    asks it of loopback clients too; ``control_hosts`` are the names (``Host`` header) besides
    loopback ones the control API answers to when a token is set (``"*"``: any); see
    ``web/access.py``. ``auth_failure_limit`` is how many wrong credentials one source address, or
    one API key, may send per minute before being answered 429 ``OVER_LIMIT`` (0 turns it off).
    ``body_timeout`` is how long a request may take to send its body, in seconds, before it is
    answered 408 (0 waits for ever). ``strict`` holds requests to
    the canonical forms the spec's schemas describe, refusing (FIELD_INVALID) what the default
    reads as the lenient service does: unknown or repeated parameters, placeholders such as
    ``list_id=0``, booleans as ``1``, enum values in other cases or aliases, numbers with spaces,
    bodies of other types (the docs' *The simulator*, *Faithful and lenient*). ``max_warnings`` is how many warnings
    ``/_sim/warnings`` keeps.
    """

    db_path: str | None = None
    rate_limit: float = 2.0
    time_scale: float = 1.0
    start_time: datetime | None = None
    control_token: str | None = field(default=None, repr=False)
    require_control_token: bool = False
    control_hosts: tuple[str, ...] = ()
    create_demo_account: bool = True
    demo_api_key: str | None = None
    demo_api_secret: str | None = field(default=None, repr=False)
    #: Real seconds between two runs of due work (deliveries, scheduled sends, callback retries).
    tick_interval: float = 0.1
    callback_timeout: float = 5.0
    callback_concurrency: int = 16
    callback_retry_delays: tuple[int, ...] = CALLBACK_RETRY_DELAYS
    import_timeout: float = 10.0
    import_max_bytes: int = 10_000_000
    max_body_bytes: int = 1_000_000
    body_timeout: float = 30.0
    auth_failure_limit: int = 20
    strict: bool = False
    max_warnings: int = 1000

    def __post_init__(self) -> None:
        if self.require_control_token and not self.control_token:
            raise ValueError("require_control_token needs a control_token")

    @property
    def memory(self) -> bool:
        return self.db_path is None
