"""Pagination arithmetic."""

from __future__ import annotations

from transmitsms_sim.domain.pages import Page


def test_pages() -> None:
    assert Page.of(None, None) == Page(1, 10)
    page = Page(3, 10)
    assert page.offset == 20
    assert page.count_for(0) == 0
    assert page.count_for(21) == 3
    assert not page.beyond_any_data


def test_a_page_past_any_possible_data() -> None:
    page = Page(10**30, 100)
    assert page.beyond_any_data
    assert page.sql_offset == 2**62
