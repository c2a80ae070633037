"""The spec says what the API does: constraints tested by validating sample requests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tools.bundle_spec import main as bundle_main
from tools.spec_checks import method_of, operations, schema_validator


def _valid(doc: dict[str, Any], schema_name: str, instance: Any) -> bool:
    return bool(schema_validator(doc, {"$ref": f"#/components/schemas/{schema_name}"}).is_valid(instance))


def test_one_operation_per_method(spec_document: dict[str, Any]) -> None:
    found = [method_of(path) for path, _, _ in operations(spec_document)]
    assert None not in found
    assert len(found) == len(set(found)) == len(spec_document["paths"]) > 0


def test_billing_methods_are_omitted_with_a_reason(spec_document: dict[str, Any]) -> None:
    omitted = {entry["method"]: entry["reason"] for entry in spec_document["x-omitted-methods"]}
    assert set(omitted) == {"add-credit", "add-card"}
    assert all(len(reason) > 40 for reason in omitted.values())


def test_send_sms_needs_a_message_and_exactly_one_of_to_or_list_id(spec_document: dict[str, Any]) -> None:
    assert _valid(spec_document, "SendSmsRequest", {"message": "Hi", "to": "61491570156"})
    assert _valid(spec_document, "SendSmsRequest", {"message": "Hi", "list_id": 4070887})
    assert not _valid(spec_document, "SendSmsRequest", {"message": "Hi"})
    assert not _valid(spec_document, "SendSmsRequest", {"message": "Hi", "to": "61491570156", "list_id": 1})
    assert not _valid(spec_document, "SendSmsRequest", {"to": "61491570156"})
    # Unknown parameters are ignored by the service: the body is open (spec, *Unknown parameters*).
    assert _valid(spec_document, "SendSmsRequest", {"message": "Hi", "to": "61491570156", "firstname": "x"})


def test_messages_hold_at_most_612_characters(spec_document: dict[str, Any]) -> None:
    assert _valid(spec_document, "SendSmsRequest", {"message": "x" * 612, "to": "61491570156"})
    assert not _valid(spec_document, "SendSmsRequest", {"message": "x" * 613, "to": "61491570156"})
    assert not _valid(spec_document, "SendSmsRequest", {"message": "", "to": "61491570156"})


def test_at_most_500_comma_separated_recipients(spec_document: dict[str, Any]) -> None:
    numbers = [str(61400000000 + i) for i in range(501)]
    assert _valid(spec_document, "RecipientsParam", ",".join(numbers[:500]))
    assert not _valid(spec_document, "RecipientsParam", ",".join(numbers))
    assert _valid(spec_document, "RecipientsParam", "+61491570156,0491570157")
    assert not _valid(spec_document, "RecipientsParam", "61491570156,,61491570157")
    assert not _valid(spec_document, "RecipientsParam", "61491570156, 61491570157")


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2020-04-27 06:00:00", True),
        ("2020-04-27", False),
        ("2020-04-27T06:00:00Z", False),
        ("2020-13-01 00:00:00", False),
    ],
)
def test_send_at_is_a_utc_datetime(spec_document: dict[str, Any], value: str, valid: bool) -> None:
    assert _valid(spec_document, "DateTimeParam", value) is valid


def test_report_boundaries_also_take_a_bare_date(spec_document: dict[str, Any]) -> None:
    assert _valid(spec_document, "ReportBoundary", "2020-07-23")
    assert _valid(spec_document, "ReportBoundary", "2020-07-23 23:59:59")
    assert not _valid(spec_document, "ReportBoundary", "23/07/2020")


def test_pages_start_at_one_and_hold_1_to_100_results(spec_document: dict[str, Any]) -> None:
    schemas = spec_document["components"]["schemas"]
    assert (schemas["PageNumber"]["minimum"], schemas["PageNumber"]["default"]) == (1, 1)
    assert (schemas["PageSize"]["minimum"], schemas["PageSize"]["maximum"], schemas["PageSize"]["default"]) == (
        1,
        100,
        10,
    )
    paginated = {method_of(p): op["x-pagination"] for p, _, op in operations(spec_document) if "x-pagination" in op}
    assert paginated["get-lists"] == {"items": "lists", "total": "lists_total"}
    assert paginated["get-message-report"] == {"items": "messages", "total": "messages_total"}


def test_ids_and_phone_numbers_are_integers_in_responses(spec_document: dict[str, Any]) -> None:
    schemas = spec_document["components"]["schemas"]
    assert schemas["Msisdn"]["type"] == "integer" and schemas["Msisdn"]["format"] == "int64"
    assert schemas["MessageId"]["type"] == "integer" and schemas["ListId"]["format"] == "int64"


def test_only_reads_are_safe_to_retry(spec_document: dict[str, Any]) -> None:
    safe = {method_of(p) for p, _, op in operations(spec_document) if op["x-safe-to-retry"]}
    assert "send-sms" not in safe and "message-reply" not in safe and "lease-number" not in safe
    assert {"get-balance", "get-sms", "format-number", "add-contacts-bulk-progress"} <= safe


def test_rate_limit_and_callback_retries_are_documented(spec_document: dict[str, Any]) -> None:
    text = spec_document["info"]["description"]
    assert "2 calls per second" in text and "15" in text and "OVER_LIMIT" in text
    assert "1 minute, 5 minutes, 1 hour and 24 hours" in text
    for name in ("dlr", "reply", "link-hit", "list-action"):
        assert name in spec_document["webhooks"]


def test_make_bundle_writes_both_files(tmp_path: Path) -> None:
    assert bundle_main(["--out", str(tmp_path)]) == 0
    assert (tmp_path / "openapi.json").stat().st_size > 100_000
    assert (tmp_path / "openapi.yaml").is_file()
