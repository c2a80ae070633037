"""Running the app in-process for synchronous callers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from transmitsms_sim.inprocess import InProcess


def test_requests_go_straight_into_the_app_with_its_lifespan(new_app: Any) -> None:
    app = new_app(create_demo_account=True)
    demo = app.state.runtime.demo
    with InProcess(app) as sim, sim.client(auth=(demo.api_key, demo.api_secret)) as client:
        assert isinstance(client, httpx.Client)
        assert client.post("/get-balance.json", data={}).json()["balance"] == 100
        assert client.get("/get-balance.xml").text.startswith("<?xml")


@pytest.mark.anyio
async def test_async_callers_use_asgi_transport_without_a_lifespan(new_app: Any) -> None:
    app = new_app(create_demo_account=True)
    demo = app.state.runtime.demo
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://localhost", auth=(demo.api_key, demo.api_secret)
    ) as client:
        assert (await client.get("/get-balance.json")).status_code == 200
        assert (await client.post("/_sim/flush")).json()["callback_attempts"] == 0


def test_the_lifespan_may_run_again(new_app: Any) -> None:
    """Test clients (schemathesis's among them) may start and stop an app's lifespan repeatedly."""
    app = new_app(create_demo_account=True)
    demo = app.state.runtime.demo
    for _ in range(2):
        with InProcess(app) as sim, sim.client(auth=(demo.api_key, demo.api_secret)) as client:
            assert client.post("/send-sms.json", data={"message": "Hi", "to": "61491570156"}).status_code == 200
    with InProcess(app) as sim, sim.client(auth=(demo.api_key, demo.api_secret)) as client:
        assert client.get("/get-balance.json").json()["balance"] == 99.826
