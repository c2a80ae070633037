"""Leniencies as warnings: the codes, the header values (safe to send), the log behind /_sim/warnings."""

from __future__ import annotations

import pytest

from transmitsms_sim.web.diagnostics import CODES, MAX_HEADERS, Diagnostics, Leniency, WarningLog, header_values, shown


def test_a_leniency_is_noted_with_a_known_code_only() -> None:
    diagnostics = Diagnostics()
    assert diagnostics.lenient and not Diagnostics(strict=True).lenient
    diagnostics.note("placeholder", 'Field "from" sent empty was read as absent', "from")
    assert diagnostics.leniencies == [Leniency("placeholder", 'Field "from" sent empty was read as absent', "from")]
    with pytest.raises(ValueError, match="unknown warning code"):
        diagnostics.note("whatever", "x")
    assert set(CODES) >= {"unknown_parameter", "placeholder", "boolean", "enum_case", "enum_alias", "number_format"}


def test_header_values_are_printable_ascii_whatever_a_client_sent() -> None:
    # A value a client sent is quoted in a message: it must never break or inject a header.
    injected = Leniency("enum_case", "Field \"kind\" = 'a\r\nSet-Cookie: x=1' was read as é 😀")
    (value,) = header_values([injected])
    assert value == "enum_case: Field \"kind\" = 'a\\x0d\\x0aSet-Cookie: x=1' was read as \\xe9 \\U0001f600"
    assert all(0x20 <= ord(ch) < 0x7F for ch in value)


def test_header_values_are_capped() -> None:
    many = [Leniency("unknown_parameter", f'Unknown field "f{i}" was ignored') for i in range(MAX_HEADERS + 5)]
    values = header_values(many)
    assert len(values) == MAX_HEADERS + 1
    assert values[-1] == "more: 5 further warnings in GET /_sim/warnings"
    assert len(header_values([Leniency("number_format", "x" * 1000)])[0]) == 300


def test_quoted_values_are_truncated() -> None:
    assert shown("abc") == "'abc'" and shown("x" * 50) == repr("x" * 40 + "...")


def test_the_log_keeps_the_last_warnings_with_increasing_ids() -> None:
    log = WarningLog(capacity=3)
    assert log.last_id == 0
    for account in (1, 2, 1, 2):
        log.record(
            at="2026-01-05 09:00:00",
            account_id=account,
            method="get-lists",
            request="POST /get-lists.json",
            status=200,
            leniencies=[Leniency("boolean", "b", "flag")],
        )
    assert [r.id for r in log.listing()] == [2, 3, 4] and log.last_id == 4
    assert [r.id for r in log.listing(account_id=2)] == [2, 4]
    assert [r.id for r in log.listing(after=3)] == [4]
    assert log.listing(code="placeholder") == [] and len(log.listing(limit=1)) == 1
    assert log.listing()[0].as_dict()["parameter"] == "flag"
    log.clear()
    assert log.listing() == [] and log.last_id == 4
