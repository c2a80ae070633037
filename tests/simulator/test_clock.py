"""The simulated clock: real, accelerated, manual."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from transmitsms_sim.clock import Clock, wall_now

START = datetime(2026, 1, 1, 12, 0, 0)


def test_a_manual_clock_stands_still_until_advanced() -> None:
    clock = Clock(scale=0, start=START)
    assert clock.manual and clock.mode == "manual"
    time.sleep(0.01)
    assert clock.now() == START
    clock.advance(90)
    assert clock.now() == START + timedelta(seconds=90)


def test_the_real_clock_follows_the_wall_clock() -> None:
    clock = Clock()
    assert clock.mode == "real"
    assert abs((clock.now() - wall_now()).total_seconds()) <= 1


def test_an_accelerated_clock_runs_faster_than_real_time() -> None:
    clock = Clock(scale=3600, start=START)
    assert clock.mode == "accelerated"
    time.sleep(0.01)
    assert clock.now() >= START + timedelta(seconds=30)


def test_time_never_goes_backwards() -> None:
    clock = Clock(scale=0, start=START)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="backwards"):
        clock.set(START - timedelta(seconds=1))
    clock.set(START + timedelta(hours=1))
    assert clock.now() == START + timedelta(hours=1)


def test_resume_from_moves_a_clock_to_the_time_it_had_reached() -> None:
    clock = Clock(scale=0, start=START)
    clock.resume_from(START + timedelta(days=1))
    assert clock.now() == START + timedelta(days=1)
    clock.resume_from(START)
    assert clock.now() == START + timedelta(days=1)


def test_the_clock_stops_at_the_end_of_year_9999() -> None:
    clock = Clock(scale=0, start=datetime(9999, 12, 31, 23, 0, 0))
    with pytest.raises(ValueError, match="9999"):
        clock.advance(86400)
    with pytest.raises(ValueError):
        Clock(scale=-1)
