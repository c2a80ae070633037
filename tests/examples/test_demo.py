"""`make demo` works end to end: every step happens, and the rate-limited burst meets no 429."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

DEMO = Path(__file__).parents[2] / "examples" / "demo.py"


def test_the_demo_runs_every_step_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    demo = runpy.run_path(str(DEMO))
    assert demo["main"]() == 0
    out = capsys.readouterr().out
    assert "status=delivered (token verified: True, not a replay)" in out
    assert "response='YES see you then' (token verified: True, not a replay)" in out
    assert re.search(r"event +dlr:[0-9a-f]{32} ", out)
    assert "is_optout=True" in out
    assert "next send reached 1 of 2, 1 suppressed" in out
    assert "250 contacts (250 distinct) in 3 pages" in out
    assert ": 0 answered 429" in out
    assert "answered 429 OVER_LIMIT" in out and " 0 of 12 answered 429 OVER_LIMIT" not in out
    assert "statuses {200: " in out and "429" not in out.split("wire")[-1]
    assert "POST /api request=<?xml version='1.0'?><request>" in out and "<secret>****</secret>" in out
    assert "<result>queued</result>" in out
    assert "legacy XML      messages.single -> message" in out and "delivered 1" in out.split("legacy XML")[-1]
    last = out.rstrip().splitlines()[-1].split()
    assert last[0] == "inbox" and re.fullmatch(r"http://127\.0\.0\.1:\d+/_sim/ui", last[1]), "ends with the inbox"
    assert "served while the demo ran" in out, "not at a terminal: no wait for Enter"
    assert "command line    send --file: 600 recipients in 2 messages" in out
    assert "the same command, same journal: 600 sent in all, nothing sent twice" in out
