"""The conversions of ``x-transforms`` (``transmitsms_legacy.values``)."""

from __future__ import annotations

from datetime import datetime

import pytest

from transmitsms_legacy import values as v
from transmitsms_legacy.model import LegacyError

NOW = datetime(2012, 1, 23, 3, 0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1327300000", "2012-01-23 06:26:40"),  # Unix seconds, GMT
        ("2012-01-23 17:51:02 +1000", "2012-01-23 07:51:02"),  # Ruby Time#to_s (the gem)
        ("2012-01-23 17:51:02 -0130", "2012-01-23 19:21:02"),
        ("2012-01-24 00:00:00", "2012-01-24 00:00:00"),
        ("1000", None),  # long past: now
        ("2012-01-23 03:00:00", None),  # now is not later
    ],
)
def test_send_times(text: str, expected: str | None) -> None:
    assert v.send_time("sendtime", text, NOW) == expected


@pytest.mark.parametrize("text", ["soon", "2012-13-01 00:00:00", "99999999999999"])
def test_bad_send_times(text: str) -> None:
    with pytest.raises(LegacyError, match="Invalid parameter: sendtime"):
        v.send_time("sendtime", text, NOW)


def test_date_ranges() -> None:
    assert v.date_start("dateStart", "", NOW) == "2011-12-24 00:00:00"
    assert v.date_end("dateEnd", "", NOW) == "2012-01-23 03:00:00"
    assert v.date_start("dateStart", "2008-12-23", NOW) == "2008-12-23 00:00:00"
    assert v.date_end("dateEnd", "2011-12-23", NOW) == "2011-12-23 23:59:59"
    with pytest.raises(LegacyError):
        v.date_start("dateStart", "yesterday", NOW)


def test_numbers_and_flags() -> None:
    assert v.mobile("mobile", " +61 400-000 001") == "61400000001"
    assert v.mobile_list("mobile", "61400000001, 61400000002,61400000001,") == "61400000001,61400000002"
    assert v.not_yes("reseller_pays", "YES") is False and v.not_yes("reseller_pays", "no") is True
    assert v.integer("id", " 42 ") == 42 and v.decimal("m", "0.125") == 0.125
    assert v.opt_out_text("message", "Hi [firstname] [opt-out-info]") == "Hi [firstname] [unsub-reply-link]"
    for bad in (lambda: v.integer("id", "4.2"), lambda: v.decimal("m", "abc"), lambda: v.mobile("m", "04x")):
        with pytest.raises(LegacyError):
            bad()


def test_answer_values() -> None:
    assert v.as_text(3.0, None) == "3" and v.as_text(3.1, None) == "3.1" and v.as_text(None, None) is None
    assert v.as_text(0.087, "money") == "0.087" and v.as_text(-1, "money") == "-1.000"
    assert v.as_text("$14.630", "money-text") == "$14.630" and v.as_text(14.63, "money-text") == "$14.630"
    assert v.as_text(None, "datetime") == "0000-00-00 00:00:00" and v.as_text(None, "name-text") == ""
    assert v.country_of("61400000001") == "AU" and v.country_of("6421267012") == "NZ" and v.country_of("x") == ""
