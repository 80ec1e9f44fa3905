"""Case workflow on SQLite and PostgreSQL: stages, level → lead, one spokesperson, tasks, escalation, scope."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from sigap.cases import evaluation, service, tasks, teams
from sigap.cases.workflow import transition
from sigap.db import session_scope
from sigap.errors import Conflict, Forbidden, InvalidInput, InvalidTransition
from sigap.models import AuditLog
from sigap.models.alerts import Delivery
from sigap.models.cases import CaseEvent, CaseMember, CaseNotice, CaseTask
from sigap.scope import SYSTEM
from tests.cases_helpers import CIPINANG, NOW, open_case, staff, unit, user


def _counts(s, case_id: int) -> tuple[int, int]:
    events = s.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.case_id == case_id))
    audits = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "crisis_case",
                                                                       AuditLog.entity_id == str(case_id)))
    return events, audits


def test_case_runs_its_stages_with_an_event_and_audit_row_per_change(engine: Engine) -> None:
    with session_scope(engine) as s:
        staff(s, unit(s))
        case = open_case(s)
        assert (case.stage, case.lead_tier, case.cluster) == ("pra_krisis", "upt", "dapat_dicegah")
        codes = {t.code for t in tasks.list_tasks(s, case.id)}
        assert {"verifikasi_fakta", "koordinasi_polisi"} <= codes and "holding_statement" not in codes
        assert teams.spokesperson(s, case.id).name == "Rina Wulandari"
        before = _counts(s, case.id)
        transition(s, case, "krisis", actor=SYSTEM, now=NOW + timedelta(minutes=5))
        transition(s, case, "pasca_krisis", actor=SYSTEM, now=NOW + timedelta(days=2))
        assert "evaluasi" in {t.code for t in tasks.list_tasks(s, case.id)}
        with pytest.raises(InvalidTransition, match="lesson"):
            transition(s, case, "selesai", actor=SYSTEM, now=NOW + timedelta(days=9))
        assert case.stage == "pasca_krisis"
        evaluation.add_lesson(s, case, text="Holding statement terlambat; siapkan templat.", actor=SYSTEM,
                              now=NOW + timedelta(days=9))
        transition(s, case, "selesai", actor=SYSTEM, now=NOW + timedelta(days=10))
        assert case.stage == "selesai" and case.closed_at == NOW + timedelta(days=10)
        events, audits = _counts(s, case.id)
        assert events - before[0] >= 4 and audits - before[1] == events - before[0]
        kinds = [e.kind for e in s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id))]
        assert kinds[0] == "opened" and kinds.count("stage") == 3


def test_invalid_transition_changes_nothing(engine: Engine) -> None:
    with session_scope(engine) as s:
        case = open_case(s)
        before = _counts(s, case.id)
        with pytest.raises(InvalidTransition) as err:
            transition(s, case, "selesai", actor=SYSTEM, now=NOW)
        assert err.value.status_code == 409 and "allowed: krisis, dibatalkan" in str(err.value)
        with pytest.raises(InvalidTransition):
            transition(s, case, "tidak_ada", actor=SYSTEM, now=NOW)
        with pytest.raises(InvalidTransition, match="note"):
            transition(s, case, "dibatalkan", actor=SYSTEM, now=NOW)
        assert case.stage == "pra_krisis" and _counts(s, case.id) == before
        transition(s, case, "dibatalkan", actor=SYSTEM, now=NOW, note="Alarm palsu: berita lama")
        assert {t.status for t in tasks.list_tasks(s, case.id)} == {"cancelled"}


def test_level_change_moves_lead_spokesperson_and_tasks(engine: Engine) -> None:
    with session_scope(engine) as s:
        staff(s, unit(s))
        case = open_case(s)
        service.update(s, case, actor=SYSTEM, now=NOW + timedelta(minutes=10), level=2)
        assert case.lead_tier == "kanwil"
        assert teams.spokesperson(s, case.id).name == "Agus Prasetyo"
        speakers = [r for r in teams.case_members(s, case.id) if r.role == "juru_bicara"]
        assert len(speakers) == 1
        holding = [t for t in tasks.list_tasks(s, case.id) if t.code == "holding_statement"]
        assert holding and holding[0].due_at == NOW + timedelta(minutes=70)
        kinds = [e.kind for e in s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id))]
        assert "level" in kinds and "owner" in kinds


def test_a_second_spokesperson_is_refused(engine: Engine) -> None:
    with session_scope(engine) as s:
        members = staff(s, unit(s))
        case = open_case(s)
        other = teams.add_member(s, actor=SYSTEM, tier="upt", unit_id=unit(s).id, role="humas", name="Dedi")
        before = _counts(s, case.id)
        with pytest.raises(Conflict, match="already has a spokesperson"):
            teams.assign(s, case, member_id=other.id, role="juru_bicara", actor=SYSTEM, now=NOW)
        with pytest.raises(Conflict):
            teams.add_member(s, actor=SYSTEM, tier="upt", unit_id=unit(s).id, role="juru_bicara", name="Kedua")
        assert _counts(s, case.id) == before
        assert teams.spokesperson(s, case.id).id == members["speaker"].id
    with pytest.raises(IntegrityError), session_scope(engine) as s:  # the database refuses it too
        s.add(CaseMember(case_id=case.id, member_id=other.id, role="juru_bicara"))
        s.flush()


def test_deadline_in_the_past_is_refused(engine: Engine) -> None:
    with session_scope(engine) as s:
        case = open_case(s)
        count = len(tasks.list_tasks(s, case.id))
        with pytest.raises(InvalidInput, match="past"):
            tasks.add_task(s, case, title="Rilis", due_at=NOW - timedelta(minutes=1), actor=SYSTEM, now=NOW)
        first = tasks.list_tasks(s, case.id)[0]
        with pytest.raises(InvalidInput):
            tasks.set_deadline(s, case, first.id, due_at=NOW - timedelta(hours=1), actor=SYSTEM, now=NOW)
        assert len(tasks.list_tasks(s, case.id)) == count and first.due_at > NOW


def test_scope_limits_who_sees_and_changes_a_case(engine: Engine) -> None:
    with session_scope(engine) as s:
        samarinda, cipinang = unit(s), unit(s, CIPINANG)
        own = user(s, "upt.smd", "upt", unit_row=samarinda)
        other = user(s, "upt.cpg", "upt", unit_row=cipinang)
        kanwil_other = user(s, "kanwil.dki", "kanwil", kanwil=cipinang.kanwil)
        kanwil_own = user(s, "kanwil.kaltim", "kanwil", kanwil=samarinda.kanwil)
        case = open_case(s, actor=own)
        before = _counts(s, case.id)
        for outsider in (other, kanwil_other):
            with pytest.raises(Forbidden) as err:
                service.get(s, case_id=case.id, actor=outsider)
            assert err.value.status_code == 403
            with pytest.raises(Forbidden):
                service.update(s, case, actor=outsider, now=NOW, title="diubah")
            assert service.list_cases(s, actor=outsider) == []
        with pytest.raises(Forbidden):
            open_case(s, actor=other)
        assert case.title.startswith("Dua WBP") and _counts(s, case.id) == before
        assert service.get(s, case_id=case.id, actor=kanwil_own).id == case.id
        assert [c.id for c in service.list_cases(s, actor=own)] == [case.id]


def test_overdue_tasks_escalate_to_the_next_tier_and_notify(engine: Engine) -> None:
    with session_scope(engine) as s:
        staff(s, unit(s))
        case = open_case(s)
        verify = next(t for t in tasks.list_tasks(s, case.id) if t.code == "verifikasi_fakta")
        tasks.complete(s, case, next(t.id for t in tasks.list_tasks(s, case.id) if t.code == "jawab_media"),
                       actor=SYSTEM, now=NOW)
        late = NOW + timedelta(minutes=31)
        done = tasks.escalate_overdue(s, late)
        assert [(d["task_id"], d["to"]) for d in done] == [(verify.id, "kanwil")]
        assert verify.owner_tier == "kanwil" and verify.due_at == late + timedelta(minutes=30)
        notice = s.scalar(select(CaseNotice).where(CaseNotice.task_id == verify.id))
        assert notice.recipients[0]["name"] == "Agus Prasetyo" and notice.delivered_via == "outbox"
        delivery = s.scalar(select(Delivery).where(Delivery.recipient == "agus@kanwil.test"))
        assert delivery.channel == "email" and "Eskalasi kasus" in delivery.subject
        assert tasks.escalate_overdue(s, late + timedelta(minutes=5)) == []  # grace period
        again = tasks.escalate_overdue(s, late + timedelta(minutes=31))
        assert [d["to"] for d in again if d["task_id"] == verify.id] == ["ditjen"]
        final = late + timedelta(hours=3)
        escalated = [d for d in tasks.escalate_overdue(s, final) if d["task_id"] == verify.id]
        assert escalated == [] and s.get(CaseTask, verify.id).escalations == 2
