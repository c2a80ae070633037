"""Fixtures and hooks shared by every test package."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.counts import totals
from tests.support.spec import bundled


@pytest.fixture(scope="session")
def spec_document() -> dict[str, Any]:
    """The bundled OpenAPI document, built once per session from spec/."""
    return bundled()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    counts = totals()
    if counts:
        ran = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        terminalreporter.write_sep("-", f"generated cases run: {ran}")
