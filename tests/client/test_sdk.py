"""The high-level clients: resource groups per tag, options, repr."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from generator import naming
from tests.client.conftest import BALANCE, Recorder
from tests.support.spec import bundled
from tools.spec_checks import operations
from transmitsms import AsyncTransmitSMS, ConfigurationError, TransmitSMS

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


def test_credentials_written_into_the_base_url_never_reach_a_repr() -> None:
    with pytest.raises(ConfigurationError) as caught:
        TransmitSMS(api_key="k", api_secret="s", base_url="https://user:url-secret-42@api.transmitsms.com")
    assert "url-secret-42" not in str(caught.value) and "url-secret-42" not in repr(caught.value)


def test_http_to_a_remote_host_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="refusing plain http"):
        TransmitSMS(api_key="k", api_secret="s", base_url="http://api.transmitsms.com")
