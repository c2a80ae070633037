"""MkDocs hooks of the docs site (named by ``mkdocs.yml``; excluded from the pages themselves).

Contract:

* ``on_files`` adds, without copying them into ``docs/``, the repository's own Markdown files
  that the site shows as pages (``REPOSITORY_PAGES``: the changelogs, the spec's notes,
  ``ARCHITECTURE.md``...), each at its repository path, so that the links between them work as
  they do in the repository; and the published spec (``PUBLISHED``: ``make publish``'s Redocly
  references and bundled documents from ``dist/``). A published file that is missing is a
  warning, so a strict build stops and says to run ``make publish``.
* ``on_page_markdown`` rewrites, in those repository pages only, a relative link into ``docs/``
  to the page's place in the site (``docs/legacy-migration.md`` is ``legacy-migration.md`` there),
  and, in every page, starts a list where GitHub would (``separate_lists``).
* ``on_post_build`` reads every HTML page of the built site and warns (failing a strict build)
  about each local link or asset whose file is missing, each fragment that names no element of
  its page, and each external script, style sheet, image or frame: the site must work offline.
  Links to external pages are allowed (they cannot be checked offline) and counted. Fragments
  into the Redocly references are routes of their script, not elements, so only their files are
  checked.
"""

from __future__ import annotations

import logging
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.transmitsms")

#: Markdown files of the repository shown as pages at their repository paths (never copied).
REPOSITORY_PAGES = (
    "ARCHITECTURE.md",
    "generated_client/CHANGELOG.md",
    "generated_client/README.md",
    "generator/README.md",
    "simulator/CHANGELOG.md",
    "simulator/README.md",
    "spec/CHANGELOG.md",
    "spec/FIDELITY.md",
    "spec/README.md",
    "spec/legacy/CHANGELOG.md",
)

#: Site path -> the file of ``dist/`` that ``make publish`` writes.
PUBLISHED = {
    "api/reference.html": "dist/reference.html",
    "api/legacy-reference.html": "dist/legacy-reference.html",
    "api/openapi.json": "dist/openapi.json",
    "api/openapi.yaml": "dist/openapi.yaml",
    "api/legacy-openapi.json": "dist/legacy-openapi.json",
    "api/legacy-openapi.yaml": "dist/legacy-openapi.yaml",
}

_DOCS_PREFIX = "docs/"
# An inline Markdown link or image: [text](target) or ![alt](target "title").
_LINK = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
_EXTERNAL_SCHEMES = frozenset({"http", "https"})
_IGNORED_SCHEMES = frozenset({"mailto", "tel", "data", "javascript", "blob"})
# Elements whose URL the page loads by itself (an asset), as opposed to a link a reader follows.
_ASSET_ATTRIBUTES = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("link", "href")}


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    root = _root(config)
    for path in REPOSITORY_PAGES:
        files.append(File.generated(config, path, abs_src_path=str(root / path)))
    # Browsers ask every site for /favicon.ico; the Redocly pages name no icon, so they get the theme's.
    theme_icon = Path(config.theme.dirs[0]) / "assets" / "images" / "favicon.png"
    if theme_icon.is_file() and files.get_file_from_path("favicon.ico") is None:
        files.append(File.generated(config, "favicon.ico", abs_src_path=str(theme_icon)))
    for site_path, source in PUBLISHED.items():
        if not (root / source).is_file():
            log.warning("%s is missing: run `make publish` (make docs does) before building the site", source)
            continue
        files.append(File.generated(config, site_path, abs_src_path=str(root / source)))
    return files


def site_path_of(repository_target: str) -> str:
    """Where a repository path is in the site: ``docs/X`` is ``X``; any other path is itself."""
    if repository_target.startswith(_DOCS_PREFIX):
        return repository_target[len(_DOCS_PREFIX) :]
    return repository_target


def rewrite_repository_links(markdown: str, page_path: str) -> str:
    """``markdown`` of the repository file ``page_path`` with its relative links into ``docs/``
    pointed at those pages' places in the site (other links are left as written)."""
    base = posixpath.dirname(page_path)

    def rewrite(match: re.Match[str]) -> str:
        target = match.group(2)
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or target.startswith(("#", "/")):
            return match.group(0)
        repository_path = posixpath.normpath(posixpath.join(base, parts.path))
        moved = site_path_of(repository_path)
        if moved == repository_path:
            return match.group(0)
        relative = posixpath.relpath(moved, base or ".")
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        return f"{match.group(1)}{relative}{fragment}{match.group(3)}"

    return _LINK.sub(rewrite, markdown)


_LIST_ITEM = re.compile(r"^(?:[-*+]|[0-9]+[.)])\s")
_FENCE = re.compile(r"^\s*(```|~~~)")


def separate_lists(markdown: str) -> str:
    """``markdown`` with a blank line before each list that directly follows a paragraph line.

    GitHub starts a list there (the changelogs' ``Added`` then ``- ...``); Python-Markdown needs
    the blank line, and would otherwise run the items into the paragraph. Code blocks are left as
    they are."""
    out: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _LIST_ITEM.match(line) and out:
            previous = out[-1]
            if previous.strip() and not previous.startswith((" ", "\t", "|", ">")) and not _LIST_ITEM.match(previous):
                out.append("")
        out.append(line)
    return "\n".join(out) + ("\n" if markdown.endswith("\n") else "")


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri in REPOSITORY_PAGES:
        markdown = rewrite_repository_links(markdown, page.file.src_uri)
    return separate_lists(markdown)


class _References(HTMLParser):
    """The ids of one HTML page and the URLs it refers to: (tag, attribute, URL)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        for name in ("id", "name"):
            if name in values:
                self.ids.add(values[name])
        for name in ("href", "src"):
            if name in values:
                self.urls.append((tag, name, values[name]))


def _read(path: Path) -> _References:
    parser = _References()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def check_site(site_dir: Path, opaque: frozenset[str] = frozenset(PUBLISHED)) -> tuple[list[str], int]:
    """The problems of the built site in ``site_dir`` (one sentence each) and its count of links
    to external pages. ``opaque`` are site paths whose HTML is not read (the Redocly references:
    their links and fragments are their script's); links into them are checked for the file only."""
    problems: list[str] = []
    external = 0
    pages = {
        path.relative_to(site_dir).as_posix(): path
        for path in sorted(site_dir.rglob("*.html"))
        if path.relative_to(site_dir).as_posix() not in opaque
    }
    parsed = {name: _read(path) for name, path in pages.items()}
    for name, references in parsed.items():
        for tag, attribute, url in references.urls:
            parts = urlsplit(url)
            if parts.scheme in _IGNORED_SCHEMES:
                continue
            if parts.scheme in _EXTERNAL_SCHEMES or url.startswith("//"):
                if (tag, attribute) in _ASSET_ATTRIBUTES:
                    problems.append(f"{name}: <{tag} {attribute}={url!r}> loads an external asset")
                external += 1
                continue
            if parts.scheme:
                problems.append(f"{name}: <{tag} {attribute}={url!r}> has an unexpected scheme")
                continue
            if parts.path.startswith("/"):
                target = posixpath.normpath(unquote(parts.path).lstrip("/"))
            elif parts.path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path)))
            else:
                target = name
            if target == "." or (site_dir / target).is_dir():
                target = posixpath.join(target, "index.html") if target != "." else "index.html"
            if target.startswith("../") or not (site_dir / target).is_file():
                problems.append(f"{name}: <{tag} {attribute}={url!r}>: no file {target}")
                continue
            if parts.fragment and target in parsed and unquote(parts.fragment) not in parsed[target].ids:
                problems.append(f"{name}: <{tag} {attribute}={url!r}>: no element #{parts.fragment} in {target}")
    return problems, external


def on_post_build(*, config: MkDocsConfig) -> None:
    problems, external = check_site(Path(config.site_dir))
    for problem in problems:
        log.warning("broken link: %s", problem)
    log.info(
        "links checked: %d problem(s); %d link(s) to external pages not checked (offline)", len(problems), external
    )
