"""Every code sample of the docs, run as the reader would run it, against a simulator.

Each page gets a simulator of its own on a loopback port (in memory, a manual clock from now, no
server-side rate limit), an account on it (balance 100 AUD, sender ID ``MyBrand``), a working
directory of its own, and the environment a reader would have set: ``TRANSMITSMS_API_KEY``,
``TRANSMITSMS_API_SECRET`` and ``TRANSMITSMS_BASE_URL`` (so ``TransmitSMS()`` and the
``transmitsms`` command reach that account), ``TRANSMITSMS_CALLBACK_SECRET``, and a private
``XDG_CONFIG_HOME``. Blocks run in page order (``tests/docs/samples.py`` says how each kind is
run); once a block of a page fails, the page's later blocks fail too, naming it.
"""

from __future__ import annotations

import os
import re
import select
import shlex
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.docs.samples import DISTRIBUTIONS, ROOT, Block, check_pip_install, extract, pages
from tests.support.simulator import settings
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread

BLOCKS = [block for page in pages() for block in extract(page) if block.kind != "none"]
BIN = Path(sys.executable).parent
CALLBACK_SECRET = "docs-samples-callback-secret-0123456789"
SHELL_TIMEOUT = 180
SERVE_TIMEOUT = 30
_INTERRUPTED = (0, 130, -signal.SIGINT)
_ADDRESS = re.compile(r"http://127\.0\.0\.1:[0-9]+")


class LoopbackOnly(httpx.AsyncBaseTransport):
    """The simulator's network for callbacks and file fetches: loopback hosts only. A sample's
    callback URL on example.com is refused as an unreachable host would be, never looked up."""

    def __init__(self) -> None:
        self._network = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host not in ("127.0.0.1", "localhost", "::1"):
            raise httpx.ConnectError(f"the docs' samples reach loopback hosts only, not {request.url.host}")
        return await self._network.handle_async_request(request)

    async def aclose(self) -> None:
        await self._network.aclose()


@dataclass
class PageSession:
    """The state one page's samples share: its account, directory, environment and namespace."""

    workdir: Path
    environment: dict[str, str]
    namespace: dict[str, Any] = field(default_factory=dict)
    failed: str | None = None


class Sessions(dict[Path, PageSession]):
    """Each page's session, made on first use: a simulator of its own (its clock is the page's
    to move, and no callback of one page can fire because of another's), an account, a directory."""

    def __init__(self, stack: ExitStack, tmp_path_factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self.stack = stack
        self.tmp_path_factory = tmp_path_factory

    def __missing__(self, page: Path) -> PageSession:
        # Today's date, as a reader's simulator has it: samples schedule sends relative to now.
        app = create_app(settings(start_time=None), callback_transport=LoopbackOnly())
        self.stack.callback(app.state.runtime.close)
        base_url = self.stack.enter_context(ServerThread(app)).base_url
        account = httpx.post(f"{base_url}/_sim/accounts", json={"name": page.stem, "business_names": ["MyBrand"]})
        workdir = self.tmp_path_factory.mktemp(page.stem)
        environment = {
            "TRANSMITSMS_API_KEY": account.json()["api_key"],
            "TRANSMITSMS_API_SECRET": account.json()["api_secret"],
            "TRANSMITSMS_BASE_URL": base_url,
            "TRANSMITSMS_CALLBACK_SECRET": CALLBACK_SECRET,
            "XDG_CONFIG_HOME": str(workdir / ".config"),
        }
        session = self[page] = PageSession(workdir, environment)
        return session


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sessions]:
    with ExitStack() as stack:
        yield Sessions(stack, tmp_path_factory)


def _id(block: Block) -> str:
    return f"{block.where}-{block.kind}"


@pytest.mark.parametrize("block", BLOCKS, ids=_id)
def test_sample(block: Block, sessions: dict[Path, PageSession], monkeypatch: pytest.MonkeyPatch) -> None:
    session = sessions[block.path]
    if block.kind == "skip":
        pytest.skip(f"{block.where}: {block.skip_reason}")
    if session.failed is not None:
        pytest.fail(f"not run: an earlier sample of this page failed ({session.failed})", pytrace=False)
    try:
        _run(block, session, monkeypatch)
    except BaseException:
        session.failed = block.where
        raise


def _run(block: Block, session: PageSession, monkeypatch: pytest.MonkeyPatch) -> None:
    if block.kind == "file":
        assert block.title is not None
        target = session.workdir / block.title
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(block.code, encoding="utf-8")
    elif block.kind == "python":
        _run_python(block, session, monkeypatch)
    elif block.kind == "pytest":
        _run_pytest(block, session)
    elif block.kind == "shell":
        _run_shell(block, session)
    elif block.kind == "serve":
        _run_servers(block, session)
    else:
        raise AssertionError(f"no runner for {block.kind}")


def _run_python(block: Block, session: PageSession, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in session.environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(session.workdir)
    monkeypatch.syspath_prepend(str(session.workdir))
    _forget_modules_outside(session.workdir)
    session.namespace.setdefault("__name__", f"docs_sample_{block.path.stem.replace('-', '_')}")
    # Padded to the block's place in the page, so that a traceback names the page's own lines.
    code = compile("\n" * block.line + block.code, str(block.path), "exec")
    try:
        exec(code, session.namespace)
    except Exception as exc:
        frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == str(block.path)]
        line = frames[-1].lineno if frames and frames[-1].lineno else block.line
        text = block.path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
        where = f"{block.path.relative_to(ROOT).as_posix()}:{line}"
        raise AssertionError(f"{where}: {text}\n{type(exc).__name__}: {exc}") from exc


def _forget_modules_outside(workdir: Path) -> None:
    """Drop modules imported from another page's directory, so that same-named sample modules
    (``views.py`` on two pages) are each page's own."""
    base = workdir.parent
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None) or ""
        if origin.startswith(str(base)) and not origin.startswith(str(workdir)):
            del sys.modules[name]


def _environment(session: PageSession) -> dict[str, str]:
    environment = {**os.environ, **session.environment}
    environment["PATH"] = f"{BIN}{os.pathsep}{environment.get('PATH', '')}"
    return environment


def _command(args: list[str], session: PageSession) -> subprocess.CompletedProcess[str]:
    """``args`` run to completion in the page's directory and environment, output captured."""
    return subprocess.run(
        args, cwd=session.workdir, env=_environment(session), capture_output=True, text=True, timeout=SHELL_TIMEOUT
    )


def _run_pytest(block: Block, session: PageSession) -> None:
    module = session.workdir / f"test_sample_{block.line}.py"
    module.write_text(block.code, encoding="utf-8")
    result = _command(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", module.name], session
    )
    assert result.returncode == 0, f"{block.where}: pytest exited {result.returncode}\n{result.stdout}{result.stderr}"
    assert " passed" in result.stdout, result.stdout


def _logical_lines(code: str) -> list[str]:
    joined: list[str] = []
    for line in code.splitlines():
        if joined and joined[-1].endswith("\\"):
            joined[-1] = joined[-1][:-1] + " " + line.strip()
        else:
            joined.append(line)
    return joined


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in DISTRIBUTIONS}


def _run_shell(block: Block, session: PageSession) -> None:
    script: list[str] = []
    for line in _logical_lines(block.code):
        if line.lstrip().startswith("pip install"):
            problems = check_pip_install(line.strip(), _versions())
            assert not problems, f"{block.where}: " + "; ".join(problems)
        else:
            script.append(line)
    if not any(line.strip() and not line.lstrip().startswith("#") for line in script):
        return
    result = _command(["bash", "-c", "set -euo pipefail\n" + "\n".join(script)], session)
    assert result.returncode == 0, f"{block.where}: exit {result.returncode}\n{result.stdout}{result.stderr}"


def served(command: str) -> list[str]:
    """``command`` as the runner starts it: on 127.0.0.1 and a port the system picks."""
    words = shlex.split(command)
    kept: list[str] = []
    skip_next = False
    for word in words:
        if skip_next:
            skip_next = False
        elif word in ("--host", "--port"):
            skip_next = True
        elif not word.startswith(("--host=", "--port=")):
            kept.append(word)
    return [*kept, "--host", "127.0.0.1", "--port", "0"]


def _run_servers(block: Block, session: PageSession) -> None:
    commands = [line for line in _logical_lines(block.code) if line.strip() and not line.lstrip().startswith("#")]
    assert commands, f"{block.where}: a serve block without a command"
    for command in commands:
        words = served(command.split(" #")[0])
        process = subprocess.Popen(
            words, cwd=session.workdir, env=_environment(session), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        assert process.stdout is not None
        try:
            seen, answered = _wait_until_serving(process)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            seen += process.stdout.read()
            process.stdout.close()
        shown, output = " ".join(words), seen.decode(errors="replace")
        assert answered, f"{block.where}: {shown} printed no address it answered on:\n{output}"
        # Stopped by the interrupt (Ctrl-C): a clean exit, or the interrupt's own status.
        assert process.returncode in _INTERRUPTED, f"{block.where}: {shown} exited {process.returncode}:\n{output}"


def _wait_until_serving(process: subprocess.Popen[bytes]) -> tuple[bytes, bool]:
    """What the server printed, and whether the address it printed answered an HTTP request."""
    assert process.stdout is not None
    descriptor = process.stdout.fileno()
    seen = b""
    deadline = time.monotonic() + SERVE_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        if select.select([descriptor], [], [], 0.05)[0]:
            seen += os.read(descriptor, 65536)
        address = _ADDRESS.search(seen.decode(errors="replace"))
        if address is not None:
            try:
                httpx.get(address.group(0) + "/", timeout=5)
            except httpx.TransportError:
                pass
            else:
                return seen, True
    return seen, False
