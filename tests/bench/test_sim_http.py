"""``bench/sim_http.py`` runs end to end: every server, case and concurrency, at a tiny size.

Not a timing test: ``--quick`` sends a few requests per cell and its figures mean nothing; this
only keeps the benchmark from rotting (a changed CLI, spec path, Prism release or wrk script).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ("get-balance", "get-lists", "send-sms, 1 recipient", "send-sms, 500-member list")


def test_the_http_benchmark_runs_every_cell_and_states_the_targets() -> None:
    if shutil.which("wrk") is None:
        if os.environ.get("CI"):
            pytest.fail("wrk is missing: .ci/run installs it with `make wrk`")
        pytest.skip("wrk is not installed: `make wrk` installs it from Debian's packages")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "sim_http.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for case in CASES:
        rows = [line for line in lines if line.startswith(case + " ")]
        assert len(rows) == 2, (case, done.stdout)  # concurrency 1 and 16
        for row in rows:  # the simulator and the bare app are measured in every row: a sim/bare ratio
            assert row.split()[-1].endswith("x"), row
    assert "Targets (issue 11):" in lines
    verdicts = [line.split()[0] for line in lines[lines.index("Targets (issue 11):") + 1 :]]
    assert len(verdicts) == 4 and set(verdicts) <= {"PASS", "FAIL"}, done.stdout
    balance = next(line for line in lines if line.startswith("get-balance "))
    assert balance.split()[-2].endswith("x"), balance  # a sim/Prism ratio: Prism was measured
