"""Ordinary days: one happening at a unit becomes one or more items from owned and earned media."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone

from sigap.demo import catalogue as cat
from sigap.demo.build import Truth, news_item, social_item
from sigap.demo.model import DemoItem, DemoUnit, Kind
from sigap.demo.names import citizen_handle, city_handle
from sigap.demo.outlets import NATIONAL_OUTLETS, Outlet, owned_handle, owned_site, regional_outlets
from sigap.demo.text import choose_facts, event_context
from sigap.demo.units import zone

UTC = timezone.utc
NEGATIVE_GAP_DAYS = 14
MAX_NEGATIVE_PER_UNIT_DAY = 2


def weighted(rng: random.Random, pairs: Sequence[tuple[Kind, float]]) -> Kind:
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]


def platform(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def fits(kind: Kind, unit: DemoUnit) -> bool:
    return not kind.types or unit.type in kind.types


def local_moment(day: date, province: str, hours: Sequence[float], rng: random.Random) -> datetime:
    """A moment on a local calendar day following an hourly rhythm, returned in UTC."""
    tz, _ = zone(province)
    hour = rng.choices(range(24), weights=hours)[0]
    moment = datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=tz)
    return moment.astimezone(UTC)


class Everyday:
    """Generates ordinary events for a set of units; remembers where bad news already fell."""

    def __init__(self, units: Sequence[DemoUnit], seed: int, avoid: str | None) -> None:
        self.rng = random.Random(f"everyday:{seed}")
        self.seed = seed
        self.units = list(units)
        self.activity = [self.rng.lognormvariate(0, 0.6) for _ in self.units]
        self.avoid = avoid
        self.last_negative: dict[str, int] = {}
        self.negatives: Counter[tuple[str, date]] = Counter()
        self.count = 0

    def _key(self) -> str:
        self.count += 1
        return f"ev-{self.seed}-{self.count:05d}"

    # -- reporters -------------------------------------------------------------------------------
    def _news(self, kind: Kind, unit: DemoUnit, outlets: Sequence[Outlet], at: datetime,
              spread: tuple[float, float], truth: Truth, ctx: dict[str, str]) -> list[DemoItem]:
        used: set[str] = set()
        items = []
        for outlet in outlets:
            when = at + timedelta(hours=self.rng.uniform(*spread))
            items.append(news_item(kind, ctx, outlet, when, self.rng, used, truth))
        return items

    def _owned_post(self, kind: Kind, unit: DemoUnit, at: datetime, truth: Truth,
                    ctx: dict[str, str]) -> DemoItem:
        when = at + timedelta(hours=self.rng.uniform(0.3, 5))
        where = platform(self.rng, cat.OWNED_PLATFORMS)
        return social_item(self.rng.choice(kind.owned_posts), ctx, where, owned_handle(unit), True, when,
                           self.rng, "low", truth)

    def _public_post(self, kind: Kind, unit: DemoUnit, at: datetime, truth: Truth,
                     ctx: dict[str, str]) -> DemoItem:
        when = at + timedelta(hours=self.rng.uniform(0.5, 14))
        where = platform(self.rng, cat.PUBLIC_PLATFORMS)
        handle = citizen_handle(self.rng) if self.rng.random() < 0.8 else city_handle(ctx["place"], self.rng)
        reach = "mid" if self.rng.random() < 0.12 else "low"
        return social_item(self.rng.choice(kind.posts), ctx, where, handle, False, when, self.rng, reach,
                           truth)

    def _regional(self, unit: DemoUnit, count: int) -> list[Outlet]:
        return self.rng.sample(list(regional_outlets(unit.province)), min(count, 3))

    def _context(self, kind: Kind, unit: DemoUnit, at: datetime) -> dict[str, str]:
        ctx = event_context(unit, at, self.rng)
        ctx.update(choose_facts(kind.facts, ctx, self.rng))
        return ctx

    # -- kinds of day events -------------------------------------------------------------------------
    def unit_event(self, day: date, tone: str) -> list[DemoItem]:
        """A positive or neutral happening at a unit, covered by the unit and some outlets."""
        unit = self.rng.choices(self.units, weights=self.activity)[0]
        table = cat.POSITIVE if tone == "positif" else cat.NEUTRAL
        kinds = [(k, w) for k, w in table if fits(k, unit)]
        if not kinds:
            return []
        kind = weighted(self.rng, kinds)
        at = local_moment(day, unit.province, cat.WORK_HOURS, self.rng)
        ctx = self._context(kind, unit, at)
        truth = Truth.of(kind, unit.name, unit.province, self._key())
        rng = self.rng
        items: list[DemoItem] = []
        if kind.owned_posts and rng.random() < (0.75 if tone == "positif" else 0.5):
            items.append(self._owned_post(kind, unit, at, truth, ctx))
        outlets: list[Outlet] = []
        if rng.random() < (0.5 if tone == "positif" else 0.35):
            outlets.append(owned_site(unit))
        outlets += self._regional(unit, rng.choices((0, 1, 2, 3), weights=(45, 35, 15, 5))[0])
        if rng.random() < 0.04:
            outlets.append(rng.choice(NATIONAL_OUTLETS))
        if not outlets and not items:
            outlets.append(owned_site(unit) if rng.random() < 0.5 else self._regional(unit, 1)[0])
        items += self._news(kind, unit, outlets, at, (0.5, 9), truth, ctx)
        if kind.posts and rng.random() < 0.2:
            items.append(self._public_post(kind, unit, at, truth, ctx))
        return items

    def trap_event(self, day: date) -> list[DemoItem]:
        """An item with prison words that is not about Pemasyarakatan."""
        kind = weighted(self.rng, cat.TRAPS)
        unit = self.rng.choice(self.units)
        at = local_moment(day, unit.province, cat.WORK_HOURS, self.rng)
        truth = Truth.of(kind, None, None, self._key())
        outlets = self._regional(unit, self.rng.choice((1, 1, 2)))
        if self.rng.random() < 0.3:
            outlets.append(self.rng.choice(NATIONAL_OUTLETS))
        return self._news(kind, unit, outlets, at, (0.5, 8), truth, self._context(kind, unit, at))

    def national_event(self, day: date) -> list[DemoItem]:
        """A national policy item: no unit, Jakarta dateline."""
        kind = cat.NATIONAL
        unit = self.rng.choice(self.units)
        at = local_moment(day, "DKI Jakarta", cat.WORK_HOURS, self.rng)
        ctx = self._context(kind, unit, at)
        ctx.update(place="Jakarta", PLACE="JAKARTA")
        truth = Truth.of(kind, None, None, self._key())
        outlets = self.rng.sample(list(NATIONAL_OUTLETS), self.rng.choice((1, 1, 2, 3)))
        return self._news(kind, unit, outlets, at, (0.5, 6), truth, ctx)
