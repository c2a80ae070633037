"""The docs site's hooks: links of repository pages, and the check of a built site's links."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from tests.docs.samples import ROOT


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _hooks()


def test_links_into_docs_are_pointed_at_their_place_in_the_site() -> None:
    markdown = (
        "See [the guide](docs/legacy-migration.md#messagessingle), [spec](spec/README.md), [x](https://a.b/docs/x)."
    )
    assert hooks.rewrite_repository_links(markdown, "ARCHITECTURE.md") == (
        "See [the guide](legacy-migration.md#messagessingle), [spec](spec/README.md), [x](https://a.b/docs/x)."
    )
    assert hooks.rewrite_repository_links("[g](../docs/install.md)", "spec/README.md") == "[g](../install.md)"
    assert hooks.rewrite_repository_links("[f](FIDELITY.md)", "spec/CHANGELOG.md") == "[f](FIDELITY.md)"


def test_every_repository_page_exists() -> None:
    for page in hooks.REPOSITORY_PAGES:
        assert (ROOT / page).is_file(), page


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    for name, html in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(html, encoding="utf-8")
    return tmp_path


def test_a_clean_site_has_no_problem_and_counts_external_links(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "index.html": '<a href="guide/a.html#part">a</a><a href="https://example.com">x</a><img src="i.png">',
            "guide/a.html": '<h2 id="part">Part</h2><a href="../index.html">home</a><a href="#part">here</a>',
            "i.png": "",
            "api/reference.html": '<a href="#tag/SMS">routes of its script</a>',
        },
    )
    assert hooks.check_site(site, frozenset({"api/reference.html"})) == ([], 1)


def test_missing_files_anchors_and_external_assets_are_problems(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "index.html": (
                '<a href="missing.html">m</a><a href="a.html#nowhere">n</a>'
                '<script src="https://cdn.example.com/x.js"></script>'
                '<link rel="stylesheet" href="//fonts.example/x.css">'
                '<a href="../outside.html">o</a>'
            ),
            "a.html": '<p id="somewhere"></p>',
        },
    )
    problems, external = hooks.check_site(site, frozenset())
    assert len(problems) == 5 and external == 2
    assert any("no file missing.html" in p for p in problems)
    assert any("no element #nowhere in a.html" in p for p in problems)
    assert sum("external asset" in p for p in problems) == 2
    assert any("outside.html" in p for p in problems)


def test_a_list_right_after_a_paragraph_line_is_a_list_as_on_github() -> None:
    text = "Added\n- one\n  more of one\n- two\n\n```\nx\n- not a list\n```\nFixed\n1. three\n"
    assert hooks.separate_lists(text) == (
        "Added\n\n- one\n  more of one\n- two\n\n```\nx\n- not a list\n```\nFixed\n\n1. three\n"
    )
