"""Reading callback queries by a field table (the generated ``transmitsms.callbacks`` uses these)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import attrs
import pytest

from transmitsms._runtime.callbacks import CallbackField, FieldKind, matching_kinds, parse_payload, query_items
from transmitsms._runtime.enums import OpenStrEnum
from transmitsms._runtime.exceptions import MalformedCallbackError


class Colour(OpenStrEnum):
    RED = "red"


@attrs.define(frozen=True)
class Payload:
    id: int
    at: datetime
    flag: bool
    colour: Colour
    text: str
    note: str | None = None
    extra: dict[str, str] = attrs.field(factory=dict)


FIELDS = (
    CallbackField("id", "id", FieldKind.INTEGER, True),
    CallbackField("at", "at", FieldKind.DATETIME, True),
    CallbackField("flag", "flag", FieldKind.YES_NO, True),
    CallbackField("colour", "colour", FieldKind.ENUM, True, Colour),
    CallbackField("text", "text", FieldKind.TEXT, True),
    CallbackField("note", "note", FieldKind.TEXT, False),
)
GOOD = {"id": "42", "at": "2020-05-16 12:10:00", "flag": "yes", "colour": "red", "text": "Hi there"}


def parse(source) -> Payload:
    return parse_payload(Payload, FIELDS, source, event="test callback")


def test_fields_are_read_by_kind() -> None:
    payload = parse(GOOD)
    assert payload == Payload(
        id=42, at=datetime(2020, 5, 16, 12, 10, tzinfo=UTC), flag=True, colour=Colour.RED, text="Hi there"
    )
    assert payload.at.utcoffset() == timedelta(0)


def test_a_url_a_query_string_and_a_mapping_of_lists_read_alike() -> None:
    url = "https://me.example/cb?tenant=9&id=42&at=2020-05-16+12:10:00&flag=yes&colour=red&text=Hi%20there"
    from_url = parse(url)
    assert from_url == parse(url.split("?", 1)[1])
    assert from_url == parse({key: [value] for key, value in {**GOOD, "tenant": "9"}.items()})
    assert from_url.extra == {"tenant": "9"}


def test_unknown_enum_values_are_kept() -> None:
    payload = parse({**GOOD, "colour": "ultraviolet"})
    assert payload.colour == "ultraviolet" and not payload.colour.is_known


def test_the_last_value_of_a_repeated_parameter_wins() -> None:
    assert parse("id=1&" + "&".join(f"{k}={v}" for k, v in GOOD.items())).id == 42


def test_optional_fields_are_none_and_empty_text_is_kept() -> None:
    assert parse(GOOD).note is None
    assert parse({**GOOD, "note": ""}).note == ""
    assert parse({**GOOD, "text": ""}).text == ""


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": None}, "id"),
        ({"id": ""}, "id"),
        ({"id": "4x2"}, "id"),
        ({"id": "-1"}, "id"),
        ({"at": "2020-05-16"}, "at"),
        ({"at": "2020-13-45 99:00:00"}, "at"),
        ({"flag": "maybe"}, "flag"),
        ({"colour": None}, "colour"),
    ],
)
def test_malformed_payloads_name_the_field(change: dict[str, str | None], field: str) -> None:
    source = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    with pytest.raises(MalformedCallbackError) as caught:
        parse(source)
    assert caught.value.field == field
    assert field in str(caught.value) and str(caught.value).startswith("test callback:")


def test_yes_no_is_case_insensitive_and_t_separated_times_are_read() -> None:
    payload = parse({**GOOD, "flag": "NO", "at": "2020-05-16T12:10:00"})
    assert payload.flag is False and payload.at.hour == 12


@pytest.mark.parametrize("source", [42, ["id=1"], {"id": 5}, {"id": ["1", 2]}])
def test_sources_that_are_not_queries_are_refused(source) -> None:
    with pytest.raises(MalformedCallbackError):
        query_items(source)


def test_undecodable_query_strings_are_refused() -> None:
    with pytest.raises(MalformedCallbackError, match="cannot be decoded"):
        query_items("id=%ff%fe")


def test_matching_kinds() -> None:
    required = {"a": frozenset({"x", "y"}), "b": frozenset({"x", "z"})}
    assert matching_kinds(["x", "y", "w"], required) == ["a"]
    assert matching_kinds(["x", "y", "z"], required) == ["a", "b"]
    assert matching_kinds(["x"], required) == []
