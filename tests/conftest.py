"""Fixtures shared by every test package."""

from __future__ import annotations

from typing import Any

import pytest

from tools.bundle_spec import bundle


@pytest.fixture(scope="session")
def spec_document() -> dict[str, Any]:
    """The bundled OpenAPI document, built once per session from spec/."""
    return bundle()
