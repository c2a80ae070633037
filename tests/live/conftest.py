"""Live tests run only with an account's credentials. Without them each is skipped from this one
place, so that pytest's summary folds the skips into one line saying how to enable them."""

from __future__ import annotations

import pytest

from tests.live.environment import HOW_TO_ENABLE, credentials


def pytest_runtest_setup(item: pytest.Item) -> None:
    if credentials() is None:
        pytest.skip(HOW_TO_ENABLE)
