"""The blocking request pipeline: auth, retries, rate limiting, errors, options; on MockTransport."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from tests.client.conftest import BALANCE, Recorder, error_answer
from transmitsms._runtime.exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    MalformedResponseError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from transmitsms._runtime.operation import Operation
from transmitsms._runtime.rate_limit import RateLimiter
from transmitsms._runtime.sync_client import SyncClient

READ = Operation("get_balance", "POST", "/get-balance.json", safe_to_retry=True)
WRITE = Operation("send_sms", "POST", "/send-sms.json", safe_to_retry=False)


def identity(body: Any) -> Any:
    return body


@pytest.fixture
def client_for(sleeps: list[float]):
    clients: list[SyncClient] = []

    def make(handler: Any, **options: Any) -> SyncClient:
        options.setdefault("rate_limit", None)
        client = SyncClient(api_key="key", api_secret="s3cr3t", transport=httpx.MockTransport(handler), **options)
        client._sleep = sleeps.append
        client._random = lambda: 0.5
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def test_a_call_posts_the_form_with_basic_auth_to_the_method_url(client_for) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    client = client_for(recorder)
    assert client._call(WRITE, {"message": "hi", "to": "61491570156"}, identity) == BALANCE
    request = recorder.requests[0]
    assert request.method == "POST"
    assert str(request.url) == "https://api.transmitsms.com/send-sms.json"
    assert request.headers["authorization"] == "Basic a2V5OnMzY3IzdA=="  # key:s3cr3t
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"message=hi&to=61491570156"


def test_a_base_url_with_a_path_prefix_is_kept(client_for) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    client_for(recorder, base_url="http://127.0.0.1:8080/api/")._call(READ, None, identity)
    assert str(recorder.requests[0].url) == "http://127.0.0.1:8080/api/get-balance.json"


def test_over_limit_is_retried_even_for_a_write_honouring_retry_after(client_for, sleeps) -> None:
    recorder = Recorder(error_answer("OVER_LIMIT", 429, **{"Retry-After": "2"}), httpx.Response(200, json=BALANCE))
    assert client_for(recorder)._call(WRITE, {"message": "hi"}, identity) == BALANCE
    assert len(recorder.requests) == 2
    assert sleeps == [2.0]


def test_over_limit_raises_once_the_retries_are_spent(client_for, sleeps) -> None:
    recorder = Recorder(error_answer("OVER_LIMIT", 429, **{"Retry-After": "1"}))
    with pytest.raises(RateLimitError) as caught:
        client_for(recorder, max_retries=2)._call(WRITE, {}, identity)
    assert len(recorder.requests) == 3
    assert caught.value.retry_after == 1.0
    assert caught.value.code == "OVER_LIMIT"
    assert sleeps == [1.0, 1.0]


def test_over_limit_holds_the_shared_limiter_instead_of_sleeping(client_for, sleeps) -> None:
    clock = [0.0]
    waited: list[float] = []
    limiter = RateLimiter(100.0, clock=lambda: clock[0], sleep=waited.append)
    recorder = Recorder(error_answer("OVER_LIMIT", 429, **{"Retry-After": "3"}), httpx.Response(200, json=BALANCE))
    client_for(recorder, rate_limit=limiter)._call(WRITE, {}, identity)
    assert sleeps == []  # the wait went through the limiter, for every caller of the client
    assert waited == [pytest.approx(3.0)]


def test_every_attempt_waits_for_the_limiter(client_for) -> None:
    clock = [0.0]
    waited: list[float] = []
    limiter = RateLimiter(2.0, clock=lambda: clock[0], sleep=waited.append)
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=BALANCE))
    client = client_for(recorder, rate_limit=limiter)
    client._call(READ, None, identity)
    client._call(READ, None, identity)
    assert waited == [0.5, 1.0]  # 3 attempts from t=0: at 0, 0.5 and 1.0


def test_a_connection_failure_is_retried_even_for_a_write(client_for, sleeps) -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.Response(200, json=BALANCE))
    assert client_for(recorder)._call(WRITE, {}, identity) == BALANCE
    assert len(recorder.requests) == 3
    assert sleeps == [0.375, 0.75]  # 0.5 and 1.0, minus half the jitter


def test_a_timeout_on_a_write_is_raised_at_once_never_resent(client_for, sleeps) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as caught:
        client_for(recorder)._call(WRITE, {"message": "hi"}, identity)
    assert len(recorder.requests) == 1  # one call, at most one SMS
    assert caught.value.may_have_been_sent
    assert sleeps == []


def test_a_broken_connection_on_a_write_is_raised_at_once(client_for) -> None:
    recorder = Recorder(httpx.RemoteProtocolError("server disconnected"))
    with pytest.raises(APIConnectionError) as caught:
        client_for(recorder)._call(WRITE, {}, identity)
    assert len(recorder.requests) == 1
    assert not isinstance(caught.value, APITimeoutError)
    assert "send_sms failed" in str(caught.value)


def test_a_timeout_on_a_read_is_retried(client_for, sleeps) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"), httpx.Response(200, json=BALANCE))
    assert client_for(recorder)._call(READ, None, identity) == BALANCE
    assert len(recorder.requests) == 2


def test_a_server_error_on_a_read_is_retried_then_raised(client_for, sleeps) -> None:
    recorder = Recorder(httpx.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(ServerError) as caught:
        client_for(recorder, max_retries=1)._call(READ, None, identity)
    assert len(recorder.requests) == 2
    assert caught.value.status_code == 502
    assert caught.value.code is None


def test_a_server_error_on_a_write_is_not_retried(client_for) -> None:
    recorder = Recorder(httpx.Response(503))
    with pytest.raises(ServerError):
        client_for(recorder)._call(WRITE, {}, identity)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(502, text="<html>Bad gateway</html>"),
        httpx.Response(500, json={"error": {"code": "FIELD_INVALID", "description": "x"}}),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("server disconnected without sending a response"),
        httpx.WriteError("broken pipe"),
    ],
    ids=["502", "500 with a code", "read timeout", "no answer", "write error"],
)
def test_a_write_that_may_have_happened_says_so(client_for, failure: Any) -> None:
    # A 502 from a proxy after the service took the send, a connection cut after the request
    # left: the SMS may have gone. The error says it, in its attribute and in its message.
    with pytest.raises((APIConnectionError, ServerError, ValidationError)) as caught:
        client_for(Recorder(failure))._call(WRITE, {"message": "hi"}, identity)
    assert isinstance(caught.value, APIConnectionError | ServerError | ValidationError)
    assert caught.value.may_have_been_sent is True
    assert "send_sms failed but the service may have acted on it (an SMS may have been sent)" in str(caught.value)


def test_a_write_that_certainly_did_not_happen_does_not_say_so(client_for) -> None:
    for failure in (error_answer("FIELD_INVALID"), httpx.ConnectError("refused")):
        with pytest.raises((APIConnectionError, ValidationError)) as caught:
            client_for(Recorder(failure), max_retries=0)._call(WRITE, {}, identity)
        assert isinstance(caught.value, APIConnectionError | ValidationError)
        assert caught.value.may_have_been_sent is False
        assert "may have" not in str(caught.value)
    with pytest.raises(RateLimitError) as limited:
        client_for(Recorder(error_answer("OVER_LIMIT", 429)), max_retries=0)._call(WRITE, {}, identity)
    assert limited.value.may_have_been_sent is False, "an OVER_LIMIT request was dropped"


def test_a_read_that_failed_may_have_reached_the_service_but_its_message_does_not_warn(client_for) -> None:
    with pytest.raises(ServerError) as caught:
        client_for(Recorder(httpx.Response(502)), max_retries=0)._call(READ, None, identity)
    assert caught.value.may_have_been_sent is True and "may have" not in str(caught.value)


def test_an_api_error_is_raised_with_its_code_and_response(client_for) -> None:
    recorder = Recorder(error_answer("FIELD_INVALID", description='Field "to" is invalid'))
    with pytest.raises(ValidationError) as caught:
        client_for(recorder)._call(WRITE, {}, identity)
    error = caught.value
    assert (error.code, error.description, error.status_code, error.operation) == (
        "FIELD_INVALID",
        'Field "to" is invalid',
        400,
        "send_sms",
    )
    assert error.response is not None and error.response.status_code == 400
    assert len(recorder.requests) == 1


def test_a_200_carrying_an_error_code_raises(client_for) -> None:
    recorder = Recorder(error_answer("AUTH_FAILED", 200))
    with pytest.raises(AuthenticationError):
        client_for(recorder)._call(READ, None, identity)


@pytest.mark.parametrize(
    "answer", [httpx.Response(200, text="not json"), httpx.Response(200, json=[1, 2]), httpx.Response(200, json={})]
)
def test_a_success_that_cannot_be_read_raises_malformed_response(client_for, answer) -> None:
    def strict(body: Any) -> Any:
        return body["balance"]

    with pytest.raises(MalformedResponseError) as caught:
        client_for(Recorder(answer))._call(READ, None, strict)
    assert caught.value.response is not None
    assert caught.value.operation == "get_balance"


def test_per_call_max_retries_overrides_the_client(client_for) -> None:
    recorder = Recorder(error_answer("OVER_LIMIT", 429))
    with pytest.raises(RateLimitError):
        client_for(recorder, max_retries=5)._call(WRITE, {}, identity, max_retries=0)
    assert len(recorder.requests) == 1


def test_per_call_timeout_reaches_the_request(client_for) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    client = client_for(recorder)
    client._call(READ, None, identity)
    client._call(READ, None, identity, timeout=1.5)
    client._call(READ, None, identity, timeout=None)
    timeouts = [r.extensions["timeout"] for r in recorder.requests]
    assert timeouts[0] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert timeouts[1] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert timeouts[2] == {"connect": None, "read": None, "write": None, "pool": None}


def test_with_options_shares_the_pool_and_limiter_but_not_the_defaults(client_for) -> None:
    recorder = Recorder(error_answer("OVER_LIMIT", 429))
    client = client_for(recorder, rate_limit=50.0)
    patient = client.with_options(max_retries=0, timeout=9)
    assert patient.http_client is client.http_client
    assert patient.rate_limiter is client.rate_limiter
    assert (patient.max_retries, patient.timeout.read) == (0, 9)
    assert (client.max_retries, client.timeout.read) == (3, 30.0)
    with pytest.raises(RateLimitError):
        patient._call(WRITE, {}, identity)
    assert len(recorder.requests) == 1
    patient.close()  # a copy does not close the shared pool
    assert not client.http_client.is_closed


def test_an_injected_http_client_gets_the_auth_per_request_and_is_not_closed() -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with SyncClient(api_key="key", api_secret="s3cr3t", http_client=http, rate_limit=None) as client:
        client._call(READ, None, identity)
    assert recorder.requests[0].headers["authorization"] == "Basic a2V5OnMzY3IzdA=="
    assert str(recorder.requests[0].url) == "https://api.transmitsms.com/get-balance.json"
    assert not http.is_closed
    http.close()


def test_the_context_manager_closes_the_pool_it_built() -> None:
    with SyncClient(api_key="k", api_secret="s", transport=httpx.MockTransport(Recorder(httpx.Response(200)))) as c:
        pass
    assert c.http_client.is_closed


def test_transport_and_http_client_are_exclusive() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        SyncClient(api_key="k", api_secret="s", transport=httpx.MockTransport(Recorder()), http_client=httpx.Client())
    with pytest.raises(ConfigurationError, match=r"httpx\.Client"):
        SyncClient(api_key="k", api_secret="s", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, 1.5, True])
def test_max_retries_must_be_a_natural_number(bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        SyncClient(api_key="k", api_secret="s", max_retries=bad)


def test_retries_are_logged_without_secrets(client_for, caplog) -> None:
    recorder = Recorder(error_answer("OVER_LIMIT", 429), httpx.Response(200, json=BALANCE))
    with caplog.at_level(logging.DEBUG, logger="transmitsms"):
        client_for(recorder)._call(WRITE, {"password": "hunter22"}, identity)
    assert "retrying send_sms" in caplog.text
    assert "s3cr3t" not in caplog.text and "hunter22" not in caplog.text and "a2V5" not in caplog.text
