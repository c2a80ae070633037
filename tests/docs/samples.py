"""The code samples of the docs (``docs/**/*.md`` and ``README.md``), read by the convention that
``docs/development/docs.md`` documents, and run against a simulator.

Contract: ``pages()`` lists the Markdown files whose samples run; ``extract(path)`` returns each
fenced block of one file as a ``Block`` (its language, code, line, title and directive) in page
order; ``Block.kind`` says what the runner does with it:

* ``file``: a block with ``title="PATH"`` is written to ``PATH`` in the page's working
  directory, never run (any language): the sample files a page shows are the ones it uses;
* ``python``: run in the page's namespace (one per page, blocks in order, like a reader's session);
* ``pytest``: a Python block that defines a ``test_`` function, run by pytest in a subprocess,
  with the simulator's pytest plugin registered by its entry point, as a user's suite would;
* ``shell``: ``sh``/``bash`` blocks, run by bash (``set -euo pipefail``); ``pip install`` lines
  are checked (``check_pip_install``), not run;
* ``serve``: a shell block preceded by ``<!-- sample: serve -->``: each command starts a server,
  is given ``--host 127.0.0.1 --port 0``, must print its ``http://`` address, and is stopped;
* ``skip``: preceded by ``<!-- sample: skip: REASON -->``: not run, reported as skipped with REASON;
* ``none``: any other language without a title (output, configuration shown for reading).

A ``<!-- sample: ... -->`` comment that is not one of these, or that precedes no fenced block, is
an error (``SampleError``), so a typo cannot silently turn a sample off.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "docs"

#: The two distributions and the pyproject.toml that defines each (names, extras, versions).
DISTRIBUTIONS = {
    "transmitsms": ROOT / "generated_client" / "pyproject.toml",
    "transmitsms-sim": ROOT / "simulator" / "pyproject.toml",
}

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')
_DIRECTIVE = re.compile(r"^\s*<!--\s*sample:\s*(?P<body>.*?)\s*-->\s*$")
_TEST_FUNCTION = re.compile(r"^(async\s+)?def test_\w*\(", re.MULTILINE)
_SHELL = frozenset({"sh", "bash", "shell"})
#: Kinds that are no samples: shown, never run (output, configuration).
BLOCKS_EXEMPT = frozenset({"none"})


class SampleError(Exception):
    """A page breaks the samples' convention (an unknown directive, a directive before no block)."""


@dataclass(frozen=True)
class Block:
    """One fenced block of a page."""

    path: Path
    line: int
    language: str
    code: str
    title: str | None = None
    directive: str | None = None

    @property
    def kind(self) -> str:
        if self.title is not None:
            return "file"
        if self.directive is not None and self.directive.startswith("skip"):
            return "skip"
        if self.directive == "serve":
            if self.language not in _SHELL:
                raise SampleError(f"{self.where}: `serve` applies to shell blocks only")
            return "serve"
        if self.language == "python":
            return "pytest" if _TEST_FUNCTION.search(self.code) else "python"
        if self.language in _SHELL:
            return "shell"
        return "none"

    @property
    def skip_reason(self) -> str:
        assert self.directive is not None and self.kind == "skip"
        return self.directive.partition(":")[2].strip()

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"


def pages() -> list[Path]:
    """Every Markdown page of docs/ (the generated migration guide included) and the README."""
    return [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]


def _directive(line: str, path: Path, number: int) -> str | None:
    match = _DIRECTIVE.match(line)
    if match is None:
        return None
    body = match.group("body")
    if body == "serve" or (body.startswith("skip:") and body.partition(":")[2].strip()):
        return body
    raise SampleError(f"{path}:{number}: unknown sample directive {body!r} (serve, or skip: REASON)")


def extract(path: Path) -> list[Block]:
    """The fenced blocks of ``path``, in order (see the module's contract)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    pending: tuple[str, int] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        directive = _directive(line, path, index + 1)
        if directive is not None:
            if pending is not None:
                raise SampleError(f"{path}:{pending[1]}: sample directive before no fenced block")
            pending = (directive, index + 1)
            index += 1
            continue
        fence = _FENCE.match(line)
        if fence is None:
            if pending is not None and line.strip():
                raise SampleError(f"{path}:{pending[1]}: sample directive before no fenced block")
            index += 1
            continue
        marker, indent = fence.group("fence"), len(fence.group("indent"))
        info = fence.group("info").strip()
        language = info.split(maxsplit=1)[0].strip("{}.").lower() if info else ""
        title = _TITLE.search(info)
        opening = index + 1
        body: list[str] = []
        index += 1
        while index < len(lines) and not lines[index].strip().startswith(marker):
            body.append(lines[index][indent:] if lines[index][:indent].strip() == "" else lines[index])
            index += 1
        index += 1  # the closing fence
        blocks.append(
            Block(
                path=path,
                line=opening,
                language=language,
                code="\n".join(body) + "\n",
                title=title.group("title") if title else None,
                directive=pending[0] if pending else None,
            )
        )
        pending = None
    if pending is not None:
        raise SampleError(f"{path}:{pending[1]}: sample directive before no fenced block")
    return blocks


def _project(distribution: str) -> dict[str, object]:
    project: dict[str, object] = tomllib.loads(DISTRIBUTIONS[distribution].read_text(encoding="utf-8"))["project"]
    return project


def _pinned() -> set[str]:
    lines = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8").splitlines()
    return {canonicalize_name(line.split("==")[0]) for line in lines if "==" in line}


def check_pip_install(line: str, versions: dict[str, str]) -> list[str]:
    """The problems of one documented ``pip install`` command line (empty if none).

    Each requirement must name one of the two distributions with extras it defines, a wheel path
    of one of them at its current version (``versions``: distribution -> version), or a project
    this repository pins in ``requirements-dev.txt`` (``pytest``); options (``-U``...) are
    allowed. Nothing is installed.
    """
    words = shlex.split(line, comments=True)
    if words[:2] != ["pip", "install"]:
        return [f"not a pip install line: {line!r}"]
    problems = []
    requirements = [word for word in words[2:] if not word.startswith("-")]
    if not requirements:
        problems.append(f"installs nothing: {line!r}")
    for word in requirements:
        if word.endswith(".whl"):
            name, version = Path(word).name.split("-")[:2]
            distribution = canonicalize_name(name)
            if distribution not in versions:
                problems.append(f"{word}: a wheel of no distribution of this project")
            elif version != versions[distribution]:
                problems.append(f"{word}: {distribution} is at version {versions[distribution]}, not {version}")
            continue
        try:
            requirement = Requirement(word)
        except InvalidRequirement as exc:
            problems.append(f"{word}: {exc}")
            continue
        distribution = canonicalize_name(requirement.name)
        if distribution not in DISTRIBUTIONS:
            if distribution not in _pinned():
                problems.append(f"{word}: neither a distribution of this project nor pinned in requirements-dev.txt")
            continue
        extras = _project(distribution).get("optional-dependencies", {})
        assert isinstance(extras, dict)
        for extra in requirement.extras - set(extras):
            problems.append(f"{word}: {distribution} has no extra {extra!r} (it has {sorted(extras)})")
    return problems
