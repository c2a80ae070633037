"""The conversions of ``x-transforms``: legacy parameter text into current arguments, current answer
values into legacy text.

Contract: every function is pure. A parameter that cannot be converted raises ``LegacyError``
(``Invalid parameter: NAME ...``), answered with the error envelope. ``REQUEST`` and ``ANSWER``
name the conversions the translator applies generically; ``list-ref``, ``offset`` and ``limit``
call the current API, so the translator carries them out itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import phonenumbers

from .model import LegacyError

UNSET_TIME = "0000-00-00 00:00:00"
_DATETIME = "%Y-%m-%d %H:%M:%S"
_RUBY_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) ([+-]\d{4})$")
_SEPARATORS = re.compile(r"[\s().-]")
LEGACY_OPT_OUT = "[opt-out-info]"
CURRENT_OPT_OUT = "[unsub-reply-link]"


def invalid(name: str, detail: str) -> LegacyError:
    return LegacyError(f"Invalid parameter: {name} {detail}")


def integer(name: str, value: str) -> int:
    text = value.strip()
    if not re.fullmatch(r"[0-9]{1,18}", text):
        raise invalid(name, "(expected a whole number)")
    return int(text)


def decimal(name: str, value: str) -> float:
    text = value.strip()
    if not re.fullmatch(r"-?[0-9]{1,12}(\.[0-9]{1,6})?", text):
        raise invalid(name, "(expected a decimal number)")
    return float(text)


def mobile(name: str, value: str) -> str:
    text = _SEPARATORS.sub("", value).removeprefix("+")
    if not re.fullmatch(r"[0-9]{1,20}", text):
        raise invalid(name, "(expected a phone number, digits only)")
    return text


def mobile_list(name: str, value: str) -> str:
    numbers = [mobile(name, part) for part in value.split(",") if part.strip()]
    if not numbers:
        raise invalid(name, "(expected numbers separated by commas)")
    return ",".join(dict.fromkeys(numbers))


def send_time(name: str, value: str, now: datetime) -> str | None:
    """A send time as the current API's ``send_at``; None when it is not in the future."""
    text = value.strip()
    when: datetime
    if re.fullmatch(r"[0-9]{1,11}", text):
        try:
            when = datetime.fromtimestamp(int(text), UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            raise invalid(name, "(the timestamp is out of range)") from None
    elif (ruby := _RUBY_TIME.match(text)) is not None:
        local = datetime.strptime(ruby.group(1), _DATETIME)
        sign = -1 if ruby.group(2)[0] == "-" else 1
        offset = timedelta(hours=int(ruby.group(2)[1:3]), minutes=int(ruby.group(2)[3:5]))
        when = local - sign * offset
    else:
        try:
            when = datetime.strptime(text, _DATETIME)
        except ValueError:
            raise invalid(name, "(expected a Unix timestamp or Y-m-d H:i:s)") from None
    return None if when <= now else when.strftime(_DATETIME)


def _date(name: str, value: str, end: bool) -> datetime:
    text = value.strip()
    try:
        if len(text) == 10:
            day = datetime.strptime(text, "%Y-%m-%d")
            return day + timedelta(hours=23, minutes=59, seconds=59) if end else day
        return datetime.strptime(text, _DATETIME)
    except ValueError:
        raise invalid(name, "(expected Y-m-d H:i:s or Y-m-d)") from None


def date_start(name: str, value: str, now: datetime) -> str:
    if not value:
        return (now - timedelta(days=30)).replace(hour=0, minute=0, second=0).strftime(_DATETIME)
    return _date(name, value, end=False).strftime(_DATETIME)


def date_end(name: str, value: str, now: datetime) -> str:
    return _date(name, value, end=True).strftime(_DATETIME) if value else now.strftime(_DATETIME)


def not_yes(name: str, value: str) -> bool:
    text = value.strip().lower()
    if text not in ("yes", "no"):
        raise invalid(name, "(expected yes or no)")
    return text != "yes"


def opt_out_text(name: str, value: str) -> str:
    return value.replace(LEGACY_OPT_OUT, CURRENT_OPT_OUT)


def country(name: str, value: str) -> str:
    return value.strip()


def text(name: str, value: str) -> str:
    return value


#: Request conversions by ``x-transform`` name: ``(parameter name, text) -> argument``.
REQUEST: dict[str, Callable[[str, str], Any]] = {
    "text": text,
    "integer": integer,
    "decimal": decimal,
    "mobile": mobile,
    "mobile-list": mobile_list,
    "not-yes": not_yes,
    "opt-out-text": opt_out_text,
    "country": country,
}
#: Conversions that need the clock: ``(parameter name, text, now) -> argument``.
TIMED: dict[str, Callable[[str, str, datetime], Any]] = {
    "send-time": send_time,
    "date-start": date_start,
    "date-end": date_end,
}


def number_text(value: Any) -> str:
    """A number as the legacy API writes it: integers bare, decimals without a trailing ``.0``."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def money(value: Any) -> str:
    try:
        return f"{float(value):.3f}"
    except (TypeError, ValueError):
        return str(value or "0.000")


def money_text(value: Any) -> str:
    return value if isinstance(value, str) else f"${float(value):.3f}"


def datetime_text(value: Any) -> str:
    return str(value) if value else UNSET_TIME


def name_text(value: Any) -> str:
    return "" if value is None else str(value)


#: Answer conversions by ``x-transform`` name: current value -> legacy text.
ANSWER: dict[str, Callable[[Any], str]] = {
    "money": money,
    "money-text": money_text,
    "datetime": datetime_text,
    "name-text": name_text,
}


def as_text(value: Any, transform: str | None) -> str | None:
    """A current answer value as the text of a legacy element (None: an empty element)."""
    if transform is not None:
        return ANSWER[transform](value)
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return number_text(value)
    return str(value)


def country_of(msisdn: str) -> str:
    """The ISO country of an international number, by its calling code ("" when unknown)."""
    try:
        parsed = phonenumbers.parse("+" + msisdn.lstrip("+"))
    except phonenumbers.NumberParseException:
        return ""
    region = phonenumbers.region_code_for_number(parsed)
    if not region and parsed.country_code is not None:
        region = phonenumbers.region_code_for_country_code(parsed.country_code)
    return "" if region in (None, "ZZ") else str(region)


def truthy(value: str) -> bool:
    return value.strip().lower() not in ("", "0", "no", "false")
