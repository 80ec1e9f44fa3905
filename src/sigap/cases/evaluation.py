"""Post-crisis evaluation from the data: the timeline (first mention → alert → holding statement →
clarification → peak → back to baseline), SLA compliance, volumes and reach, lessons learned (searchable
by all units), and recovery tracking in pasca_krisis until tone returns to the unit's baseline.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sigap.cases.alert_source import alert_opened_at
from sigap.cases.clarification import item_reach, item_time, metrics
from sigap.cases.tasks import list_tasks
from sigap.cases.timeline import events, record
from sigap.errors import InvalidInput
from sigap.models import Analysis, Item, ItemUnit, Unit
from sigap.models.cases import CrisisCase, Lesson, Statement
from sigap.scope import SYSTEM, Actor
from sigap.taxonomy import Stage

BASELINE_DAYS = 90
RECOVERY_WINDOW = timedelta(days=7)
HOLDING_SLA = timedelta(hours=1)
LESSON_KINDS = ("berhasil", "kurang", "pelajaran")


def unit_items(session: Session, case: CrisisCase, start: datetime, end: datetime) -> list[tuple[Item, str]]:
    """(item, tone) of relevant items about the case's units in [start, end); drills only for drill cases."""
    ids = [u.unit_id for u in case.units]
    if not ids:
        return []
    when = func.coalesce(Item.published_at, Item.first_seen_at)
    query = (select(Item, Analysis.tone).join(Analysis, Analysis.item_id == Item.id)
             .where(Item.id.in_(select(ItemUnit.item_id).where(ItemUnit.unit_id.in_(ids))),
                    Analysis.relevant.is_(True), Item.is_drill.is_(case.is_drill), when >= start, when < end))
    return [(item, tone) for item, tone in session.execute(query).all()]


def _tone_counts(rows: list[tuple[Item, str]]) -> dict[str, Any]:
    counts = Counter(tone for _, tone in rows)
    reach = Counter()  # type: Counter[str]
    for item, tone in rows:
        reach[tone] += item_reach(item)
    total = sum(counts.values())
    net = (counts["positif"] - counts["negatif"]) / total if total else None
    return {"items": total, "negatif": counts["negatif"], "positif": counts["positif"], "netral": counts["netral"],
            "reach_negatif": reach["negatif"], "reach_positif": reach["positif"],
            "net_tone": None if net is None else round(net, 3)}


def baseline(session: Session, case: CrisisCase) -> dict[str, Any]:
    start = case.first_mention_at or case.opened_at
    rows = unit_items(session, case, start - timedelta(days=BASELINE_DAYS), start)
    counts = _tone_counts(rows)
    counts["negatif_per_day"] = round(counts["negatif"] / BASELINE_DAYS, 3)
    return counts


def _peak(negatives: list[datetime]) -> tuple[datetime | None, int]:
    hours = Counter(t.replace(minute=0, second=0, microsecond=0) for t in negatives)
    if not hours:
        return None, 0
    hour, count = max(hours.items(), key=lambda kv: (kv[1], -kv[0].timestamp()))
    return hour, count


def _back_to_baseline(negatives: list[datetime], peak: datetime | None, per_day: float,
                      until: datetime) -> datetime | None:
    """End of the first full day after the peak whose negative count is at or below the baseline rate."""
    if peak is None:
        return None
    day = peak + timedelta(hours=1)
    while day + timedelta(days=1) <= until:
        count = sum(1 for t in negatives if day <= t < day + timedelta(days=1))
        if count <= per_day:
            return day + timedelta(days=1)
        day += timedelta(days=1)
    return None


def _stage_time(session: Session, case_id: int, stage: str) -> datetime | None:
    for event in events(session, case_id):
        if event.kind == "stage" and event.detail.get("to") == stage:
            return event.at
    return None


def _level2_time(session: Session, case: CrisisCase) -> datetime | None:
    for event in events(session, case.id):
        if event.kind == "opened" and int(event.detail.get("level", 0)) >= 2:
            return event.at
        if event.kind == "level" and int(event.detail.get("to", 0)) >= 2:
            return event.at
    return None


def sla(session: Session, case: CrisisCase, now: datetime) -> dict[str, Any]:
    statements = session.scalars(select(Statement).where(Statement.case_id == case.id, Statement.kind == "holding",
                                                         Statement.published_at.is_not(None))
                                 .order_by(Statement.published_at))
    holding = next(iter(statements), None)
    due_from = _level2_time(session, case)
    holding_ok = None
    if due_from is not None:
        holding_ok = holding is not None and holding.published_at is not None and \
            holding.published_at <= due_from + HOLDING_SLA
    tasks = [t for t in list_tasks(session, case.id) if t.status != "cancelled"]
    on_time = [t for t in tasks if t.status == "done" and (t.due_at is None or (t.done_at and t.done_at <= t.due_at))
               and not t.escalations]
    return {"holding_required": due_from is not None, "holding_due_from": due_from,
            "holding_published_at": holding.published_at if holding else None, "holding_within_hour": holding_ok,
            "tasks": len(tasks), "tasks_done": sum(1 for t in tasks if t.status == "done"),
            "tasks_on_time": len(on_time), "tasks_escalated": sum(1 for t in tasks if t.escalations),
            "tasks_overdue_open": sum(1 for t in tasks if t.status == "open" and t.due_at and t.due_at < now)}


def evaluate(session: Session, case: CrisisCase, now: datetime) -> dict[str, Any]:
    """Everything the evaluation report shows, derived from stored rows."""
    loop = metrics(session, case)
    start = loop["first_mention_at"]
    post = _stage_time(session, case.id, Stage.PASCA_KRISIS)
    end = case.closed_at or now
    base = baseline(session, case)
    during = unit_items(session, case, start, post or end)
    negatives = sorted(item_time(i) for i, tone in unit_items(session, case, start, end) if tone == "negatif")
    peak, peak_count = _peak(negatives)
    back = _back_to_baseline(negatives, peak, base["negatif_per_day"], end)
    milestones = [("Penyebutan pertama", start), ("Peringatan", alert_opened_at(session, case.alert_id)),
                  ("Kasus dibuka", case.opened_at),
                  ("Holding statement", sla(session, case, now)["holding_published_at"]),
                  ("Klarifikasi", loop["clarified_at"]), ("Puncak pemberitaan negatif", peak),
                  ("Kembali ke baseline", back), ("Pemulihan reputasi", case.recovered_at),
                  ("Kasus ditutup", case.closed_at)]
    return {"case_id": case.id, "title": case.title, "stage": case.stage, "level": case.level,
            "crisis_class": case.crisis_class, "cluster": case.cluster, "is_drill": case.is_drill,
            "units": [session.get(Unit, u.unit_id).name for u in case.units],  # type: ignore[union-attr]
            "milestones": [{"label": name, "at": at} for name, at in milestones],
            "peak_count": peak_count, "clarification": loop, "sla": sla(session, case, now),
            "baseline": base, "during": _tone_counts(during),
            "after": _tone_counts(unit_items(session, case, post, end)) if post else None,
            "lessons": [lesson_to_dict(x) for x in lessons_of(session, case.id)], "generated_at": now}


def track_recovery(session: Session, case: CrisisCase, now: datetime) -> bool:
    """In pasca_krisis: mark recovered once the last 7 days' net tone is back at the unit's baseline."""
    if case.stage != Stage.PASCA_KRISIS or case.recovered_at is not None:
        return False
    since = _stage_time(session, case.id, Stage.PASCA_KRISIS) or case.stage_changed_at
    if now - since < timedelta(days=1):
        return False
    recent = _tone_counts(unit_items(session, case, now - RECOVERY_WINDOW, now))
    target = baseline(session, case)["net_tone"] or 0.0
    if recent["net_tone"] is not None and recent["net_tone"] < target:
        return False
    case.recovered_at = now
    record(session, case, actor=SYSTEM, kind="recovery", at=now,
           message=f"Nada pemberitaan kembali ke baseline UPT ({recent['net_tone']} ≥ {target})",
           detail={"recent": recent, "baseline_net_tone": target})
    return True


def track_recovery_all(session: Session, now: datetime) -> int:
    """Run by the scheduler: recovery tracking of every case in pasca_krisis."""
    cases = session.scalars(select(CrisisCase).where(CrisisCase.stage == Stage.PASCA_KRISIS,
                                                     CrisisCase.recovered_at.is_(None)))
    return sum(1 for case in list(cases) if track_recovery(session, case, now))


def add_lesson(session: Session, case: CrisisCase, *, text: str, actor: Actor, now: datetime,
               kind: str = "pelajaran") -> Lesson:
    if not text.strip():
        raise InvalidInput("a lesson needs text", message_id="Pelajaran memerlukan teks")
    if kind not in LESSON_KINDS:
        raise InvalidInput(f"lesson kind must be one of {', '.join(LESSON_KINDS)}",
                           message_id=f"Jenis pelajaran: {', '.join(LESSON_KINDS)}")
    lesson = Lesson(case_id=case.id, kind=kind, text=text.strip(), author=actor.username, created_at=now)
    session.add(lesson)
    session.flush()
    record(session, case, actor=actor, kind="lesson", at=now, message=f"Pelajaran ditulis: {lesson.text[:80]}",
           detail={"lesson_id": lesson.id, "kind": kind})
    return lesson


def lessons_of(session: Session, case_id: int) -> list[Lesson]:
    return list(session.scalars(select(Lesson).where(Lesson.case_id == case_id).order_by(Lesson.id)))


def search_lessons(session: Session, text: str, *, include_drill: bool = False, limit: int = 50
                   ) -> list[dict[str, Any]]:
    """Lessons of every unit whose text, case title or class contains all words of `text`."""
    words = re.findall(r"\w+", text.lower())
    query = select(Lesson, CrisisCase).join(CrisisCase, CrisisCase.id == Lesson.case_id)
    if not include_drill:
        query = query.where(CrisisCase.is_drill.is_(False))
    for word in words:
        pattern = f"%{word}%"
        query = query.where(or_(func.lower(Lesson.text).like(pattern), func.lower(CrisisCase.title).like(pattern),
                                CrisisCase.crisis_class.like(pattern)))
    rows = session.execute(query.order_by(Lesson.created_at.desc()).limit(limit)).all()
    return [{**lesson_to_dict(lesson), "case_title": case.title, "crisis_class": case.crisis_class,
             "unit": session.get(Unit, case.unit_id).name if case.unit_id else None}  # type: ignore[union-attr]
            for lesson, case in rows]


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    return {"id": lesson.id, "case_id": lesson.case_id, "kind": lesson.kind, "text": lesson.text,
            "author": lesson.author, "created_at": lesson.created_at}

