"""Message texts for the property tests, and what the spec says becomes of them per recipient.

``message_texts()`` draws texts of every kind the *Messages* rules distinguish: plain GSM,
GSM with extension characters, any Unicode (non-Latin scripts, emoji outside the Basic
Multilingual Plane), personalisation tags, link tags, and lengths at and around the boundaries of
parts and of the 612-character limit. ``personalised(text, values)`` applies send-sms's
personalisation as the spec describes it: ``[name]`` (any case) becomes the recipient's value of
that name when it has one, and stays as written otherwise.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

from tests.properties.sms_parts import GSM_BASIC, GSM_EXTENSION, MAX_CHARACTERS

TRACKED_LINK = "[tracked-link]"
UNSUB_LINK = "[unsub-reply-link]"
#: What a link tag becomes: the spec's short-link hosts and an 8-character code.
TRACKED_LINK_TEXT = re.compile(r"TapTh\.is/[0-9A-Za-z]{8}")
UNSUB_LINK_TEXT = re.compile(r"UnsubRep\.ly/[0-9A-Za-z]{8}")
TAGS = ("[mobile]", "[MOBILE]", "[Mobile]", "[firstname]", "[lastname]", "[nosuchfield]", "[", "]", "[]")
#: Part and length boundaries in characters: single and multi-part GSM and UCS-2, and the limit.
BOUNDARIES = (67, 70, 71, 134, 135, 153, 160, 161, 201, 306, 307, 459, 460, MAX_CHARACTERS)

_GSM = st.sampled_from(sorted(GSM_BASIC))
_EXTENSION = st.sampled_from(sorted(GSM_EXTENSION))
_NON_LATIN = st.characters(min_codepoint=0x0400, max_codepoint=0x9FFF)
_ASTRAL = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
_ANY = st.characters(codec="utf-8")  # every code point but surrogates, which UTF-8 cannot carry

_PIECES = st.one_of(
    st.text(_GSM, min_size=1, max_size=120),
    st.text(_EXTENSION, min_size=1, max_size=12),
    st.text(_ANY, min_size=1, max_size=40),
    st.text(_ASTRAL, min_size=1, max_size=12),
    st.text(_NON_LATIN, min_size=1, max_size=40),
    st.sampled_from(TAGS),
)


@st.composite
def _near_a_boundary(draw: st.DrawFn) -> str:
    """One filler character repeated to a boundary (give or take 3), with at most a short piece inserted."""
    filler = draw(st.sampled_from(["a", "€", "{", "Ж", "\U0001f44b", "é"]))
    length = max(1, draw(st.sampled_from(BOUNDARIES)) + draw(st.integers(-3, 3)))
    piece = draw(
        st.one_of(st.just(""), st.text(_EXTENSION, max_size=2), st.text(_ASTRAL, max_size=1), st.sampled_from(TAGS))
    )
    at = draw(st.integers(0, length))
    return filler * at + piece + filler * (length - at)


def message_texts(*, with_links: bool = False) -> st.SearchStrategy[str]:
    """Texts as a user might send them (some too long); link tags only when ``with_links``."""
    pieces = st.one_of(_PIECES, st.sampled_from([TRACKED_LINK, UNSUB_LINK])) if with_links else _PIECES
    around_the_limit = st.text(
        st.one_of(_GSM, _EXTENSION, _ANY), min_size=MAX_CHARACTERS - 20, max_size=MAX_CHARACTERS + 20
    )
    return st.one_of(st.lists(pieces, min_size=1, max_size=10).map("".join), _near_a_boundary(), around_the_limit)


def personalised(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``[name]`` tag whose name (any case) is in ``values`` replaced by its value.

    A tag is a ``[``, 1 to 100 characters without brackets, and a ``]``; tags do not nest, and a
    replaced value is not read again.
    """
    known = {name.lower(): value for name, value in values.items()}
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "[":
            end = i + 1
            while end < len(text) and text[end] not in "[]" and end - i <= 101:
                end += 1
            name = text[i + 1 : end]
            if end < len(text) and text[end] == "]" and 1 <= len(name) <= 100 and name.lower() in known:
                out.append(known[name.lower()])
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)
