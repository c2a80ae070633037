"""The server stack every served simulator runs on: uvicorn with httptools, on the standard asyncio loop.

Contract: ``uvicorn_config(app, **options)`` is the ``uvicorn.Config`` of the CLI, of
``background.ServerThread`` and of the benchmarks' bare app, so that all of them serve alike.
``options`` are passed on (``log_level``, ``access_log``, ``lifespan``...); ``http`` and ``loop``
name another of uvicorn's implementations, for the benchmark that compares them. The options
every server of the simulator passes (``server_options.uvicorn_options``: no proxy headers, no
server header) come first.

Why this stack (measured with ``bench/sim_http.py``, figures in the README): uvicorn's default
HTTP parser, the pure-Python h11, costs more per request than the simulator's own work on small
answers; httptools (the C parser of Node.js) serves the simulator 1.5 to 1.9 times as fast, keeping
uvicorn's behaviour and its ``sockets=`` interface, which our listening sockets
(``sockets.listen``) and the test fixture's in-thread server need. uvloop on top gave no steady
gain (the simulator's time is Python, not I/O), a tail four times as long on 500-recipient sends at
concurrency 16, and no Windows build; granian served the simulator slower than uvicorn. Both are
named explicitly rather than left to uvicorn's "auto", so that a missing httptools is an error at
start-up, not a silently slower server.
"""

from __future__ import annotations

from typing import Any

import uvicorn

from .server_options import uvicorn_options

HTTP = "httptools"
LOOP = "asyncio"


def uvicorn_config(app: Any, *, http: str = HTTP, loop: str = LOOP, **options: Any) -> uvicorn.Config:
    """A ``uvicorn.Config`` for ``app`` on the simulator's server stack (``http``/``loop`` to compare others)."""
    return uvicorn.Config(app, http=http, loop=loop, **{**uvicorn_options(), **options})
