"""The docs site: built strictly, and every page rendered in headless Chromium.

The build is ``make docs``'s (``mkdocs build --strict``), into a temporary directory, after
``tools.publish build`` when the spec's HTML references are missing from ``dist/``. Every HTML page
of the site is then opened in Debian's Chromium, served on a loopback port: a console error, an
uncaught exception, a failed request or an answer of 400 or more fails the test (a missing
asset, a script the page cannot run), and so does a page wider than a phone's screen. Screenshots
of a few pages at desktop and phone widths go to ``build/docs-screenshots/``.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.docs.samples import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Request, Response, Route
from tests.support.browser import chromium_or_skip, launch

SCREENSHOTS = ROOT / "build" / "docs-screenshots"
#: Pages shot at both widths: the front page, a guide with tables and code, a reference page, the
#: generated guide, a repository page, and the spec's Redocly reference.
SHOT = (
    "index.html",
    "guides/callbacks.html",
    "guides/cli.html",
    "reference/resources.html",
    "legacy-migration.html",
    "generated_client/CHANGELOG.html",
    "api/reference.html",
)
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
#: Redocly's references are one long page each: opened and checked like the others, but their
#: width is their own (their code samples scroll inside panes).
OWN_LAYOUT = frozenset({"api/reference.html", "api/legacy-reference.html"})


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "dist" / "reference.html").is_file() or not (ROOT / "dist" / "legacy-reference.html").is_file():
        subprocess.run([sys.executable, "-m", "tools.publish", "build"], cwd=ROOT, check=True, capture_output=True)
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    assert "WARNING" not in result.stderr, result.stderr
    return out


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_the_site_has_every_page_of_the_nav_and_the_published_spec(site: Path) -> None:
    pages = ("index.html", "guides/callbacks.html", "shared-sandbox.html", "security.html", "legacy-migration.html")
    for page in pages:
        assert (site / page).is_file(), page
    for page in ("generated_client/CHANGELOG.html", "simulator/CHANGELOG.html", "spec/CHANGELOG.html"):
        assert (site / page).is_file(), page
    assert (site / "spec" / "legacy" / "CHANGELOG.html").is_file()
    assert (site / "api" / "reference.html").read_bytes() == (ROOT / "dist" / "reference.html").read_bytes()
    changelog = (site / "generated_client" / "CHANGELOG.html").read_text(encoding="utf-8")
    assert "Changelog of the" in changelog and "0.3.0" in changelog
    reference = (site / "reference" / "resources.html").read_text(encoding="utf-8")
    assert "send_bulk" in reference and "RECIPIENTS_ERROR" in reference  # rendered from docstrings


def _watched(browser: Browser, served: str, width: int, height: int) -> tuple[BrowserContext, list[str]]:
    """A browser context whose pages report their problems into the list (console errors,
    uncaught exceptions, failed requests, answers of 400 or more, requests off the site: the
    references' Redoc logo included, which tools/publish.py makes inline)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    problems: list[str] = []

    def off_the_site(route: Route, request: Request) -> None:
        problems.append(f"a request off the site: {request.url}")
        route.abort()

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console error: {message.text}")

    def answered(response: Response) -> None:
        if response.status >= 400:
            problems.append(f"HTTP {response.status}: {response.url}")

    context.route(lambda url: not url.startswith(served), off_the_site)
    context.on("console", console)
    context.on("weberror", lambda error: problems.append(f"uncaught: {error.error}"))
    context.on("requestfailed", lambda request: problems.append(f"failed request: {request.url} ({request.failure})"))
    context.on("response", answered)
    return context, problems


def test_every_page_renders_without_errors(site: Path, served: str) -> None:
    from playwright.sync_api import sync_playwright

    chromium = chromium_or_skip()
    pages = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert len(pages) > 30
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = launch(playwright, chromium)
        try:
            for label, (width, height) in WIDTHS.items():
                context, current = _watched(browser, served, width, height)
                page = context.new_page()
                # Every page at the phone's width (the narrow layout is where things break), the
                # ones shot at both.
                for name in pages if label == "phone" else SHOT:
                    current.clear()
                    page.goto(f"{served}/{name}", wait_until="load")
                    page.wait_for_load_state("networkidle")
                    if name not in OWN_LAYOUT:
                        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                        if overflow > 0:
                            current.append(f"{overflow}px wider than the {width}px window")
                    if name in SHOT:
                        shot = SCREENSHOTS / f"{name.replace('/', '_').removesuffix('.html')}-{label}.png"
                        page.screenshot(path=str(shot), full_page=False)
                    problems += [f"{name} ({label}): {problem}" for problem in current]
                context.close()
        finally:
            browser.close()
    assert not problems, "\n".join(problems)
