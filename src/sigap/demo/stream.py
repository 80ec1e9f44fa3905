"""The demo stream: sixty ordinary days of coverage of Pemasyarakatan with one scripted crisis."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sigap.demo import catalogue as cat
from sigap.demo.crisis import CRISIS_UNIT, crisis_start, crisis_window, scripted_crisis_items
from sigap.demo.everyday import Everyday
from sigap.demo.export import write_jsonl
from sigap.demo.model import DemoItem
from sigap.demo.units import select_units, unit_by_name

__all__ = ["CRISIS_UNIT", "crisis_window", "default_end", "generate_stream", "write_jsonl"]



def default_end() -> datetime:
    """Today at 00:00 UTC."""
    now = datetime.now(UTC)
    return datetime(now.year, now.month, now.day, tzinfo=UTC)


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson-distributed count (Knuth), enough for small daily means."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, mean**0.5)))
    limit, k, p = pow(2.718281828459045, -mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _day_items(gen: Everyday, day: date, index: int, rng: random.Random) -> list[DemoItem]:
    factor = cat.WEEKDAY_FACTOR[day.weekday()]
    rates = cat.RATES
    items: list[DemoItem] = []
    for _ in range(_poisson(rng, rates["positive"] * factor)):
        items += gen.unit_event(day, "positif")
    for _ in range(_poisson(rng, rates["neutral"] * factor)):
        items += gen.unit_event(day, "netral")
    for _ in range(_poisson(rng, rates["trap"] * factor)):
        items += gen.trap_event(day)
    for _ in range(_poisson(rng, rates["national"] * factor)):
        items += gen.national_event(day)
    if rng.random() < rates["negative"]:
        items += gen.negative_event(day, index)
    if rng.random() < rates["complaint"]:
        items += gen.complaint(day, index)
    return items


def generate_stream(seed: int = 2023, days: int = 60, end: datetime | None = None,
                    crisis_unit: str = CRISIS_UNIT) -> list[DemoItem]:
    """Synthetic news and posts over ``days`` days before ``end`` (aware UTC), sorted by time.

    Deterministic for a seed and an end. The crisis unit gets only ordinary positive and neutral
    coverage until its scripted crisis in the last days of the window.
    """
    end = (end or default_end()).astimezone(UTC)
    start = end - timedelta(days=days)
    units = select_units(seed, crisis_unit)
    gen = Everyday(units, seed, avoid=crisis_unit)
    rng = random.Random(f"days:{seed}")
    items: list[DemoItem] = []
    for index in range(days + 1):
        items += _day_items(gen, (start + timedelta(days=index)).date(), index, rng)
    unit = unit_by_name(crisis_unit)
    items += scripted_crisis_items(unit, crisis_start(end, days, unit), seed)
    kept = [i for i in items if start <= i.published < end]
    return sorted(kept, key=lambda i: (i.published, i.external_id))
