"""Fixtures and hooks shared by every test package.

Every client this suite builds reads answers in strict mode (``TRANSMITSMS_STRICT_RESPONSES=1``,
unless the environment says otherwise): an answer of the simulator, or of a mock, that deviates
from the spec fails the test that received it, naming the field. Users' clients read tolerantly by
default; the tests of tolerant reading build theirs with ``strict_responses=False``.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from tests.support.counts import totals
from tests.support.spec import bundled

os.environ.setdefault("TRANSMITSMS_STRICT_RESPONSES", "1")


@pytest.fixture(scope="session")
def spec_document() -> dict[str, Any]:
    """The bundled OpenAPI document, built once per session from spec/."""
    return bundled()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    counts = totals()
    if counts:
        ran = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        terminalreporter.write_sep("-", f"generated cases run: {ran}")
