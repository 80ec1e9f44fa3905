"""Speed of unit linking and event clustering on 40,000 synthetic headline + lead items.

    .venv/bin/python bench/bench_units_events.py [--items 40000]

Items are generated from templates over the packaged gazetteer (seeded, no external data): reworded
reports of the same incident by several outlets, routine items and items naming no unit.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta

from sigap.analyse.events import EventDoc, cluster_events
from sigap.analyse.units import UnitLinker
from sigap.gazetteer import default_gazetteer

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=40_000)
    args = parser.parse_args()
    items = make_items(args.items)
    started = time.perf_counter()
    linker = UnitLinker(default_gazetteer())
    built = time.perf_counter() - started
    started = time.perf_counter()
    results = [linker.link(title, lead) for title, lead, _ in items]
    linking = time.perf_counter() - started
    docs = [EventDoc(id=str(i), title=t, text=lead, published=when, units=tuple(u.name for u in r.units))
            for i, ((t, lead, when), r) in enumerate(zip(items, results, strict=True))]
    started = time.perf_counter()
    events = cluster_events(docs)
    clustering = time.perf_counter() - started
    print(f"items: {len(items)}  linker build: {built:.2f} s")
    print(f"unit linking: {linking:.2f} s = {len(items) / linking:,.0f} items/s "
          f"({sum(bool(r.units) for r in results) / len(items):.0%} with a unit)")
    print(f"event clustering: {clustering:.2f} s = {len(items) / clustering:,.0f} items/s, "
          f"{len(set(events)):,} events")


if __name__ == "__main__":
    main()
