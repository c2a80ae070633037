"""Resolve and check a client's settings: credentials, base URL, timeout, retries."""

from __future__ import annotations

import base64
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from .constants import (
    DEFAULT_BASE_URL,
    ENV_ALLOW_INSECURE_HTTP,
    ENV_API_KEY,
    ENV_API_SECRET,
    ENV_BASE_URL,
    ENV_STRICT_RESPONSES,
)
from .exceptions import ConfigurationError
from .redaction import mask_key, redact_url

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})


@dataclass(frozen=True, slots=True)
class Credentials:
    """The account's API key (HTTP Basic user name) and secret (password). The repr hides the secret."""

    api_key: str
    api_secret: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Credentials(api_key={mask_key(self.api_key)!r}, api_secret='********')"

    @property
    def authorization(self) -> str:
        """The ``Authorization`` header value."""
        token = base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode("ascii")
        return f"Basic {token}"


def resolve_credentials(
    api_key: str | None, api_secret: str | None, environ: Mapping[str, str] = os.environ
) -> Credentials:
    """The credentials given, else those of ``TRANSMITSMS_API_KEY`` / ``TRANSMITSMS_API_SECRET``.

    Raises:
        ConfigurationError: naming what is missing (never echoing what was given).
    """
    key = api_key if api_key is not None else environ.get(ENV_API_KEY)
    secret = api_secret if api_secret is not None else environ.get(ENV_API_SECRET)
    missing = [
        f"{argument} (or the {variable} environment variable)"
        for argument, variable, value in (("api_key", ENV_API_KEY, key), ("api_secret", ENV_API_SECRET, secret))
        if not value
    ]
    if missing:
        raise ConfigurationError(
            "missing credentials: pass " + " and ".join(missing) + "; both are on the SETTINGS page of your account"
        )
    assert key is not None and secret is not None
    if ":" in key:
        raise ConfigurationError("api_key cannot contain ':' (HTTP Basic separates the key from the secret with it)")
    return Credentials(key, secret)


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this machine (127.0.0.0/8, ::1, localhost)."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def insecure_http_allowed(allow_insecure_http: bool | None, environ: Mapping[str, str] = os.environ) -> bool:
    """``allow_insecure_http`` as given, else ``TRANSMITSMS_ALLOW_INSECURE_HTTP`` (``1``/``0``...), else False.

    Raises:
        ConfigurationError: the variable holds something other than a yes or a no.
    """
    if allow_insecure_http is not None:
        return bool(allow_insecure_http)
    text = environ.get(ENV_ALLOW_INSECURE_HTTP, "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConfigurationError(f"{ENV_ALLOW_INSECURE_HTTP} must be 1 or 0 (true/false, yes/no, on/off), got {text!r}")


def resolve_base_url(
    base_url: str | None, environ: Mapping[str, str] = os.environ, *, allow_insecure_http: bool | None = None
) -> str:
    """The base URL given, else ``TRANSMITSMS_BASE_URL``, else the production service; without a trailing slash.

    Plain ``http://`` is accepted to this machine (the simulator on loopback), and to any host when
    ``allow_insecure_http`` (else ``TRANSMITSMS_ALLOW_INSECURE_HTTP=1``) says so: a simulator run
    as a service of docker-compose or CI (``http://sim:8080``), on a network the caller trusts.

    Raises:
        ConfigurationError: the URL is not http(s), carries credentials (``user:password@``), or is
            plain ``http://`` to a host other than this machine without that opt-in: the
            credentials would cross the network in clear. The message shows the URL without its
            user information.
    """
    insecure_allowed = insecure_http_allowed(allow_insecure_http, environ)
    url_text = base_url if base_url is not None else environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    shown = redact_url(str(url_text))
    try:
        url = httpx.URL(url_text)
    except (httpx.InvalidURL, TypeError):
        # Not chained: httpx's message quotes the URL, credentials and all.
        raise ConfigurationError(f"base_url is not a valid URL: {shown!r}") from None
    if url.userinfo:
        # httpx would send them as a second Authorization, and every repr and log line of a
        # request would show them.
        raise ConfigurationError(
            f"base_url cannot carry credentials (user:password@), got {shown!r}: pass api_key and api_secret"
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http:// or https:// URL with a host, got {shown!r}")
    if url.scheme == "http" and not is_loopback_host(url.host) and not insecure_allowed:
        raise ConfigurationError(
            f"refusing plain http:// to {url.host}: the API secret would be sent unencrypted. Use https://, "
            "http:// to a loopback address such as the local simulator, or, for a host on a network you trust "
            "(a simulator service in docker-compose or CI), pass allow_insecure_http=True or set "
            f"{ENV_ALLOW_INSECURE_HTTP}=1"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url cannot have a query or a fragment, got {shown!r}")
    return str(url).rstrip("/")


def check_max_retries(value: int) -> int:
    """``max_retries`` as given, if it is an integer >= 0."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {value!r}")
    return value


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def resolve_strict_responses(strict: bool | None, environ: Mapping[str, str] = os.environ) -> bool:
    """``strict`` when given, else ``TRANSMITSMS_STRICT_RESPONSES`` (``1``/``true``/``yes``/``on``), else False.

    Raises:
        ConfigurationError: the variable holds something else.
    """
    if strict is not None:
        return bool(strict)
    value = environ.get(ENV_STRICT_RESPONSES, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigurationError(f"{ENV_STRICT_RESPONSES} must be 1 or 0 (true/false, yes/no, on/off), got {value!r}")
