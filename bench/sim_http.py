"""The served simulator over real HTTP, side by side with Prism and a bare app, under the same load.

Three servers, each in a process of its own on 127.0.0.1, measured in one run, case by case:

* the simulator served as ``transmitsms-sim serve --memory --rate-limit 0 --time-scale 0``
  serves it (the same app, listening socket and uvicorn config, in a child process of this
  script): rate limit off, and the clock manual, so that no delivery work runs in the background
  of the measurement;
* Prism (``@stoplight/prism-cli``, pinned in package.json) mocking the same bundled spec,
  ``dist/openapi.json``: a stateless mock, the usual alternative to a simulator;
* a bare Starlette app answering a fixed JSON body, served by the same server stack as the
  simulator (``transmitsms_sim.serving.uvicorn_config``): the floor of what a Python
  server can do, so that ``sim/bare`` is the share of the time the simulator's own work leaves.

The load generator is wrk (Debian's ``wrk``): keep-alive connections, one thread, at concurrency
1 and 16. wrk is written in C and needs a fraction of a core to drive any of these servers, where
a Python load generator would be the bottleneck against Prism and the bare app and would share the
second core with them less fairly. Each cell prints requests per second and the p50 and p99
latency; the ratios compare the simulator with Prism and with the bare app in the same run.

Prism crashes on send-sms with the spec's callbacks (its body parser meets an already-parsed
body): the benchmark probes it once, reports the crash, and compares those rows with the bare app
only; if a later Prism answers, its figures are shown.

``python bench/sim_http.py`` (in ``make bench``) prints the table and the issue's targets with
PASS or FAIL; ``--quick`` runs every case for a few requests only (the test suite runs it so that
the benchmark cannot rot; its figures mean nothing). ``--http h11`` (or ``--loop uvloop``, with
uvloop installed) serves the simulator and the bare app on another of uvicorn's stacks, to compare
(README).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "dist" / "openapi.json"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0
LIST_SIZE = 500
CONCURRENCY = (1, 16)
CREDENTIALS = ("bench", "bench-secret")

#: wrk's Lua script: the request, and one JSON line of results when the run is done. In a quick
#: run each connection stops after a few answers (``thread:stop``), so a cell takes milliseconds.
WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = {auth}
local stop_after = {stop_after}
if stop_after > 0 then
  local answered = 0
  response = function(status, headers, body)
    answered = answered + 1
    if answered >= stop_after then wrk.thread:stop() end
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nRESULT {{"requests": %d, "duration_us": %d, "socket_errors": %d, "bad_status": %d, ' ..
    '"p50_us": %d, "p99_us": %d}}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
"""


@dataclass(frozen=True)
class Stack:
    http: str
    loop: str


@dataclass(frozen=True)
class Case:
    name: str
    path: str
    body: dict[str, str]
    #: Whether Prism takes part: it has no state (no list to send to) and crashes on send-sms.
    prism: bool


@dataclass(frozen=True)
class Cell:
    rate: float
    p50_ms: float
    p99_ms: float

    def shown(self) -> str:
        return f"{self.rate:8.0f} {self.p50_ms:7.2f} {self.p99_ms:7.2f}"


NOT_MEASURED = " " * 9 + "-".center(7) + " " + "-".center(7)


@dataclass
class Server:
    name: str
    base_url: str
    auth: tuple[str, str]
    process: subprocess.Popen[str]
    log: Path

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def _wait_for_line(server_log: Path, process: subprocess.Popen[str], marker: str) -> str:
    """The first line of ``server_log`` that contains ``marker``, waiting for the process to print it."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        for line in server_log.read_text(errors="replace").splitlines():
            if marker in line:
                return line
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the server did not start (no {marker!r} line):\n{server_log.read_text(errors='replace')}")


def _start(command: list[str], log: Path) -> subprocess.Popen[str]:
    with log.open("w") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)


def _start_child(workdir: Path, role: str, stack: Stack) -> Server:
    """This script, in a process of its own, serving ``role`` (simulator or bare) on ``stack``."""
    log = workdir / f"{role}.log"
    command = [sys.executable, str(Path(__file__).resolve()), "--serve", role]
    process = _start([*command, "--http", stack.http, "--loop", stack.loop], log)
    port = _wait_for_line(log, process, "PORT").split()[-1]
    return Server(role, f"http://127.0.0.1:{port}", CREDENTIALS, process, log)


def start_simulator(workdir: Path, stack: Stack) -> Server:
    """The served simulator, with a 500-member list and money enough to send to it."""
    server = _start_child(workdir, "simulator", stack)
    try:
        with httpx.Client(base_url=server.base_url, auth=server.auth, timeout=30) as client:
            account_id = client.get("/_sim/accounts").raise_for_status().json()["accounts"][0]["id"]
            client.post(f"/_sim/accounts/{account_id}/top-up", json={"amount": 1e9}).raise_for_status()
            created = client.post("/add-list.json", data={"name": "Bench 500"}).raise_for_status().json()
            for n in range(LIST_SIZE):
                member = {"list_id": str(created["id"]), "msisdn": f"614915{n:05d}", "first_name": f"Member{n}"}
                client.post("/add-to-list.json", data=member).raise_for_status()
    except BaseException:
        server.stop()
        raise
    return server


def start_prism(workdir: Path) -> Server:
    log = workdir / "prism.log"
    process = _start([str(PRISM), "mock", "--host", "127.0.0.1", "--port", "0", str(SPEC)], log)
    line = _wait_for_line(log, process, "Prism is listening on")
    return Server("prism", line.split()[-1], ("bench", "bench"), process, log)


def serve(role: str, stack: Stack) -> None:
    """A server process: the simulator as ``transmitsms-sim serve --memory --rate-limit 0
    --time-scale 0`` serves it (same app, socket and uvicorn config), or the bare app."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from transmitsms_sim import Settings, create_app
    from transmitsms_sim.serving import uvicorn_config
    from transmitsms_sim.sockets import listen

    if role == "simulator":
        key, secret = CREDENTIALS
        app = create_app(Settings(rate_limit=0, time_scale=0, demo_api_key=key, demo_api_secret=secret))
    else:
        body = json.dumps({"balance": 100, "currency": "AUD", "error": {"code": "SUCCESS", "description": "OK"}})

        async def answer(request: Request) -> Response:
            await request.body()
            return Response(body, media_type="application/json")

        app = Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST"])])
    sock = listen("127.0.0.1", 0)
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    config = uvicorn_config(app, http=stack.http, loop=stack.loop, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def _form(body: dict[str, str]) -> str:
    return str(httpx.QueryParams(body))


def wrk(server: Server, case: Case, connections: int, seconds: int, stop_after: int, workdir: Path) -> Cell:
    """One wrk run of ``case`` against ``server``: requests/s and latencies; raises if any request failed."""
    token = base64.b64encode(":".join(server.auth).encode()).decode()
    slug = "".join(ch if ch.isalnum() else "-" for ch in case.name)
    script = workdir / f"{server.name}-{connections}-{slug}.lua"
    script.write_text(
        WRK_SCRIPT.format(body=json.dumps(_form(case.body)), auth=json.dumps(f"Basic {token}"), stop_after=stop_after)
    )
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script)]
    done = subprocess.run([*command, server.base_url + case.path], capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed on {server.name} {case.name}: {done.stdout}\n{done.stderr}")
    result = json.loads(lines[-1].removeprefix("RESULT "))
    if result["socket_errors"] or result["bad_status"] or not result["requests"]:
        raise RuntimeError(f"{server.name} failed requests on {case.name}: {result}\n{server.log_tail()}")
    return Cell(result["requests"] / (result["duration_us"] / 1e6), result["p50_us"] / 1000, result["p99_us"] / 1000)


def probe(server: Server, case: Case) -> str | None:
    """None if ``server`` answers ``case`` with a 2xx; else what went wrong, in one line."""
    try:
        response = httpx.post(server.base_url + case.path, data=case.body, auth=server.auth, timeout=10)
        if response.is_success:
            return None
        return f"HTTP {response.status_code}: {response.text[:200]}"
    except httpx.HTTPError as exc:
        time.sleep(0.5)  # let a crashing process finish writing its stack trace
        crash = next((line.strip() for line in server.log.read_text().splitlines() if "Error:" in line), "")
        state = "crashed" if not server.alive() else "failed"
        return f"{state} ({crash or type(exc).__name__})"


def cases(list_id: str) -> list[Case]:
    return [
        Case("get-balance", "/get-balance.json", {}, prism=True),
        Case("get-lists", "/get-lists.json", {}, prism=True),
        Case("send-sms, 1 recipient", "/send-sms.json", {"message": "Hello", "to": "61491570156"}, prism=False),
        Case("send-sms, 500-member list", "/send-sms.json", {"message": "Hi [firstname]", "list_id": list_id}, False),
    ]


@contextmanager
def servers(workdir: Path, stack: Stack) -> Iterator[tuple[Server, Server, Server]]:
    started: list[Server] = []
    try:
        started.append(start_simulator(workdir, stack))
        started.append(start_prism(workdir))
        started.append(_start_child(workdir, "bare", stack))
        yield started[0], started[1], started[2]
    finally:
        for server in started:
            server.stop()


def ratio(a: Cell | None, b: Cell | None) -> str:
    return f"{a.rate / b.rate:6.2f}x" if a and b else "      -"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few requests per case: checks the benchmark runs")
    parser.add_argument("--seconds", type=int, default=3, help="seconds of load per cell (default 3)")
    parser.add_argument("--http", default=None, help="uvicorn's HTTP implementation, to compare (default: ours)")
    parser.add_argument("--loop", default=None, help="uvicorn's event loop, to compare (default: ours)")
    parser.add_argument("--serve", choices=["simulator", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    from transmitsms_sim import serving

    stack = Stack(args.http or serving.HTTP, args.loop or serving.LOOP)
    if args.serve:
        serve(args.serve, stack)
        return 0
    for needed, how in ((shutil.which("wrk"), "apt-get install wrk"), (PRISM.exists(), "make node_modules")):
        if not needed:
            print(f"sim_http: wrk and Prism are needed ({how})", file=sys.stderr)
            return 2
    if not SPEC.exists():
        print(f"sim_http: {SPEC} is missing (make bundle)", file=sys.stderr)
        return 2
    seconds, stop_after = (1, 5) if args.quick else (args.seconds, 0)
    results: dict[tuple[str, int, str], Cell] = {}
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sim-http-") as tmp, servers(Path(tmp), stack) as (sim, prism, bare):
        workdir = Path(tmp)
        with httpx.Client(base_url=sim.base_url, auth=sim.auth) as client:
            list_id = str(client.post("/get-lists.json").raise_for_status().json()["lists"][0]["id"])
        table = cases(list_id)
        for case in table:
            problem = probe(sim, case) or probe(bare, case)
            if problem:
                raise RuntimeError(f"{case.name}: {problem}")
        prism_cases = {case.name for case in table if case.prism}
        # Prism last of all: the probe of a send-sms may bring it down.
        for case in table:
            if case.prism or not prism.alive():
                continue
            problem = probe(prism, case)
            if problem is None:
                prism_cases.add(case.name)
            else:
                notes.append(f"Prism {problem} on {case.name}: that row is compared with the bare app only.")
        if not prism.alive():
            prism, restarted = start_prism(workdir), prism
            restarted.stop()
        jobs = [
            (case, connections, server)
            for case in table
            for connections in CONCURRENCY
            for server in (sim, prism, bare)
            if server is not prism or case.name in prism_cases
        ]
        try:
            # A full run measures one cell at a time; a quick one only checks that every cell
            # works, all at once (wrk's duration is whole seconds: one after the other would
            # take as many seconds as there are cells).
            with ThreadPoolExecutor(max_workers=len(jobs) if args.quick else 1) as pool:
                cells = pool.map(lambda job: wrk(job[2], job[0], job[1], seconds, stop_after, workdir), jobs)
                for (case, connections, server), cell in zip(jobs, list(cells), strict=True):
                    results[case.name, connections, server.name] = cell
        finally:
            prism.stop()
    print_table(table, results, notes, seconds, args.quick, stack)
    return 0


def print_table(
    table: list[Case],
    results: dict[tuple[str, int, str], Cell],
    notes: list[str],
    seconds: int,
    quick: bool,
    stack: Stack,
) -> None:
    how = "a few requests per cell (--quick: figures mean nothing)" if quick else f"{seconds} s per cell"
    print(f"Simulator over HTTP: wrk, keep-alive, 1 thread, {how}; one run, servers side by side")
    print(f"simulator and bare app on uvicorn (http={stack.http}, loop={stack.loop}); Prism on Node.js")
    head = f"{'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}"
    print(f"{'':27}{'c':>3}  {'simulator':^24}  {'Prism':^24}  {'bare app':^24}  {'sim/Prism':>9} {'sim/bare':>8}")
    print(f"{'':27}{'':>3}  {head}  {head}  {head}")
    for case in table:
        for c in CONCURRENCY:
            sim, prism, bare = (results.get((case.name, c, name)) for name in ("simulator", "prism", "bare"))
            cells = "  ".join(cell.shown() if cell else NOT_MEASURED for cell in (sim, prism, bare))
            print(f"{case.name:27}{c:>3}  {cells}  {ratio(sim, prism):>9} {ratio(sim, bare):>8}")
    for note in notes:
        print(note)
    print("Targets (issue 11):")
    for ok, text in targets(results):
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")


def targets(results: dict[tuple[str, int, str], Cell]) -> list[tuple[bool, str]]:
    """Each target, met or not, with the figures that decide it."""
    found = []
    for name in ("get-balance", "get-lists"):
        ratios = [results[name, c, "simulator"].rate / results[name, c, "prism"].rate for c in CONCURRENCY]
        shown = ", ".join(f"c={c}: {r:.2f}x" for c, r in zip(CONCURRENCY, ratios, strict=True))
        found.append((min(ratios) >= 1.0, f"{name}: requests/s >= 1.0x Prism's ({shown})"))
    p50 = results["get-balance", 1, "simulator"].p50_ms
    found.append((p50 <= 2.0, f"get-balance: p50 latency at concurrency 1 <= 2 ms ({p50:.2f} ms)"))
    name = "send-sms, 1 recipient"
    ratios = [results[name, c, "simulator"].rate / results[name, c, "bare"].rate for c in CONCURRENCY]
    shown = ", ".join(f"c={c}: {r:.2f}x" for c, r in zip(CONCURRENCY, ratios, strict=True))
    found.append((min(ratios) >= 0.5, f"{name}: requests/s >= 0.5x the bare app's ({shown})"))
    return found


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
