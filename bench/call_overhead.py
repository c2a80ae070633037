"""Per-call overhead of the high-level client against a bare httpx.Client, side by side in one run.

Both send the same request (``POST /send-sms.json``, the same form body and headers) to the same
local server (``local_server.py``, uvicorn in a child process on 127.0.0.1) over a kept-alive
connection, in alternating rounds; the median time per call of each is printed with the ratio
(target <= 1.10x). The bare client decodes the JSON; the SDK also builds the request model,
checks the error block and parses the response model. The client-side rate limiter is off here
(it exists to slow calls down); retries cost nothing on success.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "generated_client")]

from local_server import start_server, stop_server  # noqa: E402

from transmitsms import TransmitSMS  # noqa: E402

ROUNDS = 15
CALLS_PER_ROUND = 200
TARGET = 1.10


def per_call(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    for _ in range(CALLS_PER_ROUND):
        function()
    return (time.perf_counter() - start) / CALLS_PER_ROUND


def main() -> int:
    base_url, server = start_server()
    try:
        sdk = TransmitSMS(api_key="bench-key", api_secret="bench-secret", base_url=base_url, rate_limit=None)
        bare = httpx.Client(headers=dict(sdk._headers), timeout=sdk.timeout)
        url = f"{base_url}/send-sms.json"

        def bare_call() -> object:
            response = bare.post(url, data={"message": "Hello", "to": "61491570156"})
            response.raise_for_status()
            return response.json()

        def sdk_call() -> object:
            return sdk.sms.send(message="Hello", to=["61491570156"])

        for _ in range(3):  # warm up: connections, code paths
            per_call(bare_call)
            per_call(sdk_call)
        bare_times, sdk_times = [], []
        for round_number in range(ROUNDS):
            if round_number % 2 == 0:
                bare_times.append(per_call(bare_call))
                sdk_times.append(per_call(sdk_call))
            else:
                sdk_times.append(per_call(sdk_call))
                bare_times.append(per_call(bare_call))
        sdk.close()
        bare.close()
    finally:
        stop_server(server)
    bare_median, sdk_median = statistics.median(bare_times), statistics.median(sdk_times)
    ratio = sdk_median / bare_median
    print(f"Per-call time, median of {ROUNDS} rounds of {CALLS_PER_ROUND} calls (send-sms to a local uvicorn):")
    print(f"  bare httpx.Client            {bare_median * 1e6:8.1f} us")
    print(f"  TransmitSMS.sms.send         {sdk_median * 1e6:8.1f} us   (+{(sdk_median - bare_median) * 1e6:.1f} us)")
    print(f"ratio: {ratio:.3f}x (target <= {TARGET}x): {'OK' if ratio <= TARGET else 'MISSED'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
