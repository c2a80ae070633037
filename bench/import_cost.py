"""Import cost of the client against httpx, measured side by side in one run.

Each statement runs in a fresh interpreter (``python -c ...``), alternating, ROUNDS times; the
median wall time of each is printed with its ratio to ``import httpx`` (target: ``import
transmitsms`` <= 1.5x). Building a client is compared with building an ``httpx.Client``, which
loads httpcore and the TLS context, as every client of the SDK must.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 21
CASES = {
    "interpreter start-up (pass)": "pass",
    "import httpx": "import httpx",
    "import httpx; httpx.Client()": "import httpx; httpx.Client()",
    "import transmitsms": "import transmitsms",
    "from transmitsms import TransmitSMS; TransmitSMS(...)": (
        "from transmitsms import TransmitSMS; TransmitSMS(api_key='k', api_secret='s')"
    ),
    "... and client.sms (loads one resource group)": (
        "from transmitsms import TransmitSMS; TransmitSMS(api_key='k', api_secret='s').sms"
    ),
}
TARGET = 1.5


def measure() -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated_client"), "PYTHONDONTWRITEBYTECODE": "1"}
    for code in CASES.values():  # compile the byte code once, outside the measurement
        subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONDONTWRITEBYTECODE": ""}, check=True)
    samples: dict[str, list[float]] = {name: [] for name in CASES}
    for round_number in range(ROUNDS):
        names = list(CASES) if round_number % 2 == 0 else list(reversed(CASES))
        for name in names:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", CASES[name]], env=env, check=True)
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    medians = measure()
    httpx_time = medians["import httpx"]
    print(f"Import cost, median of {ROUNDS} fresh interpreters each (Python {sys.version.split()[0]}):")
    for name, value in medians.items():
        print(f"  {name:<55} {value * 1000:7.1f} ms   {value / httpx_time:5.2f}x httpx")
    ratio = medians["import transmitsms"] / httpx_time
    client = medians["from transmitsms import TransmitSMS; TransmitSMS(...)"] / medians["import httpx; httpx.Client()"]
    verdict = "OK" if ratio <= TARGET else "MISSED"
    print(f"import transmitsms / import httpx: {ratio:.2f}x (target <= {TARGET}x): {verdict}")
    print(f"building a TransmitSMS / building an httpx.Client: {client:.2f}x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
