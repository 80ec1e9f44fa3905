"""The periodic work of open cases, run by the pipeline after every pass (and callable from tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases.clarification import sync_links
from sigap.cases.evaluation import track_recovery_all
from sigap.cases.tasks import escalate_overdue
from sigap.models.cases import CrisisCase
from sigap.taxonomy import Stage

ACTIVE_STAGES = (Stage.PRA_KRISIS, Stage.KRISIS, Stage.PASCA_KRISIS)


@dataclass(frozen=True)
class TickReport:
    escalations: int
    links_added: int
    recovered: int

    def as_dict(self) -> dict[str, int]:
        return {"escalations": self.escalations, "links_added": self.links_added, "recovered": self.recovered}


def tick(session: Session, now: datetime) -> TickReport:
    """Escalate overdue tasks, link new negative items to their cases, mark recovered cases."""
    escalations = len(escalate_overdue(session, now))
    active = session.scalars(select(CrisisCase).where(CrisisCase.stage.in_(ACTIVE_STAGES)))
    links = sum(sync_links(session, case, now) for case in active)
    recovered = track_recovery_all(session, now)
    return TickReport(escalations=escalations, links_added=links, recovered=recovered)
