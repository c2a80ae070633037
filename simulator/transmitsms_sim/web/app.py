"""The ASGI application: routes and lifespan.

Contract: ``create_app(settings)`` returns a Starlette app serving the spec (``/openapi.json``,
``/openapi.yaml``), the control API (``/_sim/...``), the inbox page (``/_sim/ui``), the
first-generation XML API (``/api``, ``/api-wrapper/<method>``, ``web.legacy``) and the API itself
(every other path). The app works in-process without its lifespan having run
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
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import redaction
from ..settings import Settings
from . import control, legacy, ui
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

    api = ApiEndpoint(runtime)
    routes = [
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/openapi.yaml", openapi_yaml, methods=["GET"]),
        *control.build(runtime),
        *ui.build(runtime),
        *legacy.routes(runtime),
        Route("/{path:path}", api),
    ]
    middleware = [Middleware(BodyDeadline, seconds=runtime.settings.body_timeout)]
    # The API's shortcut skips Starlette's middleware: its requests get the body deadline here.
    app = SimulatorApp(
        BodyDeadline(api, seconds=runtime.settings.body_timeout),
        routes=routes,
        lifespan=lifespan,
        middleware=middleware,
    )
    app.state.runtime = runtime
    return app


#: The paths of the routes before the API's catch-all: the spec's, the control API's (and the
#: inbox page's), the legacy XML API's.
_SPEC_PATHS = frozenset({"/openapi.json", "/openapi.yaml"})
_LEGACY_PATH = "/api"
_ROUTED_PREFIXES = ("/_sim", "/api-wrapper/")


class SimulatorApp(Starlette):
    """Starlette, with the API's requests handed straight to its endpoint.

    A request whose path no route before the catch-all can match goes to ``ApiEndpoint`` without
    Starlette's middleware and route matching, which would end in the same endpoint after trying
    each control route in turn: that was a tenth of the time of a get-balance (issue 11). The
    endpoint answers every error itself, so the middleware has nothing to add but the body deadline,
    which ``api`` carries itself. Everything else
    (the spec, the control API, the lifespan, an app served under a ``root_path``) goes the usual way.
    """

    def __init__(self, api: ASGIApp, **options: Any) -> None:
        super().__init__(**options)
        self.api = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] == "http"
            and not scope.get("root_path")
            and path not in _SPEC_PATHS
            and path != _LEGACY_PATH
            and not path.startswith(_ROUTED_PREFIXES)
        ):
            scope["app"] = self
            await self.api(scope, receive, send)
            return
        await super().__call__(scope, receive, send)
