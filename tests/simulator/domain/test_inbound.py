"""Replies, inbound messages, keywords, opt-outs by reply, forwarding, message-reply."""

from __future__ import annotations

import pytest

from tests.simulator.support import MOBILE, MOBILE_2
from transmitsms_sim.domain import accounts, inbound, keywords, lists, messages, numbers
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import NotFound, SimulationError
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.service import Simulator

NUMBER = "61480000042"


def test_a_reply_on_the_shared_pool_finds_the_last_message(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        first = messages.send(tx, acct, SendRequest(text="First", to=(MOBILE,)))
        second = messages.send(tx, acct, SendRequest(text="Second", to=(MOBILE,), reply_callback="http://r.io/cb"))
        received = inbound.receive(tx, MOBILE, numbers.shared_sender(MOBILE), "Yes please")
        url = tx.scalar("SELECT url FROM callbacks WHERE kind = 'reply'")
    assert first.id < second.id
    assert (received.account_id, received.message_id, received.is_optout) == (acct.id, second.id, False)
    assert url.startswith(f"http://r.io/cb?user_id={acct.id}&message_id={second.id}&response=Yes%20please")
    assert "is_optout=no" in url


def test_without_to_the_latest_message_to_the_handset(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,), sender="MyBrand"))
        numeric = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE_2,)))
        with pytest.raises(SimulationError, match="no message"):
            inbound.receive(tx, MOBILE, None, "Hello?")
        assert inbound.receive(tx, MOBILE_2, None, "Hello").message_id == numeric.id
    assert message.sender == "MyBrand", "an alphanumeric sender cannot be replied to"


def test_inbound_on_a_leased_number_with_no_message(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, "http://number.example/in")
        received = inbound.receive(tx, MOBILE, NUMBER, "Hello there")
        url = tx.scalar("SELECT url FROM callbacks")
    assert (received.message_id, received.longcode) == (0, NUMBER)
    assert url.startswith("http://number.example/in?") and "message_id=0" in url


def test_stop_opts_out_with_goo_on(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "L", {})
        lists.add(tx, contact_list, MOBILE, "Ella", "B", {})
        message = messages.send(tx, acct, SendRequest(text="Hi", list_id=contact_list.id))
        received = inbound.receive(tx, MOBILE, None, "STOP")
        assert received.is_optout and received.message_id == message.id
        assert lists.is_globally_opted_out(tx, acct.id, MOBILE)
        assert lists.contact(tx, contact_list.id, MOBILE).status == "inactive"  # type: ignore[union-attr]
        assert tx.scalar("SELECT optout FROM recipients WHERE message_id = ?", (message.id,)) == 1
        reply = tx.one("SELECT first_name, last_name, list_id FROM replies")
        assert tuple(reply) == ("Ella", "B", contact_list.id)  # type: ignore[arg-type]


def test_stop_is_just_a_reply_with_goo_off(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        account = accounts.update_settings(tx, acct.id, {"goo_enabled": False})
        messages.send(tx, account, SendRequest(text="Hi", to=(MOBILE,)))
        assert not inbound.receive(tx, MOBILE, None, "STOP").is_optout
        assert not lists.is_globally_opted_out(tx, acct.id, MOBILE)


def test_keywords_join_the_list_and_answer(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, None)
        keyword = keywords.add(
            tx,
            acct,
            "gym",
            NUMBER,
            keywords.KeywordOptions(
                welcome_message="Welcome!",
                members_message="Again?",
                forward_url="http://kw.example/cb",
                forward_email="a@example.com,b@example.com",
                forward_sms="61491570158",
            ),
            activate=True,
        )
        first = inbound.receive(tx, MOBILE, NUMBER, "Gym please")
        second = inbound.receive(tx, MOBILE, NUMBER, "GYM")
        answers = [r[0] for r in tx.all("SELECT text FROM recipients WHERE msisdn = ? ORDER BY id", (MOBILE,))]
        senders = {r[0] for r in tx.all("SELECT sender FROM recipients")}
        forwards = [(r[0], r[1]) for r in tx.all("SELECT kind, target FROM forwards ORDER BY id")]
        url = tx.scalar("SELECT url FROM callbacks WHERE kind = 'reply' ORDER BY id LIMIT 1")
        auto_list = lists.get(tx, acct.id, keyword.list_id)
    assert first.keyword_id == keyword.id == second.keyword_id
    assert answers == ["Welcome!", "Again?"]
    assert senders == {NUMBER}
    assert auto_list.name == "auto list for keyword GYM" and auto_list.created is None
    assert forwards[:3] == [("email", "a@example.com"), ("email", "b@example.com"), ("sms", "61491570158")]
    assert url.startswith("http://kw.example/cb?")


def test_a_closed_keyword_does_not_match(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, None)
        keywords.add(tx, acct, "GYM", NUMBER, keywords.KeywordOptions(), activate=False)
        assert inbound.receive(tx, MOBILE, NUMBER, "gym").keyword_id is None


def test_number_options_join_and_answer(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        numbers.lease(tx, acct, NUMBER, None)
        contact_list = lists.create(tx, acct, "Inbound", {})
        numbers.edit_options(tx, acct, NUMBER, {"list_id": contact_list.id, "welcome_message": "Hi new"})
        inbound.receive(tx, MOBILE, NUMBER, "hello")
        assert lists.contact(tx, contact_list.id, MOBILE) is not None
        assert tx.scalar("SELECT text FROM recipients WHERE msisdn = ?", (MOBILE,)) == "Hi new"


def test_message_reply_answers_from_the_number_written_to(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(tx, acct, SendRequest(text="Hi", to=(MOBILE,)))
        shared = numbers.shared_sender(MOBILE)
        inbound.receive(tx, MOBILE, shared, "Hello")
        by_number = inbound.answer(tx, acct, "Thanks", MOBILE, shared)
        by_message = inbound.answer(tx, acct, "Thanks again", MOBILE, str(message.id))
        with pytest.raises(NotFound, match="No message from"):
            inbound.answer(tx, acct, "?", MOBILE_2, shared)
        senders = [
            r[0]
            for r in tx.all("SELECT sender FROM recipients WHERE message_id IN (?, ?)", (by_number.id, by_message.id))
        ]
    assert senders == [shared, shared]
