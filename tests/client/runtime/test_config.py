"""Credentials, base URL and options of a client: resolution, checks, and secrets kept out of reprs."""

from __future__ import annotations

import httpx
import pytest

from transmitsms._runtime.async_client import AsyncClient
from transmitsms._runtime.config import Credentials, is_loopback_host, resolve_base_url, resolve_credentials
from transmitsms._runtime.exceptions import ConfigurationError
from transmitsms._runtime.sync_client import SyncClient


def test_explicit_credentials_win_over_the_environment() -> None:
    env = {"TRANSMITSMS_API_KEY": "env-key", "TRANSMITSMS_API_SECRET": "env-secret"}
    assert resolve_credentials("key", "secret", env) == Credentials("key", "secret")
    assert resolve_credentials(None, None, env) == Credentials("env-key", "env-secret")


def test_missing_credentials_say_what_is_missing_and_where_to_find_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_credentials(None, None, {})
    message = str(caught.value)
    assert "api_key (or the TRANSMITSMS_API_KEY environment variable)" in message
    assert "api_secret (or the TRANSMITSMS_API_SECRET environment variable)" in message
    assert "SETTINGS" in message
    with pytest.raises(ConfigurationError, match="api_secret") as caught:
        resolve_credentials("key", "", {})
    assert "api_key" not in str(caught.value)


def test_a_client_without_credentials_fails_clearly(monkeypatch) -> None:
    monkeypatch.delenv("TRANSMITSMS_API_KEY", raising=False)
    monkeypatch.delenv("TRANSMITSMS_API_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="missing credentials"):
        SyncClient()


def test_a_client_reads_its_settings_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("TRANSMITSMS_API_KEY", "env-key")
    monkeypatch.setenv("TRANSMITSMS_API_SECRET", "env-secret")
    monkeypatch.setenv("TRANSMITSMS_BASE_URL", "http://127.0.0.1:8080")
    with SyncClient() as client:
        assert client.api_key == "env-key"
        assert client.base_url == "http://127.0.0.1:8080"


def test_a_key_with_a_colon_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="':'"):
        resolve_credentials("a:b", "secret", {})


def test_credentials_and_clients_never_show_the_secret() -> None:
    credentials = Credentials("abcdef123", "very-secret-value")
    assert "very-secret-value" not in repr(credentials)
    assert repr(credentials) == "Credentials(api_key='abcd…', api_secret='********')"
    with SyncClient(api_key="abcdef123", api_secret="very-secret-value") as client:
        assert "very-secret-value" not in repr(client)
        assert "abcdef123" not in repr(client)
        assert not hasattr(client, "api_secret")
        # What is reachable from the client: its pool, its headers, a request it builds.
        basic = client._credentials.authorization.split()[1]
        request = client.http_client.build_request("POST", f"{client.base_url}/send-sms.json", data={"a": "b"})
        for text in (repr(client.http_client), repr(client.http_client.headers), repr(client._headers), repr(request)):
            assert "very-secret-value" not in text and basic not in text, text
        assert repr(client._credentials) in repr(vars(client)) and basic not in repr(vars(client))


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9000", "http://127.1.2.3", "http://sim.localhost"],
)
def test_plain_http_is_allowed_to_loopback(url: str) -> None:
    assert resolve_base_url(url, {}) == url


@pytest.mark.parametrize("url", ["http://api.transmitsms.com", "http://10.0.0.5:8080", "http://example.com/"])
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="refusing plain http://"):
        resolve_base_url(url, {})


def test_the_refusal_names_the_opt_in() -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_base_url("http://sim:8080", {})
    assert "allow_insecure_http=True" in str(caught.value)
    assert "TRANSMITSMS_ALLOW_INSECURE_HTTP=1" in str(caught.value)


@pytest.mark.parametrize("value", ["1", "true", "YES", " on "])
def test_plain_http_to_a_named_host_is_allowed_by_the_environment(value: str) -> None:
    assert resolve_base_url("http://sim:8080/", {"TRANSMITSMS_ALLOW_INSECURE_HTTP": value}) == "http://sim:8080"


@pytest.mark.parametrize("value", ["0", "false", "no", "off", ""])
def test_a_no_in_the_environment_keeps_the_refusal(value: str) -> None:
    with pytest.raises(ConfigurationError, match="refusing plain http://"):
        resolve_base_url("http://sim:8080", {"TRANSMITSMS_ALLOW_INSECURE_HTTP": value})


def test_the_argument_wins_over_the_environment() -> None:
    assert resolve_base_url("http://sim:8080", {}, allow_insecure_http=True) == "http://sim:8080"
    with pytest.raises(ConfigurationError, match="refusing plain http://"):
        resolve_base_url("http://sim:8080", {"TRANSMITSMS_ALLOW_INSECURE_HTTP": "1"}, allow_insecure_http=False)


def test_a_malformed_opt_in_is_refused_even_when_unused() -> None:
    with pytest.raises(ConfigurationError, match="TRANSMITSMS_ALLOW_INSECURE_HTTP must be 1 or 0"):
        resolve_base_url("https://api.transmitsms.com", {"TRANSMITSMS_ALLOW_INSECURE_HTTP": "maybe"})


def test_the_clients_take_the_opt_in() -> None:
    with SyncClient(api_key="k", api_secret="s", base_url="http://sim:8080", allow_insecure_http=True) as client:
        assert client.base_url == "http://sim:8080"
    remote = AsyncClient(api_key="k", api_secret="s", base_url="http://sim:8080", allow_insecure_http=True)
    assert remote.base_url == "http://sim:8080"


@pytest.mark.parametrize("url", ["ftp://example.com", "not a url", "https://", "https://example.com/?a=1", "/relative"])
def test_invalid_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        resolve_base_url(url, {})


@pytest.mark.parametrize(
    "url",
    [
        "https://key:hunter2-secret@api.transmitsms.com",
        "https://hunter2-secret@api.transmitsms.com",
        "http://key:hunter2-secret@127.0.0.1:8080",
        "https://key:hunter2-secret@api.transmitsms.com/?a=1",
        "https://key:hunter2-secret@exa mple.com:99999",
    ],
)
def test_credentials_in_the_base_url_are_refused_and_never_shown(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_base_url(url, {})
    assert "hunter2-secret" not in str(caught.value) and "***@" in str(caught.value)
    assert caught.value.__cause__ is None, "no chained exception quotes the URL"
    with pytest.raises(ConfigurationError) as from_env:
        resolve_base_url(None, {"TRANSMITSMS_BASE_URL": url})
    assert "hunter2-secret" not in str(from_env.value)


def test_base_url_defaults_and_trailing_slash() -> None:
    assert resolve_base_url(None, {}) == "https://api.transmitsms.com"
    assert resolve_base_url(None, {"TRANSMITSMS_BASE_URL": "https://eu.example.com/v2/"}) == "https://eu.example.com/v2"


def test_loopback_hosts() -> None:
    assert is_loopback_host("127.0.0.1") and is_loopback_host("[::1]") and is_loopback_host("LOCALHOST")
    assert not is_loopback_host("128.0.0.1") and not is_loopback_host("localhost.example.com")


def test_authorization_header() -> None:
    assert Credentials("user", "pass").authorization == "Basic dXNlcjpwYXNz"
    assert httpx.BasicAuth("user", "pass")._auth_header == Credentials("user", "pass").authorization
