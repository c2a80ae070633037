"""``client.sms.send_bulk`` to 10,000 recipients at the account's rate, against the simulator enforcing it.

The simulator (on a loopback port) enforces its default 2 calls per second per account; the
client's limiter is set to the same rate. The bulk send plans 20 chunks of 500 and makes one call
before them (the journal's service-time probe): 21 calls. Printed, side by side in one run: the
sustained rate of those calls (calls after the first over the time between the first and the last
request sent) as a fraction of the allowed rate (target >= 0.97), the number of 429 answers seen
on the wire, retries included (target 0), the recipients sent, and the recipients per second.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from transmitsms import TransmitSMS
from transmitsms_sim import Settings, create_app
from transmitsms_sim.background import ServerThread

TARGET_RATIO = 0.97


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=2.0, help="calls per second, for the client and the simulator")
    args = parser.parse_args()
    sent_at: list[float] = []
    over_limit = [0]
    lock = threading.Lock()

    def on_request(request: httpx.Request) -> None:
        with lock:
            sent_at.append(time.perf_counter())

    def on_response(response: httpx.Response) -> None:
        if response.status_code == 429:
            over_limit[0] += 1

    numbers = [f"614{n:08d}" for n in range(10_000_000, 10_000_000 + args.recipients)]
    app = create_app(Settings(db_path=None, rate_limit=args.rate, create_demo_account=False))
    try:
        with ServerThread(app) as server, tempfile.TemporaryDirectory() as tmp:
            account = httpx.post(f"{server.base_url}/_sim/accounts", json={"name": "bench", "balance": 10_000}).json()
            hooks: dict[str, list[Callable[..., Any]]] = {"request": [on_request], "response": [on_response]}
            with (
                httpx.Client(event_hooks=hooks, timeout=60) as http,
                TransmitSMS(
                    api_key=account["api_key"],
                    api_secret=account["api_secret"],
                    base_url=server.base_url,
                    rate_limit=args.rate,
                    http_client=http,
                ) as client,
            ):
                started = time.perf_counter()
                summary = client.sms.send_bulk(numbers, message="Bench", journal=Path(tmp) / "bench.journal")
                elapsed = time.perf_counter() - started
    finally:
        app.state.runtime.close()
    calls = len(sent_at)
    span = sent_at[-1] - sent_at[0]
    measured = (calls - 1) / span
    ratio = measured / args.rate
    ok = ratio >= TARGET_RATIO and over_limit[0] == 0 and summary.sent == args.recipients and summary.complete
    print(f"send_bulk to {args.recipients} recipients at {args.rate:g} calls/s (the simulator enforcing the same):")
    print(
        f"  {calls} calls in {span:5.2f} s: {measured:.3f}/s = {ratio:.3f} of the allowed rate, "
        f"{over_limit[0]} x 429; {summary.sent} sent in {elapsed:.1f} s ({summary.sent / elapsed:.0f} recipients/s), "
        f"{len(summary.message_ids)} messages   {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
