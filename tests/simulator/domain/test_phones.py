"""Phone numbers: countries, international format, mobile validity, format-number."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain.phones import (
    INVALID_TYPE,
    country_available,
    format_number,
    is_mobile,
    lookup_key,
    resolve_country,
    to_e164,
)


@pytest.mark.parametrize(
    ("value", "region"),
    [("au", "AU"), ("AU", "AU"), ("Australia", "AU"), ("new zealand", "NZ"), ("UK", "GB"), ("usa", "US")],
)
def test_countries_by_code_or_name(value: str, region: str) -> None:
    assert resolve_country(value) == region


@pytest.mark.parametrize(
    ("value", "region"),
    [("Curaçao", "CW"), ("curacao", "CW"), ("Côte d'Ivoire", "CI"), ("COTE D'IVOIRE", "CI"), ("Åland Islands", "AX")],
)
def test_country_names_with_or_without_their_accents(value: str, region: str) -> None:
    assert resolve_country(value) == region


@pytest.mark.parametrize("value", ["zz", "Atlantis", "x"])
def test_unknown_countries(value: str) -> None:
    assert resolve_country(value) is None


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("0491570156", "AU", "61491570156"),
        ("0212670129", "NZ", "64212670129"),
        ("2513551145", "US", "12513551145"),
        ("+61491570156", None, "61491570156"),
        ("61491570156", None, "61491570156"),
        ("0438 333 061", "AU", "61438333061"),
    ],
)
def test_to_e164(raw: str, region: str | None, e164: str) -> None:
    assert to_e164(raw, region) == e164


def test_unreadable_numbers() -> None:
    assert to_e164("", "AU") is None
    assert to_e164("abc", None) is None


def test_mobile_numbers() -> None:
    assert is_mobile("61491570156")
    assert is_mobile("12513551145"), "US numbers are fixed line or mobile"
    assert not is_mobile("61298765432"), "a Sydney landline"
    assert not is_mobile("1234567890")


def test_country_availability() -> None:
    assert country_available("61491570156")
    assert not country_available("8816123456")


def test_format_number_like_the_reference() -> None:
    formatted = format_number("96112234", "SG")
    assert formatted is not None
    assert (formatted.country_code, formatted.national_number, formatted.international) == (65, 96112234, 6596112234)
    assert formatted.type == 1 and formatted.valid
    us = format_number("(281) 869-1226", "US")
    assert us is not None and us.international == 12818691226
    invalid = format_number("123", "AU")
    assert invalid is not None and not invalid.valid and invalid.type == INVALID_TYPE
    assert format_number("+", "AU") is None


def test_lookup_key_strips_the_plus() -> None:
    assert lookup_key("+61491570156") == "61491570156"


def test_mobile_e164_reads_and_checks_in_one_go() -> None:
    from transmitsms_sim.domain.phones import mobile_e164

    assert mobile_e164("0491570156", "AU") == "61491570156"
    assert mobile_e164("+61491570156") == "61491570156"
    assert mobile_e164("61298765432") is None
    assert mobile_e164("1234567890") is None
    assert mobile_e164("") is None
