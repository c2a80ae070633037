"""Hypothesis settings of the property tests: deterministic and modest in ``make test``.

``examples(n)`` gives settings for a test that runs ``n`` examples in ``make test``. Two
environment variables change that for longer local runs (``make fuzz-properties``):

* ``TRANSMITSMS_PROPERTY_SCALE`` multiplies every example count (default 1);
* ``TRANSMITSMS_PROPERTY_RANDOM=1`` draws new examples on each run instead of the fixed,
  derandomized ones, and keeps failing examples in ``.hypothesis/`` to replay them.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

SCALE = float(os.environ.get("TRANSMITSMS_PROPERTY_SCALE", "1") or "1")
RANDOM = os.environ.get("TRANSMITSMS_PROPERTY_RANDOM", "") not in ("", "0")


def examples(n: int, **overrides: Any) -> settings:
    """Settings for ``n`` examples (times the scale), derandomized unless asked otherwise."""
    values: dict[str, Any] = {
        "max_examples": max(1, round(n * SCALE)),
        "derandomize": not RANDOM,
        "database": DirectoryBasedExampleDatabase(".hypothesis/examples") if RANDOM else None,
        # Examples call a simulator; their duration says nothing about the code under test.
        "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
        "print_blob": True,
    }
    values.update(overrides)
    return settings(**values)
