"""The transmitsms-sim command: serving, the banner with demo credentials, errors."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from transmitsms_sim.cli import main


def test_serve_prints_the_url_and_demo_credentials_then_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "transmitsms_sim", "serve", "--port", "0", "--memory", "--rate-limit", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not lines or not lines[-1].strip().startswith("API secret"):
            line = process.stdout.readline()
            assert line, f"the banner ended early: {lines}"
            lines.append(line)
        found = {" ".join(line.split()[:-1]): line.split()[-1] for line in lines}
        base, key, secret = found["base URL"], found["API key"], found["API secret"]
        assert base.startswith("http://127.0.0.1:") and found["inbox"] == f"{base}/_sim/ui"
        assert "in memory" in "".join(lines) and "rate limit    off" in "".join(lines)
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(f"{base}/get-balance.json", auth=(key, secret), timeout=5)
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert response.json() == {"balance": 100, "currency": "AUD", "error": {"code": "SUCCESS", "description": "OK"}}
        # 60 calls on one keep-alive connection: with Nagle's 40 ms stall on each call but the
        # first they take at least 2.36 s; without it, a few ms each.
        with httpx.Client(auth=(key, secret), timeout=5) as client:
            started = time.monotonic()
            for _ in range(60):
                client.post(f"{base}/get-balance.json").raise_for_status()
            assert time.monotonic() - started < 2.0
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_a_port_in_use_is_an_error_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port), "--memory"]) == 1
    assert "cannot listen" in capsys.readouterr().err


def test_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "serve" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["serve", "--rate-limit", "-1"])


def test_help_and_version_load_no_web_stack() -> None:
    script = (
        "import sys\nfrom transmitsms_sim.cli import main\n"
        "for argv in (['--help'], ['serve', '--help'], ['--version']):\n"
        "    try:\n        main(argv)\n    except SystemExit as exc:\n        assert exc.code == 0, exc\n"
        "web = ('starlette', 'uvicorn', 'jsonschema_rs', 'yaml', 'jinja2')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in web))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "usage: transmitsms-sim" in result.stdout and "transmitsms-sim 0." in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_a_missing_dependency_is_one_line_not_a_traceback(monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    assert main(["serve", "--port", "0", "--memory"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("transmitsms-sim: cannot start:") and "uvicorn" in err and "Traceback" not in err


@pytest.mark.parametrize(("flags", "strict"), [([], False), (["--strict"], True)])
def test_strict_mode_is_a_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], flags: list[str], strict: bool
) -> None:
    import uvicorn

    served: list[bool] = []

    def run(server: uvicorn.Server, sockets: list[socket.socket]) -> None:
        app: Any = server.config.app
        served.append(app.state.runtime.settings.strict)
        for listening in sockets:
            listening.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    assert main(["serve", "--port", "0", "--memory", *flags]) == 0
    assert served == [strict]
    banner = capsys.readouterr().out
    assert ("strict: canonical forms only" in banner) is strict
    assert ("leniencies in X-Sim-Warning and GET /_sim/warnings" in banner) is not strict


def test_the_hardening_flags_reach_the_settings_and_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    import uvicorn

    from transmitsms_sim import redaction

    served: list[Any] = []

    def run(server: uvicorn.Server, sockets: list[socket.socket]) -> None:
        app: Any = server.config.app
        served.append((app.state.runtime.settings, server.config))
        for listening in sockets:
            listening.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    flags = ["--control-token", "t0k", "--require-control-token", "--control-host", "sim", "--control-host", "ci"]
    flags += ["--auth-failure-limit", "5", "--body-timeout", "2.5"]
    assert main(["serve", "--port", "0", "--memory", *flags]) == 0
    ((settings, config),) = served
    assert (settings.control_token, settings.require_control_token, settings.control_hosts) == (
        "t0k",
        True,
        ("sim", "ci"),
    )
    assert (settings.auth_failure_limit, settings.body_timeout) == (5, 2.5)
    assert config.proxy_headers is False, "uvicorn must not take the peer from X-Forwarded-For"
    assert all(redaction._FILTER in handler.filters for handler in logging.getLogger().handlers)


@pytest.mark.parametrize(
    "flags",
    [["--require-control-token"], ["--control-host", "sim"], ["--auth-failure-limit", "-1"], ["--body-timeout", "-1"]],
)
def test_hardening_flags_that_make_no_sense_are_refused(flags: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--port", "0", "--memory", *flags])
    assert exited.value.code == 2 and "transmitsms-sim: error:" in capsys.readouterr().err


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_stop_the_server_without_a_traceback(sig: signal.Signals) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "transmitsms_sim", "serve", "--port", "0", "--memory"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base = ""
        while not base:
            line = process.stdout.readline()
            assert line, "the banner ended early"
            if line.split()[:2] == ["base", "URL"]:
                base = line.split()[-1]
        deadline = time.monotonic() + 10
        while True:  # serving: the banner is printed before uvicorn starts
            try:
                httpx.get(f"{base}/openapi.json", timeout=5)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        process.send_signal(sig)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
