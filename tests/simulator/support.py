"""Test helpers for the simulator: a spec-checking API client, the control API, time and numbers.

``SpecChecker`` holds every API response a test sees to the spec: the status must be documented
for the operation, the body (JSON, or XML read into the JSON model) must validate against the
documented schema (formats included, as schemathesis checks them) and carry no undocumented field.
The callback receiver the tests use is ``tests.support.receiver.Receiver``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema_rs

from tools.spec_checks import resolve, unknown_fields
from tools.xml_data import xml_to_data
from transmitsms_sim.web.api import route

#: Numbers with a normal outcome (delivered after 5 seconds), valid Australian mobiles.
MOBILE = "61491570156"
MOBILE_2 = "61491570157"


class SpecChecker:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self.checked = 0

    def _validator(self, schema: Any) -> jsonschema_rs.Validator:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            root = {"allOf": [schema], "components": self.doc["components"]}
            self._validators[key] = jsonschema_rs.validator_for(root, validate_formats=True)
        return self._validators[key]

    def schema_for(self, path: str, status: int) -> Any:
        name, _ = route(path)
        operation = self.doc["paths"].get(f"/{name}.json", {}).get("post")
        if operation is None:
            assert status == 404, f"{path}: an unknown method answered {status}"
            return resolve(self.doc, {"$ref": "#/components/schemas/Error"})
        response = operation["responses"].get(str(status))
        assert response is not None, f"{path}: status {status} is not documented for {operation['operationId']}"
        response = resolve(self.doc, response)
        return response["content"]["application/json"]["schema"]

    def check(self, response: httpx.Response) -> None:
        path = response.request.url.path
        if path.startswith(("/_sim", "/openapi")) or response.request.method not in ("GET", "POST"):
            return
        response.read()
        schema = self.schema_for(path, response.status_code)
        _, fmt = route(path)
        if fmt == "xml":
            assert response.headers["content-type"].startswith("application/xml")
            data = xml_to_data(response.text, schema, self.doc)
        else:
            assert response.headers["content-type"] == "application/json"
            data = response.json()
        errors = [
            f"{'/'.join(map(str, e.instance_path))}: {e.message}" for e in self._validator(schema).iter_errors(data)
        ]
        assert not errors, f"{path} ({response.status_code}) does not match the spec: {errors}\n{response.text[:2000]}"
        undocumented = unknown_fields(self.doc, schema, data)
        assert not undocumented, f"{path}: fields the spec does not describe: {undocumented}"
        self.checked += 1


class Api:
    """Calls to the API as a test writes them: ``api.ok("send-sms", message="Hi", to=MOBILE)``."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def call(self, method: str, fmt: str = "json", http: str = "POST", **params: Any) -> httpx.Response:
        data = {k: ("true" if v is True else "false" if v is False else str(v)) for k, v in params.items()}
        if http == "GET":
            return self.client.get(f"/{method}.{fmt}", params=data)
        return self.client.post(f"/{method}.{fmt}", data=data)

    def ok(self, method: str, **params: Any) -> dict[str, Any]:
        response = self.call(method, **params)
        assert response.status_code == 200, f"{method}: {response.status_code} {response.text}"
        body: dict[str, Any] = response.json()
        assert body["error"] == {"code": "SUCCESS", "description": "OK"}
        return body

    def error(self, method: str, code: str, **params: Any) -> str:
        """Assert the call is refused with ``code`` (HTTP 400); return the description."""
        response = self.call(method, **params)
        assert response.status_code == 400, f"{method}: {response.status_code} {response.text}"
        error = response.json()["error"]
        assert error["code"] == code, f"{method}: expected {code}, got {error}"
        return str(error["description"])


class Control:
    """The control API, for tests."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.client.request(method, path, **kwargs)
        assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    def account(self, **options: Any) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", "/_sim/accounts", json=options)
        return found

    def advance(self, seconds: float) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", "/_sim/clock/advance", json={"seconds": seconds})
        return found

    def flush(self) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", "/_sim/flush")
        return found

    def inbound(self, sender: str, message: str, to: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"from": sender, "message": message}
        if to is not None:
            body["to"] = to
        found: dict[str, Any] = self._json("POST", "/_sim/inbound", json=body)
        return found

    def dlr(self, message_id: int, msisdn: str, status: str) -> dict[str, Any]:
        body = {"message_id": message_id, "msisdn": msisdn, "status": status}
        found: dict[str, Any] = self._json("POST", "/_sim/dlr", json=body)
        return found

    def click(self, code: str) -> dict[str, Any]:
        found: dict[str, Any] = self._json("POST", f"/_sim/links/{code}/click")
        return found

    def patch(self, account_id: int, **settings: Any) -> dict[str, Any]:
        found: dict[str, Any] = self._json("PATCH", f"/_sim/accounts/{account_id}", json=settings)
        return found

    def messages(self, account_id: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._json("GET", "/_sim/messages", params={"account_id": account_id})["messages"]
        return found

    def callbacks(self, **filters: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._json("GET", "/_sim/callbacks", params=filters)["callbacks"]
        return found

    def errors(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._json("GET", "/_sim/errors")["errors"]
        return found
