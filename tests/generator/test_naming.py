"""The naming rule of the public API."""

from __future__ import annotations

import pytest

from generator import naming
from tests.support.spec import bundled
from tools.spec_checks import operations


@pytest.mark.parametrize(
    ("operation_id", "tag", "method"),
    [
        ("send_sms", "SMS", "send"),
        ("cancel_sms", "SMS", "cancel"),
        ("get_sms", "Reporting", "get_sms"),
        ("get_lists", "Lists", "get_lists"),
        ("get_list", "Lists", "get_list"),
        ("add_to_list", "Lists", "add_to_list"),
        ("get_clients", "Resellers", "get_clients"),
        ("add_email", "Email SMS", "add_email"),
        ("get_numbers", "Numbers", "get_numbers"),
    ],
)
def test_method_names(operation_id: str, tag: str, method: str) -> None:
    assert naming.method_name(operation_id, tag) == method


def test_groups_iterators_and_arguments() -> None:
    assert naming.resource_attribute("Email SMS") == "email_sms"
    assert naming.resource_class("Email SMS") == "EmailSmsResource"
    assert naming.iterator_name("get_lists") == "iter_lists"
    assert naming.iterator_name("get_user_sms_sent") == "iter_user_sms_sent"
    assert naming.argument_name("from") == "from_"
    assert naming.argument_name("max") == "max"
    assert naming.argument_name("timeout") == "timeout_"
    assert naming.argument_name("Virtual Number") == "Virtual_Number"
    assert naming.argument_name("2fa") == "field_2fa"
    assert naming.constant_name("send_sms") == "SEND_SMS"


def test_names_are_unique_within_each_group_of_the_spec() -> None:
    by_group: dict[str, list[str]] = {}
    spec_operations = [op for _, _, op in operations(bundled())]
    for op in spec_operations:
        group = naming.resource_attribute(op["tags"][0])
        by_group.setdefault(group, []).append(naming.method_name(op["operationId"], op["tags"][0]))
        if "x-pagination" in op:
            by_group[group].append(naming.iterator_name(op["operationId"]))
    for names in by_group.values():
        assert len(names) == len(set(names))
    paginated = [op for op in spec_operations if "x-pagination" in op]
    assert sum(len(names) for names in by_group.values()) == len(spec_operations) + len(paginated)
