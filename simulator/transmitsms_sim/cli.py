"""The ``transmitsms-sim`` command.

``transmitsms-sim serve [--host 127.0.0.1] [--port 8080] [--db PATH | --memory] [--rate-limit 2]
[--time-scale 1] [--strict] [--control-token T [--require-control-token] [--control-host NAME]...]
[--auth-failure-limit 20] [--body-timeout 30] [--log-level warning]`` serves the simulator until
interrupted. On start it prints the base URL and the credentials of the demo account (created on
an empty database); every log line is redacted (``redaction.py``). ``--port 0`` picks a free port.
``--help`` and ``--version`` load nothing but this module and ``settings``; a dependency that
cannot be imported when serving is one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from . import __version__
from .settings import Settings
from .sockets import listen

DEFAULT_DB = "transmitsms-sim.db"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="transmitsms-sim", description="A local, stateful Transmit SMS API.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="serve the simulator over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default 8080)")
    storage = serve.add_mutually_exclusive_group()
    storage.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"SQLite file (default {DEFAULT_DB})")
    storage.add_argument("--memory", action="store_true", help="keep everything in memory")
    serve.add_argument(
        "--rate-limit", type=float, default=2.0, metavar="N", help="requests per second per account; 0 turns it off"
    )
    serve.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        metavar="X",
        help="simulated seconds per real second; 0 is a manual clock moved by the control API",
    )
    serve.add_argument("--control-token", help="let non-loopback clients use /_sim/ with this X-Sim-Token")
    serve.add_argument(
        "--require-control-token",
        action="store_true",
        help="ask X-Sim-Token of loopback clients too (needs --control-token)",
    )
    serve.add_argument(
        "--control-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name (Host header) besides loopback ones that token holders reach /_sim/ by; "
        "repeatable, * for any (needs --control-token)",
    )
    serve.add_argument(
        "--auth-failure-limit",
        type=int,
        default=20,
        metavar="N",
        help="wrong credentials per minute from one address or for one API key before 429; 0 turns it off",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="how long a request may take to send its body before it is answered 408; 0 waits for ever",
    )
    serve.add_argument("--no-demo", action="store_true", help="do not create the demo account")
    serve.add_argument(
        "--strict",
        action="store_true",
        help="refuse requests that are not in the canonical forms (unknown parameters, placeholders, "
        "booleans as 1...), instead of reading them as the service does with a warning",
    )
    serve.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    return parser


def _describe_clock(scale: float) -> str:
    if scale == 0:
        return "manual (POST /_sim/clock/advance moves it)"
    return "real time" if scale == 1 else f"accelerated x{scale:g}"


def _describe_reading(strict: bool) -> str:
    if strict:
        return "strict: canonical forms only (anything else is FIELD_INVALID)"
    return "read as the service reads them; leniencies in X-Sim-Warning and GET /_sim/warnings"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "serve":
        parser.print_help()
        return 2
    if min(args.rate_limit, args.time_scale, args.auth_failure_limit, args.body_timeout) < 0:
        parser.error("--rate-limit, --time-scale, --auth-failure-limit and --body-timeout cannot be negative")
    if (args.require_control_token or args.control_host) and not args.control_token:
        parser.error("--require-control-token and --control-host need --control-token")
    try:
        import uvicorn

        from . import redaction
        from .serving import uvicorn_config
        from .web.app import create_app
    except ImportError as exc:
        print(f"transmitsms-sim: cannot start: {exc} (reinstall transmitsms-sim)", file=sys.stderr)
        return 1

    settings = Settings(
        db_path=None if args.memory else args.db,
        rate_limit=args.rate_limit,
        time_scale=args.time_scale,
        control_token=args.control_token,
        require_control_token=args.require_control_token,
        control_hosts=tuple(args.control_host),
        auth_failure_limit=args.auth_failure_limit,
        body_timeout=args.body_timeout,
        create_demo_account=not args.no_demo,
        strict=args.strict,
    )
    try:
        sock = listen(args.host, args.port)
    except OSError as exc:
        print(f"transmitsms-sim: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    try:
        app = create_app(settings)
    except Exception as exc:
        sock.close()
        print(f"transmitsms-sim: cannot start: {exc}", file=sys.stderr)
        return 1
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    base = f"http://{shown_host}:{port}"
    runtime = app.state.runtime
    lines = [
        f"transmitsms-sim {__version__}: a local Transmit SMS API",
        f"  base URL      {base}",
        f"  spec          {base}/openapi.json",
        f"  control API   {base}/_sim",
        f"  inbox         {base}/_sim/ui",
        f"  storage       {'in memory' if settings.db_path is None else settings.db_path + ' (SQLite, WAL)'}",
        f"  clock         {_describe_clock(settings.time_scale)}",
        f"  rate limit    {f'{settings.rate_limit:g} requests/s per account' if settings.rate_limit else 'off'}",
        f"  requests      {_describe_reading(settings.strict)}",
    ]
    if runtime.demo is not None:
        lines += [
            "  demo account  (HTTP Basic: API key as user name, API secret as password)",
            f"    API key     {runtime.demo.api_key}",
            f"    API secret  {runtime.demo.api_secret}",
        ]
    print("\n".join(lines), flush=True)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = uvicorn_config(app, log_level=args.log_level, access_log=args.log_level in ("info", "debug"))
    # This process's logging is ours: every line it prints goes through the redacting filter.
    redaction.install(handlers_of_root=True)
    # uvicorn shuts down gracefully on SIGINT and SIGTERM, then raises the signal again for the
    # handler it found: Python's default ones would print a KeyboardInterrupt traceback, or kill the
    # process before the database is closed. The shutdown is done by then: that ends the command.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stopped)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        runtime.close()
    return 0


class _Stopped(Exception):
    """SIGTERM, once uvicorn has shut down."""


def _stopped(signum: int, frame: object) -> None:
    raise _Stopped
