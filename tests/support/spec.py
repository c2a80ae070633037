"""The bundled spec for tests: bundled once per session (half a second), copied per caller.

Bundling reads and validates every fragment under ``spec/``; tests that need the document call
``bundled()`` instead of ``tools.bundle_spec.bundle()``, unless bundling itself is what they test.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from tools.bundle_spec import bundle


@functools.cache
def _bundled_once() -> dict[str, Any]:
    return bundle()


def bundled() -> dict[str, Any]:
    """The bundled OpenAPI document: a fresh copy, which the caller may change."""
    return copy.deepcopy(_bundled_once())
