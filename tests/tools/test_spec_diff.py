"""spec_diff classifies each kind of change as a client generated from the old spec would see it."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support.spec import bundled
from tools.bundle_spec import SPEC_DIR, BundleError
from tools.spec_diff import Change, bundle_at, classes_widened, diff, report, resolve_ref, version_problem


@pytest.fixture
def old(spec_document: dict) -> dict:
    return copy.deepcopy(spec_document)


@pytest.fixture
def new(spec_document: dict) -> dict:
    return copy.deepcopy(spec_document)


def schemas(document: dict) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def only(changes: list[Change], where_prefix: str) -> list[tuple[str, bool]]:
    return [(c.what, c.breaking) for c in changes if c.where.startswith(where_prefix)]


def test_the_same_document_has_no_changes(old: dict, new: dict) -> None:
    assert diff(old, new) == []


def test_a_removed_operation_breaks_and_an_added_one_does_not(old: dict, new: dict) -> None:
    new["paths"]["/get-balance-copy.json"] = new["paths"].pop("/get-balance.json")
    changes = diff(old, new)
    assert Change("get_balance (POST /get-balance.json)", "removed", True) in changes
    assert Change("get_balance (POST /get-balance-copy.json)", "added", False) in changes


def test_a_removed_response_field_breaks(old: dict, new: dict) -> None:
    response = schemas(new)["GetBalanceResponse"]
    del response["properties"]["currency"]
    response["required"].remove("currency")
    assert only(diff(old, new), "get_balance") == [("response 200 field `currency` removed", True)]


def test_a_response_field_added_or_made_required_does_not_break(old: dict, new: dict) -> None:
    response = schemas(new)["GetBalanceResponse"]
    response["properties"]["credit_limit"] = {"type": "number"}
    response["properties"]["currency"] = copy.deepcopy(response["properties"]["currency"])
    assert only(diff(old, new), "get_balance") == [("response 200 field `credit_limit` added", False)]


def test_a_response_field_made_optional_breaks(old: dict, new: dict) -> None:
    schemas(new)["GetBalanceResponse"]["required"].remove("currency")
    assert only(diff(old, new), "get_balance") == [("response 200 field `currency` no longer required", True)]


def test_a_new_required_parameter_breaks_and_a_new_optional_one_does_not(old: dict, new: dict) -> None:
    request = schemas(new)["CancelSmsRequest"]
    request["properties"]["reason"] = {"type": "string"}
    request["properties"]["note"] = {"type": "string"}
    request["required"].append("reason")
    assert sorted(only(diff(old, new), "cancel_sms")) == [
        ("request field `note` added", False),
        ("request field `reason` added (required)", True),
    ]


def test_an_optional_parameter_made_required_breaks(old: dict, new: dict) -> None:
    schemas(new)["GetContactSmsStatsRequest"].setdefault("required", []).append("order")
    assert ("request field `order` now required", True) in only(diff(old, new), "get_contact_sms_stats")


def test_a_removed_parameter_breaks_because_request_bodies_are_closed(old: dict, new: dict) -> None:
    del schemas(new)["GetContactSmsStatsRequest"]["properties"]["order"]
    assert ("request field `order` removed", True) in only(diff(old, new), "get_contact_sms_stats")


def test_a_narrowed_request_enum_breaks_and_a_widened_one_does_not(old: dict, new: dict) -> None:
    schemas(new)["GetContactSmsStatsRequest"]["properties"]["order"]["enum"] = ["asc"]
    schemas(new)["GetNumbersRequest"]["properties"]["filter"]["enum"].append("reserved")
    changes = diff(old, new)
    assert only(changes, "get_contact_sms_stats") == [("request order: values {desc} removed", True)]
    assert only(changes, "get_numbers") == [("request filter: values {reserved} added", False)]


def test_a_widened_response_enum_breaks_generated_clients_and_a_narrowed_one_does_not(old: dict, new: dict) -> None:
    # The spec has no closed response enum any more (answers hold values in any case); give one one.
    for document in (old, new):
        schemas(document)["Client"]["properties"]["trial"]["enum"] = ["yes", "no"]
    schemas(new)["Client"]["properties"]["trial"]["enum"].append("expired")
    changes = diff(old, new)
    assert ("response 200 trial: values {expired} added", True) in only(changes, "get_client ")
    schemas(new)["Client"]["properties"]["trial"]["enum"] = ["yes"]
    assert ("response 200 trial: values {no} removed", False) in only(diff(old, new), "get_client ")


def test_callback_payloads_follow_the_response_rules(old: dict, new: dict) -> None:
    schemas(new)["DlrCallback"]["properties"]["status"]["enum"].append("expired")
    changes = only(diff(old, new), "webhook dlr")
    assert changes == [("response dlr.status: values {expired} added", True)]


def test_a_narrowed_request_type_breaks(old: dict, new: dict) -> None:
    schemas(new)["MessageText"]["type"] = "integer"
    changes = only(diff(old, new), "send_sms")
    assert ("request message: type {string} -> {integer}", True) in changes


def test_a_response_type_made_nullable_breaks(old: dict, new: dict) -> None:
    schemas(new)["GetBalanceResponse"]["properties"]["currency"] = {"type": ["string", "null"]}
    changes = only(diff(old, new), "get_balance")
    assert ("response 200 currency: type {string} -> {null, string}", True) in changes


def test_request_bounds_break_when_tightened_only(old: dict, new: dict) -> None:
    schemas(new)["MessageText"]["maxLength"] = 160
    assert ("request message: maxLength 612 -> 160", True) in only(diff(old, new), "send_sms")
    schemas(new)["MessageText"]["maxLength"] = 1000
    assert ("request message: maxLength 612 -> 1000", False) in only(diff(old, new), "send_sms")


def test_wider_number_formats_do_not_break_but_a_narrowing_format_does(old: dict, new: dict) -> None:
    schemas(new)["GetBalanceResponse"]["properties"]["balance"] = {"type": "number", "format": "float"}
    schemas(new)["PageSize"]["format"] = "int64"
    schemas(new)["MessageText"]["format"] = "email"
    changes = diff(old, new)
    assert ("response 200 balance: format double -> float", False) in only(changes, "get_balance")
    assert ("request max: format int32 -> int64 (the same values; generated types change)", False) in only(
        changes, "get_lists"
    )
    assert ("request message: format None -> email", True) in only(changes, "send_sms")


def test_a_request_pattern_breaks_unless_its_character_classes_only_gained_characters(old: dict, new: dict) -> None:
    before = schemas(old)["CountryCode"]["pattern"]
    schemas(new)["CountryCode"]["pattern"] = before.replace("A-Za-z", "A-Za-zÀ-ÖØ-öø-ÿ")
    changes = only(diff(old, new), "format_number")
    assert changes == [
        (
            f"request countrycode: pattern {before!r} -> {schemas(new)['CountryCode']['pattern']!r}"
            " (its character classes only gained characters)",
            False,
        )
    ]
    schemas(new)["CountryCode"]["pattern"] = before.replace("A-Za-z", "A-Z")  # a class lost characters
    assert only(diff(old, new), "format_number")[0][1] is True
    schemas(new)["CountryCode"]["pattern"] = before.replace("*$", "+$")  # the same classes, another pattern
    assert only(diff(old, new), "format_number")[0][1] is True


@pytest.mark.parametrize(
    ("old", "new", "wider"),
    [
        ("^[a-z]+$", "^[a-z0-9]+$", True),
        ("^[a-z]+$", "^[a-z]+$", True),
        ("^[a-z0-9]+$", "^[a-z]+$", False),
        ("^[^a-z]+$", "^[^a-z0-9]+$", False),  # a negated class that gains characters narrows
        ("^[a-z]+$", "^[a-z]*$", False),
        ("^[a\\-z]$", "^[a\\-z0]$", True),
        ("^[a-c]$", "^[a-bc]$", False),  # the same set written otherwise is not recognised: stays breaking
    ],
)
def test_classes_widened(old: str, new: str, wider: bool) -> None:
    assert classes_widened(old, new) is wider


def test_retry_safety_turned_off_breaks_and_new_error_codes_do_not(old: dict, new: dict) -> None:
    operation = new["paths"]["/get-balance.json"]["post"]
    operation["x-safe-to-retry"] = False
    operation["x-error-codes"] = [*operation["x-error-codes"], {"code": "ACCOUNT_LOCKED", "status": 400}]
    assert sorted(only(diff(old, new), "get_balance")) == [
        ("error codes added: {ACCOUNT_LOCKED}", False),
        ("x-safe-to-retry True -> False", True),
    ]


def test_a_removed_success_response_breaks(old: dict, new: dict) -> None:
    del new["paths"]["/get-balance.json"]["post"]["responses"]["200"]
    del new["paths"]["/get-balance.json"]["post"]["responses"]["429"]
    assert sorted(only(diff(old, new), "get_balance")) == [
        ("response 200 removed", True),
        ("response 429 removed", False),
    ]


def test_the_report_counts_documentation_changes_and_checks_the_version(old: dict, new: dict) -> None:
    new["paths"]["/get-balance.json"]["post"]["summary"] = "Read the balance"
    del new["paths"]["/cancel-sms.json"]
    text = report(diff(old, new), old, new, "main")
    assert "Breaking changes: 1\n  - cancel_sms (POST /cancel-sms.json): removed" in text
    assert "Documentation changes (descriptions, summaries, examples): 1" in text
    assert "WARNING: breaking changes need a new major version" in text


@pytest.mark.parametrize(
    ("old_version", "new_version", "breaking", "changed", "problem"),
    [
        ("1.0.0", "2.0.0", True, True, None),
        ("1.0.0", "1.1.0", True, True, "new major version"),
        ("1.0.0", "1.1.0", False, True, None),
        ("1.0.0", "1.0.0", False, True, "still 1.0.0"),
        ("1.0.0", "1.0.0", False, False, None),
    ],
)
def test_version_problem(
    old_version: str, new_version: str, breaking: bool, changed: bool, problem: str | None
) -> None:
    found = version_problem(old_version, new_version, breaking, changed)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_bundle_at_reads_the_spec_of_a_git_ref(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed to compare versions of the spec")
    shutil.copytree(SPEC_DIR, tmp_path / "spec")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "spec"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "spec"], cwd=tmp_path, check=True)
    assert bundle_at("HEAD", root=tmp_path) == bundled()
    with pytest.raises(BundleError, match="no-such-ref"):
        bundle_at("no-such-ref", root=tmp_path)


def test_a_branch_known_only_on_the_remote_is_found_there(tmp_path: Path) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    origin, clone = tmp_path / "origin", tmp_path / "clone"
    origin.mkdir()
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=origin, check=True)
    shutil.copytree(SPEC_DIR, origin / "spec")
    subprocess.run([*git, "add", "spec"], cwd=origin, check=True)
    subprocess.run([*git, "commit", "-qm", "spec"], cwd=origin, check=True)
    subprocess.run([*git, "branch", "-q", "feature"], cwd=origin, check=True)
    subprocess.run([*git, "clone", "-q", "-b", "feature", str(origin), str(clone)], check=True)
    assert resolve_ref("main", clone) == "origin/main"
    assert resolve_ref("feature", clone) == "feature"
    assert bundle_at("main", root=clone) == bundled()
