"""The app: the API's requests reach its endpoint directly, answered exactly as through Starlette."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from tests.support.simulator import settings
from transmitsms_sim.web.app import _LEGACY_PATH, _ROUTED_PREFIXES, _SPEC_PATHS, create_app


def test_every_route_but_the_api_is_one_the_shortcut_leaves_to_starlette() -> None:
    app = create_app(settings())
    try:
        *named, catch_all = app.routes
        assert isinstance(catch_all, Route) and catch_all.path == "/{path:path}"
        for route in named:
            assert isinstance(route, Route)
            assert route.path in (*_SPEC_PATHS, _LEGACY_PATH) or route.path.startswith(_ROUTED_PREFIXES), route.path
    finally:
        app.state.runtime.close()


REQUESTS = [
    ("POST", "/get-balance.json", True),
    ("GET", "/get-balance.xml", True),
    ("POST", "//2/get-balance.json", True),
    ("POST", "/get-balance.json", False),
    ("PUT", "/get-balance.json", True),
    ("OPTIONS", "/get-balance.json", True),
    ("POST", "/no-such-method.json", True),
    ("GET", "/", True),
    ("GET", "/openapi.json/", True),
    ("GET", "/_simulator.json", True),
    ("GET", "/_sim/clock", True),
    ("GET", "/_sim/nothing-here", True),
    ("POST", "/openapi.json", True),
    ("GET", "/openapi.yaml", True),
    ("GET", "/api", True),
    ("GET", "/api-wrapper/api.version", True),
    ("GET", "/api.json", True),
    ("GET", "/api-wrapper", True),
]


@pytest.mark.parametrize(("method", "path", "authenticated"), REQUESTS)
def test_answers_are_those_starlette_routing_gives(method: str, path: str, authenticated: bool) -> None:
    app = create_app(settings(create_demo_account=True, demo_api_key="key", demo_api_secret="secret"))

    async def through_starlette(scope: Scope, receive: Receive, send: Send) -> None:
        await Starlette.__call__(app, scope, receive, send)

    async def answers() -> list[tuple[int, str, bytes]]:
        found = []
        for target in (app, through_starlette):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=target), base_url="http://sim") as client:
                auth = ("key", "secret") if authenticated else None
                response = await client.request(method, path, auth=auth)
                found.append((response.status_code, response.headers.get("content-type", ""), response.content))
        return found

    try:
        shortcut, routed = asyncio.run(answers())
        assert shortcut == routed
    finally:
        app.state.runtime.close()
