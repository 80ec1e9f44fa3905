"""What a case needs from a detect alert, read once through the alert tables (sigap.models.alerts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sigap.errors import NotFound
from sigap.models import Item, Unit
from sigap.taxonomy import label


@dataclass(frozen=True)
class AlertFacts:
    id: int
    level: int
    crisis_class: str
    issues: list[str]
    unit_ids: list[int]
    kanwil_id: int | None
    event_ids: list[str]
    item_ids: list[int]
    opened_at: datetime
    first_mention_at: datetime | None
    is_drill: bool
    title: str
    summary: str


def _title(session: Session, issue: str, unit_ids: list[int]) -> str:
    names = [u.name for u in (session.get(Unit, i) for i in unit_ids[:2]) if u is not None]
    where = ", ".join(names) if names else "nasional"
    return f"{label(issue)} — {where}"


def read_alert(session: Session, alert_id: int) -> AlertFacts:
    from sigap.detect.alerts import unit_ids_by_weight
    from sigap.models.alerts import Alert, AlertEvent, AlertItem, AlertKanwil

    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFound(f"no alert {alert_id}", message_id=f"Peringatan {alert_id} tidak ditemukan")
    unit_ids = unit_ids_by_weight(session, alert_id)  # the unit most items concern leads
    kanwils = list(session.scalars(select(AlertKanwil.kanwil_id).where(AlertKanwil.alert_id == alert_id)))
    if len(kanwils) > 1 and unit_ids:
        lead = session.get(Unit, unit_ids[0])
        kanwils = [lead.kanwil_id] if lead is not None else kanwils
    events = list(session.scalars(select(AlertEvent.event_id).where(AlertEvent.alert_id == alert_id)))
    items = list(session.scalars(select(AlertItem.item_id).where(AlertItem.alert_id == alert_id)))
    first = session.scalar(select(func.min(func.coalesce(Item.published_at, Item.first_seen_at)))
                           .where(Item.id.in_(items))) if items else None
    drills = session.scalar(select(func.count()).select_from(Item)
                            .where(Item.id.in_(items), Item.is_drill.is_(True))) if items else 0
    explanation = str((alert.metrics or {}).get("explanation", ""))
    return AlertFacts(id=alert.id, level=alert.level, crisis_class=alert.crisis_class, issues=[alert.issue],
                      unit_ids=unit_ids, kanwil_id=kanwils[0] if len(kanwils) == 1 else None,
                      event_ids=events, item_ids=items, opened_at=alert.opened_at,
                      first_mention_at=first, is_drill=bool(items) and drills == len(items),
                      title=_title(session, alert.issue, unit_ids), summary=explanation)


def alert_opened_at(session: Session, alert_id: int | None) -> datetime | None:
    if alert_id is None:
        return None
    try:
        from sigap.models.alerts import Alert
    except ImportError:
        return None
    alert = session.get(Alert, alert_id)
    return alert.opened_at if alert else None
