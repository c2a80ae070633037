"""The client-side rate limiter against a server enforcing the same limit, in one run.

40 calls through one client limited to 2 calls per second, from several threads at once (sync)
and as concurrent tasks (async), against a local server enforcing 2 calls per second with a
token bucket (``local_server.py``), or against ``--base-url`` (for example the simulator, with
credentials from TRANSMITSMS_API_KEY / TRANSMITSMS_API_SECRET). Printed per run: the sustained
rate (calls after the first over the time between the first and the last request sent) as a
fraction of the limit (target >= 0.97), and the number of OVER_LIMIT (429) answers seen on the
wire, retries included (target 0).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "generated_client")]

from local_server import start_server, stop_server  # noqa: E402

from transmitsms import AsyncTransmitSMS, TransmitSMS  # noqa: E402

TARGET_RATIO = 0.97


class Wire:
    """What the HTTP client saw: when each request was sent, and how many 429 answers came back."""

    def __init__(self) -> None:
        self.sent: list[float] = []
        self.over_limit = 0
        self.lock = threading.Lock()

    def on_request(self, request: httpx.Request) -> None:
        with self.lock:
            self.sent.append(time.perf_counter())

    def on_response(self, response: httpx.Response) -> None:
        if response.status_code == 429:
            with self.lock:
                self.over_limit += 1

    def report(self, label: str, calls: int, rate: float) -> bool:
        sent = sorted(self.sent)
        measured = (len(sent) - 1) / (sent[-1] - sent[0])
        ratio = measured / rate
        ok = ratio >= TARGET_RATIO and self.over_limit == 0 and len(sent) >= calls
        print(
            f"  {label:<28} {len(sent)} requests in {sent[-1] - sent[0]:5.2f} s: {measured:.3f}/s = "
            f"{ratio:.3f} of the limit, {self.over_limit} x 429   {'OK' if ok else 'MISSED'}"
        )
        return ok


def run_sync(base_url: str, calls: int, rate: float, threads: int) -> bool:
    wire = Wire()
    with (
        httpx.Client(event_hooks={"request": [wire.on_request], "response": [wire.on_response]}) as http,
        TransmitSMS(base_url=base_url, rate_limit=rate, http_client=http) as client,
        ThreadPoolExecutor(threads) as pool,
    ):
        list(pool.map(lambda _: client.account.get_balance(), range(calls)))
    return wire.report(f"sync, {threads} threads", calls, rate)


async def run_async(base_url: str, calls: int, rate: float) -> bool:
    wire = Wire()

    async def on_request(request: httpx.Request) -> None:
        wire.on_request(request)

    async def on_response(response: httpx.Response) -> None:
        wire.on_response(response)

    async with (
        httpx.AsyncClient(event_hooks={"request": [on_request], "response": [on_response]}) as http,
        AsyncTransmitSMS(base_url=base_url, rate_limit=rate, http_client=http) as client,
    ):
        await asyncio.gather(*(client.account.get_balance() for _ in range(calls)))
    return wire.report(f"async, {calls} tasks", calls, rate)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running server to target (default: a local one enforcing --rate)")
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--rate", type=float, default=2.0, help="calls per second, for the client and local server")
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    # The clients read their credentials from the environment; the local server takes any.
    os.environ.setdefault("TRANSMITSMS_API_KEY", "bench-key")
    os.environ.setdefault("TRANSMITSMS_API_SECRET", "bench-secret")
    server = None
    base_url = args.base_url
    if base_url is None:
        base_url, server = start_server(rate=args.rate)
    try:
        print(f"{args.calls} calls at {args.rate:g}/s against {base_url}:")
        ok = run_sync(base_url, args.calls, args.rate, args.threads)
        time.sleep(1.5)  # let the server's bucket refill between the two runs
        ok = asyncio.run(run_async(base_url, args.calls, args.rate)) and ok
    finally:
        if server is not None:
            stop_server(server)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
