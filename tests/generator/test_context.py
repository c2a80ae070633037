"""What our templates are given, built from the real spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator.context import ResourceInfo, build_resources
from generator.generate import CONFIG
from generator.preprocess import preprocess
from tests.support.spec import bundled
from tools.spec_checks import operations


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> tuple[ResourceInfo, ...]:
    doc = preprocess(bundled())
    out = tmp_path_factory.mktemp("ctx") / "pkg"
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, Path("x.json"), "utf-8", overwrite=False, output_path=out
    )
    data = GeneratorData.from_dict(json.loads(json.dumps(doc)), config=config)
    assert isinstance(data, GeneratorData)
    return build_resources(doc, data)


def operation(resources, operation_id):
    return next(op for r in resources for op in r.operations if op.operation_id == operation_id)


def test_one_resource_per_tag_in_the_spec_s_order(resources) -> None:
    assert [r.attribute for r in resources] == [
        "sms",
        "reporting",
        "lists",
        "numbers",
        "email_sms",
        "keywords",
        "account",
        "resellers",
    ]
    spec_operations = [op for _, _, op in operations(bundled())]
    assert sorted(op.operation_id for r in resources for op in r.operations) == sorted(
        op["operationId"] for op in spec_operations
    )
    paginated = {op.operation_id for r in resources for op in r.operations if op.pagination}
    assert paginated == {op["operationId"] for op in spec_operations if "x-pagination" in op} != set()


def test_send_sms(resources) -> None:
    send = operation(resources, "send_sms")
    assert (send.method, send.constant, send.path, send.safe_to_retry) == ("send", "SEND_SMS", "/send-sms.json", False)
    arguments = {a.arg: a for a in send.arguments}
    assert send.arguments[0].arg == "message" and arguments["message"].required
    to = arguments["to"]
    assert to.comma_separated and to.annotation == "str | Sequence[str | int] | Unset" and to.default == "UNSET"
    assert to.value == "to if isinstance(to, Unset) else join_comma_separated(to)"
    assert arguments["from_"].attribute == "from_" and arguments["from_"].name == "from"
    assert {r.exception for r in send.raises} >= {"ValidationError", "InsufficientFundsError", "NotFoundError"}
    assert send.request is not None and send.request.class_name == "SendSmsRequest"
    assert send.response.class_name == "SendSmsResponse"


def test_enum_and_defaulted_arguments(resources) -> None:
    arguments = {a.arg: a for a in operation(resources, "get_numbers").arguments}
    assert arguments["filter"].annotation == "Literal['owned', 'available'] | GetNumbersRequestFilter"
    assert arguments["filter"].default == "GetNumbersRequestFilter.OWNED"
    assert arguments["filter"].enum is not None
    assert arguments["max"].attribute == "max_" and arguments["max"].default == "10"
    assert "Default: ``10``." in arguments["max"].description


def test_pagination(resources) -> None:
    transactions = operation(resources, "get_transactions")
    assert transactions.pagination is not None
    assert (transactions.pagination.iterator, transactions.pagination.items_required) == ("iter_transactions", False)
    assert transactions.pagination.item.class_name == "Transaction"
    members = operation(resources, "get_list").pagination
    assert members is not None and (members.items, members.items_attribute) == ("members", "members")
    iterator_args = [a.arg for a in transactions.iterator_arguments]
    assert "page" not in iterator_args and "max" in iterator_args
