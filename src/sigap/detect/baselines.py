"""Baselines suited to the volume: a Poisson tail for quiet units, rate change for busy aggregates.

Most units see a negative item a few times a year, so one item on a quiet unit is already unusual;
national and kanwil volume is compared as a rate: the last hour against the previous 12 hours (social
pace) and the last day against the previous 14 days (news pace).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HOURS_PER_YEAR = 365.25 * 24
PRIOR_HOURS = 30 * 24.0


def poisson_tail(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam); 1.0 for k <= 0."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    term = math.exp(-lam)
    below = term
    for i in range(1, k):
        term *= lam / i
        below += term
    return max(0.0, 1.0 - below)


@dataclass(frozen=True)
class UnitBaseline:
    """A unit's usual rate of negative items, from its history plus a prior for short histories."""

    history_count: int
    history_hours: float
    prior_per_year: float

    @property
    def rate_per_hour(self) -> float:
        prior_count = self.prior_per_year * PRIOR_HOURS / HOURS_PER_YEAR  # the prior weighs as 30 days
        return (self.history_count + prior_count) / (max(self.history_hours, 0.0) + PRIOR_HOURS)

    @property
    def per_year(self) -> float:
        return self.rate_per_hour * HOURS_PER_YEAR

    def tail(self, count: int, window_hours: float) -> float:
        """How surprising `count` negative items within `window_hours` are for this unit."""
        return poisson_tail(count, self.rate_per_hour * window_hours)


@dataclass(frozen=True)
class RateChange:
    """Recent count against the rate of a preceding baseline period."""

    recent: int
    recent_hours: float
    base: int
    base_hours: float
    p: float
    ratio: float

    @property
    def expected(self) -> float:
        return self.base / self.base_hours * self.recent_hours if self.base_hours else 0.0

    def significant(self, *, min_count: int, min_ratio: float, max_p: float) -> bool:
        return self.recent >= min_count and self.ratio >= min_ratio and self.p <= max_p


def rate_change(recent: int, recent_hours: float, base: int, base_hours: float) -> RateChange:
    """Compare `recent` items in `recent_hours` with `base` items in the `base_hours` before.

    The baseline rate gets half an item of smoothing so that a silent baseline does not make every
    single item infinitely surprising.
    """
    base_rate = (base + 0.5) / base_hours
    expected = base_rate * recent_hours
    return RateChange(recent=recent, recent_hours=recent_hours, base=base, base_hours=base_hours,
                      p=poisson_tail(recent, expected), ratio=recent / expected if expected else math.inf)


# The two comparisons the issue names: (recent hours, baseline hours).
HOUR_VS_12H = (1.0, 12.0)
DAY_VS_14D = (24.0, 14 * 24.0)
