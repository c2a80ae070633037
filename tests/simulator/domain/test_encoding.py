"""Part counting: GSM-7 (160/153) and UCS-2 (70/67)."""

from __future__ import annotations

import pytest

from transmitsms_sim.domain.encoding import count_parts, is_gsm7


@pytest.mark.parametrize(
    ("text", "encoding", "units", "parts"),
    [
        ("Hello SMS", "gsm7", 9, 1),
        ("x" * 160, "gsm7", 160, 1),
        ("x" * 161, "gsm7", 161, 2),
        ("x" * 306, "gsm7", 306, 2),
        ("x" * 307, "gsm7", 307, 3),
        ("x" * 612, "gsm7", 612, 4),
        ("€" * 80, "gsm7", 160, 1),
        ("{" * 81, "gsm7", 162, 2),
        ("ñ" * 160, "gsm7", 160, 1),
        ("Ж" * 70, "ucs2", 70, 1),
        ("Ж" * 71, "ucs2", 71, 2),
        ("Ж" * 134, "ucs2", 134, 2),
        ("Ж" * 135, "ucs2", 135, 3),
        ("👋" * 35, "ucs2", 70, 1),
        ("Hi 👋", "ucs2", 5, 1),
    ],
)
def test_parts(text: str, encoding: str, units: int, parts: int) -> None:
    counted = count_parts(text)
    assert (counted.encoding, counted.units, counted.parts) == (encoding, units, parts)


def test_one_character_outside_gsm7_switches_the_whole_text() -> None:
    assert is_gsm7("plain [text] with ^ and ~")
    assert not is_gsm7("plain text with ç")  # ç is not in GSM 03.38 (only Ç is)
    assert count_parts("x" * 100 + "ç").parts == 2


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("👋" * 67, 3),  # 134 units, but a part of 67 holds 33 emoji: a surrogate pair is never split
        ("a" + "👋" * 66, 2),  # 133 units: 1 + 33 emoji (67), then 33 emoji (66)
        ("a" * 152 + "€" + "a" * 152, 3),  # 306 septets, but the escape sequence starts part 2
        ("a" * 153 + "€" + "a" * 151, 2),  # 306 septets, every boundary between characters
        ("{" * 153, 3),  # 306 septets: 76 + 76 + 1 characters
    ],
)
def test_a_character_is_never_split_between_parts(text: str, parts: int) -> None:
    assert count_parts(text).parts == parts
