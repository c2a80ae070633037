"""A deadline on reading a request's body: a client that sends half a body and stalls is answered 408.

Contract: ``BodyDeadline(app, seconds)`` is ASGI middleware. From the moment the app is called
for an HTTP request, the whole body must have arrived within ``seconds`` (0: no deadline). When
it has not, the app's next wait for the body ends as if the client had gone away
(``http.disconnect``: Starlette raises ``ClientDisconnect``, which the app answers no one for),
and, if the app has not started an answer, the middleware answers 408 with the API's error block
(``FIELD_INVALID``) and ``Connection: close``. Once the body is complete, later waits (for a
disconnect, during a long poll) are not limited. Requests without a body are not affected.

Why here and not in the server: uvicorn's ``timeout_keep_alive`` is about idle connections
between requests and limits nothing once a request's headers are in, so a slow body would hold
its connection and its handler for ever; being middleware, the deadline holds however the app is
served.
"""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

STATUS = 408
BODY = json.dumps(
    {"error": {"code": "FIELD_INVALID", "description": "The request's body did not arrive in time."}}
).encode()


class BodyDeadline:
    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.seconds <= 0:
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.seconds
        state = {"complete": False, "expired": False, "started": False}

        async def limited_receive() -> Message:
            if state["complete"]:
                return await receive()
            try:
                # timeout_at, not wait_for: no task per message on the hot path.
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                state["expired"] = True
                return {"type": "http.disconnect"}
            if message["type"] != "http.request" or not message.get("more_body", False):
                state["complete"] = True
            return message

        async def tracked_send(message: Message) -> None:
            if state["expired"] and not state["started"]:
                return  # the app's answer to the "disconnect": the 408 below says what happened
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        await self.app(scope, limited_receive, tracked_send)
        if state["expired"] and not state["started"]:
            await send(
                {
                    "type": "http.response.start",
                    "status": STATUS,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(BODY)).encode()),
                        (b"connection", b"close"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": BODY})
