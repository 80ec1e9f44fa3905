"""What detection reads: negative items as observations, from the database or preloaded for a backtest.

An item's time is its published time, or its first-seen time when the date is missing or lies after
the moment Sigap first saw it (a future date). All times are aware UTC, whatever clock a source used.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Protocol

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from sigap.detect.engagement import Series, load_series, velocity
from sigap.models import Analysis, Item, ItemUnit, Unit
from sigap.taxonomy import ISSUE_CODES, ISSUES, Issue, Tone

item_time = case((and_(Item.published_at.is_not(None), Item.published_at < Item.first_seen_at),
                  Item.published_at), else_=Item.first_seen_at)


@dataclass(frozen=True)
class Obs:
    """One relevant negative item as detection sees it."""

    item_id: int
    at: datetime
    outlet: str
    platform: str
    owned: bool
    url: str
    title: str
    issues: tuple[str, ...]
    severity: int
    event_id: str | None
    unit_ids: tuple[int, ...]
    kanwil_ids: tuple[int, ...]
    provinces: tuple[str, ...]

    @cached_property
    def main_issue(self) -> str:
        known = [c for c in self.issues if c in ISSUE_CODES]
        if not known:
            return "lainnya"
        return max(known, key=lambda code: (ISSUES[Issue(code)].weight, -known.index(code)))

    @cached_property
    def weight(self) -> float:
        return ISSUES[Issue(self.main_issue)].weight

    @property
    def social(self) -> bool:
        return self.platform != "news"


class Feed(Protocol):
    def negatives(self, since: datetime, until: datetime) -> list[Obs]: ...

    def unit_counts(self, unit_ids: set[int], since: datetime, until: datetime) -> dict[int, int]: ...

    def velocities(self, obs: list[Obs], now: datetime) -> dict[int, float]: ...

    def history_start(self) -> datetime | None: ...


def first_item_time(session: Session) -> datetime | None:
    """When monitoring began: the earliest stored item; baselines never count time before it."""
    from sqlalchemy import func

    return session.scalar(select(func.min(item_time)))


def _negative_query(since: datetime, until: datetime):
    return (select(Item.id, item_time, Item.outlet, Item.platform, Item.owned, Item.url, Item.title,
                   Analysis.issues, Analysis.severity, Analysis.event_id, Analysis.provinces)
            .join(Analysis, Analysis.item_id == Item.id)
            .where(Analysis.relevant.is_(True), Analysis.tone == Tone.NEGATIF, Item.is_drill.is_(False),
                   item_time >= since, item_time <= until)
            .order_by(item_time, Item.id))


def load_negatives(session: Session, since: datetime, until: datetime) -> list[Obs]:
    rows = session.execute(_negative_query(since, until)).all()
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 900):
        query = (select(ItemUnit.item_id, Unit.id, Unit.kanwil_id).join(Unit, Unit.id == ItemUnit.unit_id)
                 .where(ItemUnit.item_id.in_(ids[start:start + 900])))
        for item_id, unit_id, kanwil_id in session.execute(query):
            links[item_id].append((unit_id, kanwil_id))
    return [
        Obs(item_id=r[0], at=r[1], outlet=r[2] or "", platform=r[3] or "news", owned=bool(r[4]), url=r[5],
            title=r[6] or "", issues=tuple(r[7] or ()), severity=int(r[8] or 0), event_id=r[9],
            unit_ids=tuple(sorted({u for u, _ in links[r[0]]})),
            kanwil_ids=tuple(sorted({k for _, k in links[r[0]]})), provinces=tuple(r[10] or ()))
        for r in rows
    ]


class DbFeed:
    """Live detection: every question is a query."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._start = first_item_time(session)

    def history_start(self) -> datetime | None:
        return self._start

    def negatives(self, since: datetime, until: datetime) -> list[Obs]:
        return load_negatives(self.session, since, until)

    def unit_counts(self, unit_ids: set[int], since: datetime, until: datetime) -> dict[int, int]:
        from sqlalchemy import func

        if not unit_ids:
            return {}
        query = (select(ItemUnit.unit_id, func.count()).join(Item, Item.id == ItemUnit.item_id)
                 .join(Analysis, Analysis.item_id == Item.id)
                 .where(ItemUnit.unit_id.in_(unit_ids), Analysis.relevant.is_(True),
                        Analysis.tone == Tone.NEGATIF, Item.is_drill.is_(False),
                        item_time >= since, item_time < until)
                 .group_by(ItemUnit.unit_id))
        return {unit_id: int(n) for unit_id, n in self.session.execute(query)}

    def velocities(self, obs: list[Obs], now: datetime) -> dict[int, float]:
        social = [o for o in obs if o.social]
        series = load_series(self.session, [o.item_id for o in social])
        return {o.item_id: velocity(series.get(o.item_id, []), o.at, now) for o in social}


class MemoryFeed:
    """Backtest: every negative item of the replay loaded once, answered by bisection."""

    def __init__(self, session: Session, since: datetime, until: datetime) -> None:
        self.obs = load_negatives(session, since, until)
        self.times = [o.at for o in self.obs]
        self.by_unit: dict[int, list[datetime]] = defaultdict(list)
        for o in self.obs:
            for unit_id in o.unit_ids:
                self.by_unit[unit_id].append(o.at)
        self.series: dict[int, Series] = load_series(session, [o.item_id for o in self.obs if o.social])
        self._start = first_item_time(session)

    def history_start(self) -> datetime | None:
        return self._start

    def negatives(self, since: datetime, until: datetime) -> list[Obs]:
        lo = bisect.bisect_left(self.times, since)
        hi = bisect.bisect_right(self.times, until)
        return self.obs[lo:hi]

    def unit_counts(self, unit_ids: set[int], since: datetime, until: datetime) -> dict[int, int]:
        counts = {}
        for unit_id in unit_ids:
            times = self.by_unit.get(unit_id, [])
            counts[unit_id] = bisect.bisect_left(times, until) - bisect.bisect_left(times, since)
        return counts

    def velocities(self, obs: list[Obs], now: datetime) -> dict[int, float]:
        return {o.item_id: velocity(self.series.get(o.item_id, []), o.at, now) for o in obs if o.social}
