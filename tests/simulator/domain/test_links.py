"""Tracked-link clicks and unsubscribe links."""

from __future__ import annotations

import pytest

from tests.simulator.support import MOBILE, MOBILE_2
from transmitsms_sim.domain import accounts, links, lists, messages
from transmitsms_sim.domain.accounts import Account
from transmitsms_sim.domain.errors import NotFound
from transmitsms_sim.domain.messages import SendRequest
from transmitsms_sim.domain.service import Simulator


def test_codes_are_distinct_and_reproducible() -> None:
    codes = {links.encode(n) for n in range(1, 2000)}
    assert len(codes) == 1999
    assert links.encode(7) == links.encode(7)


def test_a_click_counts_and_calls_back(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        message = messages.send(
            tx,
            acct,
            SendRequest(
                text="Go [tracked-link]",
                to=(MOBILE,),
                tracked_link_url="https://example.com",
                link_hits_callback="http://hits.example/cb",
            ),
        )
        code = tx.scalar("SELECT link_code FROM recipients WHERE message_id = ?", (message.id,))
        assert links.click(tx, code).hits == 1
        second = links.click(tx, code)
        urls = [r[0] for r in tx.all("SELECT url FROM callbacks WHERE kind = 'link_hit' ORDER BY id")]
        with pytest.raises(NotFound):
            links.click(tx, "nosuchcd")
    assert (second.kind, second.message_id, second.msisdn, second.hits) == ("tracked", message.id, MOBILE, 2)
    assert len(urls) == 2 and "link_hits=2" in urls[1] and urls[1].startswith("http://hits.example/cb?")


def test_an_unsubscribe_click_opts_out(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        contact_list = lists.create(tx, acct, "News", {})
        lists.add(tx, contact_list, MOBILE, "A", "B", {})
        message = messages.send(tx, acct, SendRequest(text="Stop: [unsub-reply-link]", list_id=contact_list.id))
        code = tx.scalar("SELECT unsub_code FROM recipients WHERE message_id = ?", (message.id,))
        assert links.click(tx, code).kind == "unsubscribe"
        assert lists.is_globally_opted_out(tx, acct.id, MOBILE)
        assert lists.contact(tx, contact_list.id, MOBILE).status == "inactive"  # type: ignore[union-attr]


def test_without_goo_an_unsubscribe_leaves_the_list_only(simulator: Simulator, acct: Account) -> None:
    with simulator.transaction() as tx:
        account = accounts.update_settings(tx, acct.id, {"goo_enabled": False})
        contact_list = lists.create(tx, account, "News", {})
        lists.add(tx, contact_list, MOBILE_2, "A", "B", {})
        message = messages.send(tx, account, SendRequest(text="Stop: [unsub-reply-link]", list_id=contact_list.id))
        links.click(tx, tx.scalar("SELECT unsub_code FROM recipients WHERE message_id = ?", (message.id,)))
        assert not lists.is_globally_opted_out(tx, acct.id, MOBILE_2)
        assert lists.contact(tx, contact_list.id, MOBILE_2).inactive_reason == "optout"  # type: ignore[union-attr]


def test_without_goo_an_unsubscribe_from_a_removed_list_still_opts_the_recipient_out(
    simulator: Simulator, acct: Account
) -> None:
    with simulator.transaction() as tx:
        account = accounts.update_settings(tx, acct.id, {"goo_enabled": False})
        contact_list = lists.create(tx, account, "News", {})
        lists.add(tx, contact_list, MOBILE_2, "A", "B", {})
        message = messages.send(tx, account, SendRequest(text="Stop: [unsub-reply-link]", list_id=contact_list.id))
        lists.remove(tx, account.id, contact_list.id)
        code = tx.scalar("SELECT unsub_code FROM recipients WHERE message_id = ?", (message.id,))
        assert links.click(tx, code).kind == "unsubscribe"
        assert tx.scalar("SELECT optout FROM recipients WHERE message_id = ?", (message.id,)) == 1
