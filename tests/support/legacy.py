"""The legacy XML API as the tests drive it: envelopes, answers read into data, samples compared.

Contract: ``envelope(method, params, ...)`` writes a request envelope; ``LegacyAccount`` is an
account on a running simulator (``running()``) with helpers for both sides of it: ``post`` and
``get`` call the legacy API (``/api``, ``/api-wrapper/<method>``) and return the answer's text,
``current`` the current API (JSON, HTTP Basic). ``read(text, method)`` is an answer read into the
data model of the method's answer schema (``tools.xml_data`` guided by the legacy spec), and
``valid(text, method)`` validates it there. ``structure(text)`` is an answer's shape for the
structural comparison with the reference's samples: each element path with the kind of its
value (``number``, ``money``, ``datetime``, ``gmt-time``, ``gmt-timestamp``, ``empty``, ``text``),
rows of a ``<dataset>`` merged; status texts (``result``, ``response``) and ``method`` kept as
themselves. Nothing here imports the simulator's internals.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import httpx

from tools.spec_checks import schema_validator
from tools.xml_data import xml_to_data
from transmitsms_spec import load_legacy

DATA = Path(__file__).resolve().parents[1] / "data" / "legacy_examples.json"
#: The sender the reference's samples use (61400000009), allowed on the test accounts.
SENDER = "61400000009"
KEPT = frozenset({"method", "result", "response"})


@cache
def examples() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return loaded


@cache
def legacy_document() -> dict[str, Any]:
    return load_legacy()


def answer_schema(method: str) -> Any:
    """The schema of the method's answer (its GET wrapper's, or any answer for a method without one)."""
    doc = legacy_document()
    operation = doc["paths"].get(f"/api-wrapper/{method}", {}).get("get")
    if operation is None:
        return {"$ref": "#/components/schemas/AnyAnswer"}
    return operation["responses"]["200"]["content"]["text/xml"]["schema"]


def read(text: str, method: str) -> Any:
    return xml_to_data(text, answer_schema(method), legacy_document())


def problems(text: str, method: str) -> list[str]:
    """Why the answer does not validate against the method's answer schema (empty: it does)."""
    validator = schema_validator(legacy_document(), answer_schema(method))
    return [error.message for error in validator.iter_errors(read(text, method))]


def envelope(method: str, params: str = "", *, key: str, secret: str, root: str = "request") -> str:
    body = f"<params>{params}</params>" if params else ""
    return (
        f"<?xml version='1.0'?>\n<{root}>\n\t<version>0.3</version>\n\t<key>{escape(key)}</key>\n"
        f"\t<secret>{escape(secret)}</secret>\n\t<method>{method}</method>\n\t{body}\n</{root}>"
    )


def root(text: str) -> ET.Element:
    return ET.fromstring(text.strip())


def kind(text: str | None) -> str:
    value = (text or "").strip()
    if not value:
        return "empty"
    if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
        return "number"
    if re.fullmatch(r"-?\$-?[0-9]+(\.[0-9]+)?", value):
        return "money"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT", value):
        return "gmt-time"
    if re.fullmatch(r"[0-9]+ GMT", value):
        return "gmt-timestamp"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}", value):
        return "datetime"
    return "text"


def _walk(element: ET.Element, path: str, out: dict[str, set[str]]) -> None:
    for child in element:
        where = f"{path}/{child.tag}"
        if len(child):
            _walk(child, where, out)
        else:
            out.setdefault(where, set()).add((child.text or "").strip() if child.tag in KEPT else kind(child.text))


def structure(text: str) -> dict[str, set[str]]:
    """The shape of an answer or of a sample fragment (see the module's contract)."""
    cleaned = text.replace("…", "").strip()
    cleaned = re.sub(r"^<\?xml[^>]*\?>", "", cleaned).strip()
    if not cleaned.startswith("<xml>"):
        cleaned = f"<xml>{cleaned}</xml>"
    out: dict[str, set[str]] = {}
    _walk(ET.fromstring(cleaned), "", out)
    return out


class LegacyAccount:
    """An account of a running simulator, used through both APIs."""

    def __init__(self, http: httpx.Client, key: str, secret: str, account_id: int) -> None:
        self.http = http
        self.key = key
        self.secret = secret
        self.id = account_id

    @classmethod
    def create(cls, http: httpx.Client, name: str = "legacy", **fields: Any) -> LegacyAccount:
        spec = {
            "name": name,
            "api_key": f"{name}-key",
            "api_secret": f"{name}-secret",
            "reseller": True,
            "balance": 1000,
            "mobile_numbers": [SENDER],
            "business_names": ["Acme"],
            **fields,
        }
        created = http.post("/_sim/accounts", json=spec).json()
        return cls(http, created["api_key"], created["api_secret"], created["id"])

    def post(self, method: str, params: str = "", root: str = "request") -> str:
        text = envelope(method, params, key=self.key, secret=self.secret, root=root)
        response = self.http.post("/api", data={"request": text})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "text/xml; charset=utf-8"
        return response.text

    def get(self, method: str, **params: Any) -> str:
        query = {"apikey": self.key, "apisecret": self.secret, **{k: str(v) for k, v in params.items()}}
        response = self.http.get(f"/api-wrapper/{method}", params=query)
        assert response.status_code == 200, response.text
        return response.text

    def current(self, method: str, **params: Any) -> dict[str, Any]:
        data = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in params.items()}
        response = self.http.post(f"/{method}.json", data=data, auth=(self.key, self.secret))
        body: dict[str, Any] = response.json()
        return body


def text_of(answer: str, path: str) -> str | None:
    """The text of the first element at ``path`` (``data/message_id``) of an answer."""
    found = root(answer).find(path)
    return None if found is None else (found.text or "").strip()
