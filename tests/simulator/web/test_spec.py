"""The simulator's spec: the bundle of spec/ in a checkout, served, and every operation handled."""

from __future__ import annotations

import json
from typing import Any

import yaml

from tests.simulator.support import Control
from tools.bundle_spec import dump_json
from transmitsms_sim.inprocess import InProcess
from transmitsms_sim.web.handlers import HANDLERS
from transmitsms_sim.web.spec import load_spec, operations


def test_the_packaged_spec_is_the_bundled_spec(spec_document: dict[str, Any]) -> None:
    """`make bundle` copies dist/openapi.json into the package: it must not be stale."""
    assert dump_json(spec_document) == json.dumps(load_spec(), indent=2, ensure_ascii=False) + "\n"


def test_every_operation_has_a_handler_and_every_handler_an_operation() -> None:
    ids = {op.operation_id for op in operations(load_spec()).values()}
    assert ids and ids == {op["operationId"] for item in load_spec()["paths"].values() for op in item.values()}
    assert set(HANDLERS) == ids


def test_the_spec_is_served_as_json_and_yaml(sim: InProcess, control: Control) -> None:
    with sim.client() as client:
        as_json = client.get("/openapi.json")
        as_yaml = client.get("/openapi.yaml")
    assert as_json.headers["content-type"] == "application/json"
    assert as_json.json() == load_spec()
    assert as_yaml.headers["content-type"] == "application/yaml"
    assert yaml.safe_load(as_yaml.text) == load_spec()
