"""The scripted crisis of the demo stream: a mass escape that turns into an extortion scandal."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta

from sigap.demo import phrases_crisis as c1
from sigap.demo import phrases_crisis_after as c2
from sigap.demo.model import DemoItem, UnitLike
from sigap.demo.timeline import Phase, Scenario, build_timeline
from sigap.demo.units import CRISIS_UNIT, zone

__all__ = ["CRISIS_DAYS_BEFORE_END", "CRISIS_UNIT", "SCRIPTED", "crisis_start", "crisis_window",
           "scripted_crisis_items"]

CRISIS_DAYS_BEFORE_END = 8

SCRIPTED = Scenario(
    code="pelarian_pungli",
    label="Pelarian massal disusul dugaan pungli",
    description="Napi kabur massal dini hari; berita lokal, menyebar, nasional dan viral; lalu dugaan pungli.",
    facts=c1.FACTS,
    lead_time_h=2.5,
    phases=(
        Phase(c1.LOCAL, 0.0, 0.0, news=1, reach="local"),
        Phase(c1.SPREAD, 0.4, 5.5, news=5, social=6, reach="regional", social_reach="mid"),
        Phase(c1.HOLDING, 2.0, 4.5, news=1, social=1, reach="owned", social_reach="mid"),
        Phase(c1.NATIONAL, 6.0, 32.0, news=26, social=10, reach="national", social_reach="viral"),
        Phase(c1.RESPONSE, 9.0, 30.0, news=6, reach="national"),
        Phase(c1.SANKSI, 20.0, 40.0, news=4, reach="national"),
        Phase(c2.PUNGLI, 26.0, 54.0, news=14, social=8, reach="national", social_reach="viral", sub="pungli"),
        Phase(c2.BANTAH, 30.0, 40.0, news=1, social=1, reach="owned", sub="pungli"),
        Phase(c2.BANTAH, 32.0, 48.0, news=4, reach="regional", sub="pungli"),
        Phase(c2.TANGKAP, 20.0, 90.0, news=8, reach="national"),
        Phase(c2.TANGKAP_OWNED, 22.0, 80.0, news=1, social=2, reach="owned", social_reach="low"),
        Phase(c2.DECAY, 72.0, 160.0, news=6, social=3, reach="regional", social_reach="low"),
        Phase(c2.BENAH, 96.0, 168.0, news=2, social=1, reach="owned", social_reach="low"),
    ),
)

def crisis_start(end: datetime, days: int, unit: UnitLike) -> datetime:
    """The first report: early morning local time, ``CRISIS_DAYS_BEFORE_END`` days before ``end``."""
    back = min(CRISIS_DAYS_BEFORE_END, max(1, days // 2))
    tz, _ = zone(unit.province)
    day = (end - timedelta(days=back)).astimezone(tz).date()
    return datetime.combine(day, time(5, 40), tzinfo=tz).astimezone(UTC)

def scripted_crisis_items(unit: UnitLike, start: datetime, seed: int) -> list[DemoItem]:
    return build_timeline(SCRIPTED, unit, start, seed)

def crisis_window(items: Iterable[DemoItem]) -> tuple[datetime, datetime]:
    """First and last publication time of the scripted crisis items."""
    times = [i.published for i in items if i.scripted_crisis]
    if not times:
        raise ValueError("no scripted crisis items")
    return min(times), max(times)
