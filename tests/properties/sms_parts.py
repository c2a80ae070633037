"""An independent count of SMS parts, written from the standards and the spec's *Messages* rules.

It shares nothing with the simulator's ``encoding`` module: the GSM alphabet is transcribed here
from the code table of 3GPP TS 23.038 (position by position), and parts are counted by filling
them character by character, as a phone does, instead of by dividing a length.

* A text whose every character is in the GSM 7-bit default alphabet or its extension table is
  sent in GSM-7: a basic character takes one septet, an extension character two (ESC and the
  character). One part holds 160 septets; a longer text is split into parts of 153.
* Any other character makes the whole text UCS-2 (UTF-16): a character of the Basic Multilingual
  Plane takes one 16-bit unit, any other (most emoji) two. One part holds 70 units; a longer text
  is split into parts of 67.
* A character is never split between two parts: an extension character or a surrogate pair that
  does not fit in what is left of a part starts the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

# 3GPP TS 23.038, 6.2.1: the default alphabet, rows 0x00-0x7F. 0x1B is the escape to the extension
# table, not a character of its own.
_DEFAULT_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
ESCAPE = 0x1B
# 6.2.1.1: the extension table's characters of the default (Latin) set, by code after ESC.
_EXTENSION_TABLE = {0x0A: "\f", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[", 0x3D: "~", 0x3E: "]"}
_EXTENSION_TABLE |= {0x40: "|", 0x65: "€"}

GSM_BASIC = frozenset(ch for code, ch in enumerate(_DEFAULT_TABLE) if code != ESCAPE)
GSM_EXTENSION = frozenset(_EXTENSION_TABLE.values())

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67
MAX_CHARACTERS = 612


@dataclass(frozen=True)
class Parts:
    encoding: str  # "gsm7" or "ucs2"
    units: int  # septets or UTF-16 units
    parts: int


def _width(ch: str, gsm: bool) -> int:
    if gsm:
        return 2 if ch in GSM_EXTENSION else 1
    return 2 if ord(ch) > 0xFFFF else 1


def parts_of(text: str) -> Parts:
    """How a phone would encode and split ``text``; see the module's rules."""
    gsm = all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)
    widths = [_width(ch, gsm) for ch in text]
    single, per_part = (GSM_SINGLE, GSM_PART) if gsm else (UCS2_SINGLE, UCS2_PART)
    units = sum(widths)
    if units <= single:
        return Parts("gsm7" if gsm else "ucs2", units, 1)
    count, room = 1, per_part
    for width in widths:
        if width > room:
            count, room = count + 1, per_part
        room -= width
    return Parts("gsm7" if gsm else "ucs2", units, count)
