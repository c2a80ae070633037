"""Benchmarks of the simulator, each measured side by side with a baseline in one run.

* Requests per second, in-process through ``httpx.ASGITransport`` with the rate limit off:
  get-balance, send-sms to 1 recipient, to 500 recipients (``to``) and to a 500-member list
  (personalised with ``[firstname]``), with bodies encoded once. The baseline is a bare
  Starlette app answering a fixed JSON body through the same transport: the ratio is the share of
  the time the framework and client alone would take. Each case runs on a simulator of its own,
  for 2 seconds of this process's CPU time (the rates are per CPU-second: the machine is shared,
  and wall time would count the other tenants' turns too).
* Callbacks delivered per second from the outbox, by the worker, to a local receiver on
  127.0.0.1 in a process of its own; the baseline is the same number of GET requests sent the
  way the worker sends them (16 senders, a client each), with no outbox to read or record.

Both print issue 11's targets for this 2-core machine, PASS or FAIL: >= 100,000 recipients/s for
send-sms to 500 recipients, >= 500 callbacks delivered/s.

``python bench/sim_throughput.py`` (part of ``make bench``) prints the figures.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from transmitsms_sim import Settings, create_app
from transmitsms_sim.sockets import listen

RECIPIENTS_500 = ",".join(f"614915{n:05d}" for n in range(500))


def _settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "rate_limit": 0,
        "time_scale": 0,
        "start_time": datetime(2026, 1, 5, 9, 0, 0),
        "demo_api_key": "bench",
        "demo_api_secret": "bench-secret",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _baseline_app() -> Starlette:
    body = {"balance": 100, "currency": "AUD", "error": {"code": "SUCCESS", "description": "OK"}}

    async def answer(request: Request) -> Response:
        await request.body()
        return JSONResponse(body)

    return Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST"])])


async def _rate(
    client: httpx.AsyncClient, call: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]], seconds: float
) -> float:
    for _ in range(20):
        (await call(client)).raise_for_status()
    # CPU seconds of this process, not wall time: everything here runs in this one thread, and on
    # the shared machine wall time would also count the other tenants' turns on the core.
    done, started = 0, time.process_time()
    while (elapsed := time.process_time() - started) < seconds:
        response = await call(client)
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code}: {response.text[:200]}")
        done += 1
    return done / elapsed


def _form(**fields: str) -> dict[str, Any]:
    """A form body encoded once: the client's encoding of 500 numbers on every call (0.75 ms) is not
    the simulator's work, and would hide a fifth of what a 500-recipient send costs it."""
    return {"content": urlencode(fields).encode(), "headers": {"Content-Type": "application/x-www-form-urlencoded"}}


Call = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]


async def _with_list(sim: httpx.AsyncClient) -> Call:
    """Make a 500-member list; the call sends a personalised message to it."""
    list_id = (await sim.post("/add-list.json", data={"name": "Bench 500"})).raise_for_status().json()["id"]
    for n in range(500):
        member = {"list_id": list_id, "msisdn": f"614915{n:05d}", "first_name": f"Member{n}"}
        (await sim.post("/add-to-list.json", data=member)).raise_for_status()
    body = _form(message="Hi [firstname]", list_id=str(list_id))
    return lambda c: c.post("/send-sms.json", **body)


def _calling(call: Call) -> Callable[[httpx.AsyncClient], Awaitable[Call]]:
    async def setup(sim: httpx.AsyncClient) -> Call:
        return call

    return setup


async def requests_per_second(seconds: float) -> list[tuple[str, float, float]]:
    """Each case on a simulator of its own, so that none is measured on the rows an earlier one left
    (the index that routes replies by number grows costlier with the rows: see the README)."""
    one, many = _form(message="Hello", to="61491570156"), _form(message="Hello", to=RECIPIENTS_500)
    cases: list[tuple[str, Callable[[httpx.AsyncClient], Awaitable[Call]]]] = [
        ("get-balance", _calling(lambda c: c.get("/get-balance.json"))),
        ("send-sms, 1 recipient", _calling(lambda c: c.post("/send-sms.json", **one))),
        ("send-sms, 500 recipients", _calling(lambda c: c.post("/send-sms.json", **many))),
        ("send-sms, 500-member list", _with_list),
    ]
    results = []
    auth = ("bench", "bench-secret")
    for name, setup in cases:
        app = create_app(_settings(callback_timeout=1))
        runtime = app.state.runtime
        transport, baseline = httpx.ASGITransport(app=app), httpx.ASGITransport(app=_baseline_app())
        async with (
            httpx.AsyncClient(transport=transport, base_url="http://localhost", auth=auth) as sim,
            httpx.AsyncClient(transport=baseline, base_url="http://base", auth=auth) as base,
        ):
            await sim.post(f"/_sim/accounts/{runtime.demo.id}/top-up", json={"amount": 1_000_000_000})
            call = await setup(sim)
            measured = await _rate(sim, call, seconds)
            floor = await _rate(base, call, seconds)
            results.append((name, measured, floor))
        runtime.close()
    return results


async def _ok(request: Request) -> Response:
    return Response(b"ok")


#: The callback receiver, served by uvicorn in a process of its own so that it does not share the
#: interpreter lock with the worker being measured.
receiver_app = Starlette(routes=[Route("/{path:path}", _ok)])


class _Receiver:
    def __init__(self) -> None:
        self.socket = listen("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        fd = self.socket.fileno()
        command = [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(__file__).resolve().parent)]
        command += ["sim_throughput:receiver_app", "--fd", str(fd), "--log-level", "error", "--no-access-log"]
        self.process = subprocess.Popen(command, pass_fds=[fd])
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(self.url, timeout=1).raise_for_status()
                return self.url
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.socket.close()


async def callbacks_per_second(count: int) -> tuple[float, float]:
    with _Receiver() as url:
        app = create_app(_settings(callback_concurrency=16))
        runtime = app.state.runtime
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://localhost", auth=("bench", "bench-secret")
        ) as sim:
            await sim.post(f"/_sim/accounts/{runtime.demo.id}/top-up", json={"amount": 1_000_000})
            for _ in range(count // 500):
                data = {"message": "Hi", "to": RECIPIENTS_500, "dlr_callback": f"{url}/dlr?k=v"}
                (await sim.post("/send-sms.json", data=data)).raise_for_status()
            runtime.clock.advance(5)
            runtime.sim.run_due()
            started = time.perf_counter()
            attempts = await runtime.worker.flush()
            measured = attempts / (time.perf_counter() - started)
        runtime.close()
        # The same GETs, sent as the worker sends them (16 senders with a client each) but with
        # no outbox to read or record: the ratio is the share of the time the outbox leaves.
        numbers = iter(range(attempts))

        async def sender() -> None:
            async with httpx.AsyncClient() as client:
                for n in numbers:
                    (await client.get(f"{url}/dlr?k=v&n={n}")).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(sender() for _ in range(16)))
        floor = attempts / (time.perf_counter() - started)
    return measured, floor


#: Issue 11's targets for this machine (2 cores): recipients written per second by send-sms to
#: 500 recipients, in-process, and callbacks delivered per second to a receiver in its own process.
RECIPIENTS_TARGET = 100_000
CALLBACKS_TARGET = 500


def main() -> None:
    print("Simulator benchmarks (in-process, rate limit off; one run, figures side by side)")
    print("requests per CPU-second of this process; callbacks per second of wall time")
    print(f"{'':28} {'simulator':>12} {'baseline':>12} {'ratio':>7}")
    rates = asyncio.run(requests_per_second(seconds=2.0))
    for name, measured, floor in rates:
        print(f"{name + ' (req/s)':28} {measured:12.0f} {floor:12.0f} {measured / floor:7.2f}")
    recipients, list_recipients = rates[2][1] * 500, rates[3][1] * 500
    print(f"{'recipients (/s), 500 to':28} {recipients:12.0f}")
    print(f"{'recipients (/s), list':28} {list_recipients:12.0f}  (personalised: a text per recipient)")
    callbacks, floor = asyncio.run(callbacks_per_second(count=2000))
    print(f"{'callbacks delivered (/s)':28} {callbacks:12.0f} {floor:12.0f} {callbacks / floor:7.2f}")
    print("baselines: a bare Starlette app through the same transport; the same GETs without the outbox")
    print("Targets (issue 11):")
    for met, text in (
        (
            recipients >= RECIPIENTS_TARGET,
            f"send-sms to 500: >= {RECIPIENTS_TARGET:,} recipients/s ({recipients:,.0f})",
        ),
        (callbacks >= CALLBACKS_TARGET, f"callbacks: >= {CALLBACKS_TARGET} delivered/s ({callbacks:,.0f})"),
    ):
        print(f"  {'PASS' if met else 'FAIL'}  {text}")


if __name__ == "__main__":
    main()
