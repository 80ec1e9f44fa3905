"""Crisis drills: a scenario of synthetic items replayed on an accelerated clock through the real pipeline
(ingest → analyse → …), marked `is_drill`, with a drill case for the unit's TKK and a score at the end.

Drill clock: a scenario item published `d` after the scenario start is released `d / speed` after the
drill starts (wall clock), and stored with that wall time, so the team's real actions line up with it.
Drill items and cases never mix with real counts (every count filters on `is_drill`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sigap.cases import service
from sigap.cases.clarification import link
from sigap.cases.statements import list_statements, quality
from sigap.cases.tasks import list_tasks
from sigap.cases.timeline import record
from sigap.db import session_scope
from sigap.errors import InvalidInput, NotFound
from sigap.models import Analysis, Item, Unit
from sigap.models.cases import CrisisCase, Drill
from sigap.scope import SYSTEM, Actor
from sigap.taxonomy import CrisisClass as K


@dataclass(frozen=True)
class Scenario:
    code: str
    title: str  # Indonesian
    issues: tuple[str, ...]
    crisis_class: str


SCENARIOS: dict[str, Scenario] = {s.code: s for s in (
    Scenario("pelarian", "Pelarian warga binaan", ("pelarian",), K.KEAMANAN_KETERTIBAN),
    Scenario("kerusuhan", "Kerusuhan di dalam blok hunian", ("kerusuhan",), K.KEAMANAN_KETERTIBAN),
    Scenario("narkoba_dari_dalam", "Jaringan narkoba dikendalikan dari dalam", ("narkoba",),
             K.KEAMANAN_KETERTIBAN),
    Scenario("pungli_viral", "Dugaan pungli viral di media sosial", ("pungli_suap",), K.TATA_KELOLA_INTEGRITAS),
    Scenario("kematian", "Kematian warga binaan", ("kematian",), K.KESEHATAN),
    Scenario("hoaks", "Hoaks tentang lapas beredar", ("lainnya",), K.OPINI_PUBLIK),
)}
RESPONSE_TARGET_MIN = 60.0  # drill-clock minutes to the first published statement for full marks
RESPONSE_ZERO_MIN = 240.0
ItemsFn = Callable[..., Iterable[Any]]
AfterIngest = Callable[[datetime], Any]


def _default_items(code: str, unit: Unit, start: datetime, seed: int) -> list[Any]:
    from sigap.demo.scenarios import scenario_items

    return list(scenario_items(code, unit, start, seed))


def _scenario(code: str) -> Scenario:
    if code not in SCENARIOS:
        raise InvalidInput(f"unknown scenario {code!r} (use {', '.join(SCENARIOS)})",
                           message_id=f"Skenario {code!r} tidak dikenal (gunakan {', '.join(SCENARIOS)})")
    return SCENARIOS[code]


def start(session: Session, *, scenario: str, unit_id: int, actor: Actor, now: datetime, speed: float = 60.0,
          seed: int = 1, items_fn: ItemsFn = _default_items) -> Drill:
    """Start a drill and open its drill case (pra_krisis, level 1) for the unit's TKK."""
    info = _scenario(scenario)
    if speed <= 0:
        raise InvalidInput("--speed must be positive", message_id="--speed harus positif")
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(f"unknown unit id {unit_id}", message_id=f"UPT {unit_id} tidak dikenal")
    items = sorted(items_fn(scenario, unit, now, seed), key=lambda i: i.published)
    case = service.create(session, actor=actor, title=f"[LATIHAN] {info.title} — {unit.name}", now=now, level=1,
                          unit_ids=[unit.id], crisis_class=info.crisis_class, issues=list(info.issues),
                          is_drill=True, summary=f"Latihan skenario {scenario} (kecepatan {speed:g}×)")
    drill = Drill(scenario=scenario, unit_id=unit.id, speed=speed, seed=seed, started_at=now,
                  scenario_start=items[0].published if items else now, total=len(items), case_id=case.id,
                  started_by=actor.username)
    session.add(drill)
    session.flush()
    record(session, case, actor=actor, kind="drill", at=now, message=f"Latihan #{drill.id} dimulai",
           detail={"drill_id": drill.id, "scenario": scenario, "speed": speed, "items": len(items)})
    return drill


def get(session: Session, drill_id: int) -> Drill:
    drill = session.get(Drill, drill_id)
    if drill is None:
        raise NotFound(f"no drill {drill_id}", message_id=f"Latihan {drill_id} tidak ditemukan")
    return drill


def list_drills(session: Session) -> list[Drill]:
    return list(session.scalars(select(Drill).order_by(Drill.id.desc())))


def wall_time(drill: Drill, published: datetime) -> datetime:
    """When a scenario item is released on the wall clock."""
    return drill.started_at + (published - drill.scenario_start) / drill.speed


def _release(session: Session, drill: Drill, now: datetime, items_fn: ItemsFn) -> list[int]:
    from sigap.demo.loader import to_raw
    from sigap.ingest import store_items

    unit = session.get(Unit, drill.unit_id)
    items = sorted(items_fn(drill.scenario, unit, drill.scenario_start, drill.seed), key=lambda i: i.published)
    due = [i for i in items if wall_time(drill, i.published) <= now]
    new = due[drill.released:]
    raws = []
    for item in new:
        raw = to_raw(item, is_drill=True)
        raw.published = wall_time(drill, item.published)
        raws.append(raw)
    counts = store_items(session, raws, now=now) if raws else None
    drill.released, drill.total = len(due), len(items)
    return list(counts.new_ids) if counts else []


def next_release(session: Session, drill: Drill, items_fn: ItemsFn = _default_items) -> datetime | None:
    unit = session.get(Unit, drill.unit_id)
    items = sorted(items_fn(drill.scenario, unit, drill.scenario_start, drill.seed), key=lambda i: i.published)
    pending = items[drill.released:]
    return wall_time(drill, pending[0].published) if pending else None


def step(engine: Engine, drill_id: int, now: datetime, *, after_ingest: AfterIngest | None = None,
         items_fn: ItemsFn = _default_items) -> dict[str, Any]:
    """Release the items due by `now`, run the pipeline after ingest, link negative drill items to the case."""
    with session_scope(engine) as session:
        drill = get(session, drill_id)
        new_ids = _release(session, drill, now, items_fn)
        released, total = drill.released, drill.total
    if new_ids and after_ingest is not None:
        after_ingest(now)
    linked = 0
    with session_scope(engine) as session:
        drill = get(session, drill_id)
        case = session.get(CrisisCase, drill.case_id) if drill.case_id else None
        if case is not None and new_ids:
            negatives = session.scalars(select(Analysis.item_id).where(Analysis.item_id.in_(new_ids),
                                                                       Analysis.tone == "negatif"))
            for item_id in negatives:
                link(session, case, item_id=item_id, actor=SYSTEM, now=now)
                linked += 1
    return {"drill_id": drill_id, "released": released, "total": total, "new": len(new_ids), "linked": linked}


def score(session: Session, drill: Drill, now: datetime, *, finish: bool = True) -> dict[str, Any]:
    """Time to respond (wall and drill clock), tasks done, statement quality checks; 0–100 overall."""
    case = session.get(CrisisCase, drill.case_id) if drill.case_id else None
    if case is None:
        raise NotFound(f"drill {drill.id} has no case", message_id=f"Latihan {drill.id} tidak memiliki kasus")
    first_item = session.scalar(select(Item.published_at)
                                .where(Item.is_drill.is_(True), Item.published_at >= drill.started_at)
                                .order_by(Item.published_at).limit(1)) or drill.started_at
    published = [s for s in list_statements(session, case.id) if s.published_at is not None]
    first = min((s.published_at for s in published if s.published_at), default=None)
    wall_min = None if first is None else max(0.0, (first - first_item).total_seconds() / 60)
    drill_min = None if wall_min is None else wall_min * drill.speed
    tasks = [t for t in list_tasks(session, case.id) if t.status != "cancelled"]
    done = sum(1 for t in tasks if t.status == "done")
    checks = [quality(session, case, s) for s in published]
    passed = sum(sum(c.values()) for c in checks)
    possible = sum(len(c) for c in checks)
    result = {"drill_id": drill.id, "scenario": drill.scenario, "case_id": case.id,
              "items_released": drill.released, "items_total": drill.total,
              "minutes_to_respond": None if wall_min is None else round(wall_min, 1),
              "drill_minutes_to_respond": None if drill_min is None else round(drill_min, 1),
              "tasks_done": done, "tasks_total": len(tasks),
              "statements_published": len(published), "quality_checks": checks,
              "quality_passed": passed, "quality_possible": possible,
              "score": _overall(drill_min, done, len(tasks), passed, possible)}
    drill.score = _jsonable(result)
    if finish and drill.status != "selesai":
        drill.status, drill.ended_at = "selesai", now
        record(session, case, actor=SYSTEM, kind="drill", at=now, message=f"Latihan selesai, skor {result['score']}",
               detail={"drill_id": drill.id, "score": result["score"]})
    return result


def _overall(drill_min: float | None, done: int, total: int, passed: int, possible: int) -> int:
    if drill_min is None:
        respond = 0.0
    elif drill_min <= RESPONSE_TARGET_MIN:
        respond = 1.0
    else:
        respond = max(0.0, 1 - (drill_min - RESPONSE_TARGET_MIN) / (RESPONSE_ZERO_MIN - RESPONSE_TARGET_MIN))
    tasks = done / total if total else 0.0
    checks = passed / possible if possible else 0.0
    return round(100 * (0.4 * respond + 0.3 * tasks + 0.3 * checks))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value.isoformat() if isinstance(value, datetime) else value


def drill_to_dict(drill: Drill) -> dict[str, Any]:
    return {"id": drill.id, "scenario": drill.scenario, "unit_id": drill.unit_id, "speed": drill.speed,
            "started_at": drill.started_at, "released": drill.released, "total": drill.total,
            "case_id": drill.case_id, "status": drill.status, "ended_at": drill.ended_at, "score": drill.score}

