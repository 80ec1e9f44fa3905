"""Alerts: get, list, create, update, acknowledge, snooze, resolve — scoped by the caller's role and unit."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from sigap.detect.levels import Judgement
from sigap.detect.signals import Signals
from sigap.errors import Conflict, Forbidden, InvalidInput, NotFound
from sigap.models import Kanwil, Unit, User
from sigap.models.alerts import (
    Alert,
    AlertEvent,
    AlertItem,
    AlertKanwil,
    AlertLog,
    AlertStatus,
    AlertUnit,
    Delivery,
)
from sigap.models.base import utcnow
from sigap.taxonomy import Role, default_crisis_class


def get(session: Session, *, alert_id: int, user: User | None = None) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None or alert.run_id:
        raise NotFound(f"alert {alert_id} not found", message_id=f"Peringatan {alert_id} tidak ditemukan")
    if user is not None and not can_view(session, user=user, alert=alert):
        raise Forbidden(f"alert {alert_id} is outside your scope",
                        message_id=f"Peringatan {alert_id} di luar wilayah Anda")
    return alert


def scope(query: Select[Any], user: User) -> Select[Any]:
    """Restrict an alert query to what `user` may see (DESIGN §1)."""
    if user.role in (Role.ADMIN, Role.DITJEN):
        return query
    if user.role == Role.KANWIL and user.kanwil_id is not None:
        return query.where(exists().where(AlertKanwil.alert_id == Alert.id, AlertKanwil.kanwil_id == user.kanwil_id))
    if user.role == Role.UPT and user.unit_id is not None:
        return query.where(exists().where(AlertUnit.alert_id == Alert.id, AlertUnit.unit_id == user.unit_id))
    return query.where(Alert.id.is_(None))  # a user without a unit or kanwil sees nothing


def can_view(session: Session, *, user: User, alert: Alert) -> bool:
    return session.scalar(scope(select(Alert.id).where(Alert.id == alert.id), user)) is not None


def list_alerts(session: Session, *, open_only: bool = False, unit_id: int | None = None,
                kanwil_id: int | None = None, user: User | None = None, run_id: str = "",
                limit: int = 200) -> list[Alert]:
    """Alerts newest first; `open_only` keeps open and acknowledged ones."""
    query = select(Alert).where(Alert.run_id == run_id).order_by(Alert.updated_at.desc(), Alert.id.desc())
    if open_only:
        query = query.where(Alert.status != AlertStatus.RESOLVED)
    if unit_id is not None:
        query = query.where(exists().where(AlertUnit.alert_id == Alert.id, AlertUnit.unit_id == unit_id))
    if kanwil_id is not None:
        query = query.where(exists().where(AlertKanwil.alert_id == Alert.id, AlertKanwil.kanwil_id == kanwil_id))
    if user is not None:
        query = scope(query, user)
    return list(session.scalars(query.limit(limit)))


def find_live(session: Session, *, run_id: str, keys: list[str], event_ids: list[str], since: datetime,
              ) -> list[Alert]:
    """Alerts of the episode: same key or sharing an event, not resolved before `since`."""
    conditions: list[Any] = [Alert.key.in_(keys)]
    if event_ids:
        conditions.append(exists().where(AlertEvent.alert_id == Alert.id, AlertEvent.event_id.in_(event_ids)))
    query = (select(Alert).where(Alert.run_id == run_id, or_(*conditions),
                                 or_(Alert.resolved_at.is_(None), Alert.resolved_at >= since))
             .order_by(Alert.opened_at.desc()))
    return list(session.scalars(query))


def find_merge(session: Session, *, run_id: str, issue: str, unit_ids: list[int], since: datetime,
               ) -> Alert | None:
    """An unresolved alert on the same issue and one of the units, opened since `since`."""
    if not unit_ids:
        return None
    query = (select(Alert).where(Alert.run_id == run_id, Alert.issue == issue, Alert.status != AlertStatus.RESOLVED,
                                 Alert.opened_at >= since,
                                 exists().where(AlertUnit.alert_id == Alert.id, AlertUnit.unit_id.in_(unit_ids)))
             .order_by(Alert.opened_at.desc()).limit(1))
    return session.scalar(query)


def log(session: Session, alert: Alert, action: str, *, now: datetime, actor: str = "system",
        detail: dict[str, Any] | None = None) -> None:
    session.add(AlertLog(alert_id=alert.id, at=now, action=action, level=alert.level, actor=actor,
                         detail=detail or {}))


def create(session: Session, *, sig: Signals, judgement: Judgement, now: datetime, run_id: str = "") -> Alert:
    alert = Alert(key=sig.key, run_id=run_id, level=int(judgement.level), notified_level=0,
                  crisis_class=str(default_crisis_class(sig.issues or [sig.main_issue])), issue=sig.main_issue,
                  status=AlertStatus.OPEN, opened_at=now, updated_at=now, last_item_at=sig.last_at,
                  metrics={})
    session.add(alert)
    session.flush()
    attach(session, alert=alert, sig=sig, judgement=judgement, now=now)
    log(session, alert, "opened", now=now, detail={"reasons": judgement.reasons})
    return alert


def attach(session: Session, *, alert: Alert, sig: Signals, judgement: Judgement, now: datetime) -> bool:
    """Link the episode's items, events, units and kanwil; raise the level. True when the level rose."""
    _link(session, AlertItem, "item_id", alert.id, sig.item_ids)
    _link(session, AlertEvent, "event_id", alert.id, sig.event_ids)
    _link(session, AlertUnit, "unit_id", alert.id, sig.unit_ids)
    kanwil_ids = list(sig.kanwil_ids)
    if sig.volume and sig.volume.get("kanwil_id"):
        kanwil_ids.append(int(sig.volume["kanwil_id"]))
    _link(session, AlertKanwil, "kanwil_id", alert.id, kanwil_ids)
    rose = int(judgement.level) > alert.level
    if rose:
        alert.crisis_class = str(default_crisis_class(sig.issues or [sig.main_issue]))
    reasons = judgement.reasons if int(judgement.level) >= alert.level else (alert.metrics or {}).get("reasons", [])
    alert.level = max(alert.level, int(judgement.level))
    alert.metrics = {"signals": sig.as_dict(), "reasons": reasons, "judged_level": int(judgement.level)}
    alert.last_item_at = max(alert.last_item_at, sig.last_at)
    alert.updated_at = now
    session.flush()
    alert.item_count = session.scalar(select(func.count()).where(AlertItem.alert_id == alert.id)) or 0
    return rose


def _link(session: Session, model: type, column: str, alert_id: int, values: list[Any]) -> None:
    if not values:
        return
    have = set(session.scalars(select(getattr(model, column)).where(model.alert_id == alert_id)))  # type: ignore[attr-defined]
    new = [{"alert_id": alert_id, column: value} for value in dict.fromkeys(values) if value not in have]
    if new:
        session.execute(insert(model), new)  # bulk: an episode may hold thousands of items


def ack(session: Session, *, alert: Alert, actor: str = "system", now: datetime | None = None) -> Alert:
    now = now or utcnow()
    if alert.status == AlertStatus.RESOLVED:
        raise Conflict(f"alert {alert.id} is resolved", message_id=f"Peringatan {alert.id} sudah selesai")
    alert.status, alert.acked_at, alert.acked_by, alert.updated_at = AlertStatus.ACKNOWLEDGED, now, actor, now
    log(session, alert, "acknowledged", now=now, actor=actor)
    return alert


def snooze(session: Session, *, alert: Alert, hours: float, actor: str = "system",
           now: datetime | None = None) -> Alert:
    """Hold re-notification for `hours`; a rise to level 3 still notifies."""
    if not 0 < hours <= 24 * 30:
        raise InvalidInput("snooze hours must be between 0 and 720", message_id="Jam tunda harus 0-720")
    now = now or utcnow()
    alert.snoozed_until, alert.updated_at = now + timedelta(hours=hours), now
    log(session, alert, "snoozed", now=now, actor=actor, detail={"hours": hours})
    return alert


def resolve(session: Session, *, alert: Alert, actor: str = "system", now: datetime | None = None) -> Alert:
    now = now or utcnow()
    alert.status, alert.resolved_at, alert.resolved_by, alert.updated_at = AlertStatus.RESOLVED, now, actor, now
    log(session, alert, "resolved", now=now, actor=actor)
    return alert


def reopen(session: Session, *, alert: Alert, now: datetime) -> None:
    alert.status, alert.resolved_at, alert.resolved_by = AlertStatus.OPEN, None, None
    log(session, alert, "reopened", now=now)


def delete_run(session: Session, *, run_id: str) -> None:
    """Remove the alerts of a backtest run (never live ones)."""
    if run_id:
        session.execute(delete(Alert).where(Alert.run_id == run_id))


def unit_ids_by_weight(session: Session, alert_id: int) -> list[int]:
    """The alert's units, the one most of its items concern first (the unit that leads the response)."""
    from sigap.models import ItemUnit

    weight = (select(ItemUnit.unit_id, func.count().label("n")).join(AlertItem, AlertItem.item_id == ItemUnit.item_id)
              .where(AlertItem.alert_id == alert_id).group_by(ItemUnit.unit_id).subquery())
    query = (select(AlertUnit.unit_id).outerjoin(weight, weight.c.unit_id == AlertUnit.unit_id)
             .where(AlertUnit.alert_id == alert_id)
             .order_by(func.coalesce(weight.c.n, 0).desc(), AlertUnit.unit_id))
    return list(session.scalars(query))


def alert_to_dict(session: Session, alert: Alert, *, lang: str = "id") -> dict[str, Any]:
    from sigap.detect.explain import explain

    by_id = {unit.id: unit for unit in session.scalars(select(Unit).where(AlertUnit.alert_id == alert.id)
                                                       .join(AlertUnit, AlertUnit.unit_id == Unit.id))}
    units = [(by_id[i].name, by_id[i].kanwil_id) for i in unit_ids_by_weight(session, alert.id) if i in by_id]
    kanwil = list(session.scalars(select(Kanwil.name).join(AlertKanwil, AlertKanwil.kanwil_id == Kanwil.id)
                                  .where(AlertKanwil.alert_id == alert.id).order_by(Kanwil.name)))
    events = list(session.scalars(select(AlertEvent.event_id).where(AlertEvent.alert_id == alert.id)))
    deliveries = session.scalars(select(Delivery).where(Delivery.alert_id == alert.id).order_by(Delivery.id))
    return {
        "id": alert.id, "level": alert.level, "crisis_class": alert.crisis_class, "issue": alert.issue,
        "status": alert.status, "units": [u for u, _ in units], "kanwil": kanwil, "events": events,
        "opened_at": alert.opened_at, "updated_at": alert.updated_at, "item_count": alert.item_count,
        "snoozed_until": alert.snoozed_until, "acked_at": alert.acked_at, "resolved_at": alert.resolved_at,
        "explanation": explain(alert, units=[u for u, _ in units], lang=lang),
        "deliveries": [{"id": d.id, "channel": d.channel, "recipient": d.recipient, "level": d.level,
                        "status": d.status, "attempts": d.attempts, "last_error": d.last_error,
                        "sent_at": d.sent_at} for d in deliveries],
    }
