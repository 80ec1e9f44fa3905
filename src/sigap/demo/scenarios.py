"""Crisis drills: scripted timelines of coverage for a unit, from the first report to the responses.

``scenario_items(code, unit, start)`` gives the items of a drill with real-time offsets from ``start``;
a drill runner may replay them faster.
"""

from __future__ import annotations

from datetime import datetime

from sigap.demo import phrases_crisis as esc
from sigap.demo import phrases_crisis_after as after
from sigap.demo import phrases_drill as d1
from sigap.demo import phrases_drill_more as d2
from sigap.demo.model import DemoItem, Kind, UnitLike
from sigap.demo.timeline import Phase, Scenario, build_timeline

__all__ = ["SCENARIOS", "Phase", "Scenario", "scenario_items"]


def _arc(local: Kind, spread: Kind, national: Kind, owned: Kind, follow: Kind | None = None,
         seed_post: bool = False) -> tuple[Phase, ...]:
    """The usual drill arc: local report (or a first post) → spread → national and viral → responses."""
    first = Phase(local, 0.0, 0.0, social=1, reach="local", social_reach="mid") if seed_post \
        else Phase(local, 0.0, 0.0, news=1, reach="local")
    return (
        first,
        Phase(spread, 0.4, 5.0, news=3, social=4, reach="regional", social_reach="mid"),
        Phase(owned, 1.5, 4.0, news=1, social=1, reach="owned", social_reach="mid"),
        Phase(national, 5.0, 24.0, news=12, social=6, reach="national", social_reach="viral"),
        Phase(d1.RESPON_KANWIL, 6.0, 20.0, news=3, reach="national"),
        Phase(follow or d1.EVALUASI, 24.0, 72.0, news=4, social=2, reach="regional", social_reach="low"),
    )


SCENARIOS: dict[str, Scenario] = {
    s.code: s
    for s in (
        Scenario("pelarian", "Pelarian narapidana",
                 "Beberapa napi kabur dini hari; diberitakan lokal, menyebar, lalu nasional.",
                 phases=(*_arc(esc.LOCAL, esc.SPREAD, esc.NATIONAL, esc.HOLDING, after.TANGKAP),
                         Phase(after.TANGKAP_OWNED, 20.0, 60.0, news=1, social=1, reach="owned",
                               social_reach="low")),
                 facts={**esc.FACTS, "peristiwa": ("pelarian napi",)}),
        Scenario("kerusuhan", "Kerusuhan di dalam lapas",
                 "Napi rusuh dan membakar blok hunian; aparat gabungan dikerahkan.",
                 phases=_arc(d1.RIOT_LOCAL, d1.RIOT_SPREAD, d1.RIOT_NATIONAL, d1.RIOT_OWNED),
                 facts=d1.RIOT_FACTS, lead_time_h=0.7),
        Scenario("narkoba_dari_dalam", "Jaringan narkoba dikendalikan dari dalam",
                 "BNN membongkar peredaran sabu yang diatur seorang napi dari kamar hunian.",
                 phases=_arc(d1.DRUG_LOCAL, d1.DRUG_SPREAD, d1.DRUG_NATIONAL, d1.DRUG_OWNED),
                 facts=d1.DRUG_FACTS, lead_time_h=6.0),
        Scenario("pungli_viral", "Pungli viral di media sosial",
                 "Video pengunjung yang dimintai uang viral lebih dulu di media sosial, lalu diberitakan.",
                 phases=_arc(d2.PUNGLI_SEED, d2.PUNGLI_SPREAD, d2.PUNGLI_NATIONAL, d2.PUNGLI_OWNED,
                             seed_post=True),
                 facts=d2.PUNGLI_FACTS, lead_time_h=1.0),
        Scenario("kematian", "Kematian warga binaan",
                 "Seorang WBP meninggal; keluarga menemukan luka dan menuduh ada kekerasan.",
                 phases=_arc(d2.DEATH_LOCAL, d2.DEATH_SPREAD, d2.DEATH_NATIONAL, d2.DEATH_OWNED),
                 facts=d2.DEATH_FACTS, lead_time_h=10.0),
        Scenario("hoaks", "Hoaks yang kemudian dibantah",
                 "Video lama diklaim terjadi di lapas; menyebar, lalu dibantah unit dan dicek faktanya.",
                 phases=_arc(d2.HOAX_SEED, d2.HOAX_SPREAD, d2.HOAX_DEBUNK, d2.HOAX_DEBUNK, d2.HOAX_DEBUNK,
                             seed_post=True),
                 facts=d2.HOAX_FACTS, lead_time_h=0.5),
    )
}


def scenario_items(code: str, unit: UnitLike, start: datetime, seed: int = 1) -> list[DemoItem]:
    """The drill's items for ``unit``, sorted by time; the first one is published at ``start``.

    ``unit`` needs ``name``, ``city``, ``province`` and ``type`` (a gazetteer row fits);
    ``start`` must be timezone-aware.
    """
    if code not in SCENARIOS:
        raise ValueError(f"unknown scenario {code!r}; valid codes: {', '.join(sorted(SCENARIOS))}")
    if start.tzinfo is None:
        raise ValueError("start must be a timezone-aware datetime")
    return build_timeline(SCENARIOS[code], unit, start, seed)
