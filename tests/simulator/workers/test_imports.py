"""add-contacts-bulk: the file is fetched over HTTP in the background, with limits."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.simulator.support import MOBILE, Api, Control
from tests.support.receiver import Receiver
from tests.support.simulator import settings
from transmitsms_sim.domain.service import Simulator
from transmitsms_sim.workers.imports import FetchError, ImportFetcher

CSV = b"Firstname,Lastname,Mobile,email\nElla,B,0491570156,e@x.io\nBrad,Down,0491570157,b@x.io\n"


def test_an_import_creates_a_list_and_reports_progress(api: Api, control: Control, receiver: Receiver) -> None:
    receiver.body = CSV
    started = api.ok(
        "add-contacts-bulk",
        name="Imported",
        field_1="email",
        countrycode="au",
        file_url=receiver.url("/list.csv?token=1"),
    )
    control.flush()
    progress = api.ok("add-contacts-bulk-progress", list_id=started["list_id"])
    assert {k: progress[k] for k in ("status", "importlength", "completed", "imported", "skipped")} == {
        "status": "completed",
        "importlength": 2,
        "completed": 2,
        "imported": 2,
        "skipped": 0,
    }
    contact = api.ok("get-contact", list_id=started["list_id"], msisdn=MOBILE)
    assert (contact["first_name"], contact["fields"]) == ("Ella", {"email": "e@x.io"})
    assert receiver.requests == ["/list.csv?token=1"]
    api.error("add-contacts-bulk", "KEY_EXISTS", name="Imported", file_url=receiver.url())


def test_an_import_into_an_existing_list(api: Api, control: Control, receiver: Receiver) -> None:
    receiver.body = CSV
    list_id = api.ok("add-list", name="Existing")["id"]
    assert api.ok("add-contacts-bulk", list_id=list_id, countrycode="au", file_url=receiver.url())["list_id"] == list_id
    control.flush()
    assert api.ok("get-list", list_id=list_id)["members_active"] == 2
    api.error("add-contacts-bulk", "NOT_FOUND", list_id=list_id + 1, file_url=receiver.url())
    api.error("add-contacts-bulk", "FIELD_EMPTY", file_url=receiver.url())
    api.error("add-contacts-bulk", "FIELD_INVALID", list_id=list_id, name="x", file_url=receiver.url())


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/list.csv", "gopher://x/1", "/etc/passwd"])
def test_other_schemes_are_refused(api: Api, url: str) -> None:
    description = api.error("add-contacts-bulk", "FIELD_INVALID", name="L", file_url=url)
    assert description == 'Field "file_url" must be an http or https URL'


@pytest.mark.parametrize(
    ("status", "headers", "reason"),
    [
        (404, {}, "the server answered HTTP 404"),
        (302, {"Location": "http://127.0.0.1:9/elsewhere.csv"}, "the URL redirects; give the direct URL of the file"),
    ],
)
def test_a_failed_fetch_fails_the_import(
    api: Api, control: Control, receiver: Receiver, status: int, headers: dict[str, str], reason: str
) -> None:
    receiver.statuses.append(status)
    receiver.headers = headers
    list_id = api.ok("add-contacts-bulk", name="L", file_url=receiver.url())["list_id"]
    control.flush()
    assert api.ok("add-contacts-bulk-progress", list_id=list_id)["status"] == "failed"


def _fetcher(simulator: Simulator, **overrides: Any) -> ImportFetcher:
    return ImportFetcher(simulator, settings(**overrides), lambda effects: None)


def test_fetch_limits(receiver: Receiver, simulator: Simulator) -> None:
    receiver.body = b"x" * 2000
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        asyncio.run(_fetcher(simulator, import_max_bytes=1000).fetch(receiver.url()))
    receiver.delay = 0.5
    with pytest.raises(FetchError, match="timed out"):
        asyncio.run(_fetcher(simulator, import_timeout=0.1).fetch(receiver.url()))
    with pytest.raises(FetchError, match="only http and https"):
        asyncio.run(_fetcher(simulator).fetch("file:///etc/passwd"))
    with pytest.raises(FetchError, match="failed"):
        asyncio.run(_fetcher(simulator).fetch("http://127.0.0.1:9/closed.csv"))


def test_basic_credentials_in_the_url_are_sent(receiver: Receiver, simulator: Simulator) -> None:
    receiver.body = "Mobile\n61491570156\n".encode("utf-8-sig")
    text = asyncio.run(_fetcher(simulator).fetch(f"http://user:pw@127.0.0.1:{receiver.port}/f.csv"))
    assert text == "Mobile\n61491570156\n", "the byte order mark is dropped"
    assert receiver.request_headers[0]["authorization"] == "Basic dXNlcjpwdw=="
