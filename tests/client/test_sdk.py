"""The high-level clients: resource groups per tag, options, repr, low-level access."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from generator import naming
from tests.client.conftest import BALANCE, Recorder
from tests.support.spec import bundled
from tools.spec_checks import operations
from transmitsms import AsyncTransmitSMS, ConfigurationError, TransmitSMS
from transmitsms.api.account import get_balance
from transmitsms.models import GetBalanceResponse

DOC = bundled()
# The tags of the API's operations (the spec also declares one for its callbacks, which have none).
TAGS = [tag["name"] for tag in DOC["tags"] if any(op["tags"][0] == tag["name"] for _, _, op in operations(DOC))]


def is_closed(pool: httpx.Client | httpx.AsyncClient) -> bool:
    return pool.is_closed


def test_every_tag_is_a_resource_group_on_both_clients(make_client, make_async_client) -> None:
    client = make_client(Recorder(httpx.Response(200)))
    async_client = make_async_client(Recorder(httpx.Response(200)))
    for tag in TAGS:
        attribute = naming.resource_attribute(tag)
        resource = getattr(client, attribute)
        assert type(resource).__name__ == naming.resource_class(tag)
        assert type(getattr(async_client, attribute)).__name__ == "Async" + naming.resource_class(tag)
        assert getattr(client, attribute) is resource  # created once
    assert [naming.resource_attribute(t) for t in TAGS] == [
        "sms", "reporting", "lists", "numbers", "email_sms", "keywords", "account", "resellers"
    ]  # fmt: skip


def test_the_issue_s_examples_exist(make_client) -> None:
    client = make_client(Recorder(httpx.Response(200)))
    assert callable(client.sms.send)
    assert callable(client.lists.add_to_list)
    assert callable(client.resellers.get_clients)
    assert callable(client.lists.iter_lists)


def test_a_client_is_a_context_manager_and_closes_its_pool() -> None:
    with TransmitSMS(api_key="k", api_secret="s", transport=httpx.MockTransport(Recorder(httpx.Response(200)))) as c:
        pool = c.http_client
        assert not pool.is_closed
    assert c.http_client is pool and is_closed(pool)

    async def main() -> httpx.AsyncClient:
        async with AsyncTransmitSMS(api_key="k", api_secret="s") as client:
            return client.http_client

    assert is_closed(asyncio.run(main()))


def test_with_options_gives_a_client_with_fresh_resources(make_client) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    client = make_client(recorder)
    quick = client.with_options(timeout=1.0)
    assert isinstance(quick, TransmitSMS) and quick.account is not client.account
    quick.account.get_balance()
    assert recorder.requests[0].extensions["timeout"]["read"] == 1.0


def test_repr_shows_no_secret() -> None:
    client = TransmitSMS(api_key="live-key-123456", api_secret="live-secret-abcdef")
    text = repr(client) + repr(client.sms) + repr(client.sms.with_raw_response)
    assert "live-secret-abcdef" not in text and "live-key-123456" not in text
    client.close()


def test_http_to_a_remote_host_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="refusing plain http"):
        TransmitSMS(api_key="k", api_secret="s", base_url="http://api.transmitsms.com")


def test_the_low_level_client_shares_the_pool_and_uses_basic_auth() -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    with TransmitSMS(api_key="key", api_secret="s3cr3t", transport=httpx.MockTransport(recorder)) as client:
        low = client.low_level_client()
        assert low.get_httpx_client() is client.http_client
        response = get_balance.sync_detailed(client=low)
    assert isinstance(response.parsed, GetBalanceResponse) and response.parsed.balance == 73.954
    assert recorder.requests[0].headers["authorization"] == "Basic a2V5OnMzY3IzdA=="
    assert "s3cr3t" not in repr(low)


def test_the_low_level_client_of_an_injected_pool_builds_its_own() -> None:
    http = httpx.Client(transport=httpx.MockTransport(Recorder(httpx.Response(200, json=BALANCE))))
    with TransmitSMS(api_key="k", api_secret="s", http_client=http) as client:
        assert client.low_level_client().get_httpx_client() is not http
    http.close()


def test_the_low_level_client_of_a_copy_with_another_timeout_has_that_timeout() -> None:
    with TransmitSMS(api_key="k", api_secret="s", transport=httpx.MockTransport(Recorder())) as client:
        low = client.with_options(timeout=120).low_level_client()
        assert low.get_httpx_client() is not client.http_client
        assert low.get_httpx_client().timeout == httpx.Timeout(120)
        assert client.with_options(max_retries=0).low_level_client().get_httpx_client() is client.http_client


def test_the_async_low_level_client() -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))

    async def main() -> GetBalanceResponse | None:
        async with AsyncTransmitSMS(api_key="k", api_secret="s", transport=httpx.MockTransport(recorder)) as client:
            answer = await get_balance.asyncio(client=client.low_level_client())
            assert isinstance(answer, GetBalanceResponse | type(None))
            return answer if isinstance(answer, GetBalanceResponse) else None

    assert asyncio.run(main()) is not None


def test_low_level_errors_are_values_not_exceptions() -> None:
    answer = httpx.Response(400, json={"error": {"code": "FIELD_INVALID", "description": "bad"}})
    with TransmitSMS(api_key="k", api_secret="s", transport=httpx.MockTransport(Recorder(answer))) as client:
        from transmitsms.api.sms import cancel_sms
        from transmitsms.models import CancelSmsRequest, Error

        parsed = cancel_sms.sync(client=client.low_level_client(), body=CancelSmsRequest(id=1))
    assert isinstance(parsed, Error) and parsed.error.code == "FIELD_INVALID"


def test_the_low_level_client_refuses_plain_http_to_a_remote_host_and_times_out_by_default() -> None:
    from transmitsms import AuthenticatedClient

    with pytest.raises(ConfigurationError):
        AuthenticatedClient(base_url="http://example.com", api_key="k", api_secret="s")
    low = AuthenticatedClient(base_url="https://api.transmitsms.com", api_key="k", api_secret="s")
    assert low.get_httpx_client().timeout.read == 30.0
