"""Crisis timelines: a scenario is phases of coverage, from the first local report to the decay."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sigap.demo.build import Truth, news_item, social_item
from sigap.demo.model import DemoItem, Kind, UnitLike
from sigap.demo.names import citizen_handle, city_handle
from sigap.demo.outlets import NATIONAL_OUTLETS, Outlet, owned_handle, owned_site, regional_outlets
from sigap.demo.text import choose_facts, event_context
from sigap.demo.units import DEMO_PROVINCES

SOCIAL_MIX = ("x", "x", "x", "tiktok", "tiktok", "instagram", "facebook", "facebook", "youtube")


@dataclass(frozen=True)
class Phase:
    """Coverage of one stage: ``news`` articles and ``social`` posts between two hours after the start.

    ``reach`` says who writes the articles: ``local`` (the first outlet of the unit's province),
    ``regional`` (other outlets of the province and its neighbours), ``national`` (national outlets,
    with some regional ones) or ``owned`` (the unit's site; its posts come from its own account).
    """

    kind: Kind
    start_h: float
    end_h: float
    news: int = 0
    social: int = 0
    reach: str = "regional"
    social_reach: str = "mid"
    sub: str = ""


@dataclass(frozen=True)
class Scenario:
    code: str
    label: str
    description: str
    phases: tuple[Phase, ...]
    facts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lead_time_h: float = 2.5  # hours between the happening and the first report


def _neighbour_outlets(province: str) -> list[Outlet]:
    if province in DEMO_PROVINCES:
        i = DEMO_PROVINCES.index(province)
        near = [DEMO_PROVINCES[j] for j in (i - 1, i + 1, i - 2) if 0 <= j < len(DEMO_PROVINCES)]
    else:
        near = list(DEMO_PROVINCES[:2])
    return [o for p in near for o in regional_outlets(p)[:2]]


class _Cycler:
    """Hands out outlets in a shuffled order, all before any repeats."""

    def __init__(self, outlets: list[Outlet], rng: random.Random) -> None:
        self.outlets, self.rng, self.queue = outlets, rng, list[Outlet]()

    def next(self) -> Outlet:
        if not self.queue:
            self.queue = self.rng.sample(self.outlets, len(self.outlets))
        return self.queue.pop()


def event_key_for(unit: UnitLike, code: str, start: datetime) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", unit.name.lower()).strip("-")
    return f"krisis-{code}-{slug}-{start:%Y%m%d}"


class Timeline:
    def __init__(self, scenario: Scenario, unit: UnitLike, start: datetime, rng: random.Random,
                 key: str) -> None:
        self.scenario, self.unit, self.start, self.rng, self.key = scenario, unit, start, rng, key
        own = regional_outlets(unit.province)
        self.local = own[0]
        self.regional = _Cycler([*own[1:], *_neighbour_outlets(unit.province)], rng)
        mixed = [*NATIONAL_OUTLETS, *_neighbour_outlets(unit.province)[:3], *own[1:]]
        self.national = _Cycler(list(NATIONAL_OUTLETS), rng)
        self.mixed = _Cycler(mixed, rng)
        self.ctx = self._context()

    def _context(self) -> dict[str, str]:
        happened = self.start - timedelta(hours=self.scenario.lead_time_h)
        ctx = event_context(self.unit, happened, self.rng)
        ctx.update(choose_facts(self.scenario.facts, ctx, self.rng))
        for phase in self.scenario.phases:
            ctx.update({k: v for k, v in choose_facts(phase.kind.facts, ctx, self.rng).items() if k not in ctx})
        return ctx

    def _outlet(self, reach: str, index: int) -> Outlet:
        if reach == "local":
            return self.local
        if reach == "owned":
            return owned_site(self.unit)
        if reach == "regional":
            return self.regional.next()
        return self.national.next() if index % 3 != 2 else self.mixed.next()

    def _times(self, phase: Phase, count: int) -> list[datetime]:
        span = phase.end_h - phase.start_h
        hours = sorted(phase.start_h + span * self.rng.random() ** 1.3 for _ in range(count))
        return [self.start + timedelta(hours=h) for h in hours]

    def phase_items(self, phase: Phase) -> list[DemoItem]:
        key = f"{self.key}-{phase.sub}" if phase.sub else self.key
        truth = Truth.of(phase.kind, self.unit.name, self.unit.province, key, scripted=True)
        used: set[str] = set()
        items = [news_item(phase.kind, self.ctx, self._outlet(phase.reach, i), when, self.rng, used, truth)
                 for i, when in enumerate(self._times(phase, phase.news))]
        owned = phase.reach == "owned"
        posts = phase.kind.owned_posts if owned else phase.kind.posts
        order = self.rng.sample(list(posts), len(posts))
        for i, when in enumerate(self._times(phase, phase.social if posts else 0)):
            items.append(self._post(order[i % len(order)], owned, when, phase.social_reach, truth))
        return items

    def _post(self, template: str, owned: bool, when: datetime, reach: str, truth: Truth) -> DemoItem:
        if owned:
            where, handle = "instagram", owned_handle(self.unit)
        else:
            where = self.rng.choice(SOCIAL_MIX)
            handle = city_handle(self.ctx["place"], self.rng) if self.rng.random() < 0.3 \
                else citizen_handle(self.rng)
        return social_item(template, self.ctx, where, handle, owned, when, self.rng, reach, truth)

    def items(self) -> list[DemoItem]:
        out = [item for phase in self.scenario.phases for item in self.phase_items(phase)]
        return sorted(out, key=lambda i: i.published)


def build_timeline(scenario: Scenario, unit: UnitLike, start: datetime, seed: int) -> list[DemoItem]:
    """Every item of a scenario at ``unit``, the first report at ``start``."""
    rng = random.Random(f"timeline:{scenario.code}:{unit.name}:{seed}")
    return Timeline(scenario, unit, start, rng, event_key_for(unit, scenario.code, start)).items()
