"""Money in millionths, shown to 3 decimals."""

from __future__ import annotations

from transmitsms_sim.domain.money import currency_text, margin_micros, shown, to_micros


def test_sums_stay_exact() -> None:
    assert to_micros(0.087) * 500 == to_micros(43.5)
    assert shown(to_micros(0.087) * 3) == 0.261


def test_shown_amounts() -> None:
    assert shown(25_000_000) == 25
    assert shown(-87_000) == -0.087
    assert shown(1_234_567) == 1.235


def test_currency_text() -> None:
    assert currency_text(14_630_000, "AUD") == "$14.630"
    assert currency_text(-1_000_000, "GBP") == "-£1.000"
    assert currency_text(5_000_000, "AUD", decimals=2) == "$5.00"
    assert currency_text(1_000_000, "JPY") == "JPY 1.000"


def test_margins_are_in_cents() -> None:
    assert margin_micros(0.5) == 5_000
