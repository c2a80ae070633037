"""The inbox page through the app, without a browser: routes, guard, headers, escaping, CSRF, actions.

What a browser adds (live updates, the script's actions) is in ``test_ui_browser.py``.
"""

from __future__ import annotations

import re
import threading
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.simulator.support import MOBILE, MOBILE_2, Api, Control
from tests.support.receiver import Receiver
from transmitsms_sim.domain import inbox
from transmitsms_sim.inprocess import InProcess
from transmitsms_sim.web import ui

HOSTILE = '<script>alert("x")</script><b onmouseover="x()">'
PAGES = ("", "/received", "/callbacks", "/lists")


def _token(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def _remote_client(app: Any, **headers: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=("203.0.113.9", 4000)), base_url="http://sim", headers=headers
    )


class Page:
    """The page as a script on it uses it: the token read from the page, posts from its origin."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.token = _token(client.get(ui.UI).text)

    def post(
        self, action: str, fields: dict[str, str] | None = None, /, *, json: bool = True, **more: str
    ) -> httpx.Response:
        headers = {"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin"}
        if json:
            headers["Accept"] = "application/json"
        data = {"csrf": self.token, **(fields or {}), **more}
        return self.client.post(f"{ui.UI}/actions/{action}", data=data, headers=headers)


@pytest.fixture
def browser_like(sim: InProcess) -> Any:
    with sim.client(timeout=30) as client:
        yield client


@pytest.fixture
def page(browser_like: httpx.Client, account: dict[str, Any]) -> Page:
    return Page(browser_like)


def test_every_page_renders_with_the_security_headers(
    browser_like: httpx.Client, api: Api, account: dict[str, Any]
) -> None:
    sent = api.ok("send-sms", message="Hello", to=MOBILE)
    for path in [*(f"{ui.UI}{p}?account={account['id']}" for p in PAGES), f"{ui.UI}/messages/{sent['message_id']}"]:
        response = browser_like.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert response.headers["content-security-policy"] == ui.CSP
        assert "script-src 'self'" in ui.CSP and "default-src 'none'" in ui.CSP and "unsafe" not in ui.CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
        # Every asset the page names is the simulator's own.
        assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css|svg)(?:\?[^"]*)?)"', response.text)
        assert assets and all(a.startswith(f"{ui.UI}/static/") for a in assets), assets
        assert "<script>" not in response.text and " style=" not in response.text, "inline code the CSP would block"


@pytest.mark.anyio
async def test_the_page_is_guarded_like_the_control_api(new_app: Any) -> None:
    app = new_app()
    async with _remote_client(app) as remote:
        for path in (ui.UI, f"{ui.UI}/api/changes", f"{ui.UI}/static/app.js", f"{ui.UI}/messages/1"):
            refused = await remote.get(path)
            assert refused.status_code == 403 and refused.json()["error"]["code"] == "NO_ACCESS", path
            assert refused.headers["content-security-policy"] == ui.CSP
        refused = await remote.post(f"{ui.UI}/actions/advance", data={"seconds": "60"})
        assert refused.status_code == 403
    guarded = new_app(control_token="t0ken", control_hosts=("sim",))
    async with _remote_client(guarded, **{"X-Sim-Token": "t0ken"}) as remote:
        assert (await remote.get(ui.UI)).status_code == 200


def test_values_from_requests_are_escaped(
    browser_like: httpx.Client, api: Api, control: Control, account: dict[str, Any]
) -> None:
    control.patch(account["id"], name=HOSTILE)
    sent = api.ok("send-sms", message=f"Hi {HOSTILE}", to=MOBILE)
    control.advance(10)
    control.inbound(MOBILE, HOSTILE)
    for path in (f"{ui.UI}?account={account['id']}", f"{ui.UI}/messages/{sent['message_id']}", f"{ui.UI}/received"):
        html = browser_like.get(path).text
        assert "<script>alert" not in html and "<b onmouseover" not in html, path
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html, path
    searched = browser_like.get(ui.UI, params={"account": account["id"], "q": HOSTILE}).text
    assert "<script>alert" not in searched and 'value="&lt;script&gt;' in searched


def test_actions_must_come_from_the_page(page: Page, browser_like: httpx.Client) -> None:
    url = f"{ui.UI}/actions/advance"
    json = {"Accept": "application/json"}
    assert browser_like.post(url, data={"seconds": "60"}, headers=json).status_code == 403, "no token"
    assert browser_like.post(url, data={"seconds": "60", "csrf": "guess"}, headers=json).status_code == 403
    foreign = {**json, "Origin": "http://evil.example"}
    refused = browser_like.post(url, data={"seconds": "60", "csrf": page.token}, headers=foreign)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "NO_ACCESS"
    cross_site = {**json, "Sec-Fetch-Site": "cross-site"}
    assert browser_like.post(url, data={"seconds": "60", "csrf": page.token}, headers=cross_site).status_code == 403
    as_json = browser_like.post(url, json={"seconds": 60, "csrf": page.token}, headers=json)
    assert as_json.status_code == 400 and "form" in as_json.json()["error"]["description"]
    assert browser_like.get("/_sim/clock").json()["now"] == "2026-01-05 09:00:00", "nothing refused was done"
    done = page.post("advance", seconds="60")
    assert done.status_code == 200 and "Clock advanced 1 min to 2026-01-05 09:01:00" in done.json()["notice"]


def test_a_plain_form_post_returns_to_the_page_with_its_notice(page: Page, account: dict[str, Any]) -> None:
    back = f"{ui.UI}/callbacks?account={account['id']}"
    done = page.post("advance", json=False, seconds="5", next=back)
    assert done.status_code == 303
    location = urlsplit(done.headers["location"])
    assert location.path == f"{ui.UI}/callbacks"
    query = parse_qs(location.query)
    assert query["account"] == [str(account["id"])] and query["level"] == ["ok"]
    assert query["notice"][0].startswith("Clock advanced 5 s")
    shown = page.client.get(done.headers["location"]).text
    assert 'class="notice ok"' in shown and "Clock advanced 5 s" in shown

    failed = page.post("advance", json=False, seconds="-1", next="https://evil.example/")
    assert failed.status_code == 303, "an error comes back to the page too"
    assert failed.headers["location"].startswith(f"{ui.UI}?"), "never a redirect off the page"
    assert parse_qs(urlsplit(failed.headers["location"]).query)["level"] == ["error"]


def test_replying_as_a_handset(page: Page, api: Api, control: Control, account: dict[str, Any]) -> None:
    with Receiver() as receiver:
        control.patch(account["id"], reply_callback=receiver.url("/reply"))
        sent = api.ok("send-sms", message="Coming tonight?", to=MOBILE)
        sender = control.messages(account["id"])[0]["recipients_detail"][0]["sender"]
        done = page.post("reply", {"from": MOBILE, "to": sender, "message": "Yes!"})
        assert done.status_code == 200, done.text
        assert done.json()["notice"].startswith(f"{MOBILE} sent “Yes!” (reply ")
        assert f"on message {sent['message_id']}" in done.json()["notice"]
        assert receiver.params()["response"] == "Yes!", "the reply callback was delivered before the answer"

        stopped = page.post("reply", {"from": MOBILE, "stop": "1"})
        assert "opted out" in stopped.json()["notice"] and receiver.params()["is_optout"] == "yes"

    nobody = page.post("reply", {"from": MOBILE_2, "message": "Hello?"})
    assert nobody.status_code == 400 and "no message was sent to" in nobody.json()["error"]["description"]
    empty = page.post("reply", {"from": MOBILE})
    assert empty.status_code == 400 and empty.json()["error"]["description"] == "message is required"


def test_forcing_an_outcome(page: Page, api: Api, control: Control) -> None:
    sent = api.ok("send-sms", message="Hi", to=MOBILE)
    done = page.post("dlr", message_id=str(sent["message_id"]), msisdn=MOBILE, status="soft-bounce")
    assert done.status_code == 200 and f"{MOBILE} on message {sent['message_id']}: soft-bounce" in done.json()["notice"]
    again = page.post("dlr", message_id=str(sent["message_id"]), msisdn=MOBILE, status="delivered")
    assert again.status_code == 400 and "already soft-bounce" in again.json()["error"]["description"]
    wrong = page.post("dlr", message_id=str(sent["message_id"]), msisdn=MOBILE_2, status="delivered")
    assert wrong.status_code == 404 and wrong.json()["error"]["code"] == "NOT_FOUND"
    bad = page.post("dlr", message_id="x", msisdn=MOBILE, status="delivered")
    assert bad.status_code == 400 and "message_id" in bad.json()["error"]["description"]


def test_clicking_links(page: Page, api: Api, control: Control, account: dict[str, Any]) -> None:
    sent = api.ok(
        "send-sms", message="[tracked-link] [unsub-reply-link]", to=MOBILE, tracked_link_url="https://x.example"
    )
    recipient = control.messages(account["id"])[0]["recipients_detail"][0]
    tracked = page.post("click", code=recipient["link_code"])
    assert tracked.json()["notice"] == f"{MOBILE} clicked the tracked link of message {sent['message_id']}: 1 click."
    unsub = page.post("click", code=recipient["unsub_code"])
    assert (
        unsub.json()["notice"] == f"{MOBILE} clicked the unsubscribe link of message {sent['message_id']}: opted out."
    )
    assert page.post("click", code="nosuchcd").status_code == 404


def test_advancing_the_clock(page: Page, api: Api, control: Control) -> None:
    api.ok("send-sms", message="Hi", to=MOBILE)
    done = page.post("advance", seconds="3600")
    assert done.json()["notice"] == "Clock advanced 1 h to 2026-01-05 10:00:00: 1 receipt, 0 callback attempts."
    for seconds in ("-5", "abc", ""):
        assert page.post("advance", seconds=seconds).status_code == 400, seconds


def test_changes_answers_when_the_state_moves(
    browser_like: httpx.Client, sim: InProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = browser_like.get(f"{ui.UI}/api/changes").json()
    assert first["clock"] == {
        "now": "2026-01-05 09:00:00",
        "mode": "manual",
        "describe": "manual",
        "scale": 0,
    }
    monkeypatch.setattr(ui, "LONG_POLL_SECONDS", 0.2)
    unchanged = browser_like.get(f"{ui.UI}/api/changes", params={"since": first["version"]}).json()
    assert unchanged["version"] == first["version"], "nothing changed: the poll gave up with the same version"

    monkeypatch.setattr(ui, "LONG_POLL_SECONDS", 30)
    answers: list[dict[str, Any]] = []
    with sim.client(timeout=60) as other:
        waiting = threading.Thread(
            target=lambda: answers.append(other.get(f"{ui.UI}/api/changes", params={"since": first["version"]}).json())
        )
        waiting.start()
        browser_like.post("/_sim/accounts", json={"name": "New"})
        waiting.join(timeout=30)
    assert answers and answers[0]["version"] > first["version"], "the poll answered the change"


def test_the_page_embeds_the_version_it_shows(browser_like: httpx.Client, account: dict[str, Any]) -> None:
    html = browser_like.get(ui.UI).text
    version = int(re.search(r'data-version="(\d+)"', html).group(1))  # type: ignore[union-attr]
    assert browser_like.get(f"{ui.UI}/api/changes").json()["version"] == version


def test_static_files(browser_like: httpx.Client) -> None:
    html = browser_like.get(ui.UI).text
    for name, kind in (("app.js", "text/javascript"), ("app.css", "text/css"), ("favicon.svg", "image/svg+xml")):
        url = unescape(re.search(rf'"({ui.UI}/static/{re.escape(name)}\?v=[0-9a-f]+)"', html).group(1))  # type: ignore[union-attr]
        served = browser_like.get(url)
        assert served.status_code == 200 and served.headers["content-type"].startswith(kind)
        assert served.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert browser_like.get(url, headers={"If-None-Match": served.headers["etag"]}).status_code == 304
    assert browser_like.get(f"{ui.UI}/static/nothing.js").status_code == 404
    assert browser_like.get(f"{ui.UI}/static/..%2Fui.py").status_code == 404


def test_unknown_things_are_404_pages(browser_like: httpx.Client, account: dict[str, Any]) -> None:
    for path in (
        f"{ui.UI}/messages/1",
        f"{ui.UI}/lists/1",
        f"{ui.UI}?account=1",
        f"{ui.UI}/messages/99999999999999999999",
    ):
        response = browser_like.get(path)
        assert response.status_code in (400, 404) and "text/html" in response.headers["content-type"], path
        assert "Back to the inbox" in response.text
    assert browser_like.get(f"{ui.UI}?account=abc").status_code == 400


def test_a_trailing_slash_leads_to_the_page(browser_like: httpx.Client) -> None:
    moved = browser_like.get(f"{ui.UI}/")
    assert moved.status_code == 308 and moved.headers["location"] == ui.UI


def test_an_empty_simulator_says_how_to_begin(browser_like: httpx.Client) -> None:
    for path in PAGES:
        html = browser_like.get(f"{ui.UI}{path}").text
        assert "No account yet" in html and "POST /_sim/accounts" in html, path


def test_messages_page_newest_first_with_older_pages(
    browser_like: httpx.Client, api: Api, account: dict[str, Any]
) -> None:
    ids = [api.ok("send-sms", message=f"Message {n}", to=MOBILE)["message_id"] for n in range(inbox.PAGE_SIZE + 3)]
    html = browser_like.get(ui.UI, params={"account": account["id"]}).text
    shown = [int(i) for i in re.findall(r'data-message="(\d+)"', html)]
    assert shown == sorted(ids, reverse=True)[: inbox.PAGE_SIZE]
    older = unescape(re.search(r'class="more" href="([^"]+)"', html).group(1))  # type: ignore[union-attr]
    rest = [int(i) for i in re.findall(r'data-message="(\d+)"', browser_like.get(older).text)]
    assert rest == sorted(ids, reverse=True)[inbox.PAGE_SIZE :]


def test_json_views(browser_like: httpx.Client, api: Api, control: Control, account: dict[str, Any]) -> None:
    with Receiver() as receiver:
        control.patch(account["id"], dlr_callback=receiver.url("/dlr"))
        sent = api.ok("send-sms", message="Parcel ready", to=f"{MOBILE},{MOBILE_2}")
        api.ok("send-sms", message="Something else", to=MOBILE)
        control.advance(10)
    found = browser_like.get(f"{ui.UI}/api/messages", params={"account": account["id"], "q": "parcel"}).json()
    assert found["total"] == 1 and [m["id"] for m in found["messages"]] == [sent["message_id"]]
    assert found["messages"][0]["statuses"]["delivered"] == 2
    detail = browser_like.get(f"{ui.UI}/api/messages/{sent['message_id']}").json()
    assert [r["msisdn"] for r in detail["recipients"]] == [MOBILE, MOBILE_2]
    assert [e["kind"] for e in detail["recipients"][0]["events"]] == ["sent", "delivered"]
    assert len(detail["callbacks"]) == 2 and ["status", "delivered"] in detail["callbacks"][0]["params"]
    assert browser_like.get(f"{ui.UI}/api/messages/1").status_code == 404
    assert browser_like.get(f"{ui.UI}/api/messages", params={"account": "1"}).status_code == 404


def test_a_list_page_shows_its_contacts_with_named_fields(
    browser_like: httpx.Client, api: Api, account: dict[str, Any]
) -> None:
    list_id = api.ok("add-list", name="Regulars", field_1="Postcode")["id"]
    api.ok("add-to-list", list_id=list_id, msisdn=MOBILE, first_name="Ada", field_1="2000")
    lists_html = browser_like.get(f"{ui.UI}/lists", params={"account": account["id"]}).text
    assert f'href="{ui.UI}/lists/{list_id}">Regulars</a>' in lists_html and "Postcode" in lists_html
    html = browser_like.get(f"{ui.UI}/lists/{list_id}").text
    assert "<th>Postcode</th>" in html and '<td data-label="Postcode">2000</td>' in html and "Ada" in html
