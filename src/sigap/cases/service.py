"""Cases: get, list, create, open from an alert, update. The lead follows the level (unit, Kanwil, Ditjen)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases.playbook import default_cluster
from sigap.cases.tasks import create_template_tasks
from sigap.cases.teams import staff_case
from sigap.cases.timeline import record
from sigap.errors import InvalidInput, NotFound
from sigap.models import Unit
from sigap.models.cases import CaseUnit, CrisisCase
from sigap.scope import SYSTEM, Actor, can_see_units, require_unit_access
from sigap.taxonomy import LEVEL_LEAD, Cluster, CrisisClass, Level, Stage, Tier, label, parse_code

FACT_KEYS = ("waktu", "lokasi", "kejadian", "tindakan", "jumlah", "pihak_terkait", "nama_dilindungi")


def lead_for(level: int) -> Tier:
    lead = LEVEL_LEAD.get(Level(level))
    if lead is None:
        raise InvalidInput("a case needs level 1, 2 or 3", message_id="Kasus harus bertingkat 1, 2 atau 3")
    return lead


def _check_level(level: int) -> Level:
    if level not in (1, 2, 3):
        raise InvalidInput(f"level {level} is not 1, 2 or 3", message_id="Tingkat harus 1, 2 atau 3")
    return Level(level)


def _check_code(value: str, enum: type[CrisisClass] | type[Cluster], what: str) -> str:
    return parse_code(enum, value, what, f"Kode {what}").value


def unit_ids(case: CrisisCase) -> list[int]:
    return [row.unit_id for row in case.units]


def can_see(session: Session, actor: Actor, case: CrisisCase) -> bool:
    return can_see_units(session, actor, unit_ids=unit_ids(case), kanwil_id=case.kanwil_id)


def require_case_access(session: Session, actor: Actor, case: CrisisCase) -> None:
    require_unit_access(session, actor, unit_ids=unit_ids(case), kanwil_id=case.kanwil_id)


def get(session: Session, *, case_id: int, actor: Actor = SYSTEM) -> CrisisCase:
    case = session.get(CrisisCase, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}", message_id=f"Kasus {case_id} tidak ditemukan")
    require_case_access(session, actor, case)
    return case


def list_cases(session: Session, *, actor: Actor = SYSTEM, stage: str | None = None,
               include_drill: bool = False, drill_only: bool = False) -> list[CrisisCase]:
    """Cases the actor may see, newest first; drills only when asked (they never mix with real counts)."""
    query = select(CrisisCase).order_by(CrisisCase.opened_at.desc(), CrisisCase.id.desc())
    if stage:
        query = query.where(CrisisCase.stage == stage)
    if drill_only:
        query = query.where(CrisisCase.is_drill.is_(True))
    elif not include_drill:
        query = query.where(CrisisCase.is_drill.is_(False))
    return [c for c in session.scalars(query) if can_see(session, actor, c)]


def _units(session: Session, ids: list[int]) -> list[Unit]:
    units = [session.get(Unit, i) for i in dict.fromkeys(ids)]
    missing = [i for i, u in zip(ids, units, strict=False) if u is None]
    if missing:
        raise NotFound(f"unknown unit id {missing[0]}", message_id=f"UPT {missing[0]} tidak dikenal")
    return [u for u in units if u is not None]


def create(session: Session, *, actor: Actor, title: str, now: datetime, level: int, unit_ids: list[int],
           crisis_class: str, kanwil_id: int | None = None, cluster: str | None = None,
           issues: list[str] | None = None, summary: str = "", facts: dict[str, Any] | None = None,
           alert_id: int | None = None, is_drill: bool = False,
           first_mention_at: datetime | None = None) -> CrisisCase:
    """Open a case (pra_krisis), staff it with the lead tier's TKK and add the template tasks."""
    if not title.strip():
        raise InvalidInput("a case needs a title", message_id="Kasus memerlukan judul")
    _check_level(level)
    _check_code(crisis_class, CrisisClass, "crisis class")
    units = _units(session, unit_ids)
    if not units and kanwil_id is None and level < Level.AWAS:
        raise InvalidInput("a case needs a unit or a kanwil", message_id="Kasus memerlukan UPT atau Kanwil")
    kanwil_id = kanwil_id if kanwil_id is not None else (units[0].kanwil_id if units else None)
    require_unit_access(session, actor, unit_ids=[u.id for u in units], kanwil_id=kanwil_id)
    cluster = _check_code(cluster, Cluster, "cluster") if cluster else default_cluster(issues or [], crisis_class)
    case = CrisisCase(title=title.strip(), summary=summary, stage=Stage.PRA_KRISIS, level=level,
                      crisis_class=crisis_class, cluster=cluster, lead_tier=lead_for(level),
                      unit_id=units[0].id if units else None, kanwil_id=kanwil_id, alert_id=alert_id,
                      issues=list(issues or []), facts=_clean_facts(facts or {}), is_drill=is_drill,
                      opened_at=now, opened_by=actor.username, first_mention_at=first_mention_at,
                      updated_at=now, stage_changed_at=now,
                      units=[CaseUnit(unit_id=u.id) for u in units])
    session.add(case)
    session.flush()
    record(session, case, actor=actor, kind="opened", at=now,
           message=f"Kasus dibuka: {case.title} (tingkat {label(Level(level))}, dipimpin {case.lead_tier.upper()})",
           detail={"level": level, "crisis_class": crisis_class, "cluster": cluster, "alert_id": alert_id,
                   "units": [u.name for u in units], "is_drill": is_drill})
    staff_case(session, case, actor=actor, now=now)
    create_template_tasks(session, case, actor=actor, now=now)
    return case


def _clean_facts(facts: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(facts) - set(FACT_KEYS))
    if unknown:
        raise InvalidInput(f"unknown fact {unknown[0]!r} (use {', '.join(FACT_KEYS)})",
                           message_id=f"Fakta {unknown[0]!r} tidak dikenal (gunakan {', '.join(FACT_KEYS)})")
    return {k: str(v).strip() for k, v in facts.items() if str(v).strip()}


def open_from_alert(session: Session, *, alert_id: int, actor: Actor, now: datetime) -> CrisisCase:
    """One click: a case with the alert's level, class, units, kanwil, events and items."""
    from sigap.cases.alert_source import read_alert
    from sigap.cases.clarification import link_alert_material

    alert = read_alert(session, alert_id)
    existing = session.scalar(select(CrisisCase).where(CrisisCase.alert_id == alert_id))
    if existing is not None:
        require_case_access(session, actor, existing)
        return existing
    case = create(session, actor=actor, title=alert.title, now=now, level=max(1, alert.level),
                  unit_ids=alert.unit_ids, kanwil_id=alert.kanwil_id, crisis_class=alert.crisis_class,
                  issues=alert.issues, summary=alert.summary, alert_id=alert_id, is_drill=alert.is_drill,
                  first_mention_at=alert.first_mention_at)
    link_alert_material(session, case, event_ids=alert.event_ids, item_ids=alert.item_ids, actor=actor, now=now)
    return case


_EDITABLE = ("title", "summary", "crisis_class", "cluster")


def update(session: Session, case: CrisisCase, *, actor: Actor, now: datetime, level: int | None = None,
           facts: dict[str, Any] | None = None, **changes: Any) -> CrisisCase:
    """Change level, text, class, cluster or facts; one timeline event per changed field."""
    require_case_access(session, actor, case)
    for key, value in changes.items():
        if key not in _EDITABLE:
            raise InvalidInput(f"cannot change {key}", message_id=f"{key} tidak dapat diubah")
        if value is None or value == getattr(case, key):
            continue
        if key == "crisis_class":
            _check_code(value, CrisisClass, "crisis class")
        if key == "cluster":
            _check_code(value, Cluster, "cluster")
        old = getattr(case, key)
        setattr(case, key, value)
        record(session, case, actor=actor, kind="text" if key in ("title", "summary") else key, at=now,
               message=f"{key} diubah", detail={"field": key, "from": old, "to": value})
    if facts:
        merged = {**case.facts, **_clean_facts(facts)}
        record(session, case, actor=actor, kind="text", at=now, message="Fakta kasus diperbarui",
               detail={"field": "facts", "from": case.facts, "to": merged})
        case.facts = merged
    if level is not None and level != case.level:
        change_level(session, case, level=level, actor=actor, now=now)
    return case


def change_level(session: Session, case: CrisisCase, *, level: int, actor: Actor, now: datetime) -> None:
    """A new level moves the lead (and the one spokesperson) to that level's tier and adds its tasks."""
    _check_level(level)
    old_level, old_lead = case.level, case.lead_tier
    case.level, case.lead_tier = level, lead_for(level)
    record(session, case, actor=actor, kind="level", at=now,
           message=f"Tingkat: {label(Level(old_level))} → {label(Level(level))}",
           detail={"from": old_level, "to": level})
    if case.lead_tier != old_lead:
        record(session, case, actor=actor, kind="owner", at=now,
               message=f"Pimpinan respons: {old_lead.upper()} → {case.lead_tier.upper()}",
               detail={"from": old_lead, "to": case.lead_tier})
        staff_case(session, case, actor=actor, now=now)
    if case.stage not in (Stage.SELESAI, Stage.DIBATALKAN):
        create_template_tasks(session, case, actor=actor, now=now)
