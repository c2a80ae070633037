"""The legacy API over HTTP: ``POST /api`` and ``GET /api-wrapper/<method>``, for any backend.

Contract: ``LegacyEndpoint(service)`` is an ASGI endpoint answering both transports (mount it on
``/api`` and ``/api-wrapper/{method}``). It reads the request (``transport``), asks
``service.answer(request)`` for the ``Answer`` and writes it (``xmlcodec``). Every answer to a POST
to ``/api`` or a GET of ``/api-wrapper/<method>`` is HTTP 200 ``text/xml; charset=utf-8`` (another
HTTP method is 405 with ``Allow``, the error envelope as its body): a ``LegacyError`` from any
step, and any other exception (passed to ``service.internal_error`` first), is the error
envelope, so bad input never gets a 5xx or a traceback. A body larger than ``max_body_bytes`` is
refused unread. The ``Service`` is the backend: the simulator's in-process one
(``transmitsms_sim.web.legacy``) or the bridge's (``transmitsms_legacy.bridge``).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Protocol

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import transport
from .model import Answer, LegacyError, LegacyRequest
from .xmlcodec import method_of, render, render_error

MEDIA_TYPE = "text/xml; charset=utf-8"
WRAPPER = "/api-wrapper/"
UNEXPECTED = "The request could not be processed."


class Service(Protocol):
    """What the endpoint needs of a backend."""

    max_body_bytes: int

    def now(self) -> datetime:
        """The backend's clock, UTC, naive (the answers' ``time``)."""

    async def answer(self, request: LegacyRequest) -> Answer:
        """Authenticate and carry out ``request``; raise ``LegacyError`` for the error envelope."""

    def internal_error(self, where: str, exc: BaseException) -> None:
        """Record an exception no rule expected (it is answered with the error envelope)."""


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if re.fullmatch(r"[0-9]{1,18}", declared) and int(declared) > limit:
        raise LegacyError(f"Invalid request: the body is larger than {limit} bytes")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise LegacyError(f"Invalid request: the body is larger than {limit} bytes")
    return body


async def read(request: Request, limit: int) -> LegacyRequest:
    """The legacy request an HTTP request carries (see ``transport``)."""
    path = request.url.path
    if path.startswith(WRAPPER):
        method = path[len(WRAPPER) :].strip("/")
        if not method:
            raise LegacyError("Missing parameter: method (GET /api-wrapper/<method>)")
        return transport.from_query(method, request.url.query)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == transport.MULTIPART:
        try:
            form = await request.form(max_files=10, max_fields=transport.MAX_FIELDS)
        except Exception as exc:  # python-multipart raises several kinds for malformed bodies
            raise LegacyError(f"Invalid request: the multipart body cannot be read ({exc})") from None
        try:
            value = form.get("request")
            if isinstance(value, UploadFile):
                data = await value.read(limit + 1)
                if len(data) > limit:
                    raise LegacyError(f"Invalid request: the body is larger than {limit} bytes")
                text = transport.decode(data)
            else:
                text = value or ""
        finally:
            await form.close()
        if not text:
            raise LegacyError("Missing parameter: request (the XML envelope, in the form field `request`)")
        return transport.from_field(text)
    return transport.from_form(await _body(request, limit), media_type)


class LegacyEndpoint:
    def __init__(self, service: Service) -> None:
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        method = ""
        allowed = "GET" if request.url.path.startswith(WRAPPER) else "POST"
        if request.method != allowed:
            text = f"Invalid request: HTTP {request.method} is not supported here; use {allowed}"
            body = render_error(LegacyError(text), self.service.now())
            await Response(body, status_code=405, media_type=MEDIA_TYPE, headers={"Allow": allowed})(
                scope, receive, send
            )
            return
        try:
            legacy = await read(request, self.service.max_body_bytes)
            legacy = dataclasses.replace(legacy, peer=request.client.host if request.client else "")
            method = legacy.method
            body = render(await self.service.answer(legacy), self.service.now())
        except LegacyError as exc:
            exc.method = exc.method or method
            body = render_error(exc, self.service.now())
        except Exception as exc:
            self.service.internal_error(f"{request.method} {request.url.path}", exc)
            body = render_error(LegacyError(UNEXPECTED, method), self.service.now())
        await Response(body, media_type=MEDIA_TYPE)(scope, receive, send)


__all__ = ["LegacyEndpoint", "Service", "method_of", "read"]
