"""Benchmarks of the simulator, each measured side by side with a baseline in one run.

* Requests per second, in-process through ``httpx.ASGITransport`` with the rate limit off:
  get-balance, send-sms to 1 recipient and send-sms to 500 recipients. The baseline is a bare
  Starlette app answering a fixed JSON body through the same transport: the ratio is the share of
  the time the framework and client alone would take.
* Callbacks delivered per second from the outbox, by the worker, to a local receiver on
  127.0.0.1; the baseline is the same number of GET requests sent straight to the receiver with
  the same concurrency, with no outbox.

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
    done, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        response = await call(client)
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code}: {response.text[:200]}")
        done += 1
    return done / elapsed


async def requests_per_second(seconds: float) -> list[tuple[str, float, float]]:
    results = []
    app = create_app(_settings(callback_timeout=1))
    runtime = app.state.runtime
    transport = httpx.ASGITransport(app=app)
    baseline = httpx.ASGITransport(app=_baseline_app())
    auth = ("bench", "bench-secret")
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://localhost", auth=auth) as sim,
        httpx.AsyncClient(transport=baseline, base_url="http://base", auth=auth) as base,
    ):
        await sim.post(f"/_sim/accounts/{runtime.demo.id}/top-up", json={"amount": 1_000_000_000})
        cases: list[tuple[str, Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]]] = [
            ("get-balance", lambda c: c.get("/get-balance.json")),
            (
                "send-sms, 1 recipient",
                lambda c: c.post("/send-sms.json", data={"message": "Hello", "to": "61491570156"}),
            ),
            (
                "send-sms, 500 recipients",
                lambda c: c.post("/send-sms.json", data={"message": "Hello", "to": RECIPIENTS_500}),
            ),
        ]
        for name, call in cases:
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
        limit = asyncio.Semaphore(16)
        async with httpx.AsyncClient() as client:

            async def one(n: int) -> None:
                async with limit:
                    (await client.get(f"{url}/dlr?k=v&n={n}")).raise_for_status()

            started = time.perf_counter()
            await asyncio.gather(*(one(n) for n in range(attempts)))
            floor = attempts / (time.perf_counter() - started)
    return measured, floor


def main() -> None:
    print("Simulator benchmarks (in-process, rate limit off; one run, figures side by side)")
    print(f"{'':28} {'simulator':>12} {'baseline':>12} {'ratio':>7}")
    for name, measured, floor in asyncio.run(requests_per_second(seconds=2.0)):
        print(f"{name + ' (req/s)':28} {measured:12.0f} {floor:12.0f} {measured / floor:7.2f}")
    measured, floor = asyncio.run(callbacks_per_second(count=2000))
    print(f"{'callbacks delivered (/s)':28} {measured:12.0f} {floor:12.0f} {measured / floor:7.2f}")
    print("baselines: a bare Starlette app through the same transport; plain GETs to the same receiver")


if __name__ == "__main__":
    main()
