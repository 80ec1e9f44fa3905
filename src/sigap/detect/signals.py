"""Signals: negative items grouped into episodes, and what each episode measures.

An episode is an event (items that report the same happening) or, for items without an event, the
(unit, issue) pair — or the (issue, national) pair when no unit is named. Volume surges per
(issue, kanwil) and (issue, national) are episodes of their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sigap.detect.baselines import DAY_VS_14D, HOUR_VS_12H, UnitBaseline, rate_change
from sigap.detect.feed import Feed, Obs
from sigap.settings import Settings
from sigap.taxonomy import ISSUES, Issue


@dataclass
class Episode:
    key: str
    kind: str  # event | unit | national | volume
    obs: list[Obs]
    volume: dict[str, Any] | None = None


@dataclass
class Signals:
    """What one episode measures; the level and the explanation are computed from this alone."""

    key: str
    kind: str
    item_ids: list[int]
    event_ids: list[str]
    unit_ids: list[int]
    kanwil_ids: list[int]
    main_issue: str
    issues: list[str]
    weight: float
    max_severity: int
    impact: float  # the highest severity × issue weight of one item
    outlets: list[str]  # distinct earned news outlets
    national_outlets: list[str]
    platforms: list[str]
    velocity: float
    unit_count: int  # negative items about the most surprised unit in the window
    unit_expected: float  # what its baseline expects in the window
    unit_per_year: float
    unit_p: float  # Poisson tail probability; 1.0 when no unit
    first_at: datetime
    last_at: datetime
    window_hours: float = 72.0
    top: list[dict[str, Any]] = field(default_factory=list)
    volume: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["first_at"] = self.first_at.isoformat()
        data["last_at"] = self.last_at.isoformat()
        return data


def episode_key(obs: Obs) -> tuple[str, str]:
    if obs.event_id:
        return f"event:{obs.event_id}", "event"
    if obs.unit_ids:
        return f"unit:{obs.unit_ids[0]}:{obs.main_issue}", "unit"
    return f"national:{obs.main_issue}", "national"


def group_episodes(window: list[Obs]) -> list[Episode]:
    groups: dict[str, Episode] = {}
    for obs in window:
        key, kind = episode_key(obs)
        groups.setdefault(key, Episode(key=key, kind=kind, obs=[])).obs.append(obs)
    return list(groups.values())


def _is_national(outlet: str, url: str, names: list[str]) -> bool:
    text = f"{outlet} {url}".lower()
    return any(name and name in text for name in names)


def _top_items(obs: list[Obs], velocities: dict[int, float], n: int) -> list[dict[str, Any]]:
    ranked = sorted(obs, key=lambda o: (-o.severity, -velocities.get(o.item_id, 0.0), o.owned, o.at))
    return [{"id": o.item_id, "title": o.title, "outlet": o.outlet, "url": o.url, "at": o.at.isoformat()}
            for o in ranked[:n]]


def _unit_surprise(episode: Episode, window: list[Obs], feed: Feed, settings: Settings,
                   now: datetime) -> tuple[int, float, float, float]:
    """(count, expected, per year, p) of the episode's most surprised unit, over all its negative items."""
    unit_ids = {u for o in episode.obs for u in o.unit_ids}
    if not unit_ids:
        return 0, 0.0, 0.0, 1.0
    hours = settings.detect_window_hours
    start = now - timedelta(hours=hours)
    history_start = start - timedelta(days=settings.detect_baseline_days)
    history = feed.unit_counts(unit_ids, history_start, start)
    began = feed.history_start() or history_start
    history_hours = (start - max(began, history_start)).total_seconds() / 3600
    best = (0, 0.0, 0.0, 1.0)
    for unit_id in unit_ids:
        count = sum(1 for o in window if unit_id in o.unit_ids)
        base = UnitBaseline(history.get(unit_id, 0), history_hours, settings.detect_unit_prior_per_year)
        p = base.tail(count, hours)
        if p <= best[3]:
            best = (count, base.rate_per_hour * hours, base.per_year, p)
    return best


def measure(episode: Episode, window: list[Obs], feed: Feed, settings: Settings, now: datetime,
            velocities: dict[int, float]) -> Signals:
    obs = episode.obs
    issues = sorted({c for o in obs for c in o.issues})
    main = max((o.main_issue for o in obs), key=lambda c: ISSUES[Issue(c)].weight)
    earned = [o for o in obs if not o.owned]
    outlets = sorted({o.outlet for o in earned if o.outlet and not o.social})
    national = sorted({o.outlet for o in earned if _is_national(o.outlet, o.url, settings.detect_national_outlets)})
    count, expected, per_year, p = _unit_surprise(episode, window, feed, settings, now)
    return Signals(
        key=episode.key, kind=episode.kind, item_ids=[o.item_id for o in obs],
        event_ids=sorted({o.event_id for o in obs if o.event_id}),
        unit_ids=sorted({u for o in obs for u in o.unit_ids}),
        kanwil_ids=sorted({k for o in obs for k in o.kanwil_ids}),
        main_issue=main, issues=issues, weight=ISSUES[Issue(main)].weight,
        max_severity=max(o.severity for o in obs), impact=max(o.severity * o.weight for o in obs),
        outlets=outlets, national_outlets=national,
        platforms=sorted({o.platform for o in obs}),
        velocity=max((velocities.get(o.item_id, 0.0) for o in earned), default=0.0),
        unit_count=count, unit_expected=expected, unit_per_year=per_year, unit_p=p,
        first_at=min(o.at for o in obs), last_at=max(o.at for o in obs),
        window_hours=settings.detect_window_hours, top=_top_items(obs, velocities, settings.detect_top_items),
        volume=episode.volume)


def volume_surges(recent: list[Obs], settings: Settings, now: datetime) -> list[Episode]:
    """(issue, national) and (issue, kanwil) volume against its own past: hour vs 12 h, day vs 14 days."""
    scopes: dict[tuple[str, int | None], list[Obs]] = defaultdict(list)
    national: int | None = None
    for obs in recent:
        scopes[(obs.main_issue, national)].append(obs)
        for kanwil_id in obs.kanwil_ids:
            scopes[(obs.main_issue, kanwil_id)].append(obs)
    found = []
    for (issue, scope_kanwil), items in scopes.items():
        surge = _surge(items, settings, now)
        if surge is None:
            continue
        scope = "national" if scope_kanwil is None else f"kanwil:{scope_kanwil}"
        hours = surge["recent_hours"]
        members = [o for o in items if o.at > now - timedelta(hours=hours)]
        surge.update(scope=scope, issue=issue, kanwil_id=scope_kanwil)
        found.append(Episode(key=f"volume:{scope}:{issue}", kind="volume", obs=members, volume=surge))
    return found


def _surge(items: list[Obs], settings: Settings, now: datetime) -> dict[str, Any] | None:
    for recent_hours, base_hours in (HOUR_VS_12H, DAY_VS_14D):
        recent_start = now - timedelta(hours=recent_hours)
        base_start = recent_start - timedelta(hours=base_hours)
        recent = sum(1 for o in items if o.at > recent_start)
        base = sum(1 for o in items if base_start < o.at <= recent_start)
        change = rate_change(recent, recent_hours, base, base_hours)
        if change.significant(min_count=settings.detect_rate_min_count, min_ratio=settings.detect_rate_ratio,
                              max_p=settings.detect_rate_p):
            return {"recent": recent, "recent_hours": recent_hours, "base": base, "base_hours": base_hours,
                    "expected": round(change.expected, 2), "ratio": round(min(change.ratio, 1e6), 1),
                    "p": change.p}
    return None
