"""The simulator as the tests run it: in memory, on a manual clock from ``T0``, no rate limit.

Contract: ``settings(**overrides)`` are those ``Settings`` (no demo account either), the overrides
winning; ``running(**overrides)`` serves an app built with them in-process (with its lifespan, so
its background worker runs) and closes its database afterwards. Only the simulator's public
surface is used here (``Settings``, ``create_app``, ``InProcess``), so that every test layer may
share it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from transmitsms_sim import Settings, create_app
from transmitsms_sim.inprocess import InProcess

#: The simulated time every test starts at (a Monday morning, UTC).
T0 = datetime(2026, 1, 5, 9, 0, 0)


def settings(**overrides: Any) -> Settings:
    """Test settings: see the module's contract."""
    values: dict[str, Any] = {
        "db_path": None,
        "rate_limit": 0,
        "time_scale": 0,
        "start_time": T0,
        "create_demo_account": False,
    }
    values.update(overrides)
    return Settings(**values)


@contextmanager
def running(**overrides: Any) -> Iterator[InProcess]:
    """A simulator app with ``settings(**overrides)``, run in-process, closed afterwards."""
    app = create_app(settings(**overrides))
    try:
        with InProcess(app) as sim:
            yield sim
    finally:
        app.state.runtime.close()
