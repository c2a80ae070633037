"""Hostile input: one line on stderr and the documented exit status, never a traceback or a secret."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.client.cli.conftest import CLI
from transmitsms._cli import app, commands
from transmitsms._cli.errors import EXIT_CODES


def one_line(run: Any) -> str:
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("transmitsms: "), run.stderr
    return str(lines[0])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--bogus", "balance"], "unrecognized arguments: --bogus"),
        (["nosuch"], "invalid choice: 'nosuch'"),
        (["sms", "get", "abc"], "invalid int value: 'abc'"),
        (["send", "--message", "x"], "give exactly one of --to, --list and --file"),
        (["send", "--to", "1", "--list", "2", "--message", "x"], "not --to and --list"),
        (["send", "--to", ",".join(["61491570156"] * 501), "--message", "x"], "at most 500 numbers"),
        (["send", "--to", "1", "--journal", "j", "--message", "x"], "--journal goes with --file"),
        (["send", "--file", "missing.csv", "--message", "x"], "cannot read missing.csv"),
        (["api", "no-such-method"], "no API method 'no-such-method'"),
        (["api", "get-sms", "message_id=abc"], "message_id must be an integer"),
        (["api", "get-sms", "colour=red"], "unknown parameter 'colour'"),
        (["api", "get-sms"], "missing required parameter(s): message_id"),
        (["api", "get-sms", "message_id"], "expected key=value"),
        (["api", "get-balance", "--all"], "not paginated"),
        (["lists", "create", "x", *[f"--field=f{n}" for n in range(11)]], "at most 10 custom fields"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli: CLI, args: list[str], expected: str) -> None:
    run = cli(*args)
    assert run.status == 2 and expected in one_line(run)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"name,city\nAnn,Perth\n", "no number column"),
        (b"mobile,name\n61491570156\n", "line 2: 1 values for 2 columns"),
        (b"mobile\n\xff\xfe\xfa\n", "not UTF-8"),
    ],
)
def test_bad_files_exit_2_before_anything_is_sent(cli: CLI, tmp_path: Path, content: bytes, expected: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    for args in (["send", "--file", str(bad), "--message", "x"], ["lists", "import", "1", str(bad)]):
        run = cli(*args)
        assert run.status == 2 and expected in one_line(run)
    assert not (tmp_path / "bad.csv.journal").exists() or cli("balance").status == 0


def test_api_errors_are_their_code_and_description(cli: CLI) -> None:
    assert one_line(run := cli("sms", "get", "999")) == (
        "transmitsms: NOT_FOUND: Message with such id does not exist. (get_sms, HTTP 400)"
    )
    assert run.status == 6
    refused = cli("send", "--to", "123", "--message", "x")
    assert refused.status == 5 and "RECIPIENTS_ERROR" in one_line(refused)
    sent = cli("send", "--to", "61491570156", "--message", "x", "--json")
    message_id = sent.stdout.split('"message_id": ')[1].split(",")[0]
    already = cli("sms", "cancel", message_id)
    assert already.status == 8 and "ALREADY_SENT" in one_line(already)


def test_wrong_secret_is_401_exit_4_and_never_echoed(cli: CLI) -> None:
    run = cli("balance", env={"TRANSMITSMS_API_SECRET": "the-wrong-secret-xyz"})
    assert run.status == 4 and "AUTH_FAILED" in one_line(run)
    assert "the-wrong-secret-xyz" not in run.output


def test_unreachable_and_refused_base_urls(cli: CLI) -> None:
    refused = cli("balance", "--base-url", "http://127.0.0.1:9")
    assert refused.status == 12 and "no answer from the service" in one_line(refused)
    insecure = cli("balance", "--base-url", "http://example.com")
    assert insecure.status == 3 and "refusing plain http://" in one_line(insecure)
    nonsense = cli("balance", "--base-url", "ftp://x")
    assert nonsense.status == 3 and "http:// or https://" in one_line(nonsense)


class _Scripted(http.server.BaseHTTPRequestHandler):
    """Answers every POST with the status, headers and body the test set on the server."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status, headers, body = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[http.server.HTTPServer]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("status", "headers", "body", "args", "code", "expected"),
    [
        (
            429,
            {"Retry-After": "3600"},
            b'{"error":{"code":"OVER_LIMIT","description":"Slow down"}}',
            ["balance"],
            10,
            "OVER_LIMIT: Slow down",
        ),
        (
            503,
            {},
            b"<html>down</html>",
            ["send", "--to", "61491570156", "--message", "x"],
            11,
            "HTTP 503: Service Unavailable",
        ),
        (
            500,
            {},
            b'{"error":{"code":"BRAND_NEW","description":"New"}}',
            ["send", "--to", "1", "--message", "x"],
            11,
            "BRAND_NEW: New",
        ),
        (
            200,
            {"Content-Type": "text/html"},
            b"<html>login page</html>",
            ["send", "--to", "1", "--message", "x"],
            11,
            "not JSON",
        ),
    ],
)
def test_rate_limits_and_service_failures(
    cli: CLI,
    scripted: Any,
    status: int,
    headers: dict[str, str],
    body: bytes,
    args: list[str],
    code: int,
    expected: str,
) -> None:
    scripted.answer = (status, headers, body)
    run = cli(*args, "--base-url", f"http://127.0.0.1:{scripted.server_port}")
    assert run.status == code and expected in one_line(run)


def test_a_bug_is_one_line_with_exit_1_and_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(context: Any, args: Any) -> int:
        raise RuntimeError("something unexpected")

    monkeypatch.setattr(commands, "profiles", broken)
    out, err = io.StringIO(), io.StringIO()
    assert app.run(["profiles"], stdout=out, stderr=err) == 1
    assert err.getvalue() == "transmitsms: something unexpected (a bug: run with --debug and report it)\n"
    with pytest.raises(RuntimeError):
        app.run(["profiles", "--debug"], stdout=out, stderr=err)


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(context: Any, args: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "profiles", interrupted)
    err = io.StringIO()
    assert app.run(["profiles"], stdout=io.StringIO(), stderr=err) == 130
    assert "interrupted" in err.getvalue()


def test_the_exit_status_table_is_complete_and_in_the_docs() -> None:
    codes = [code for code, _ in EXIT_CODES]
    assert codes == sorted(set(codes)) and codes[:2] == [0, 1] and 130 in codes
    readme = (Path(__file__).parents[3] / "docs" / "guides" / "cli.md").read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES:
        assert f"| {code} | {meaning} |" in readme
