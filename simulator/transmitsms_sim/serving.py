"""The server stack every served simulator runs on: uvicorn, with httptools and uvloop.

Contract: ``uvicorn_config(app, **options)`` is the ``uvicorn.Config`` of the CLI, of
``background.ServerThread`` and of the benchmarks' bare app, so that all of them serve alike.
``options`` are passed on (``log_level``, ``access_log``, ``lifespan``...); ``http`` and ``loop``
name another of uvicorn's implementations, for the benchmark that compares them.

Why this stack (measured by ``bench/sim_http.py``, figures in the README): uvicorn's default,
the pure-Python h11 parser on the standard asyncio loop, spends more time per request than the
simulator's own work for small answers; httptools (the C parser of Node.js) and uvloop (libuv)
take most of that away while keeping uvicorn's behaviour and its ``sockets=`` interface, which
our listening sockets (``sockets.listen``) and the in-thread server of the test fixture need.
They are named explicitly rather than left to uvicorn's "auto" so that a missing dependency is an
error at start-up, not a silently slower server.
"""

from __future__ import annotations

import sys
from typing import Any

import uvicorn

HTTP = "httptools"
#: uvloop has no Windows build: there the standard loop serves (a dependency marker skips uvloop).
LOOP = "asyncio" if sys.platform == "win32" else "uvloop"


def uvicorn_config(app: Any, *, http: str = HTTP, loop: str = LOOP, **options: Any) -> uvicorn.Config:
    """A ``uvicorn.Config`` for ``app`` on the simulator's server stack (``http``/``loop`` to compare others)."""
    return uvicorn.Config(app, http=http, loop=loop, **options)
