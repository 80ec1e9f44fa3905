"""Case tasks: a template list per level and crisis class (data), deadlines, and escalation of overdue
tasks to the next tier's TKK with a notice (the 2023 escape: nobody answered; here somebody must).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases.timeline import record
from sigap.errors import Conflict, InvalidInput, NotFound
from sigap.models.cases import CaseTask, CrisisCase
from sigap.scope import SYSTEM, Actor
from sigap.taxonomy import CrisisClass, Stage, Tier

K = CrisisClass


@dataclass(frozen=True)
class TaskTemplate:
    code: str
    title: str  # Indonesian
    title_en: str
    minutes: int  # deadline after the case opens (or the stage starts)
    min_level: int = 1
    classes: frozenset[str] | None = None  # None: every class
    stage: str = Stage.PRA_KRISIS  # created when the case reaches this stage


TASK_TEMPLATES: tuple[TaskTemplate, ...] = (
    TaskTemplate("verifikasi_fakta", "Verifikasi fakta kejadian dengan kepala UPT", "Verify the facts", 30),
    TaskTemplate("laporan_berjenjang", "Laporan internal berjenjang ke Kanwil dan Ditjen",
                 "Internal report upward", 60),
    TaskTemplate("holding_statement", "Terbitkan holding statement (maksimal 1 jam)",
                 "Publish a holding statement (within 1 hour)", 60, min_level=2),
    TaskTemplate("jawab_media", "Jawab pertanyaan wartawan satu pintu melalui juru bicara",
                 "Answer media enquiries through the spokesperson", 120),
    TaskTemplate("siaran_pers", "Terbitkan siaran pers resmi", "Publish a press release", 240, min_level=2),
    TaskTemplate("klarifikasi", "Terbitkan klarifikasi atas pemberitaan negatif",
                 "Publish a clarification", 24 * 60),
    TaskTemplate("unggahan_medsos", "Unggah informasi resmi di media sosial UPT",
                 "Post the official information on social media", 180),
    TaskTemplate("koordinasi_polisi", "Koordinasi dengan kepolisian (pengejaran/pengamanan)",
                 "Coordinate with the police", 60, classes=frozenset({K.KEAMANAN_KETERTIBAN})),
    TaskTemplate("koordinasi_kesehatan", "Koordinasi dengan layanan kesehatan dan keluarga",
                 "Coordinate with health services and family", 60, classes=frozenset({K.KESEHATAN})),
    TaskTemplate("koordinasi_bpbd", "Koordinasi dengan BPBD dan rencana evakuasi",
                 "Coordinate with disaster agency and evacuation", 60, classes=frozenset({K.BENCANA})),
    TaskTemplate("pemeriksaan_internal", "Pemeriksaan internal dan koordinasi dengan Inspektorat",
                 "Internal inquiry with the inspectorate", 24 * 60,
                 classes=frozenset({K.TATA_KELOLA_INTEGRITAS})),
    TaskTemplate("cek_fakta", "Kumpulkan bukti untuk meluruskan hoaks atau klaim viral",
                 "Gather evidence against the hoax or viral claim", 120, classes=frozenset({K.OPINI_PUBLIK})),
    TaskTemplate("evaluasi", "Evaluasi pasca-krisis dan tulis pelajaran", "Post-crisis evaluation and lessons",
                 7 * 24 * 60, stage=Stage.PASCA_KRISIS),
)
NEXT_TIER: dict[str, str | None] = {Tier.UPT: Tier.KANWIL, Tier.KANWIL: Tier.DITJEN, Tier.DITJEN: None}
ESCALATION_GRACE = timedelta(minutes=30)
_STAGE_ORDER = [Stage.PRA_KRISIS, Stage.KRISIS, Stage.PASCA_KRISIS]


def templates_for(*, level: int, crisis_class: str, stage: str) -> list[TaskTemplate]:
    """The template tasks due for a case at this level, class and stage (earlier stages included)."""
    reached = _STAGE_ORDER[: _STAGE_ORDER.index(Stage(stage)) + 1] if stage in _STAGE_ORDER else []
    return [t for t in TASK_TEMPLATES if level >= t.min_level and t.stage in reached
            and (t.classes is None or crisis_class in t.classes)]


def list_tasks(session: Session, case_id: int) -> list[CaseTask]:
    query = select(CaseTask).where(CaseTask.case_id == case_id).order_by(CaseTask.due_at, CaseTask.id)
    return list(session.scalars(query))


def create_template_tasks(session: Session, case: CrisisCase, *, actor: Actor, now: datetime) -> list[CaseTask]:
    """Add the template tasks the case does not have yet (idempotent: by code)."""
    have = {t.code for t in list_tasks(session, case.id)}
    created = []
    for tpl in templates_for(level=case.level, crisis_class=case.crisis_class, stage=case.stage):
        if tpl.code in have:
            continue
        task = CaseTask(case_id=case.id, code=tpl.code, title=tpl.title, owner_tier=case.lead_tier,
                        due_at=now + timedelta(minutes=tpl.minutes), created_at=now)
        session.add(task)
        created.append(task)
    if created:
        session.flush()
        record(session, case, actor=actor, kind="task", at=now,
               message=f"{len(created)} tugas dari templat ditambahkan",
               detail={"codes": [t.code for t in created]})
    return created


def on_stage_entered(session: Session, case: CrisisCase, *, actor: Actor, now: datetime) -> None:
    """Stage hooks: new template tasks; a cancelled case cancels its open tasks."""
    if case.stage == Stage.DIBATALKAN:
        for task in list_tasks(session, case.id):
            if task.status == "open":
                task.status = "cancelled"
        return
    if case.stage != Stage.SELESAI:
        create_template_tasks(session, case, actor=actor, now=now)


def _check_deadline(due_at: datetime | None, now: datetime) -> None:
    if due_at is not None and due_at <= now:
        raise InvalidInput(f"deadline {due_at.isoformat()} is in the past",
                           message_id="Tenggat waktu tidak boleh di masa lalu")


def add_task(session: Session, case: CrisisCase, *, title: str, due_at: datetime | None, actor: Actor,
             now: datetime, owner_member_id: int | None = None) -> CaseTask:
    if not title.strip():
        raise InvalidInput("a task needs a title", message_id="Tugas memerlukan judul")
    _check_deadline(due_at, now)
    task = CaseTask(case_id=case.id, code="lainnya", title=title.strip(), owner_tier=case.lead_tier,
                    owner_member_id=owner_member_id, due_at=due_at, created_at=now)
    session.add(task)
    session.flush()
    record(session, case, actor=actor, kind="task", at=now, message=f"Tugas baru: {task.title}",
           detail={"task_id": task.id, "due_at": due_at.isoformat() if due_at else None})
    return task


def get_task(session: Session, case: CrisisCase, task_id: int) -> CaseTask:
    task = session.get(CaseTask, task_id)
    if task is None or task.case_id != case.id:
        raise NotFound(f"case {case.id} has no task {task_id}",
                       message_id=f"Kasus {case.id} tidak memiliki tugas {task_id}")
    return task


def set_deadline(session: Session, case: CrisisCase, task_id: int, *, due_at: datetime, actor: Actor,
                 now: datetime) -> CaseTask:
    task = get_task(session, case, task_id)
    _check_deadline(due_at, now)
    task.due_at = due_at
    record(session, case, actor=actor, kind="task", at=now, message=f"Tenggat diubah: {task.title}",
           detail={"task_id": task.id, "due_at": due_at.isoformat()})
    return task


def complete(session: Session, case: CrisisCase, task_id: int, *, actor: Actor, now: datetime) -> CaseTask:
    task = get_task(session, case, task_id)
    if task.status != "open":
        raise Conflict(f"task {task_id} is already {task.status}",
                       message_id=f"Tugas {task_id} sudah berstatus {task.status}")
    task.status, task.done_at, task.done_by = "done", now, actor.username
    record(session, case, actor=actor, kind="task", at=now, message=f"Tugas selesai: {task.title}",
           detail={"task_id": task.id, "code": task.code, "on_time": task.due_at is None or now <= task.due_at})
    return task


def complete_by_code(session: Session, case: CrisisCase, code: str, *, actor: Actor, now: datetime) -> None:
    """Mark the open template task `code` done (a published statement completes its task)."""
    for task in list_tasks(session, case.id):
        if task.code == code and task.status == "open":
            complete(session, case, task.id, actor=actor, now=now)


def escalate_overdue(session: Session, now: datetime) -> list[dict[str, Any]]:
    """Hand every overdue open task of an active case to the next tier and notify that tier's TKK.

    Idempotent within a grace period: an escalated task gets a new deadline `now + 30 min`, and it
    escalates again only if that passes too. Ditjen is the last tier. Run by the scheduler each pass.
    """
    from sigap.cases.notices import notify_team

    query = (select(CaseTask, CrisisCase).join(CrisisCase, CrisisCase.id == CaseTask.case_id)
             .where(CaseTask.status == "open", CaseTask.due_at.is_not(None), CaseTask.due_at < now,
                    CrisisCase.stage.not_in([Stage.SELESAI, Stage.DIBATALKAN])))
    done = []
    for task, case in session.execute(query).all():
        target = NEXT_TIER.get(task.owner_tier)
        if target is None:
            continue
        source = task.owner_tier
        task.owner_tier, task.escalations, task.escalated_at = target, task.escalations + 1, now
        task.due_at = now + ESCALATION_GRACE
        record(session, case, actor=SYSTEM, kind="escalation", at=now,
               message=f"Tugas terlambat dieskalasi ke {target.upper()}: {task.title}",
               detail={"task_id": task.id, "from": source, "to": target})
        notice = notify_team(session, case, tier=Tier(target), task=task, now=now)
        done.append({"case_id": case.id, "task_id": task.id, "from": source, "to": target,
                     "notice_id": notice.id, "recipients": notice.recipients})
    return done


def task_to_dict(task: CaseTask, now: datetime | None = None) -> dict[str, Any]:
    overdue = bool(now and task.status == "open" and task.due_at and task.due_at < now)
    return {"id": task.id, "code": task.code, "title": task.title, "owner_tier": task.owner_tier,
            "owner_member_id": task.owner_member_id, "due_at": task.due_at, "status": task.status,
            "done_at": task.done_at, "done_by": task.done_by, "escalations": task.escalations,
            "overdue": overdue}
