"""Cases as plain dicts for the CLI's --json and the web app's JSON twins."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from sigap.cases.clarification import links_to_dicts, metrics
from sigap.cases.notices import list_notices
from sigap.cases.playbook import recommend
from sigap.cases.statements import list_statements, statement_to_dict
from sigap.cases.tasks import list_tasks, task_to_dict
from sigap.cases.teams import ROLE_LABELS, TeamRole, case_members, member_to_dict
from sigap.cases.timeline import event_to_dict, events
from sigap.cases.workflow import CASE_TRANSITIONS, allowed_targets
from sigap.models import Kanwil, Unit
from sigap.models.cases import CrisisCase
from sigap.taxonomy import label


def case_summary(session: Session, case: CrisisCase) -> dict[str, Any]:
    units = [session.get(Unit, u.unit_id) for u in case.units]
    kanwil = session.get(Kanwil, case.kanwil_id) if case.kanwil_id else None
    return {"id": case.id, "title": case.title, "stage": case.stage, "stage_label": label(case.stage),
            "level": case.level, "level_label": label(case.level), "crisis_class": case.crisis_class,
            "cluster": case.cluster, "lead": case.lead_tier, "units": [u.name for u in units if u],
            "kanwil": kanwil.name if kanwil else None, "alert_id": case.alert_id, "is_drill": case.is_drill,
            "opened_at": case.opened_at, "opened_by": case.opened_by, "updated_at": case.updated_at,
            "closed_at": case.closed_at, "recovered_at": case.recovered_at}


def case_detail(session: Session, case: CrisisCase, now: datetime) -> dict[str, Any]:
    """Everything `sigap case show --json` prints: timeline, team, tasks, statements, links, playbook."""
    team = [{**member_to_dict(row.member), "case_role": row.role,
             "case_role_label": ROLE_LABELS[TeamRole(row.role)][0]} for row in case_members(session, case.id)]
    return {**case_summary(session, case), "summary": case.summary, "issues": case.issues, "facts": case.facts,
            "next_stages": allowed_targets(CASE_TRANSITIONS, case.stage),
            "team": team, "spokesperson": next((m for m in team if m["case_role"] == "juru_bicara"), None),
            "tasks": [task_to_dict(t, now) for t in list_tasks(session, case.id)],
            "statements": [statement_to_dict(s) for s in list_statements(session, case.id)],
            "links": links_to_dicts(session, case.id), "clarification": metrics(session, case),
            "playbook": recommend(session, case).as_dict(), "notices": list_notices(session, case.id),
            "timeline": [event_to_dict(e) for e in events(session, case.id)]}
