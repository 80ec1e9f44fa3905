"""Baselines: the Poisson tail for quiet units and rate change for busy aggregates."""

from __future__ import annotations

import math

from sigap.detect.baselines import DAY_VS_14D, HOUR_VS_12H, UnitBaseline, poisson_tail, rate_change


def test_poisson_tail_matches_closed_form() -> None:
    assert poisson_tail(0, 2.0) == 1.0
    assert math.isclose(poisson_tail(1, 2.0), 1 - math.exp(-2.0))
    assert math.isclose(poisson_tail(3, 1.0), 1 - math.exp(-1) * (1 + 1 + 0.5))
    assert poisson_tail(2, 0.0) == 0.0


def test_first_negative_item_on_a_quiet_unit_is_unusual_but_not_on_a_busy_one() -> None:
    quiet = UnitBaseline(history_count=0, history_hours=365 * 24, prior_per_year=4.0)
    busy = UnitBaseline(history_count=150, history_hours=365 * 24, prior_per_year=4.0)
    assert quiet.tail(1, 72) < 0.05
    assert busy.tail(1, 72) > 0.3
    assert quiet.per_year < 4.1


def test_rate_change_flags_a_surge_and_not_a_steady_rate() -> None:
    hour, base = HOUR_VS_12H
    surge = rate_change(12, hour, 3, base)
    steady = rate_change(2, hour, 20, base)
    assert surge.significant(min_count=8, min_ratio=3, max_p=0.001)
    assert not steady.significant(min_count=8, min_ratio=3, max_p=0.001)
    day, fortnight = DAY_VS_14D
    assert rate_change(20, day, 14, fortnight).ratio > 10
