"""Property: a bulk send whose process is killed (SIGKILL) at any point, then restarted, sends each recipient once.

A real subprocess (``bulk_worker.py``) runs the send against a simulator served over HTTP
(``ServerThread``) and is killed with SIGKILL at a point Hypothesis draws: just before the k-th
send-sms request leaves, or just after the service answered it (before the client has read the
answer, let alone journalled it), or after a random delay. A second process then resumes with the
same journal. Each recipient must have received the message exactly once, and the second
process's summary must say so.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.client.runtime.bulk_support import numbers
from tests.properties.profile import examples
from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread

WORKER = Path(__file__).with_name("bulk_worker.py")
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    app = create_app(settings())
    try:
        with ServerThread(app) as running:
            yield running.base_url
    finally:
        app.state.runtime.close()


def worker(job: dict[str, Any], path: Path) -> subprocess.Popen[str]:
    path.write_text(json.dumps(job))
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def delivered(base_url: str, account_id: int) -> dict[str, int]:
    messages = httpx.get(f"{base_url}/_sim/messages", params={"account_id": account_id, "limit": 10000}).json()
    counts: dict[str, int] = {}
    for message in messages["messages"]:
        for recipient in message["recipients_detail"]:
            counts[recipient["msisdn"]] = counts.get(recipient["msisdn"], 0) + 1
    return counts


@examples(6)
@given(
    count=st.integers(3, 9),
    chunk_size=st.integers(1, 3),
    kill_at=st.integers(1, 4),
    moment=st.sampled_from(["before", "answered", "later"]),
    delay=st.floats(0, 0.05),
)
def test_a_killed_run_resumed_sends_each_recipient_exactly_once(
    server: str,
    tmp_path_factory: pytest.TempPathFactory,
    count: int,
    chunk_size: int,
    kill_at: int,
    moment: str,
    delay: float,
) -> None:
    kill_at = min(kill_at, -(-count // chunk_size))  # a send that happens
    account = httpx.post(f"{server}/_sim/accounts", json={"name": "kill"}).json()
    recipients = numbers(count)
    folder = tmp_path_factory.mktemp("killed")
    job = {
        "base_url": server,
        "api_key": account["api_key"],
        "api_secret": account["api_secret"],
        "journal": str(folder / "job.journal"),
        "recipients": recipients,
        "chunk_size": chunk_size,
        "pause": 0.5,
    }
    first = worker(job, folder / "first.json")
    assert first.stdout is not None
    try:
        if moment == "later":
            time.sleep(delay * 10)
        else:
            for line in first.stdout:
                if line.strip() == f"{moment} {kill_at}":
                    break
            time.sleep(delay)
        first.send_signal(signal.SIGKILL)
    finally:
        first.wait(timeout=60)
        first.stdout.close()
        assert first.stderr is not None
        first.stderr.close()
    assert first.returncode == -signal.SIGKILL, "the first run ended before it was killed"
    job["pause"] = 0
    second = worker(job, folder / "second.json")
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    summary = json.loads(out.strip().splitlines()[-1].removeprefix("summary "))
    assert delivered(server, account["id"]) == dict.fromkeys(recipients, 1)
    assert (summary["sent"], summary["in_doubt"], summary["pending"]) == (count, 0, 0)
