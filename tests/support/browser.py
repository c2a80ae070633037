"""Headless Chromium from Debian, driven by Playwright, for the tests of pages.

Contract: ``chromium_or_skip()`` returns the path of the Chromium to drive (``$CHROMIUM``, else
``/usr/bin/chromium``, else ``chromium`` on the ``PATH``). When there is none, the test is skipped
with the reason and the way to install it, except in CI (``CI=true``), where an absent browser
fails the test: CI installs it (``.ci/run``), and a browser test that silently skips there proves
nothing. ``launch(playwright, path)`` starts it headless with the flags this machine's closed
network needs and a fresh, temporary profile (Playwright's own, removed when the browser
closes). Playwright never downloads a browser here: it only drives this one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

#: Without the networking flags Chromium keeps reaching for Google's hosts, which a closed
#: network refuses, many times a second.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
INSTALL = "make chromium (Debian's chromium package, installed with apt-get; .ci/run does it)"
#: Where screenshots go: build/ is not committed.
SCREENSHOTS = Path(__file__).parents[2] / "build" / "ui-screenshots"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def chromium_or_skip() -> str:
    """The browser to drive; skips the test without one (fails it in CI)."""
    path = chromium_path()
    if path is None:
        message = f"no Chromium on this machine (looked at $CHROMIUM, /usr/bin/chromium, PATH): {INSTALL}"
        if in_ci():
            pytest.fail(f"CI must run the browser tests: {message}")
        pytest.skip(message)
    return path


def launch(playwright: Playwright, path: str) -> Browser:
    return playwright.chromium.launch(executable_path=path, headless=True, args=list(FLAGS))
