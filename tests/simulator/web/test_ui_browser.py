"""The inbox page in a real browser: Debian's headless Chromium, driven by Playwright.

The simulator serves on a loopback port (manual clock at T0); the account's callbacks go to the
test's receiver; messages are sent with the generated ``transmitsms`` client. The page must follow
the simulator without a reload, its actions must reach the receiver, and no value may turn into
markup. Every test fails on a console error or an uncaught exception in the page, which is also how
a Content-Security-Policy violation shows. Screenshots go to ``build/ui-screenshots/``.
Skipped, with the reason, when Chromium is absent; failed instead in CI (``tests/support/browser.py``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from tests.simulator.support import MOBILE, MOBILE_2
from tests.support import browser as chromium
from tests.support.receiver import Receiver
from tests.support.simulator import settings
from transmitsms import TransmitSMS
from transmitsms_sim import create_app
from transmitsms_sim.background import ServerThread

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

#: A value that would run script or make elements if the page ever rendered it as markup.
HOSTILE = '<b id="injected">bold</b><img src="x" onerror="window.pwned=1"><script>window.pwned=2</script>'
SLOW = "61491570003"  # delivered after an hour (delivery.RULES)
WAIT = 10.0


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium.chromium_or_skip()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=WAIT * 1000)
    with sync_playwright() as playwright:
        launched = chromium.launch(playwright, path)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Shop:
    """A simulator on a loopback port and an account whose callbacks go to the receiver."""

    base_url: str
    control: httpx.Client
    account: dict[str, Any]
    client: TransmitSMS

    def url(self, path: str = "") -> str:
        joiner = "&" if "?" in path else "?"
        return f"{self.base_url}/_sim/ui{path}{joiner}account={self.account['id']}"


@pytest.fixture
def shop(receiver: Receiver) -> Iterator[Shop]:
    app = create_app(settings())
    try:
        with ServerThread(app) as server, httpx.Client(base_url=server.base_url, timeout=30) as control:
            account = control.post(
                "/_sim/accounts",
                json={
                    "name": "Bistro",
                    "dlr_callback": receiver.url("/dlr"),
                    "reply_callback": receiver.url("/reply"),
                    "link_hits_callback": receiver.url("/hits"),
                },
            ).json()
            with TransmitSMS(
                api_key=account["api_key"],
                api_secret=account["api_secret"],
                base_url=server.base_url,
                rate_limit=None,
                max_retries=0,
            ) as client:
                yield Shop(server.base_url, control, account, client)
            assert control.get("/_sim/errors").json()["errors"] == []
    finally:
        app.state.runtime.close()


def _open(browser: Browser, width: int, height: int) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    try:
        yield page
    finally:
        context.close()
    assert problems == [], f"the page reported errors: {problems}"


@pytest.fixture
def page(browser: Browser, shop: Shop) -> Iterator[Page]:
    """A desktop-sized page on the shop's simulator (closed before it stops, so that the page never
    sees it gone); console errors and uncaught exceptions fail the test."""
    yield from _open(browser, 1280, 900)


def wait_for(found: Callable[[], Any], what: str) -> Any:
    """``found()`` once it is truthy (the receiver is fed from another thread); fails after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


def received(receiver: Receiver, path: str, **params: str) -> list[dict[str, str]]:
    """The receiver's requests to ``path`` whose query has ``params``."""
    found = []
    for index, target in enumerate(list(receiver.requests)):
        if target.startswith(path + "?"):
            query = receiver.params(index)
            if all(query.get(key) == value for key, value in params.items()):
                found.append(query)
    return found


def recipient(page: Page, msisdn: str) -> Locator:
    return page.locator(f'article.recipient[data-msisdn="{msisdn}"]')


def test_a_message_sent_through_the_client_appears_without_a_reload(page: Page, shop: Shop) -> None:
    from playwright.sync_api import expect

    page.goto(shop.url())
    expect(page.locator("#messages")).to_contain_text("No message yet")
    page.evaluate("window.stillTheSamePage = true")

    sent = shop.client.sms.send(message="Your table for 2 is booked for 7pm", to=MOBILE)
    card = page.locator(f'a.msg[data-message="{sent.message_id}"]')
    expect(card).to_contain_text("Your table for 2 is booked for 7pm")
    expect(card).to_contain_text("1 pending")
    expect(page.locator("#accounts")).to_contain_text("1 message")

    shop.control.post("/_sim/clock/advance", json={"seconds": 10})
    expect(card).to_contain_text("1 delivered")
    expect(page.locator("#clock-now")).to_have_text("2026-01-05 09:00:10")
    assert page.evaluate("window.stillTheSamePage") is True, "the page reloaded"
    expect(page.locator("#live")).to_have_text("live")


def test_a_reply_typed_on_the_page_reaches_the_callback_receiver(page: Page, shop: Shop, receiver: Receiver) -> None:
    from playwright.sync_api import expect

    sent = shop.client.sms.send(message="Table for 2 at 7pm? Reply YES to confirm", to=MOBILE)
    page.goto(f"{shop.base_url}/_sim/ui/messages/{sent.message_id}")
    handset = recipient(page, MOBILE)
    handset.locator("input[name=message]").fill("YES see you then")
    handset.get_by_role("button", name="Reply", exact=True).click()

    reply = wait_for(lambda: received(receiver, "/reply", response="YES see you then"), "the reply callback")[0]
    assert (reply["message_id"], reply["mobile"], reply["is_optout"]) == (str(sent.message_id), MOBILE, "no")
    expect(page.locator("#notice")).to_contain_text("sent “YES see you then”")
    expect(page.locator("#message")).to_contain_text("Replies 1")
    expect(handset.locator(".timeline")).to_contain_text("reply YES see you then")
    expect(handset.locator("input[name=message]")).to_have_value("")

    handset.get_by_role("button", name="STOP").click()
    stop = wait_for(lambda: received(receiver, "/reply", response="STOP"), "the STOP callback")[0]
    assert stop["is_optout"] == "yes"
    expect(handset).to_contain_text("opted out")
    page.goto(shop.url("/lists"))
    expect(page.locator("#lists")).to_contain_text(MOBILE)


def test_values_with_html_in_them_are_shown_as_text(page: Page, shop: Shop, receiver: Receiver) -> None:
    from playwright.sync_api import expect

    shop.control.patch(f"/_sim/accounts/{shop.account['id']}", json={"name": HOSTILE})
    sent = shop.client.sms.send(message=f"Hello {HOSTILE}", to=MOBILE)
    page.goto(shop.url())
    expect(page.locator(f'a.msg[data-message="{sent.message_id}"]')).to_contain_text(f"Hello {HOSTILE}")
    expect(page.locator("#accounts")).to_contain_text(HOSTILE)

    page.goto(f"{shop.base_url}/_sim/ui/messages/{sent.message_id}")
    handset = recipient(page, MOBILE)
    handset.locator("input[name=message]").fill(HOSTILE)
    handset.get_by_role("button", name="Reply", exact=True).click()
    wait_for(lambda: received(receiver, "/reply", response=HOSTILE), "the reply callback")
    expect(page.locator("#message table.rows")).to_contain_text(HOSTILE)
    expect(page.locator("#notice")).to_contain_text(HOSTILE)

    for path in ("", f"/messages/{sent.message_id}", "/received", "/callbacks"):
        page.goto(shop.url(path))
        assert page.locator("#injected").count() == 0, f"markup from a value on {path or '/'}"
        assert page.evaluate("typeof window.pwned") == "undefined", f"script from a value ran on {path or '/'}"


def test_forcing_an_outcome_and_clicking_a_tracked_link(page: Page, shop: Shop, receiver: Receiver) -> None:
    from playwright.sync_api import expect

    sent = shop.client.sms.send(
        message="20% off tonight: [tracked-link]", to=[MOBILE, MOBILE_2], tracked_link_url="https://example.com/offer"
    )
    page.goto(f"{shop.base_url}/_sim/ui/messages/{sent.message_id}")
    first, second = recipient(page, MOBILE), recipient(page, MOBILE_2)
    first.get_by_role("button", name="hard-bounce").click()
    wait_for(lambda: received(receiver, "/dlr", mobile=MOBILE, status="hard-bounce"), "the forced DLR")
    expect(first.locator("header .status").first).to_have_text("hard-bounce")
    expect(first.locator("form.force")).to_have_count(0)
    expect(second.locator("header .status").first).to_have_text("pending")

    second.get_by_role("button", name=re.compile(r"^Click TapTh\.is")).click()
    hit = wait_for(lambda: received(receiver, "/hits", mobile=MOBILE_2), "the link-hit callback")[0]
    assert (hit["link_hits"], hit["message_id"]) == ("1", str(sent.message_id))
    expect(second.locator("form.click")).to_contain_text("1 click")
    expect(second.locator(".timeline")).to_contain_text("click on the tracked link (the latest; 1 click in all)")
    expect(page.locator("#message")).to_contain_text("link_hit")


def test_advancing_the_clock_from_the_page_delivers_what_falls_due(page: Page, shop: Shop, receiver: Receiver) -> None:
    from playwright.sync_api import expect

    sent = shop.client.sms.send(message="Your order has shipped", to=[MOBILE, SLOW])
    page.goto(f"{shop.base_url}/_sim/ui/messages/{sent.message_id}")
    page.get_by_role("button", name="+5 s").click()
    expect(page.locator("#clock-now")).to_have_text("2026-01-05 09:00:05")
    expect(recipient(page, MOBILE).locator("header .status").first).to_have_text("delivered")
    expect(recipient(page, SLOW).locator("header .status").first).to_have_text("pending")
    expect(recipient(page, SLOW).locator(".timeline")).to_contain_text("delivered expected")

    page.get_by_role("button", name="+1 h").click()
    expect(page.locator("#clock-now")).to_have_text("2026-01-05 10:00:05")
    expect(recipient(page, SLOW).locator("header .status").first).to_have_text("delivered")
    wait_for(lambda: received(receiver, "/dlr", mobile=SLOW, status="delivered"), "the slow DLR")
    expect(page.locator("#notice")).to_contain_text("Clock advanced 1 h")


def test_a_live_update_leaves_a_reply_being_typed_alone(page: Page, shop: Shop, receiver: Receiver) -> None:
    from playwright.sync_api import expect

    sent = shop.client.sms.send(message="Are you coming?", to=MOBILE)
    page.goto(f"{shop.base_url}/_sim/ui/messages/{sent.message_id}")
    field = recipient(page, MOBILE).locator("input[name=message]")
    field.fill("Running late, 10 minutes")
    shop.control.post("/_sim/clock/advance", json={"seconds": 10})
    expect(page.locator("#clock-now")).to_have_text("2026-01-05 09:00:10")
    expect(field).to_have_value("Running late, 10 minutes")

    field.press("Enter")  # submits the reply form
    wait_for(lambda: received(receiver, "/reply", response="Running late, 10 minutes"), "the reply callback")
    expect(recipient(page, MOBILE).locator("header .status").first).to_have_text("delivered")


def test_search_filters_the_list_as_one_types(page: Page, shop: Shop) -> None:
    from playwright.sync_api import expect

    shop.client.sms.send(message="Dinner is at eight", to=MOBILE)
    other = shop.client.sms.send(message="The parcel has arrived", to=MOBILE_2)
    page.goto(shop.url())
    expect(page.locator("a.msg")).to_have_count(2)
    page.locator("input[type=search]").fill("parcel")
    expect(page.locator("a.msg")).to_have_count(1)
    expect(page.locator("a.msg")).to_have_attribute("data-message", str(other.message_id))
    assert "q=parcel" in page.url
    page.locator("input[type=search]").fill(MOBILE[-6:])
    expect(page.locator("a.msg")).to_contain_text("Dinner is at eight")


def _seed(shop: Shop, receiver: Receiver) -> int:
    """A day's worth of state for the screenshots: sends, outcomes, replies, clicks, a failing callback, a list."""
    client = shop.client
    main = client.sms.send(
        message="Hi [firstname], your table for 2 is booked for 7pm. Menu: [tracked-link] Reply YES to confirm.",
        to=[MOBILE, MOBILE_2, "61491570002", "61491570000"],
        tracked_link_url="https://example.com/menu",
    )
    client.sms.send(message="Dessert is on us tonight! " * 8, to=MOBILE_2)
    guests = client.lists.add_list(name="Regulars", field_1="Postcode", field_2="Table")
    for n, name in enumerate(("Ada", "Grace", "Edsger")):
        client.lists.add_to_list(
            list_id=guests.id,
            msisdn=f"6149157020{n}",
            first_name=name,
            last_name="Guest",
            field_1="2000",
            field_2=str(n),
        )
    client.sms.send(message="Happy hour from 5pm, [firstname]!", list_id=guests.id)
    shop.control.post("/_sim/clock/advance", json={"seconds": 10})
    shop.control.post("/_sim/inbound", json={"from": MOBILE, "message": "YES see you then"})
    receiver.mode = "error"
    shop.control.post("/_sim/inbound", json={"from": MOBILE_2, "message": "Can we make it 8pm?"})
    receiver.mode = "up"
    messages = shop.control.get("/_sim/messages", params={"account_id": shop.account["id"]}).json()["messages"]
    code = next(r["link_code"] for m in messages if m["id"] == main.message_id for r in m["recipients_detail"])
    shop.control.post(f"/_sim/links/{code}/click")
    shop.control.post("/_sim/clock/advance", json={"seconds": 50})
    return main.message_id


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_at_desktop_and_phone_widths(browser: Browser, shop: Shop, receiver: Receiver, width: int) -> None:
    """Each page at a desktop and a phone width, saved for people to look at; nothing may overflow sideways."""
    message_id = _seed(shop, receiver)
    chromium.SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for page in _open(browser, width, 900 if width > 600 else 844):
        pages = {
            "messages": shop.url(),
            "message": f"{shop.base_url}/_sim/ui/messages/{message_id}",
            "received": shop.url("/received"),
            "callbacks": shop.url("/callbacks"),
            "lists": shop.url("/lists"),
        }
        for name, url in pages.items():
            page.goto(url)
            page.screenshot(path=str(chromium.SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, f"the {name} page is {overflow} px wide at {width} px"
        page.locator("#lists a").first.click()
        page.locator("#list table").wait_for()
        page.screenshot(path=str(chromium.SCREENSHOTS / f"list-{width}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
