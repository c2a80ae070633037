"""The generated SDK against the simulator, over loopback HTTP: the two meet only on the wire."""

from __future__ import annotations

import pytest

from transmitsms import InsufficientFundsError, NotFoundError, TransmitSMS, ValidationError
from transmitsms_sim.pytest_plugin import SimulatorHandle


@pytest.fixture
def client(transmitsms_sim: SimulatorHandle) -> TransmitSMS:
    return TransmitSMS(
        api_key=transmitsms_sim.api_key,
        api_secret=transmitsms_sim.api_secret,
        base_url=transmitsms_sim.base_url,
        rate_limit=None,
        max_retries=0,
    )


def test_send_deliver_and_report(client: TransmitSMS, transmitsms_sim: SimulatorHandle) -> None:
    with client:
        sent = client.sms.send(message="x" * 180, to=["61491570156", "61491571000"])
        assert (sent.recipients, sent.sms) == (2, 4)
        transmitsms_sim.advance(5)
        stats = client.reporting.get_sms_stats(message_id=sent.message_id).stats
        assert (stats.delivered, stats.hard_bounced) == (1, 1)
        assert client.account.get_balance().balance == pytest.approx(100 - 4 * 0.087)


def test_lists_iterate_across_pages(client: TransmitSMS) -> None:
    with client:
        list_id = client.lists.add_list(name="Everyone", field_1="City").id
        for n in range(12):
            client.lists.add_to_list(list_id=list_id, msisdn=f"614915701{n:02d}", field_1="Sydney")
        numbers = [contact.msisdn for contact in client.lists.iter_list(list_id=list_id, max=5)]
        assert len(numbers) == 12 and numbers == sorted(numbers)


def test_api_errors_are_typed(client: TransmitSMS, transmitsms_sim: SimulatorHandle) -> None:
    with client:
        with pytest.raises(ValidationError) as invalid:
            client.sms.send(message="Hi", to="61491570156", send_at="2026-02-30 10:00:00")
        assert invalid.value.code == "FIELD_INVALID" and "send_at" in invalid.value.description
        with pytest.raises(NotFoundError):
            client.lists.get_list(list_id=1)
        poor = transmitsms_sim.create_account(balance=0)
        with (
            TransmitSMS(
                api_key=poor["api_key"],
                api_secret=poor["api_secret"],
                base_url=transmitsms_sim.base_url,
                rate_limit=None,
            ) as broke,
            pytest.raises(InsufficientFundsError),
        ):
            broke.sms.send(message="Hi", to="61491570156")
