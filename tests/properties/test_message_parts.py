"""Property: parts and cost of any text, held to an independent count (``sms_parts``).

Two layers: the simulator's own counter against the independent one on many texts (no HTTP, so
cheap), and send-sms through the generated client, where the answer's ``sms`` and ``cost``, the
balance and each recipient's stored text must follow from the text as the spec describes: the 612
character limit, personalisation, link tags, and parts charged per recipient.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.properties.harness import fresh_simulator
from tests.properties.profile import examples
from tests.properties.sms_parts import MAX_CHARACTERS, parts_of
from tests.properties.texts import (
    TRACKED_LINK,
    TRACKED_LINK_TEXT,
    UNSUB_LINK,
    UNSUB_LINK_TEXT,
    message_texts,
    personalised,
)
from tests.support.counts import record
from transmitsms import ValidationError
from transmitsms_sim.domain.encoding import count_parts

PRICE = Decimal("0.087")
#: Valid Australian mobile numbers with the ordinary delivery outcome.
MOBILES = ("61491570156", "61491570157", "61491570159")


@examples(1500)
@given(message_texts(with_links=True))
def test_the_simulators_count_is_the_independent_count(text: str) -> None:
    record("hypothesis examples")
    theirs, ours = count_parts(text), parts_of(text)
    assert (theirs.encoding, theirs.units, theirs.parts) == (ours.encoding, ours.units, ours.parts)


def _expected_text(text: str, msisdn: str, stored: str) -> str:
    """The text a recipient gets: personalised, and each link tag replaced by a link (read from
    ``stored``, whose codes the test cannot know, after checking their form)."""
    expected = personalised(text, {"mobile": msisdn})
    for tag, form in ((TRACKED_LINK, TRACKED_LINK_TEXT), (UNSUB_LINK, UNSUB_LINK_TEXT)):
        if tag in expected:
            link = form.search(stored)
            assert link is not None, f"{tag} was not replaced by a link: {stored!r}"
            expected = expected.replace(tag, link.group(0))
    return expected


@examples(150)
@given(text=message_texts(with_links=True), recipients=st.integers(1, len(MOBILES)), link_url=st.booleans())
def test_send_charges_the_parts_of_each_recipients_text(text: str, recipients: int, link_url: bool) -> None:
    record("hypothesis examples")
    to = list(MOBILES[:recipients])
    event(f"{parts_of(text).encoding}, {'over' if len(text) > MAX_CHARACTERS else 'within'} 612 characters")
    with fresh_simulator() as sim:
        account = sim.account(balance=1000)
        client = sim.client(account)
        extra: dict[str, Any] = {"tracked_link_url": "https://example.com/offer"} if link_url else {}
        if len(text) > MAX_CHARACTERS or text.count(TRACKED_LINK) > 1:
            with pytest.raises(ValidationError) as refused:
                client.sms.send(message=text, to=to, **extra)
            assert refused.value.code == "FIELD_INVALID" and "message" in refused.value.description
        elif TRACKED_LINK in text and not link_url:
            with pytest.raises(ValidationError) as refused:
                client.sms.send(message=text, to=to, **extra)
            assert refused.value.code == "FIELD_EMPTY" and "tracked_link_url" in refused.value.description
        else:
            sent = client.sms.send(message=text, to=to, **extra)
            (stored,) = sim.messages(account.id)
            texts = {r["msisdn"]: r["text"] for r in stored["recipients_detail"]}
            assert sorted(texts) == to
            parts = 0
            for msisdn, received in texts.items():
                assert received == _expected_text(text, msisdn, received)
                parts += parts_of(received).parts
            assert (sent.recipients, sent.sms) == (recipients, parts)
            assert Decimal(str(sent.cost)) == parts * PRICE
            assert Decimal(str(client.account.get_balance().balance)) == 1000 - parts * PRICE
            return
        assert client.account.get_balance().balance == 1000
