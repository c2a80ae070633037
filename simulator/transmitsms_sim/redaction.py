"""Secrets out of everything the simulator prints: log lines, recorded errors, error bodies.

Contract: ``redact(text)`` replaces, wherever they appear in ``text``, the value of every query or
form parameter whose name says it is secret (``is_secret_name``: ``password``, ``api_secret``,
``apisecret``, ``secret``, ``ts_token``, ``api_key``, ``key``...; ``keyword`` is not), the user
information of every URL (``https://user:pass@host`` becomes ``https://***@host``), also inside a
percent-encoded parameter value (``file_url=https%3A%2F%2Fuser%3Apass%40host``), and HTTP Basic or
Bearer credentials, by ``***``. ``RedactingFilter`` applies it to log records (their message,
arguments and traceback) and ``install()`` puts one on the loggers of the simulator, uvicorn and
httpx (and, with ``handlers_of_root``, on the root logger's handlers, for a process whose logging
the simulator's command owns).

    >>> redact('"GET /add-client.json?name=Acme&password=hunter2&keyword=PIZZA HTTP/1.1" 200')
    '"GET /add-client.json?name=Acme&password=***&keyword=PIZZA HTTP/1.1" 200'
    >>> redact("fetching https://ops:s3cret@files.example.com/list.csv")
    'fetching https://***@files.example.com/list.csv'
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote_plus, unquote_plus

MASK = "***"
#: The loggers the simulator's output comes through: its own, uvicorn's and httpx's (callbacks, imports).
LOGGERS = ("transmitsms_sim", "uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi", "httpx")

_SECRET_NAME = re.compile(
    r"password|passwd|pwd|secret|token|signature|credential|(?:^|[_.-])(?:pass|auth)$|(?:^|[_.-]|api)key$",
    re.IGNORECASE,
)
# A parameter in a query string or form body: after ?, & or the start of a word, up to & or a space.
_PARAMETER = re.compile(r"(?<![^?&\s\"'(,;])(?P<name>[A-Za-z0-9_.\-\[\]%]+)=(?P<value>[^&\s\"'<>]*)")
# A secret in a mapping's repr or JSON: 'api_secret': 'x' or "password": "x".
_ITEM = re.compile(
    r"(?P<q>[\"'])(?P<name>[A-Za-z0-9_.-]+)(?P=q)(?P<sep>\s*:\s*)(?P<v>[\"'])(?P<value>(?:\\.|(?!(?P=v)).)*)(?P=v)"
)
_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>[^/?#@\s\"'<>]+)@")
_AUTHORIZATION = re.compile(r"\b(?P<scheme>Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{4,}", re.IGNORECASE)


def is_secret_name(name: str) -> bool:
    """Whether a parameter's name says its value is a secret (``api_secret``, ``password``, ``ts_token``...)."""
    return bool(_SECRET_NAME.search(name))


def _value(match: re.Match[str]) -> str:
    name, value = match.group("name"), match.group("value")
    if is_secret_name(unquote_plus(name)):
        return f"{name}={MASK}"
    decoded = unquote_plus(value)
    if decoded != value:
        cleaned = redact(decoded)
        if cleaned != decoded:
            value = quote_plus(cleaned, safe="*/:@")
    return f"{name}={value}"


def _item(match: re.Match[str]) -> str:
    if not is_secret_name(match.group("name")):
        return match.group(0)
    q, v = match.group("q"), match.group("v")
    return f"{q}{match.group('name')}{q}{match.group('sep')}{v}{MASK}{v}"


def redact(text: str) -> str:
    """``text`` with its secrets replaced by ``***`` (see the module's contract)."""
    if not text:
        return text
    text = _USERINFO.sub(lambda m: f"{m.group('scheme')}{MASK}@", text)
    text = _AUTHORIZATION.sub(lambda m: f"{m.group('scheme')} {MASK}", text)
    if ":" in text:
        text = _ITEM.sub(_item, text)
    return _PARAMETER.sub(_value, text) if "=" in text else text


def _redact_argument(value: object) -> object:
    if isinstance(value, str):
        return redact(value)
    if value is None or isinstance(value, int | float):
        return value  # kept as is: a %d or %f needs a number
    # An object that prints a secret (httpx logs an httpx.URL, user information included).
    text = str(value)
    cleaned = redact(text)
    return cleaned if cleaned != text else value


class RedactingFilter(logging.Filter):
    """Redacts a record's message, its arguments and its traceback; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_transmitsms_redacted", False):
            return True
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            # Kept a tuple of the same length: uvicorn's access formatter unpacks it.
            record.args = tuple(_redact_argument(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _redact_argument(v) for k, v in record.args.items()}
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        record._transmitsms_redacted = True
        return True


_FILTER = RedactingFilter()


def install(*, handlers_of_root: bool = False) -> None:
    """Put the redacting filter on ``LOGGERS`` (once each) and, if asked, on the root logger's handlers.

    A logger's filter sees the records made on that logger, whoever configured its handlers
    (uvicorn replaces its handlers whenever a server is configured); the root logger's handlers see
    every record that propagates to them.
    """
    targets: list[logging.Filterer] = [logging.getLogger(name) for name in LOGGERS]
    if handlers_of_root:
        targets += logging.getLogger().handlers
    for target in targets:
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
