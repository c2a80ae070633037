"""The live suite (tests/live, ``make test-live``) passes against a simulator served on loopback.

The real service cannot be reached from CI, so this runs the live suite as a user would, in a
pytest of its own, against ``transmitsms-sim serve --port 0`` with its demo account and its
default rate limit (2 requests per second per account, like the real one), with one SMS allowed.
Every live test must pass (none skipped), and schemathesis' own rate limit must keep the run under
the simulator's: no answer OVER_LIMIT.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, str]]:
    """A simulator on 127.0.0.1 and a free port: its base URL and demo credentials."""
    process = subprocess.Popen(
        [sys.executable, "-m", "transmitsms_sim", "serve", "--port", "0", "--memory"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        banner = ""
        found: dict[str, str] = {}
        while "API secret" not in found:
            line = process.stdout.readline()
            assert line, f"the simulator stopped before it was ready:\n{banner}"
            banner += line
            found.update(re.findall(r"^\s+(base URL|API key|API secret)\s+(\S+)$", line))
        yield {
            "TRANSMITSMS_BASE_URL": found["base URL"],
            "TRANSMITSMS_API_KEY": found["API key"],
            "TRANSMITSMS_API_SECRET": found["API secret"],
        }
    finally:
        process.terminate()
        if process.stdout is not None:
            process.stdout.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_live_suite(environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRANSMITSMS_")}
    env.update(environment)
    command = [sys.executable, "-m", "pytest", "-m", "live", "tests/live", "-p", "no:cacheprovider", "-q"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def test_the_live_suite_passes_against_the_simulator(served: dict[str, str]) -> None:
    # 2 generated requests per operation and mode keep this under a minute at 2 calls a second;
    # `make test-live-sim` runs the live suite's own default (5).
    examples = os.environ.get("TRANSMITSMS_LIVE_MAX_EXAMPLES", "2")
    result = run_live_suite(
        {**served, "TRANSMITSMS_LIVE_SEND_TO": "61491570156", "TRANSMITSMS_LIVE_MAX_EXAMPLES": examples}
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ passed in .*", summary), summary
    cases = re.search(r"(\d+) live schemathesis cases", output)
    assert cases and int(cases.group(1)) > 0, output
    assert "OVER_LIMIT" not in output, f"schemathesis' rate limit let the run exceed the simulator's:\n{output}"
    print(f"\n{cases.group(0)}; {summary}")


def test_without_credentials_the_live_suite_is_skipped_with_one_line() -> None:
    result = run_live_suite({})
    assert result.returncode == 0, result.stdout + result.stderr
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1 and "export TRANSMITSMS_API_KEY and TRANSMITSMS_API_SECRET" in skipped[0], skipped
    assert re.search(r"\d+ skipped in", result.stdout) and "passed" not in result.stdout
