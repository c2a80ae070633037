"""Phone numbers: countries, international format, validity (with the ``phonenumbers`` library).

Contract: numbers are kept as E.164 digits without the ``+`` (``61491570156``). ``to_e164(raw,
region)`` converts a number as given (international, or local to ``region``) into that form, or
returns None when it cannot be read. ``is_mobile(e164)`` says whether it is a valid number that
can receive SMS (mobile, or "fixed line or mobile" where a country does not tell them apart).
``resolve_country`` reads a ``countrycode`` parameter: an ISO 3166 code or an English name, in any
case and with or without its accents (``Curaçao``, ``curacao``).

    >>> to_e164("0491570156", "AU")
    '61491570156'
    >>> resolve_country("New Zealand")
    'NZ'
    >>> is_mobile("61491570156"), is_mobile("1234567890")
    (True, False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
#: The ``type`` format-number answers for a number that is not valid.
INVALID_TYPE = 10
_SEPARATORS = re.compile(r"[\s().\-]")
_ALIASES = {"uk": "GB", "usa": "US", "united states of america": "US", "america": "US"}


def _name_key(name: str) -> str:
    """A country name as looked up: lower case, without accents (``Côte`` and ``Cote`` match)."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _country_names() -> dict[str, str]:
    # Imported here: the geodata package loads all of its data (a third of a second) on import.
    from phonenumbers.geodata.locale import LOCALE_DATA

    names: dict[str, str] = {}
    for region, by_language in LOCALE_DATA.items():
        name = by_language.get("en", "")
        while name.startswith("*"):
            name = by_language.get(name[1:], "")
        if name and len(region) == 2:
            names[_name_key(name)] = region
    names.update(_ALIASES)
    return names


def resolve_country(value: str) -> str | None:
    """The ISO 3166 region of a ``countrycode`` parameter, or None if it names no country."""
    text = value.strip()
    if len(text) == 2 and text.upper() in phonenumbers.SUPPORTED_REGIONS:
        return text.upper()
    return _country_names().get(_name_key(text))


def _parse(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    text = _SEPARATORS.sub("", raw)
    if not text:
        return None
    if not text.startswith("+") and region is None:
        text = "+" + text
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        return None


def to_e164(raw: str, region: str | None = None) -> str | None:
    """E.164 digits of ``raw`` (local to ``region`` when given), or None if it cannot be read."""
    number = _parse(raw, region)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]


def strip_separators(raw: str) -> str:
    """``raw`` without the spaces, brackets, dots and hyphens people type in numbers (``0491 570 156``)."""
    return _SEPARATORS.sub("", raw)


def lookup_key(raw: str) -> str:
    """The stored form of a number given in international format, for finding it again."""
    return raw.strip().lstrip("+")


def is_mobile(e164: str) -> bool:
    number = _parse(e164, None)
    return (
        number is not None
        and phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) in _MOBILE_TYPES
    )


@lru_cache(maxsize=65536)
def mobile_e164(raw: str, region: str | None = None) -> str | None:
    """The E.164 form of ``raw`` if it is a number that can receive SMS, else None (one parse, cached).

    A number's type is only mobile (or fixed line or mobile) when it is valid, so no separate
    validity check is needed.
    """
    number = _parse(raw, region)
    if number is None or phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]


def country_available(e164: str) -> bool:
    """Whether the number belongs to a country (not a non-geographic or unknown code)."""
    number = _parse(e164, None)
    if number is None:
        return False
    region = phonenumbers.region_code_for_number(number)
    return region is not None and region in phonenumbers.SUPPORTED_REGIONS


@dataclass(frozen=True)
class FormattedNumber:
    country_code: int
    national_number: int
    international: int
    type: int
    valid: bool


def format_number(raw: str, region: str) -> FormattedNumber | None:
    """format-number's reading of ``raw`` in ``region``; None if it is not a phone number at all."""
    number = _parse(raw, region)
    if number is None or not number.national_number:
        return None
    valid = phonenumbers.is_valid_number(number)
    kind = int(phonenumbers.number_type(number)) if valid else INVALID_TYPE
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
    return FormattedNumber(
        country_code=int(number.country_code or 0),
        national_number=int(number.national_number),
        international=int(e164),
        type=kind,
        valid=valid,
    )
