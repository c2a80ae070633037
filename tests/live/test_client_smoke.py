"""The generated client against the real service: a few calls a user makes first.

Reads only (the balance, every list through auto-pagination, a number formatted), one error (a
wrong secret: AUTH_FAILED, with the secret in no message), and one SMS only when
``TRANSMITSMS_LIVE_SEND_TO`` names the number to send it to (then its get-sms as well).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.live.environment import base_url, credentials, send_to
from transmitsms import AuthenticationError, TransmitSMS

pytestmark = pytest.mark.live


def _client(key: str, secret: str) -> TransmitSMS:
    return TransmitSMS(api_key=key, api_secret=secret, base_url=base_url())


@pytest.fixture
def client() -> Iterator[TransmitSMS]:
    found = credentials()
    assert found is not None  # conftest skips live tests without credentials
    with _client(*found) as opened:
        yield opened


def test_the_balance(client: TransmitSMS) -> None:
    balance = client.account.get_balance()
    assert isinstance(balance.balance, int | float)
    assert len(balance.currency) == 3 and balance.currency.isupper()


def test_iterating_the_lists_yields_each_one_once(client: TransmitSMS) -> None:
    total = client.lists.get_lists(max=1).lists_total
    ids = [summary.id for summary in client.lists.iter_lists(max=25)]
    assert len(ids) == total
    assert len(set(ids)) == len(ids)


def test_a_local_number_is_formatted(client: TransmitSMS) -> None:
    formatted = client.sms.format_number(msisdn="0491570156", countrycode="au").number
    assert formatted.international == 61491570156
    assert formatted.countrycode == 61


def test_a_wrong_secret_is_an_authentication_error_without_the_secret() -> None:
    found = credentials()
    assert found is not None
    wrong = found[1] + "-not-the-secret"
    with _client(found[0], wrong) as client, pytest.raises(AuthenticationError) as raised:
        client.account.get_balance()
    assert raised.value.code == "AUTH_FAILED"
    assert raised.value.status_code == 401
    assert wrong not in str(raised.value) and wrong not in repr(raised.value)


def test_one_sms_when_allowed(client: TransmitSMS) -> None:
    number = send_to()
    if number is None:
        pytest.skip("no SMS is sent unless TRANSMITSMS_LIVE_SEND_TO names the number to send one to")
    sent = client.sms.send(message="transmitsms SDK: live test message", to=number)
    assert sent.recipients == 1
    assert sent.sms >= 1
    fetched = client.reporting.get_sms(message_id=sent.message_id)
    assert fetched.message_id == sent.message_id
    assert fetched.message == "transmitsms SDK: live test message"
    assert fetched.recipients == 1
