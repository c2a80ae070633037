"""The bridge: the legacy XML API served in front of a current Transmit SMS service.

Contract: ``transmitsms-legacy-bridge --upstream https://api.transmitsms.com`` serves ``/api`` and
``/api-wrapper/<method>`` and carries out each legacy call with the same translator as the
simulator (``translator.translate``), calling the current operations through the generated
``transmitsms`` client (``AsyncTransmitSMS``), as the account whose key and secret the legacy call
carries. So an old integration keeps working against today's service while it is migrated.

The client is imported lazily, inside ``ClientService``: ``transmitsms-sim`` installs without it,
and the command then says in one line what to install (``pip install "transmitsms-sim[client]"``),
exit status 2. ``--account-id KEY=ID`` tells the bridge an account's own id, which
transactions.get needs and no current operation answers (``x-no-twin`` in the legacy spec).

The current operation of each call is found on the client by the client's naming rule (a method of
its tag's group named after the operation, or its verb alone: ``send_sms`` is ``sms.send``), and
each argument by its name (``from`` is ``from_``); tests hold this lookup to the generator's rule.
"""

from __future__ import annotations

import argparse
import keyword
import re
import signal
import sys
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.routing import Route

from .asgi import LegacyEndpoint
from .model import Answer, LegacyError, LegacyRequest, authentication_failed
from .translator import OWN_ACCOUNT_ID, Call, CurrentError, drive_async, translate

if TYPE_CHECKING:
    import httpx

    from transmitsms import AsyncTransmitSMS

INSTALL_HINT = 'transmitsms-legacy-bridge needs the transmitsms client: pip install "transmitsms-sim[client]"'
DEFAULT_PORT = 8090
#: Clients kept open, one per account the bridge has served lately.
MAX_CLIENTS = 64


class MissingClientError(ImportError):
    """The ``transmitsms`` package is not installed."""


def _import_client() -> Any:
    try:
        import transmitsms
    except ImportError as exc:
        raise MissingClientError(INSTALL_HINT) from exc
    return transmitsms


def argument_name(parameter: str) -> str:
    """The keyword argument of a current parameter in the client (``from`` -> ``from_``)."""
    return parameter + "_" if keyword.iskeyword(parameter) else parameter


def find_method(client: Any, operation: str) -> Callable[..., Awaitable[Any]]:
    """The ``with_raw_response`` method of ``operation`` on ``client`` (see the module docstring)."""
    groups = [name for name, value in vars(type(client)).items() if isinstance(value, cached_property)]
    verb, _, rest = operation.partition("_")
    for group in groups:
        raw = getattr(getattr(client, group), "with_raw_response", None)
        if raw is None:
            continue
        found = getattr(raw, operation, None) or (getattr(raw, verb, None) if rest == group else None)
        if found is not None:
            return found  # type: ignore[no-any-return]
    raise LookupError(f"the client has no method for the operation {operation}")


class ClientService:
    """The backend of the bridge: current operations called through ``AsyncTransmitSMS``."""

    def __init__(
        self,
        upstream: str,
        *,
        account_ids: dict[str, int] | None = None,
        rate_limit: float | None = 2.0,
        allow_insecure_http: bool = False,
        timeout: float = 30.0,
        max_body_bytes: int = 1_000_000,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.client_module = _import_client()
        self._clock = clock
        self.upstream = upstream
        self.account_ids = dict(account_ids or {})
        self.rate_limit = rate_limit
        self.allow_insecure_http = allow_insecure_http
        self.timeout = timeout
        self.max_body_bytes = max_body_bytes
        self.transport = transport
        self._clients: OrderedDict[tuple[str, str], AsyncTransmitSMS] = OrderedDict()
        self._closing: list[AsyncTransmitSMS] = []
        self.errors: list[str] = []

    def now(self) -> datetime:
        """The upstream's time as the bridge knows it: the wall clock, UTC (``clock`` replaces it:
        a simulator upstream on a clock of its own)."""
        if self._clock is not None:
            return self._clock()
        return datetime.now(UTC).replace(tzinfo=None, microsecond=0)

    def internal_error(self, where: str, exc: BaseException) -> None:
        self.errors.append(f"{where}: {type(exc).__name__}: {exc}"[:500])
        print(f"transmitsms-legacy-bridge: {self.errors[-1]}", file=sys.stderr)

    def client(self, key: str, secret: str) -> AsyncTransmitSMS:
        """The client of one account (kept, at most ``MAX_CLIENTS``; the oldest is dropped)."""
        found = self._clients.get((key, secret))
        if found is not None:
            self._clients.move_to_end((key, secret))
            return found
        client: AsyncTransmitSMS = self.client_module.AsyncTransmitSMS(
            api_key=key,
            api_secret=secret,
            base_url=self.upstream,
            rate_limit=self.rate_limit,
            allow_insecure_http=self.allow_insecure_http,
            timeout=self.timeout,
            transport=self.transport,
        )
        self._clients[(key, secret)] = client
        if len(self._clients) > MAX_CLIENTS:
            _, oldest = self._clients.popitem(last=False)
            self._closing.append(oldest)
        return client

    async def run(self, key: str, secret: str, call: Call) -> Any:
        if call.operation == OWN_ACCOUNT_ID:
            if key not in self.account_ids:
                raise LegacyError(
                    "This method needs the account's own id, which the current API does not tell: "
                    "start the bridge with --account-id KEY=ID"
                )
            return self.account_ids[key]
        client = self.client(*(call.credentials or (key, secret)))
        method = find_method(client, call.operation)
        arguments = {argument_name(name): value for name, value in call.arguments.items()}
        errors = self.client_module
        try:
            raw = await method(**arguments)
        except errors.APIError as exc:
            raise CurrentError(exc.code or f"HTTP_{exc.status_code}", exc.description) from None
        except errors.ConfigurationError as exc:
            raise LegacyError(f"The bridge cannot call the current API: {exc}") from None
        except (errors.APIConnectionError, errors.MalformedResponseError) as exc:
            raise LegacyError(f"The current API did not answer usably: {exc}") from None
        body = dict(raw.json())
        body.pop("error", None)
        return body

    async def answer(self, request: LegacyRequest) -> Answer:
        if not request.key:
            raise authentication_failed(request.key, request.secret, request.method)

        async def run(call: Call) -> Any:
            return await self.run(request.key, request.secret, call)

        return await drive_async(translate(request, self.now()), run)

    async def aclose(self) -> None:
        for client in [*self._clients.values(), *self._closing]:
            await client.close()
        self._clients.clear()
        self._closing.clear()


def create_app(service: ClientService) -> Starlette:
    """The bridge's ASGI app: the two legacy routes in front of ``service``."""
    endpoint = LegacyEndpoint(service)
    routes = [
        Route("/api", endpoint),
        Route("/api-wrapper/{method:path}", endpoint),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await service.aclose()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.service = service
    return app


def _account_id(text: str) -> tuple[str, int]:
    key, _, value = text.partition("=")
    if not key or not re.fullmatch(r"[0-9]{1,18}", value):
        raise argparse.ArgumentTypeError(f"expected KEY=ID (an API key and its account id), got {text!r}")
    return key, int(value)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transmitsms-legacy-bridge",
        description=(
            "Serve the first-generation Burst SMS XML API (/api, /api-wrapper/<method>) "
            "in front of the current Transmit SMS API."
        ),
    )
    p.add_argument("--upstream", required=True, help="the current API's base URL, e.g. https://api.transmitsms.com")
    p.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"the port (default {DEFAULT_PORT}; 0 picks a free one)"
    )
    p.add_argument(
        "--account-id",
        type=_account_id,
        action="append",
        default=[],
        metavar="KEY=ID",
        help="an account's own id, for transactions.get (repeat for several accounts)",
    )
    p.add_argument(
        "--rate-limit", type=float, default=2.0, help="calls per second to the upstream per account (0: no limit)"
    )
    p.add_argument("--allow-insecure-http", action="store_true", help="allow a plain http:// upstream beyond loopback")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        service = ClientService(
            args.upstream,
            account_ids=dict(args.account_id),
            rate_limit=args.rate_limit or None,
            allow_insecure_http=args.allow_insecure_http,
        )
        service.client("check", "check")  # a bad --upstream is refused now, not on the first call
    except MissingClientError as exc:
        print(exc, file=sys.stderr)
        return 2
    except Exception as exc:  # the client's ConfigurationError: one line, no traceback
        print(f"transmitsms-legacy-bridge: {exc}", file=sys.stderr)
        return 2
    import uvicorn

    # The simulator's serving helpers (standard library and uvicorn only, nothing of its state):
    # a listening socket whose connections get TCP_NODELAY, and the same server stack.
    from transmitsms_sim.serving import uvicorn_config
    from transmitsms_sim.sockets import listen

    try:
        listener = listen(args.host, args.port)
    except OSError as exc:
        print(f"transmitsms-legacy-bridge: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    host, port = listener.getsockname()[:2]
    print(f"transmitsms-legacy-bridge: the legacy XML API on http://{host}:{port}/api, forwarding to {args.upstream}")
    sys.stdout.flush()
    app = create_app(service)
    server = uvicorn.Server(uvicorn_config(app, log_level="warning", lifespan="on"))
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stopped)  # a clean exit after uvicorn's graceful shutdown
    try:
        server.run(sockets=[listener])
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        listener.close()
    return 0


class _Stopped(Exception):
    """SIGTERM, once uvicorn has shut down (it raises the signal again for the handler it found)."""


def _stopped(signum: int, frame: object) -> None:
    raise _Stopped


if __name__ == "__main__":
    sys.exit(main())
