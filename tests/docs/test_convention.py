"""The samples' convention (tests/docs/samples.py): how blocks are read, and the checks it makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docs.samples import BLOCKS_EXEMPT, SampleError, check_pip_install, extract, pages

VERSIONS = {"transmitsms": "0.3.0", "transmitsms-sim": "0.2.0"}


def _page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_blocks_are_read_with_their_kind_line_title_and_directive(tmp_path: Path) -> None:
    page = _page(
        tmp_path,
        'Text\n\n```python\nprint(1)\n```\n\n```csv title="a.csv"\nx\n```\n\n'
        "<!-- sample: skip: needs the real API -->\n"
        "```sh\ntransmitsms balance\n```\n\n<!-- sample: serve -->\n```sh\ntransmitsms-sim serve\n```\n\n"
        "- item\n\n  ```python\n  def test_x():\n      pass\n  ```\n\n```text\noutput\n```\n",
    )
    blocks = extract(page)
    assert [b.kind for b in blocks] == ["python", "file", "skip", "serve", "pytest", "none"]
    assert blocks[0].line == 3 and blocks[0].code == "print(1)\n"
    assert blocks[1].title == "a.csv"
    assert blocks[2].skip_reason == "needs the real API"
    assert blocks[4].code == "def test_x():\n    pass\n"


@pytest.mark.parametrize(
    "text",
    [
        "<!-- sample: skipp: typo -->\n```sh\nls\n```\n",
        "<!-- sample: skip: -->\n```sh\nls\n```\n",
        "<!-- sample: serve -->\nA paragraph.\n\n```sh\nls\n```\n",
        "```sh\nls\n```\n<!-- sample: serve -->\n",
    ],
)
def test_a_directive_that_turns_nothing_off_by_mistake_is_an_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(SampleError):
        extract(_page(tmp_path, text))


def test_pip_install_lines_name_what_exists() -> None:
    assert check_pip_install('pip install "transmitsms[cli]" transmitsms-sim pytest', VERSIONS) == []
    assert check_pip_install("pip install build/dists/transmitsms/transmitsms-0.3.0-py3-none-any.whl", VERSIONS) == []
    assert check_pip_install('pip install "transmitsms[sim]"', VERSIONS)  # no such extra
    assert check_pip_install("pip install transmitsms-simulator", VERSIONS)  # no such distribution
    assert check_pip_install("pip install build/dists/transmitsms_sim-0.1.0-py3-none-any.whl", VERSIONS)  # stale


def test_skipped_samples_are_few_and_say_why() -> None:
    blocks = [block for page in pages() for block in extract(page) if block.kind not in BLOCKS_EXEMPT]
    skipped = [block for block in blocks if block.kind == "skip"]
    assert all(block.skip_reason for block in skipped)
    assert len(skipped) * 5 <= len(blocks), [block.where for block in skipped]
