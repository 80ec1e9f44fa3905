"""Speed of unit linking and event clustering on 40,000 synthetic headline + lead items.

    .venv/bin/python bench/bench_units_events.py [--items 40000]

Items are generated from templates over the packaged gazetteer (seeded, no external data): reworded
reports of the same incident by several outlets, routine items and items naming no unit.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sigap.analyse.events import EventDoc, cluster_events
from sigap.analyse.units import UnitLinker
from sigap.gazetteer import default_gazetteer

T = TypeVar("T")

TITLES = ("{n} napi kabur dari {unit}, petugas lakukan pengejaran", "Belasan tahanan {unit} melarikan diri",
          "Petugas {unit} gagalkan penyelundupan sabu dalam makanan", "Ratusan WBP {unit} terima remisi",
          "Kalapas cek blok hunian {unit} usai kericuhan", "Harga cabai naik jelang lebaran di pasar {place}")
LEADS = ("{city} - Sebanyak {n} warga binaan {unit} dilaporkan {verb} pada {day} malam, kata kepala pengamanan.",
         "Kepala {unit} menyebut kejadian itu sedang ditangani bersama aparat di {city}.")
VERBS = ("kabur", "ricuh", "mendapat remisi", "mengikuti pelatihan")


def make_items(count: int, seed: int = 7) -> list[tuple[str, str, datetime]]:
    rng = random.Random(seed)
    units = [u for u in default_gazetteer().units if u.type != "cabang_rutan"]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    items: list[tuple[str, str, datetime]] = []
    while len(items) < count:
        unit = rng.choice(units)
        when = start + timedelta(hours=rng.randrange(24 * 365))
        n = rng.randrange(2, 300)
        for _ in range(rng.randrange(1, 6)):  # several outlets report the same happening
            name = rng.choice((unit.name, *unit.aliases[:4]))
            values = {"unit": name, "n": n, "place": unit.city, "city": unit.city.upper(), "day": "Senin",
                      "verb": rng.choice(VERBS)}
            items.append((rng.choice(TITLES).format(**values), rng.choice(LEADS).format(**values),
                          when + timedelta(hours=rng.randrange(24))))
    return items[:count]


def timed(label: str, count: int | None, work: Callable[[], T]) -> T:
    """Run `work`, print wall and CPU time (CPU time is steadier on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rates = (f" = {count / wall:,.0f} items/s", f" = {count / cpu:,.0f} items/s") if count else ("", "")
    print(f"{label}: {wall:.2f} s wall{rates[0]}; {cpu:.2f} s CPU{rates[1]}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=40_000)
    args = parser.parse_args()
    items = make_items(args.items)
    print(f"items: {len(items)}  cores: {os.cpu_count()}  load average: {os.getloadavg()[0]:.1f}")
    linker = timed("linker build", None, lambda: UnitLinker(default_gazetteer()))
    results = timed("unit linking", len(items), lambda: [linker.link(title, lead) for title, lead, _ in items])
    print(f"  {sum(bool(r.units) for r in results) / len(items):.0%} with a unit")
    docs = [EventDoc(id=str(i), title=t, text=lead, published=when, units=tuple(u.name for u in r.units))
            for i, ((t, lead, when), r) in enumerate(zip(items, results, strict=True))]
    events = timed("event clustering", len(items), lambda: cluster_events(docs))
    print(f"  {len(set(events)):,} events")


if __name__ == "__main__":
    main()
