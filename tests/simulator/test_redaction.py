"""Secrets out of what the simulator prints: the rules of ``redact`` and the log filter."""

from __future__ import annotations

import logging
import sys

import httpx
import pytest

from transmitsms_sim.redaction import MASK, RedactingFilter, install, is_secret_name, redact


@pytest.mark.parametrize(
    "name", ["password", "api_secret", "apisecret", "secret", "key", "api_key", "apikey", "ts_token", "pass", "auth"]
)
def test_secret_names(name: str) -> None:
    assert is_secret_name(name) and is_secret_name(name.upper())


@pytest.mark.parametrize("name", ["keyword", "keywords", "message", "mobile", "monkey", "compass", "author", "name"])
def test_names_that_are_not_secret(name: str) -> None:
    assert not is_secret_name(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '127.0.0.1:5 - "GET /add-client.json?name=Acme&password=hunter2&keyword=PIZZA HTTP/1.1" 200',
            '127.0.0.1:5 - "GET /add-client.json?name=Acme&password=***&keyword=PIZZA HTTP/1.1" 200',
        ),
        ("/get-balance.json?apikey=abc&apisecret=def", "/get-balance.json?apikey=***&apisecret=***"),
        ("/x.json?api_secret=&b=1", "/x.json?api_secret=***&b=1"),
        ("fetching https://ops:s3cret@files.example/a.csv failed", "fetching https://***@files.example/a.csv failed"),
        (
            "/add-contacts-bulk.json?name=L&file_url=https%3A%2F%2Fops%3As3cret%40files.example%2Fa.csv",
            "/add-contacts-bulk.json?name=L&file_url=https://***@files.example/a.csv",
        ),
        (
            "GET https://r.example/dlr?order=1&ts_token=v2.x.y&status=delivered",
            "GET https://r.example/dlr?order=1&ts_token=***&status=delivered",
        ),
        ("Authorization: Basic YWJjOnNlY3JldA==", "Authorization: Basic ***"),
        ("KeyError: {'api_secret': 'x\\'y', 'name': 'n'}", "KeyError: {'api_secret': '***', 'name': 'n'}"),
        ('{"password": "hunter2", "to": "61491570156"}', '{"password": "***", "to": "61491570156"}'),
        ("nothing secret here: to=61491570156&message=hi", "nothing secret here: to=61491570156&message=hi"),
        ("", ""),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected, "idempotent"


def test_the_filter_redacts_messages_arguments_and_tracebacks_keeping_the_shape() -> None:
    access = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/x.json?password=hunter2", "1.1", 200), None,
    )  # fmt: skip
    assert RedactingFilter().filter(access)
    assert access.args == ("127.0.0.1:5", "GET", f"/x.json?password={MASK}", "1.1", 200), "uvicorn unpacks them"
    fetched = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, 'HTTP Request: %s %s "%s %d %s"',
        ("GET", httpx.URL("https://u:hunter2@files.example/a.csv"), "HTTP/1.1", 200, "OK"), None,
    )  # fmt: skip
    RedactingFilter().filter(fetched)
    assert fetched.getMessage() == 'HTTP Request: GET https://***@files.example/a.csv "HTTP/1.1 200 OK"'

    try:
        raise ValueError("cannot fetch https://u:hunter2@files.example/a.csv")
    except ValueError:
        failed = logging.LogRecord("x", logging.ERROR, __file__, 1, "import %s", ("password=hunter2",), sys.exc_info())
    RedactingFilter().filter(failed)
    text = logging.Formatter().format(failed)
    assert "hunter2" not in text and "ValueError: cannot fetch https://***@files.example/a.csv" in text


def test_install_puts_one_filter_on_each_logger_and_the_root_handlers() -> None:
    handler = logging.StreamHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        install()
        install(handlers_of_root=True)
        install(handlers_of_root=True)
        for name in ("transmitsms_sim", "uvicorn.access", "uvicorn.error", "httpx"):
            assert len([f for f in logging.getLogger(name).filters if isinstance(f, RedactingFilter)]) == 1, name
        assert len([f for f in handler.filters if isinstance(f, RedactingFilter)]) == 1
    finally:
        root.removeHandler(handler)
