"""The ASGI application: routes and lifespan.

Contract: ``create_app(settings)`` returns a Starlette app serving the spec (``/openapi.json``,
``/openapi.yaml``), the control API (``/_sim/...``), the inbox page (``/_sim/ui``) and the API
itself (every other path). The app works in-process without its lifespan having run
(``httpx.ASGITransport`` does not run it): then callbacks wait in the outbox until
``POST /_sim/flush``. With the lifespan (uvicorn, Starlette's ``TestClient`` as a context
manager), a background loop runs due work and delivers callbacks; shutting down stores the clock;
starting also puts the redacting filter on the simulator's, uvicorn's and httpx's loggers
(``redaction.install``). Every request's body must arrive within ``Settings.body_timeout``
(``deadline.py``).
The lifespan may run several times. The runtime is ``app.state.runtime``; ``runtime.close()`` closes the
database when the app is done with.

    >>> app = create_app(Settings(rate_limit=0, time_scale=0))
    >>> app.state.runtime.demo is not None
    True
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import redaction
from ..settings import Settings
from . import control, ui
from .api import ApiEndpoint
from .deadline import BodyDeadline
from .runtime import Runtime
from .spec import spec_json_bytes, spec_yaml_bytes


async def openapi_json(request: Request) -> Response:
    return Response(spec_json_bytes(), media_type="application/json")


async def openapi_yaml(request: Request) -> Response:
    return Response(spec_yaml_bytes(), media_type="application/yaml")


def create_app(
    settings: Settings | None = None, *, callback_transport: httpx.AsyncBaseTransport | None = None
) -> Starlette:
    """A simulator app; ``callback_transport`` replaces the network for callbacks and file fetches."""
    runtime = Runtime(settings or Settings(), callback_transport)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Once the server has configured logging: its access log prints every query string.
        redaction.install()
        await runtime.start_background()
        try:
            yield
        finally:
            await runtime.stop_background()

    routes = [
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/openapi.yaml", openapi_yaml, methods=["GET"]),
        *control.build(runtime),
        *ui.build(runtime),
        Route("/{path:path}", ApiEndpoint(runtime)),
    ]
    middleware = [Middleware(BodyDeadline, seconds=runtime.settings.body_timeout)]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=middleware)
    app.state.runtime = runtime
    return app
