"""The demo-data generator: volume, spread, determinism, tone mix, crisis arc, drills, export."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest

from sigap.demo import CRISIS_UNIT, DemoItem, crisis_window, generate_stream, write_jsonl
from sigap.demo.catalogue import NEGATIVE, NEUTRAL, POSITIVE, TRAPS
from sigap.demo.crisis import SCRIPTED
from sigap.demo.outlets import NATIONAL_NAMES, regional_outlets
from sigap.demo.scenarios import SCENARIOS, scenario_items
from sigap.demo.text import choose_facts, event_context, render
from sigap.demo.units import unit_by_name, zone
from sigap.taxonomy import ISSUE_CODES

END = datetime(2026, 11, 30, tzinfo=UTC)
DAYS = 60


@pytest.fixture(scope="module")
def items() -> list[DemoItem]:
    return generate_stream(seed=2023, days=DAYS, end=END)


@pytest.fixture(scope="module")
def crisis(items: list[DemoItem]) -> list[DemoItem]:
    return sorted((i for i in items if i.scripted_crisis), key=lambda i: i.published)


def _gazetteer() -> dict[str, str]:
    text = resources.files("sigap.data").joinpath("units.csv").read_text(encoding="utf-8")
    return {row["name"]: row["province"] for row in csv.DictReader(text.splitlines())}


def test_volume_units_and_provinces(items: list[DemoItem]) -> None:
    assert len(items) >= 2000
    units = {i.unit for i in items if i.unit}
    assert len(units) >= 40
    assert len({i.province for i in items if i.unit}) >= 10
    gazetteer = _gazetteer()
    assert units <= set(gazetteer)
    assert all(gazetteer[i.unit] == i.province for i in items if i.unit)
    types = {name.split(" Kelas")[0] for name in units}
    assert {"Lapas", "Rutan", "Bapas", "LPKA", "Lapas Perempuan", "Lapas Narkotika"} <= types


def test_times_are_aware_utc_inside_the_window(items: list[DemoItem]) -> None:
    start = END - timedelta(days=DAYS)
    for item in items:
        assert item.published.utcoffset() == timedelta(0)
        assert start <= item.published < END
    assert [i.published for i in items] == sorted(i.published for i in items)


def test_deterministic_for_a_seed(items: list[DemoItem]) -> None:
    assert generate_stream(seed=2023, days=DAYS, end=END) == items
    assert generate_stream(seed=7, days=10, end=END) != generate_stream(seed=2023, days=10, end=END)


def test_fields_are_well_formed(items: list[DemoItem]) -> None:
    assert len({i.external_id for i in items}) == len(items)
    assert len({i.url for i in items}) == len(items)
    for item in items:
        assert "-demo.id/" in item.url
        assert item.platform in {"news", "x", "instagram", "tiktok", "facebook", "youtube"}
        assert item.tone in {"positif", "negatif", "netral"}
        assert item.issues and set(item.issues) <= set(ISSUE_CODES)
        assert 0 <= item.severity <= 3 and item.text
        if item.platform == "news":
            assert item.title and item.likes is None and item.views is None
        else:
            assert item.likes is not None and item.comments is not None
    traps = [i for i in items if not i.relevant]
    assert traps and all(i.unit is None and i.tone == "netral" for i in traps)
    assert any(i.owned for i in items) and any(not i.owned for i in items)


def test_tone_mix(items: list[DemoItem]) -> None:
    tones = Counter(i.tone for i in items)
    assert tones["positif"] > tones["netral"] > tones["negatif"] > 0
    assert tones["positif"] / len(items) > 0.5
    assert tones["negatif"] / len(items) < 0.12


def test_titles_rarely_repeat_across_events(items: list[DemoItem]) -> None:
    events_by_title: dict[str, set[str | None]] = {}
    for item in items:
        if item.title:
            events_by_title.setdefault(item.title, set()).add(item.event_key)
    repeats = sum(len(keys) - 1 for keys in events_by_title.values())
    assert repeats / sum(1 for i in items if i.title) < 0.05


def test_events_reported_by_several_outlets(items: list[DemoItem]) -> None:
    by_event: dict[str, list[DemoItem]] = {}
    for item in items:
        if item.event_key and not item.scripted_crisis and item.platform == "news":
            by_event.setdefault(item.event_key, []).append(item)
    multi = [group for group in by_event.values() if len({i.outlet for i in group}) >= 2]
    assert len(multi) >= 100
    assert any(len({i.title for i in group}) == len(group) for group in multi)


def test_working_hours_rhythm(items: list[DemoItem]) -> None:
    news = [i for i in items if i.platform == "news" and i.province and not i.scripted_crisis]
    daytime = [i for i in news if 7 <= i.published.astimezone(zone(i.province)[0]).hour < 19]
    assert len(daytime) / len(news) > 0.6


def test_ordinary_days_stay_quiet(items: list[DemoItem]) -> None:
    per_unit_day = Counter(
        (i.unit, i.published.date()) for i in items if i.tone == "negatif" and not i.scripted_crisis and i.unit
    )
    assert per_unit_day and max(per_unit_day.values()) <= 2
    assert not [i for i in items if i.unit == CRISIS_UNIT and i.tone == "negatif" and not i.scripted_crisis]
    ordinary = [i for i in items if i.tone == "negatif" and not i.scripted_crisis and i.unit]
    assert len({i.unit for i in ordinary}) >= 15


def test_crisis_arc(items: list[DemoItem], crisis: list[DemoItem]) -> None:
    assert len(crisis) >= 60
    first, last = crisis_window(items)
    assert first == crisis[0].published and last == crisis[-1].published
    assert END - first <= timedelta(days=10)
    assert all(i.unit == CRISIS_UNIT for i in crisis)
    province = unit_by_name(CRISIS_UNIT).province
    assert crisis[0].platform == "news"
    assert crisis[0].outlet in {o.name for o in regional_outlets(province)}
    assert crisis[1].published > crisis[0].published
    assert len({i.event_key.split("-pungli")[0] for i in crisis if i.event_key}) == 1

    def outlets_by(hours: float) -> set[str]:
        return {i.outlet for i in crisis if i.published <= first + timedelta(hours=hours)}

    assert len(outlets_by(6)) >= 3
    assert len(outlets_by(36)) >= 10
    assert len(outlets_by(36) & NATIONAL_NAMES) >= 5
    day_one = [i for i in crisis if i.published <= first + timedelta(hours=36)]
    assert len([i for i in day_one if i.platform == "news"]) >= 30
    assert max(i.views or 0 for i in crisis) >= 100_000
    assert any(i.tone in {"positif", "netral"} and i.owned for i in crisis)


@pytest.mark.parametrize("code", sorted(SCENARIOS))
def test_scenarios_yield_a_timeline(code: str) -> None:
    unit = unit_by_name("Rutan Kelas IIB Poso")
    start = datetime(2026, 5, 1, 3, tzinfo=UTC)
    timeline = scenario_items(code, unit, start, seed=3)
    assert len(timeline) >= 20
    assert timeline[0].published == start and timeline[1].published > start
    assert [i.published for i in timeline] == sorted(i.published for i in timeline)
    assert all(i.unit == unit.name and i.scripted_crisis for i in timeline)
    assert {i.outlet for i in timeline} & NATIONAL_NAMES
    assert any(i.owned for i in timeline)
    assert scenario_items(code, unit, start, seed=3) == timeline


def test_required_scenarios_and_unknown_code() -> None:
    assert {"pelarian", "kerusuhan", "narkoba_dari_dalam", "pungli_viral", "kematian", "hoaks"} <= set(SCENARIOS)
    with pytest.raises(ValueError, match="pelarian") as err:
        scenario_items("banjir", unit_by_name(CRISIS_UNIT), END)
    assert "kerusuhan" in str(err.value)


def test_every_template_renders() -> None:
    unit = unit_by_name("Lapas Kelas IIA Palu")
    kinds = [k for table in (POSITIVE, NEUTRAL, TRAPS, NEGATIVE) for k, _ in table]
    scenario_facts: dict[str, tuple[str, ...]] = {}
    for scenario in (*SCENARIOS.values(), SCRIPTED):
        scenario_facts.update(scenario.facts)
        kinds += [p.kind for p in scenario.phases]
    import random

    rng = random.Random(0)
    for kind in kinds:
        ctx = event_context(unit, END, rng)
        ctx.update(choose_facts({**scenario_facts, **kind.facts}, ctx, rng))
        for template in (*kind.titles, *kind.leads, *kind.bodies, *kind.posts, *kind.owned_posts):
            assert "{" not in render(template, ctx), (kind.code, template)


def test_write_jsonl(items: list[DemoItem], tmp_path: Path) -> None:
    path = tmp_path / "demo.jsonl"
    assert write_jsonl(items[:50], path) == 50
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    assert set(record) == {"platform", "url", "author", "title", "text", "published", "likes", "shares",
                           "comments", "views", "outlet"}
    assert datetime.fromisoformat(record["published"]).utcoffset() == timedelta(0)
