"""The contract run's checks fail when the simulator breaks the spec: each setting is shown to bite.

A check configured away by mistake (credentials that never reach schemathesis' auth checks, a
check list that lost one) would let test_operations.py pass whatever the simulator does. Here the
same schema, config and checks run against simulators with one deliberate fault each, put in front
of the real app as ASGI middleware (of the default simulator for valid requests, of the strict one
for invalid ones, as in test_operations.py), and each fault must be reported by the check meant to
catch it: answering without credentials, accepting invalid values, reading a canonical value
leniently, a field of the wrong type, an undocumented status, content type or error code, an
internal error.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode

from tests.contract.checks import (
    canonical_request_without_warning,
    drop_empty_values,
    error_code_is_documented,
    no_internal_error,
)
from tests.contract.harness import API_KEY, API_SECRET, Control, load_schema, new_simulator
from tests.contract.test_operations import CONFIG

Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
BASIC = "Basic " + __import__("base64").b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()


class Fault:
    """ASGI middleware in front of the simulator that breaks one rule on one path."""

    def __init__(self, app: Any, path: str) -> None:
        self.app = app
        self.path = path
        self.state = app.state  # Control and no_internal_error reach the runtime through it

    def request(self, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
        return headers, body

    def response(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes, bytes]:
        content_type = dict(headers).get(b"content-type", b"")
        return status, content_type, body

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers, body = self.request(list(scope["headers"]), body)
        headers = [(k, v) for k, v in headers if k != b"content-length"] + [(b"content-length", b"%d" % len(body))]
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body}

        answer: dict[str, Any] = {"body": b""}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"], answer["headers"] = message["status"], message.get("headers", [])
            else:
                answer["body"] += message.get("body", b"")

        await self.app({**scope, "headers": headers}, replay, capture)
        status, content_type, out = self.response(answer["status"], answer["headers"], answer["body"])
        kept = [(k, v) for k, v in answer["headers"] if k not in (b"content-length", b"content-type")]
        kept += [(b"content-type", content_type), (b"content-length", b"%d" % len(out))]
        await send({"type": "http.response.start", "status": status, "headers": kept})
        await send({"type": "http.response.body", "body": out})


class AnswersWithoutCredentials(Fault):
    def request(self, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
        others = [(k, v) for k, v in headers if k != b"authorization"]
        return [*others, (b"authorization", BASIC.encode())], body


class IgnoresItsParameters(Fault):
    """Drops every parameter: invalid values are never seen, so never refused."""

    def request(self, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
        return headers, b""


class PadsIntegers(Fault):
    """Writes every integer parameter with a leading zero, which the default simulator reads with a warning."""

    def request(self, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return headers, urlencode([(k, "0" + v if v.isdigit() else v) for k, v in pairs]).encode()


class BalanceAsText(Fault):
    def response(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes, bytes]:
        data = json.loads(body)
        if status == 200:
            data["balance"] = str(data["balance"])
        return status, b"application/json", json.dumps(data).encode()


class UndocumentedStatus(Fault):
    def response(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes, bytes]:
        return (409 if status == 400 else status), b"application/json", body


class TextContentType(Fault):
    def response(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes, bytes]:
        return status, b"text/plain", body


class UndocumentedErrorCode(Fault):
    def response(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes, bytes]:
        data = json.loads(body)
        if status == 400:
            data["error"]["code"] = "LIST_LOCKED"
        return status, b"application/json", json.dumps(data).encode()


class FailsInternally(Fault):
    def response(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes, bytes]:
        self.state.runtime.record_internal_error(self.path, RuntimeError("a fault of this test"))
        return status, b"application/json", body


#: (fault, path, what schemathesis reports: a failure code, or a custom check's name)
FAULTS = [
    (AnswersWithoutCredentials, "/get-balance.json", "ignored_auth"),
    (IgnoresItsParameters, "/get-lists.json", "ST201"),
    (PadsIntegers, "/get-lists.json", "canonical_request_without_warning"),
    (BalanceAsText, "/get-balance.json", "response_schema_conformance"),
    (UndocumentedStatus, "/get-list.json", "status_code_conformance"),
    (TextContentType, "/get-lists.json", "content_type_conformance"),
    (UndocumentedErrorCode, "/get-list.json", "error_code_is_documented"),
    (FailsInternally, "/add-list.json", "simulator_had_no_internal_error"),
]


Faulty = tuple[Fault, Fault]


@pytest.fixture
def faulty() -> Iterator[Callable[[type[Fault], str], Faulty]]:
    """Make the fault's pair of simulators: the default one (valid requests) and a strict one (invalid)."""
    made: list[Control] = []

    def make(fault: type[Fault], path: str) -> Faulty:
        apps = (fault(new_simulator(), path), fault(new_simulator(strict=True), path))
        for app in apps:
            control = Control(app)
            control.reset()
            made.append(control)
        return apps

    yield make
    for control in made:
        control.close()


def _probe(operation: Any, mode: GenerationMode, app: Any, checks: list[Any], found: set[str]) -> None:
    """Run ``operation``'s cases of ``mode`` against ``app``, adding what the checks report to ``found``."""

    @settings(
        max_examples=30,
        phases=[Phase.generate],
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        drop_empty_values(case)
        try:
            case.call_and_validate(app=app, additional_checks=checks)
        except FailureGroup as group:
            for failure in group.exceptions:
                found.update({failure.code, failure.title})
                found.update(name for name in _CHECK_NAMES if name in str(failure))

    run()


def reported(apps: Faulty, path: str) -> set[str]:
    """What the contract checks report for ``path`` of the apps, over generated valid and invalid cases."""
    lenient, strict = apps
    schema = load_schema(CONFIG, app=lenient)
    operation = schema[path]["POST"]
    checks = {
        GenerationMode.POSITIVE: [
            error_code_is_documented,
            no_internal_error(lenient),
            canonical_request_without_warning(lenient),
        ],
        GenerationMode.NEGATIVE: [error_code_is_documented, no_internal_error(strict)],
    }
    found: set[str] = set()
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        _probe(operation, mode, strict if mode is GenerationMode.NEGATIVE else lenient, checks[mode], found)
    return found


_CHECK_NAMES = ("error_code_is_documented", "simulator_had_no_internal_error", "canonical_request_without_warning")
_TITLES = {
    "ignored_auth": "API accepts requests without authentication",
    "response_schema_conformance": "Response violates schema",
    "status_code_conformance": "Undocumented status code",
    "content_type_conformance": "Undocumented Content-Type",
}


@pytest.mark.parametrize(("fault", "path", "check"), FAULTS, ids=[fault.__name__ for fault, _, _ in FAULTS])
def test_the_contract_checks_catch(faulty: Any, fault: type[Fault], path: str, check: str) -> None:
    found = reported(faulty(fault, path), path)
    assert _TITLES.get(check, check) in found, f"{check} did not report {fault.__name__}; reported: {found}"


def test_the_unbroken_simulator_passes_the_same_probes(faulty: Any) -> None:
    for path in sorted({path for _, path, _ in FAULTS}):
        assert reported(faulty(Fault, path), path) == set()
