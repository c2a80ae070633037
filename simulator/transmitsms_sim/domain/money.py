"""Money: integer millionths of the account's currency, shown to 3 decimal places.

Integers keep sums exact (a campaign of 500 parts at 0.087 costs exactly 43.5); the API shows
amounts as numbers to 3 decimal places.

    >>> to_micros(0.087) * 500 == to_micros(43.5)
    True
    >>> shown(87_000), shown(25_000_000)
    (0.087, 25)
    >>> currency_text(14_630_000, "AUD")
    '$14.630'
"""

from __future__ import annotations

MICROS = 1_000_000
_SYMBOLS = {"AUD": "$", "NZD": "$", "USD": "$", "CAD": "$", "SGD": "$", "GBP": "£", "EUR": "€"}


def to_micros(amount: float) -> int:
    return round(amount * MICROS)


def shown(micros: int) -> float | int:
    """The amount as the API shows it: rounded to 3 decimals, an integer when whole."""
    value = round(micros / MICROS, 3)
    return int(value) if value == int(value) else value


def currency_text(micros: int, currency: str, decimals: int = 3) -> str:
    """``$14.630``: the form get-transactions uses for ``balance_standing``."""
    symbol = _SYMBOLS.get(currency, currency + " ")
    sign = "-" if micros < 0 else ""
    return f"{sign}{symbol}{abs(micros) / MICROS:.{decimals}f}"


def margin_micros(cents: float) -> int:
    """A reseller margin, given in cents, in millionths of the currency."""
    return round(cents * MICROS / 100)
