"""Stages as data: the allowed transitions of a case (and of a statement) in one table each, and the one
function that applies a case transition and writes its timeline event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sigap.errors import InvalidTransition
from sigap.models.cases import CaseEvent, CrisisCase, Lesson
from sigap.scope import Actor
from sigap.taxonomy import Stage, label


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    label: str  # Indonesian, shown on buttons and in the timeline
    needs_note: bool = False
    guard: str | None = None  # name of a check in GUARDS


CASE_TRANSITIONS: tuple[Transition, ...] = (
    Transition(Stage.PRA_KRISIS, Stage.KRISIS, "Aktifkan respons krisis"),
    Transition(Stage.PRA_KRISIS, Stage.DIBATALKAN, "Batalkan (alarm palsu)", needs_note=True),
    Transition(Stage.KRISIS, Stage.PASCA_KRISIS, "Mulai pemulihan dan evaluasi"),
    Transition(Stage.PASCA_KRISIS, Stage.SELESAI, "Tutup kasus", guard="lessons_written"),
)
CLOSED_STAGES = frozenset({Stage.SELESAI, Stage.DIBATALKAN})


class StatementStatus(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"
    PUBLISHED = "published"


STATEMENT_TRANSITIONS: tuple[Transition, ...] = (
    Transition(StatementStatus.DRAFT, StatementStatus.REVIEW, "Ajukan untuk ditinjau"),
    Transition(StatementStatus.REVIEW, StatementStatus.DRAFT, "Kembalikan untuk diperbaiki"),
    Transition(StatementStatus.REVIEW, StatementStatus.APPROVED, "Setujui", guard="disclosure_clear"),
    Transition(StatementStatus.APPROVED, StatementStatus.DRAFT, "Ubah kembali"),
    Transition(StatementStatus.APPROVED, StatementStatus.PUBLISHED, "Tandai terbit"),
)


def allowed_targets(table: tuple[Transition, ...], current: str) -> list[str]:
    return [str(t.target) for t in table if t.source == current]


def find(table: tuple[Transition, ...], current: str, target: str) -> Transition:
    """The transition current → target, or InvalidTransition naming what is allowed."""
    for candidate in table:
        if candidate.source == current and candidate.target == target:
            return candidate
    allowed = ", ".join(allowed_targets(table, current)) or "none"
    raise InvalidTransition(
        f"cannot go from {current} to {target} (allowed: {allowed})",
        message_id=f"Tidak dapat berpindah dari {label(current)} ke {label(target)} "
                   f"(yang diizinkan: {allowed})")


def _lessons_written(session: Session, case: CrisisCase) -> str | None:
    count = session.scalar(select(func.count()).select_from(Lesson).where(Lesson.case_id == case.id))
    return None if count else "write at least one lesson learned before closing the case"


CASE_GUARDS = {"lessons_written": _lessons_written}


def transition(session: Session, case: CrisisCase, target: str, *, actor: Actor, now: datetime,
               note: str | None = None) -> CaseEvent:
    """Move the case to `target` if the table allows it; nothing changes otherwise."""
    from sigap.cases.tasks import on_stage_entered
    from sigap.cases.timeline import record

    if target not in set(Stage):
        raise InvalidTransition(f"unknown stage {target!r}", message_id=f"Tahap {target!r} tidak dikenal")
    step = find(CASE_TRANSITIONS, case.stage, target)
    if step.needs_note and not (note or "").strip():
        raise InvalidTransition(f"moving to {target} needs a note saying why",
                                message_id=f"Pindah ke {label(target)} memerlukan catatan alasan")
    problem = CASE_GUARDS[step.guard](session, case) if step.guard else None
    if problem:
        raise InvalidTransition(f"cannot go to {target}: {problem}",
                                message_id=f"Belum dapat pindah ke {label(target)}: tulis pelajaran lebih dulu")
    source = case.stage
    case.stage = target
    case.stage_changed_at = now
    if target in CLOSED_STAGES:
        case.closed_at = now
    message = f"Tahap: {label(source)} → {label(target)}" + (f". Catatan: {note}" if note else "")
    event = record(session, case, actor=actor, kind="stage", message=message, at=now,
                   detail={"from": source, "to": target, "note": note or ""})
    on_stage_entered(session, case, actor=actor, now=now)
    return event
