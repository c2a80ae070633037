"""A loopback HTTP server that answers every operation of the spec with the spec's own examples.

It is not a simulator (that lives in ``simulator/``): it keeps no state and applies no business
rule. It exists so that programs built from the spec in other languages (``tools.other_languages``)
can be run end to end anywhere, and so prove that their generated clients send the requests the
spec describes and decode the responses it documents.

Contract of ``ExampleServer.answer`` (``POST /<method>.json`` with a form body):

* a path the spec does not describe: 404 with the ``NOT_IMPLEMENTED`` example;
* no Basic credentials: 401 ``AUTH_FAILED_NO_DATA``; other credentials than the server's: 401
  ``AUTH_FAILED`` (the examples of ``components/responses/Unauthorized``);
* a form that the operation's request schema rejects (unknown or missing fields, wrong types):
  400 ``FIELD_INVALID`` naming the problem;
* otherwise 200 with the first example of the operation's 200 response, in which a top-level
  field named like a request field takes the request's value (get-sms answers about the message
  asked for).

    >>> with ExampleServer.running(document, "key", "secret") as base_url:
    ...     ...  # point a client at base_url
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tools.spec_checks import FORM, object_properties, operations, resolve, schema_validator

Document = dict[str, Any]
Answer = tuple[int, dict[str, Any]]


def _example_of(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    return next(iter(examples.values()))["value"] if examples else None


def _coerce(document: Document, schema: Any, value: str) -> Any:
    """A form value (always a string) as the JSON type its schema asks for, when it parses."""
    resolved = resolve(document, schema) or {}
    types = resolved.get("type")
    types = set(types) if isinstance(types, list) else {types}
    if "allOf" in resolved:
        for branch in resolved["allOf"]:
            coerced = _coerce(document, branch, value)
            if coerced is not value:
                return coerced
    if types & {"integer", "number"} and "string" not in types:
        try:
            return int(value) if value.lstrip("-").isdigit() else float(value)
        except ValueError:
            return value
    if "boolean" in types:
        return {"true": True, "false": False}.get(value.lower(), value)
    return value


class ExampleServer:
    """Answers the spec's operations from its examples; see the module's docstring."""

    def __init__(self, document: Document, api_key: str, api_secret: str) -> None:
        self._document = document
        self._credentials = (api_key, api_secret)
        self._operations = {path: op for path, verb, op in operations(document) if verb == "post"}
        unauthorized = document["components"]["responses"]["Unauthorized"]["content"]["application/json"]
        self._unauthorized = {name: example["value"] for name, example in unauthorized["examples"].items()}
        not_implemented = document["components"]["responses"]["NotImplemented"]["content"]["application/json"]
        self._not_implemented = _example_of(not_implemented)

    def answer(self, path: str, authorization: str | None, body: str) -> Answer:
        """The status and JSON body answering ``POST path`` (see the module's contract)."""
        operation = self._operations.get(path)
        if operation is None:
            return 404, copy.deepcopy(self._not_implemented)
        credentials = _basic_credentials(authorization)
        if credentials is None:
            return 401, copy.deepcopy(self._unauthorized["AUTH_FAILED_NO_DATA"])
        if credentials != self._credentials:
            return 401, copy.deepcopy(self._unauthorized["AUTH_FAILED"])
        form = dict(parse_qsl(body, keep_blank_values=True))
        schema = operation.get("requestBody", {}).get("content", {}).get(FORM, {}).get("schema", {"type": "object"})
        properties = object_properties(self._document, schema)
        request = {name: _coerce(self._document, properties.get(name), value) for name, value in form.items()}
        errors = sorted(schema_validator(self._document, schema).iter_errors(request), key=str)
        if errors:
            description = f"The request does not match the spec: {errors[0].message}"
            return 400, {"error": {"code": "FIELD_INVALID", "description": description}}
        media = operation["responses"]["200"]["content"]["application/json"]
        example = copy.deepcopy(_example_of(media))
        if isinstance(example, dict):
            for name, value in request.items():
                if name in example and name != "error":
                    example[name] = value
        return 200, example

    @classmethod
    @contextmanager
    def running(cls, document: Document, api_key: str, api_secret: str) -> Iterator[str]:
        """Serve on 127.0.0.1 on an ephemeral port in a background thread; yield the base URL."""
        server = cls(document, api_key, api_secret)

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", errors="replace")
                status, payload = server.answer(self.path.split("?")[0], self.headers.get("Authorization"), body)
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the programs under test report what matters."""

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=httpd.serve_forever, name="example-server", daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}"
        finally:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    if not authorization or not authorization.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, separator, password = decoded.partition(":")
    return (user, password) if separator else None
