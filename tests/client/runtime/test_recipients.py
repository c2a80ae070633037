"""Reading a bulk send's recipients: numbers, rows and CSV files; personalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from transmitsms._runtime.recipients import BulkInputError, Recipient, normalise_number, personalise, read_recipients


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("61491570156", "61491570156"),
        ("+61 491-570-156", "61491570156"),
        ("(02) 9876.5432", "0298765432"),
        (61491570156, "61491570156"),
        ("", None),
        ("abc", None),
        ("1234567890123456", None),
        ("61,491", None),
        (True, None),
        (3.5, None),
    ],
)
def test_numbers_are_their_digits_or_none(raw: object, expected: str | None) -> None:
    assert normalise_number(raw) == expected


def test_personalise_fills_in_the_row_s_fields_case_insensitively_and_leaves_the_service_s_tags() -> None:
    fields = {"FirstName": "Ann", "mobile": "x", "tracked-link": "y"}
    text = "Hi [firstname] [FIRSTNAME], [mobile] [tracked-link] [unsub-reply-link] [city]"
    assert personalise(text, fields) == "Hi Ann Ann, [mobile] [tracked-link] [unsub-reply-link] [city]"
    assert personalise("[a]", {}) == "[a]"


def test_numbers_and_rows() -> None:
    rows = list(read_recipients(["61491570156", 61491570157, {"Phone": "+61491570158", "City": None}, "bad"]))
    assert rows == [
        Recipient("61491570156", "61491570156"),
        Recipient("61491570157", "61491570157"),
        Recipient("61491570158", "+61491570158", {"City": ""}),
        Recipient(None, "bad"),
    ]
    assert next(read_recipients([{"cell": "61491570156"}], number_field="CELL")).number == "61491570156"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"to": "1"}, "not a single dict"),
        ([{"name": "Ann"}], "has no number field"),
        ([None], "must be a number or a mapping"),
        ("missing.csv", "cannot read missing.csv"),
    ],
)
def test_what_cannot_be_read_is_an_input_error(source: object, message: str) -> None:
    with pytest.raises(BulkInputError, match=message):
        list(read_recipients(source))  # type: ignore[arg-type]


def test_a_csv_file_with_a_header_a_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text('\ufeffName,Mobile,City\nAnn,61491570156,"Sydney, NSW"\n\nBob,nope,Perth\n', encoding="utf-8")
    assert list(read_recipients(path)) == [
        Recipient("61491570156", "61491570156", {"Name": "Ann", "City": "Sydney, NSW"}),
        Recipient(None, "nope", {"Name": "Bob", "City": "Perth"}),
    ]


def test_a_csv_file_of_numbers_only(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("61491570156\n+61491570157,ignored\n\n", encoding="utf-8")
    assert [r.number for r in read_recipients(str(path))] == ["61491570156", "61491570157"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,city\nAnn,Perth\n", "no number column"),
        (b"name,mobile\nAnn\n", "line 2: 1 values for 2 columns"),
        (b"mobile\n\xff\xfe\n", "not UTF-8"),
    ],
)
def test_a_bad_csv_file_is_an_input_error_naming_the_problem(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(BulkInputError, match=message):
        list(read_recipients(path))
