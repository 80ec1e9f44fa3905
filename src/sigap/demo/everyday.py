"""Ordinary days: one happening at a unit becomes one or more items from owned and earned media."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sigap.demo import catalogue as cat
from sigap.demo.build import Truth, news_item, social_item
from sigap.demo.model import DemoItem, DemoUnit, Kind
from sigap.demo.names import citizen_handle, city_handle
from sigap.demo.outlets import NATIONAL_OUTLETS, Outlet, owned_handle, owned_site, regional_outlets
from sigap.demo.text import choose_facts, event_context
from sigap.demo.units import zone

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
        self.seen: set[str] = set()

    def _key(self) -> str:
        self.count += 1
        return f"ev-{self.seed}-{self.count:05d}"

    # -- reporters -------------------------------------------------------------------------------
    def _news(self, kind: Kind, unit: DemoUnit, outlets: Sequence[Outlet], at: datetime,
              spread: tuple[float, float], truth: Truth, ctx: dict[str, str]) -> list[DemoItem]:
        used: set[str] = set()
        items = []
        for outlet in outlets:
            delay = spread[0] + (spread[1] - spread[0]) * self.rng.random() ** 2
            when = self._office_hours(at + timedelta(hours=delay), unit.province)
            items.append(news_item(kind, ctx, outlet, when, self.rng, used, truth, self.seen))
        return items

    def _office_hours(self, when: datetime, province: str) -> datetime:
        """Newsrooms and PR offices publish by day: a late article waits for the next morning."""
        tz, _ = zone(province)
        local = when.astimezone(tz)
        if 6 <= local.hour < 20:
            return when
        next_day = local.date() + timedelta(days=1 if local.hour >= 20 else 0)
        morning = datetime.combine(next_day, time(7, 0), tzinfo=tz)
        return (morning + timedelta(minutes=self.rng.randrange(180))).astimezone(UTC)

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
        items += self._news(kind, unit, outlets, at, (0.5, 6), truth, ctx)
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

    # -- bad news: scattered across units, never more than two items per unit and day ---------------
    def _negative_unit(self, kind: Kind, day_index: int) -> DemoUnit | None:
        for gap in (NEGATIVE_GAP_DAYS, 5, 0):
            pool = [u for u in self.units if fits(kind, u) and u.name != self.avoid
                    and day_index - self.last_negative.get(u.name, -10**6) > gap]
            if pool:
                return self.rng.choice(pool)
        return None

    def _cap(self, item: DemoItem) -> DemoItem:
        """Move a negative item to a later day when its unit already has two that day."""
        when = item.published
        while item.unit and self.negatives[(item.unit, when.date())] >= MAX_NEGATIVE_PER_UNIT_DAY:
            when += timedelta(days=1)
        if item.unit:
            self.negatives[(item.unit, when.date())] += 1
        return item if when == item.published else _moved(item, when)

    def negative_event(self, day: date, day_index: int) -> list[DemoItem]:
        """An everyday incident: one or two outlets, sometimes a post, sometimes a later follow-up."""
        kind = weighted(self.rng, cat.NEGATIVE)
        unit = self._negative_unit(kind, day_index)
        if unit is None:
            return []
        self.last_negative[unit.name] = day_index
        at = local_moment(day, unit.province, cat.WORK_HOURS, self.rng)
        ctx = self._context(kind, unit, at)
        key = self._key()
        truth = Truth.of(kind, unit.name, unit.province, key)
        outlets = self._regional(unit, 1)
        if self.rng.random() < 0.45:
            outlets += self._regional(unit, 1) if self.rng.random() < 0.7 else [self.rng.choice(NATIONAL_OUTLETS)]
        items = self._news(kind, unit, list(dict.fromkeys(outlets)), at, (0.5, 10), truth, ctx)
        if kind.posts and self.rng.random() < 0.5:
            items.append(self._public_post(kind, unit, at, truth, ctx))
        follow = cat.FOLLOW_UP.get(kind.code)
        if follow and self.rng.random() < 0.7:
            later = at + timedelta(days=self.rng.uniform(1, 4))
            items += self._news(follow, unit, self._regional(unit, self.rng.choice((1, 2))), later, (0.5, 6),
                                Truth.of(follow, unit.name, unit.province, key), ctx)
        return [self._cap(i) if i.tone == "negatif" else i for i in items]

    def complaint(self, day: date, day_index: int) -> list[DemoItem]:
        """A citizen's complaint post about a unit's service."""
        kind = cat.COMPLAINT
        unit = self._negative_unit(kind, day_index)
        if unit is None:
            return []
        at = local_moment(day, unit.province, cat.SOCIAL_HOURS, self.rng)
        ctx = self._context(kind, unit, at)
        truth = Truth.of(kind, unit.name, unit.province, None)
        return [self._cap(self._public_post(kind, unit, at, truth, ctx))]


def _moved(item: DemoItem, when: datetime) -> DemoItem:
    return replace(item, published=when)
