"""The one place a case change is recorded: a timeline event (for people) and an audit_log row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.models import AuditLog
from sigap.models.base import utcnow
from sigap.models.cases import CaseEvent, CrisisCase
from sigap.scope import Actor


def record(session: Session, case: CrisisCase, *, actor: Actor, kind: str, message: str,
           detail: dict[str, Any] | None = None, at: datetime | None = None) -> CaseEvent:
    """Write one timeline event and its audit row; bump the case's updated_at."""
    when = at or utcnow()
    detail = dict(detail or {})
    event = CaseEvent(case_id=case.id, at=when, actor=actor.username, user_id=actor.user_id, kind=kind,
                      message=message, detail=detail)
    session.add(event)
    session.add(AuditLog(at=when, user_id=actor.user_id, actor=actor.username, action=f"case.{kind}",
                         entity="crisis_case", entity_id=str(case.id), detail={"message": message, **detail}))
    case.updated_at = when
    session.flush()
    return event


def events(session: Session, case_id: int) -> list[CaseEvent]:
    query = select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.at, CaseEvent.id)
    return list(session.scalars(query))


def event_to_dict(event: CaseEvent) -> dict[str, Any]:
    return {"id": event.id, "at": event.at, "actor": event.actor, "kind": event.kind,
            "message": event.message, "detail": event.detail}
