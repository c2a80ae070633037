"""A bulk send in a process of its own, for the SIGKILL test (``test_bulk_kill.py``).

    python bulk_worker.py JOB.json

``JOB.json`` holds ``base_url``, ``api_key``, ``api_secret``, ``journal``, ``recipients``,
``chunk_size`` and ``pause`` (seconds). Before each send-sms request leaves, it prints
``before N``; once the service has answered, ``answered N``, then waits ``pause`` seconds before
handing the answer to the client, so that a kill can land between the service acting and the
journal recording it. At the end it prints the summary as one JSON line (``summary {...}``).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

import httpx

from transmitsms import TransmitSMS


class Announcing(httpx.HTTPTransport):
    def __init__(self, pause: float) -> None:
        super().__init__()
        self.pause = pause
        self.sends = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/send-sms.json":
            return super().handle_request(request)
        self.sends += 1
        print(f"before {self.sends}", flush=True)
        response = super().handle_request(request)
        response.read()
        print(f"answered {self.sends}", flush=True)
        time.sleep(self.pause)
        return response


def main() -> None:
    job = json.loads(Path(sys.argv[1]).read_text())
    with TransmitSMS(
        api_key=job["api_key"],
        api_secret=job["api_secret"],
        base_url=job["base_url"],
        rate_limit=None,
        transport=Announcing(job["pause"]),
    ) as client:
        summary = client.sms.send_bulk(
            job["recipients"],
            message="Killed",
            journal=job["journal"],
            chunk_size=job["chunk_size"],
            reconcile_after=0,
        )
    print("summary " + json.dumps(asdict(summary)), flush=True)


if __name__ == "__main__":
    main()
