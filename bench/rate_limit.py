"""The client-side rate limiter against a server enforcing the same limit, in one run.

40 calls through one client limited to 2 calls per second, from several threads at once (sync)
and as concurrent tasks (async), against the simulator enforcing 2 calls per second per account
(started on a loopback port, with a new account for each run), or against ``--base-url`` with
credentials from TRANSMITSMS_API_KEY / TRANSMITSMS_API_SECRET. Printed per run: the sustained
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

import httpx

from transmitsms import AsyncTransmitSMS, TransmitSMS
from transmitsms_sim import Settings, create_app
from transmitsms_sim.background import ServerThread

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


Credentials = tuple[str, str]


def run_sync(base_url: str, credentials: Credentials, calls: int, rate: float, threads: int) -> bool:
    wire = Wire()
    key, secret = credentials
    with (
        httpx.Client(event_hooks={"request": [wire.on_request], "response": [wire.on_response]}) as http,
        TransmitSMS(api_key=key, api_secret=secret, base_url=base_url, rate_limit=rate, http_client=http) as client,
        ThreadPoolExecutor(threads) as pool,
    ):
        list(pool.map(lambda _: client.account.get_balance(), range(calls)))
    return wire.report(f"sync, {threads} threads", calls, rate)


async def run_async(base_url: str, credentials: Credentials, calls: int, rate: float) -> bool:
    wire = Wire()
    key, secret = credentials

    async def on_request(request: httpx.Request) -> None:
        wire.on_request(request)

    async def on_response(response: httpx.Response) -> None:
        wire.on_response(response)

    async with (
        httpx.AsyncClient(event_hooks={"request": [on_request], "response": [on_response]}) as http,
        AsyncTransmitSMS(
            api_key=key, api_secret=secret, base_url=base_url, rate_limit=rate, http_client=http
        ) as client,
    ):
        await asyncio.gather(*(client.account.get_balance() for _ in range(calls)))
    return wire.report(f"async, {calls} tasks", calls, rate)


def new_account(base_url: str) -> Credentials:
    """A fresh simulator account: its own rate-limit bucket, full."""
    account = httpx.post(f"{base_url}/_sim/accounts", json={"name": "bench"}, timeout=10).json()
    return account["api_key"], account["api_secret"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running server to target (default: the simulator, enforcing --rate)")
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--rate", type=float, default=2.0, help="calls per second, for the client and the simulator")
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    if args.base_url:
        given = (os.environ.get("TRANSMITSMS_API_KEY", ""), os.environ.get("TRANSMITSMS_API_SECRET", ""))
        print(f"{args.calls} calls at {args.rate:g}/s against {args.base_url}:")
        ok = run_sync(args.base_url, given, args.calls, args.rate, args.threads)
        time.sleep(1.5)  # let the server's bucket refill between the two runs
        return 0 if asyncio.run(run_async(args.base_url, given, args.calls, args.rate)) and ok else 1
    app = create_app(Settings(db_path=None, rate_limit=args.rate, create_demo_account=False))
    try:
        with ServerThread(app) as server:
            print(f"{args.calls} calls at {args.rate:g}/s against the simulator enforcing {args.rate:g}/s per account:")
            ok = run_sync(server.base_url, new_account(server.base_url), args.calls, args.rate, args.threads)
            ok = asyncio.run(run_async(server.base_url, new_account(server.base_url), args.calls, args.rate)) and ok
    finally:
        app.state.runtime.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
