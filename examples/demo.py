"""End-to-end demo: the generated client against the local simulator, with real callbacks.

``make demo`` runs it; nothing leaves this machine. It starts the simulator in memory on a loopback
port (real clock, the documented account limit of 2 requests per second) and a small callback
receiver beside it, then, with the ``transmitsms`` client:

1. sends an SMS whose delivery receipt (DLR) and replies go to signed callback URLs;
2. shows the DLR callback arriving at the receiver, verified and parsed;
3. has the handset reply, and shows the reply callback;
4. has the handset reply STOP (an opt-out), and shows the next send to it suppressed;
5. imports 250 contacts from a CSV file and iterates them with auto-pagination;
6. fires a burst of calls from several threads through the client's rate limiter: none is
   answered 429, and, for contrast, the same burst without the limiter;
7. runs the ``transmitsms`` command: the balance as a table, then a resumable bulk send of a CSV
   file (``send --file``), run twice to show that the second run sends nothing again;

and prints a summary, ending with the address of the simulator's inbox page (``/_sim/ui``), where
all of it can be seen; at a terminal the demo waits for Enter before stopping, so that it can be
opened. The simulator's control API (``/_sim/``) plays the handset and fast-forwards the clock.
Everything the demo starts, it stops, also when a step fails.
"""

from __future__ import annotations

import csv
import io
import json
import os
import queue
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from transmitsms import RateLimitError, TransmitSMS
from transmitsms.callbacks import CallbackSigner, MemoryReplayGuard, dedupe_key, parse_dlr, parse_reply
from transmitsms_sim import Settings, create_app
from transmitsms_sim.background import ServerThread

HANDSET = "61491570156"
OTHER_HANDSET = "61491570157"
CONTACTS = 250
BURST = 12
CALLBACK_WAIT = 10.0


class CallbackReceiver:
    """A local web server that records the GET requests made to it and serves one CSV file."""

    def __init__(self, csv_text: str) -> None:
        self.requests: queue.Queue[str] = queue.Queue()
        received, body = self.requests, csv_text.encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/contacts.csv":
                    self._answer(200, body, "text/csv")
                else:
                    received.put(self.path)
                    self._answer(200, b"OK", "text/plain")

            def _answer(self, status: int, content: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, format: str, *args: Any) -> None:  # quiet: the demo prints its own
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def next(self, path: str) -> str:
        """The next recorded request to ``path`` (its full URL), waiting up to CALLBACK_WAIT s."""
        deadline = time.monotonic() + CALLBACK_WAIT
        while (left := deadline - time.monotonic()) > 0:
            try:
                seen = self.requests.get(timeout=left)
            except queue.Empty:
                break
            if urlsplit(seen).path == path:
                return self.base_url + seen
        raise TimeoutError(f"no callback reached {path} within {CALLBACK_WAIT:.0f} s")

    def __enter__(self) -> CallbackReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class StatusCounter(httpx.BaseTransport):
    """An httpx transport that counts the HTTP statuses of the answers passing through it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        with self._lock:
            self.statuses[response.status_code] += 1
        return response

    def close(self) -> None:
        self.inner.close()


@contextmanager
def simulator() -> Iterator[str]:
    """The simulator on a loopback port: in memory, real clock, 2 requests/s per account."""
    app = create_app(Settings(db_path=None, rate_limit=2.0, time_scale=1.0, create_demo_account=False))
    try:
        with ServerThread(app) as server:
            yield server.base_url
    finally:
        app.state.runtime.close()


def contacts_csv(count: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Firstname", "Lastname", "Mobile", "Postcode"])
    for n in range(count):
        writer.writerow([f"Guest{n + 1}", "Demo", f"614915{n + 10000:05d}", 2000 + n % 100])
    return out.getvalue()


def step(title: str) -> None:
    print(f"\n{title}")


def show(label: str, text: str) -> None:
    print(f"  {label:<15} {text}")


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    result = action()
    return result, time.monotonic() - started


def legacy_step(control: httpx.Client, client: TransmitSMS, account: dict[str, Any]) -> tuple[str, str]:
    """An old integration's call: messages.single as an XML envelope POSTed to /api (the
    first-generation Burst SMS API the simulator also serves), then its effect through the client."""
    step("7. An old-style XML call (the first-generation API on /api), seen through the current API")
    control.post(f"/_sim/accounts/{account['id']}/sender-ids", json={"kind": "business_name", "value": "DemoBistro"})
    envelope = (
        "<?xml version='1.0'?><request><key>{key}</key><secret>{secret}</secret><method>messages.single</method>"
        "<params><mobile>{to}</mobile><message>Your table is ready.</message><caller_id>DemoBistro</caller_id>"
        "<sendtime /><contact_list /></params></request>"
    )
    shown = envelope.format(key=account["api_key"], secret="****", to=OTHER_HANDSET)
    time.sleep(1.0)  # the burst above spent this account's requests for the second (2/s)
    answer = control.post(
        "/api",
        data={"request": envelope.format(key=account["api_key"], secret=account["api_secret"], to=OTHER_HANDSET)},
    ).text
    show("request", f"POST /api request={shown}")
    for line in answer.strip().splitlines():
        show("", line.replace("\t", "  "))
    message_id = int((ET.fromstring(answer).findtext("data/message_id") or "0").strip())
    control.post("/_sim/clock/advance", json={"seconds": 10})
    message = client.reporting.get_sms(message_id=message_id)
    show(
        "get-sms",
        f"message {message.message_id}: {message.message!r}, {message.recipients} recipient, "
        f"{message.cost:.3f} AUD, delivered {message.delivery_stats.delivered}",
    )
    return ("legacy XML", f"messages.single -> message {message_id}, delivered {message.delivery_stats.delivered}")


def main() -> int:
    started = time.monotonic()
    summary: list[tuple[str, str]] = []
    print("Transmit SMS end to end: the transmitsms client against the local simulator")
    with ExitStack() as stack:
        base_url = stack.enter_context(simulator())
        receiver = stack.enter_context(CallbackReceiver(contacts_csv(CONTACTS)))
        control = stack.enter_context(httpx.Client(base_url=base_url, timeout=30))
        account = control.post("/_sim/accounts", json={"name": "Demo Pty Ltd", "balance": 50}).json()
        wire = StatusCounter()
        client = stack.enter_context(
            TransmitSMS(api_key=account["api_key"], api_secret=account["api_secret"], base_url=base_url, transport=wire)
        )
        signer = CallbackSigner(secrets.token_hex(32))
        seen = MemoryReplayGuard()  # a copy of a callback already accepted is refused
        dlr_url = signer.sign(f"{receiver.base_url}/dlr?order=1042")
        reply_url = signer.sign(f"{receiver.base_url}/reply?order=1042")
        show("simulator", f"{base_url} (in memory; 2 requests/s per account)")
        show("receiver", f"{receiver.base_url} (callbacks; serves contacts.csv)")
        show("account", f"{account['api_key']} (secret not shown), balance 50.000 AUD")

        step("1. Send an SMS")
        sent = client.sms.send(
            message="Hi Ada, your table for 2 is booked for 7pm. Reply YES to confirm.",
            to=HANDSET,
            dlr_callback=dlr_url,
            reply_callback=reply_url,
        )
        show("sent", f"message {sent.message_id} to {HANDSET}: {sent.recipients} recipient, {sent.sms} part")
        show("cost", f"{sent.cost:.3f} AUD; balance now {client.account.get_balance().balance:.3f} AUD")
        summary.append(("send", f"message {sent.message_id}, {sent.sms} part, {sent.cost:.3f} AUD"))

        step("2. The delivery receipt arrives")
        control.post("/_sim/clock/advance", json={"seconds": 10})  # the carrier answers within 5 s
        url = receiver.next("/dlr")
        # Verified, then read: a forged, tampered or replayed URL raises CallbackVerificationError.
        dlr = signer.parse(url, parse_dlr, replay_guard=seen)
        show("callback", f"GET /dlr?...&status={dlr.status} (token verified: True, not a replay)")
        show("parsed", f"message {dlr.message_id}, {dlr.mobile} {dlr.status} at {dlr.datetime:%H:%M:%S} UTC")
        show("event", f"{dedupe_key(dlr)} (the same for a repeat of this receipt: act on it once)")
        summary.append(("DLR callback", f"{dlr.status}, signed URL verified"))

        step("3. The handset replies")
        control.post("/_sim/inbound", json={"from": HANDSET, "message": "YES see you then"})
        url = receiver.next("/reply")
        reply = signer.parse(url, parse_reply, replay_guard=seen)
        show("callback", f"GET /reply?...&response={reply.response!r} (token verified: True, not a replay)")
        show(
            "parsed",
            f"from {reply.mobile} to {reply.longcode}, answering {reply.message_id}, opt-out {reply.is_optout}",
        )
        summary.append(("reply callback", f"{reply.response!r}, is_optout={reply.is_optout}"))

        step("4. The handset replies STOP")
        control.post("/_sim/inbound", json={"from": HANDSET, "message": "STOP"})
        stop = parse_reply(receiver.next("/reply"))
        show("callback", f"response={stop.response!r}, is_optout={stop.is_optout}: on the Global Opt-Out list")
        again = client.sms.send(message="Dessert is on us tonight!", to=[HANDSET, OTHER_HANDSET])
        stats = client.reporting.get_sms_stats(message_id=again.message_id).stats
        show("next send", f"to {HANDSET} and {OTHER_HANDSET}: {again.recipients} recipient charged")
        show("stats", f"opt-outs {stats.opt_outs}, recipients {stats.recipient_count}: {HANDSET} was suppressed")
        summary.append(("STOP", f"opted out; next send reached {again.recipients} of 2, {stats.opt_outs} suppressed"))

        step("5. A list, imported and paginated")
        imported = client.lists.add_contacts_bulk(
            name="Dinner guests", file_url=f"{receiver.base_url}/contacts.csv", field_1="Postcode"
        )
        progress = client.lists.add_contacts_bulk_progress(list_id=imported.list_id)
        while progress.status != "completed":
            if progress.status == "failed":
                raise RuntimeError("the import failed")
            time.sleep(0.2)
            progress = client.lists.add_contacts_bulk_progress(list_id=imported.list_id)
        show("import", f"list {imported.list_id}: {progress.imported} of {progress.importlength} rows imported")
        pages = list(client.lists.iter_list(list_id=imported.list_id).pages())
        members = [contact for page in pages for contact in (page.members or [])]
        distinct = len({contact.msisdn for contact in members})
        first, last = members[0], members[-1]
        show("iterate", f"{len(members)} contacts ({distinct} distinct) in {len(pages)} pages of up to 100")
        show("", f"{first.first_name} {first.msisdn} ... {last.first_name} {last.msisdn}")
        summary.append(("pagination", f"{len(members)} contacts ({distinct} distinct) in {len(pages)} pages"))

        step(f"6. A burst of {BURST} calls from 4 threads, through the client's rate limiter")
        before = wire.statuses[429]
        with ThreadPoolExecutor(max_workers=4) as pool:
            _, took = timed(lambda: list(pool.map(lambda _: client.account.get_balance(), range(BURST))))
        over = wire.statuses[429] - before
        show("limited", f"{BURST} calls in {took:.1f} s ({BURST / took:.2f} calls/s): {over} answered 429")
        summary.append(("rate limit", f"{BURST} calls at {BURST / took:.2f}/s, {over} x 429"))

        other = control.post("/_sim/accounts", json={"name": "No limiter"}).json()
        with TransmitSMS(
            api_key=other["api_key"], api_secret=other["api_secret"], base_url=base_url, rate_limit=None, max_retries=0
        ) as unlimited:

            def call() -> str:
                try:
                    unlimited.account.get_balance()
                    return "ok"
                except RateLimitError:
                    return "429"

            with ThreadPoolExecutor(max_workers=4) as pool:
                outcomes = Counter(pool.map(lambda _: call(), range(BURST)))
        show("unlimited", f"the same burst without the limiter: {outcomes['429']} of {BURST} answered 429 OVER_LIMIT")

        summary.append(legacy_step(control, client, account))
        cli_step(base_url, control, summary)

        print("\nSummary")
        for label, text in summary:
            show(label, text)
        calls = sum(wire.statuses.values())
        show("wire", f"{calls} HTTP calls, statuses {dict(sorted(wire.statuses.items()))}")
        show("time", f"{time.monotonic() - started:.1f} s")
        complete = distinct == len(members) == CONTACTS
        # The inbox page shows all of the above: kept open for a person at a terminal, else the
        # simulator stops with the demo (`make sim` serves one that stays).
        stay = interactive()
        show("inbox", f"{base_url}/_sim/ui ({'open until you press Enter' if stay else 'served while the demo ran'})")
        if stay:
            input()
        return 0 if over == 0 and complete else 1


def interactive() -> bool:
    """Whether a person runs the demo at a terminal (then it waits for them before stopping)."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, OSError, ValueError):  # a replaced or closed stream
        return False


def cli_step(base_url: str, control: httpx.Client, summary: list[tuple[str, str]]) -> None:
    """Step 7: the ``transmitsms`` command (the client's console script) against the same simulator."""
    step("7. The transmitsms command: a table, then a resumable bulk send of a CSV file")
    account = control.post("/_sim/accounts", json={"name": "Command line", "balance": 100}).json()
    env = {
        **os.environ,
        "TRANSMITSMS_API_KEY": account["api_key"],
        "TRANSMITSMS_API_SECRET": account["api_secret"],
        "TRANSMITSMS_BASE_URL": base_url,
    }
    command = str(Path(sys.executable).with_name("transmitsms"))
    with tempfile.TemporaryDirectory(prefix="demo-cli-") as tmp:
        people = Path(tmp) / "people.csv"
        # Two texts ([night] is Friday or Saturday): two groups, each in chunks of up to 500.
        people.write_text(
            "mobile,night\n" + "".join(f"6141234{n:04d},{('Friday', 'Saturday')[n % 2]}\n" for n in range(600))
        )
        message = "2 for 1 on [night] night!"
        for args in (["balance"], ["send", "--file", str(people), "--message", message]):
            show("$", "transmitsms " + " ".join(a if " " not in a else repr(a) for a in args))
            run = subprocess.run([command, *args], env=env, capture_output=True, text=True, check=False)
            print("".join(f"      {line}\n" for line in run.stdout.splitlines()), end="")
        again = subprocess.run(
            [command, "send", "--file", str(people), "--message", message, "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        result = json.loads(again.stdout)
    show("again", f"the same command, same journal: {result['sent']} sent in all, nothing sent twice")
    summary.append(("command line", f"send --file: {result['sent']} recipients in {result['messages']} messages"))


if __name__ == "__main__":
    sys.exit(main())
